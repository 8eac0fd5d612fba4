import { IANAZone } from 'luxon';
import * as z from './zod-mini.ts';
import { RULE_IDS } from '../policy/rule-ids.ts';
import type { RuleId } from '../policy/rule-ids.ts';
import { RULE_SETTINGS_APPLY, whySettingDoesNotApply } from '../policy/rule-settings.ts';
import type { RuleSettingField } from '../policy/rule-settings.ts';
import { isFormatLocale } from './locale.ts';

const ianaZone = z.string().check(z.refine((zone) => IANAZone.isValidZone(zone), { message: 'must be an IANA time zone such as "Europe/Berlin"' }));

/** A locale for dates and clock times; when absent, the time zone's country decides (config/locale.ts). */
export const FormatLocaleSchema = z
  .string()
  .check(z.refine(isFormatLocale, { message: 'must be a locale such as "en-US" (12-hour, month first) or "en-GB" (24-hour, day first)' }));

const email = z.email({ message: 'must be an email address' });

/** A user's change to one rule's default (policy.md "Configuration"). */
export const RuleOverrideSchema = z.strictObject({
  enabled: z.optional(z.boolean()),
  /** Days after the trigger (or before, for `prepare`). */
  delayDays: z.optional(z.int().check(z.minimum(0), z.maximum(365))),
  /** Hours after the trigger, for rules tied to an interview time. */
  delayHours: z.optional(z.number().check(z.minimum(0), z.maximum(72))),
  /** Local hour for rules that fire at a fixed hour. */
  localHour: z.optional(z.int().check(z.minimum(0), z.maximum(23))),
  /** `status-check` only: days after the date the employer said it would be in touch by. */
  afterNextStepDays: z.optional(z.int().check(z.minimum(0), z.maximum(365))),
  /** `keep-applying` / `move-on` only: false keeps the application open when the reminder fires. */
  closesAsStale: z.optional(z.boolean()),
  /**
   * `thank-you-note` only: true (the default) plans a card only after an in-person interview or
   * when the invitation gave a postal address; false plans one after every interview.
   */
  inPersonOnly: z.optional(z.boolean()),
});
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

export const RuleOverridesSchema = z._default(
  z.partialRecord(z.enum(RULE_IDS), RuleOverrideSchema).check(
    z.superRefine((rules, ctx) => {
      for (const [rule, override] of Object.entries(rules) as [RuleId, RuleOverride | undefined][]) {
        for (const field of Object.keys(override ?? {}) as RuleSettingField[]) {
          if (!RULE_SETTINGS_APPLY[rule].includes(field)) {
            ctx.addIssue({ code: 'custom', path: [rule, field], message: whySettingDoesNotApply(rule) });
          }
        }
      }
    }),
  ),
  {},
);

const hourOfDay = z.int().check(z.minimum(0), z.maximum(23));

/** Hours of the day no fixed-hour reminder may fire in, e.g. 21 → 8 (wraps past midnight). */
export const QuietHoursSchema = z
  .strictObject({ from: hourOfDay, to: hourOfDay })
  .check(z.refine((quiet) => quiet.from !== quiet.to, { message: 'from and to must differ (an empty or whole-day window)' }));
export type QuietHours = z.infer<typeof QuietHoursSchema>;

/** The user's settings: shared by the deployed stack, the Lambdas, the local run and the CLI. */
export const UserSettingsSchema = z.strictObject({
  timeZone: ianaZone,
  /** How dates and times are written ("en-US", "en-GB"…); defaults from `timeZone` (formatLocaleOf). */
  locale: z.optional(FormatLocaleSchema),
  /** Local hour for reminders that fire at a fixed hour ("09:00"). */
  localHour: z._default(z.int().check(z.minimum(0), z.maximum(23)), 9),
  /** `shift`: a fixed-hour reminder that falls on Saturday/Sunday moves to Monday. */
  weekends: z._default(z.enum(['keep', 'shift']), 'keep'),
  /** Fixed-hour reminders that would fall in these hours move to their end; none by default. */
  quietHours: z.optional(QuietHoursSchema),
  /** The user's own addresses: only mail from these is acted on. */
  allowedSenders: z.array(email).check(z.minLength(1, { message: 'must list at least one of your own addresses' })),
  /** Where reminders go. */
  notifyAddress: email,
  /** The From address of reminders (an address on the receiving domain). */
  senderAddress: email,
  /**
   * Reply-To of every reminder and notice: an address a receipt rule accepts (the stack sets the
   * ingest address), so "done" or "snooze 3d" replies reach jobnudge instead of bouncing.
   */
  replyTo: z.optional(email),
  /**
   * The secret ingest address (`<local>+<ingestSecret>@<domain>`), set by the stack when
   * `ingestSecret` is configured: mail to it is accepted from any sender whose message passed the
   * spam and virus scans.
   */
  ingestSecretAddress: z.optional(email),
  /** Signature placed under draft emails. */
  signature: z._default(z.string().check(z.maxLength(500)), ''),
  rules: RuleOverridesSchema,
});
export type UserSettings = z.infer<typeof UserSettingsSchema>;
export type UserSettingsInput = z.input<typeof UserSettingsSchema>;
