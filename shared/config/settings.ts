import { IANAZone } from 'luxon';
import { z } from 'zod';
import { RULE_IDS } from '../policy/rule-ids.ts';

const ianaZone = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), { message: 'must be an IANA time zone such as "Europe/Berlin"' });

const email = z.email({ message: 'must be an email address' });

/** A user's change to one rule's default (policy.md "Configuration"). */
export const RuleOverrideSchema = z
  .object({
    enabled: z.boolean().optional(),
    /** Days after the trigger (or before, for `prepare`). */
    delayDays: z.number().int().min(0).max(365).optional(),
    /** Hours after the trigger, for rules tied to an interview time. */
    delayHours: z.number().min(0).max(72).optional(),
    /** Local hour for rules that fire at a fixed hour. */
    localHour: z.number().int().min(0).max(23).optional(),
  })
  .strict();
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

export const RuleOverridesSchema = z.partialRecord(z.enum(RULE_IDS), RuleOverrideSchema).default({});

/** The user's settings: shared by the deployed stack, the Lambdas, the local run and the CLI. */
export const UserSettingsSchema = z
  .object({
    timeZone: ianaZone,
    /** Local hour for reminders that fire at a fixed hour ("09:00"). */
    localHour: z.number().int().min(0).max(23).default(9),
    /** `shift`: a fixed-hour reminder that falls on Saturday/Sunday moves to Monday. */
    weekends: z.enum(['keep', 'shift']).default('keep'),
    /** The user's own addresses: only mail from these is acted on. */
    allowedSenders: z.array(email).min(1, { message: 'must list at least one of your own addresses' }),
    /** Where reminders go. */
    notifyAddress: email,
    /** The From address of reminders (an address on the receiving domain). */
    senderAddress: email,
    /** Signature placed under draft emails. */
    signature: z.string().max(500).default(''),
    rules: RuleOverridesSchema,
  })
  .strict();
export type UserSettings = z.infer<typeof UserSettingsSchema>;
export type UserSettingsInput = z.input<typeof UserSettingsSchema>;
