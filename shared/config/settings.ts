import { IANAZone } from 'luxon';
import * as z from 'zod';
import { RULE_IDS } from '../policy/rule-ids.ts';
import type { RuleId } from '../policy/rule-ids.ts';
import { RULE_SETTINGS_APPLY, whySettingDoesNotApply } from '../policy/rule-settings.ts';
import type { RuleSettingField } from '../policy/rule-settings.ts';
import { isFormatLocale } from './locale.ts';

const ianaZone = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), { message: 'must be an IANA time zone such as "Europe/Berlin"' });

/** A locale for dates and clock times; when absent, the time zone's country decides (config/locale.ts). */
export const FormatLocaleSchema = z
  .string()
  .refine(isFormatLocale, { message: 'must be a locale such as "en-US" (12-hour, month first) or "en-GB" (24-hour, day first)' });

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
    /** `status-check` only: days after the date the employer said it would be in touch by. */
    afterNextStepDays: z.number().int().min(0).max(365).optional(),
    /** `keep-applying` / `move-on` only: false keeps the application open when the reminder fires. */
    closesAsStale: z.boolean().optional(),
    /**
     * `thank-you-note` only: true (the default) plans a card only after an in-person interview or
     * when the invitation gave a postal address; false plans one after every interview.
     */
    inPersonOnly: z.boolean().optional(),
  })
  .strict();
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

export const RuleOverridesSchema = z
  .partialRecord(z.enum(RULE_IDS), RuleOverrideSchema)
  .superRefine((rules, ctx) => {
    for (const [rule, override] of Object.entries(rules) as [RuleId, RuleOverride | undefined][]) {
      for (const field of Object.keys(override ?? {}) as RuleSettingField[]) {
        if (!RULE_SETTINGS_APPLY[rule].includes(field)) {
          ctx.addIssue({ code: 'custom', path: [rule, field], message: whySettingDoesNotApply(rule) });
        }
      }
    }
  })
  .default({});

const hourOfDay = z.number().int().min(0).max(23);

/** Hours of the day no fixed-hour reminder may fire in, e.g. 21 → 8 (wraps past midnight). */
export const QuietHoursSchema = z
  .object({ from: hourOfDay, to: hourOfDay })
  .strict()
  .refine((quiet) => quiet.from !== quiet.to, { message: 'from and to must differ (an empty or whole-day window)' });
export type QuietHours = z.infer<typeof QuietHoursSchema>;

/** The user's settings: shared by the deployed stack, the Lambdas, the local run and the CLI. */
export const UserSettingsSchema = z
  .object({
    timeZone: ianaZone,
    /** How dates and times are written ("en-US", "en-GB"…); defaults from `timeZone` (formatLocaleOf). */
    locale: FormatLocaleSchema.optional(),
    /** Local hour for reminders that fire at a fixed hour ("09:00"). */
    localHour: z.number().int().min(0).max(23).default(9),
    /** `shift`: a fixed-hour reminder that falls on Saturday/Sunday moves to Monday. */
    weekends: z.enum(['keep', 'shift']).default('keep'),
    /** Fixed-hour reminders that would fall in these hours move to their end; none by default. */
    quietHours: QuietHoursSchema.optional(),
    /** The user's own addresses: only mail from these is acted on. */
    allowedSenders: z.array(email).min(1, { message: 'must list at least one of your own addresses' }),
    /** Where reminders go. */
    notifyAddress: email,
    /** The From address of reminders (an address on the receiving domain). */
    senderAddress: email,
    /**
     * Reply-To of every reminder and notice: an address a receipt rule accepts (the stack sets the
     * ingest address), so "done" or "snooze 3d" replies reach jobnudge instead of bouncing.
     */
    replyTo: email.optional(),
    /**
     * The secret ingest address (`<local>+<ingestSecret>@<domain>`), set by the stack when
     * `ingestSecret` is configured: mail to it is accepted from any sender whose message passed the
     * spam and virus scans.
     */
    ingestSecretAddress: email.optional(),
    /** Signature placed under draft emails. */
    signature: z.string().max(500).default(''),
    rules: RuleOverridesSchema,
  })
  .strict();
export type UserSettings = z.infer<typeof UserSettingsSchema>;
export type UserSettingsInput = z.input<typeof UserSettingsSchema>;
