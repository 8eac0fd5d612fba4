import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { ConfigError, describeIssues } from '../config/zod-errors.ts';
import { UserSettingsSchema } from '../config/settings.ts';
import type { UserSettings } from '../config/settings.ts';
import { DigestScheduleSchema, type DigestSchedule } from '../digest/digest-schedule.ts';
import type { RememberedSettings } from './remembered-settings.ts';

/** Where reminders go when no --notify is given: fine for the outbox, refused for a real relay. */
export const PLACEHOLDER_NOTIFY_ADDRESS = 'you@jobnudge.localhost';
/** The From of local reminders unless the config says otherwise. */
export const LOCAL_SENDER_ADDRESS = 'jobnudge@jobnudge.localhost';

/**
 * The local run's config: the deployed stack's UserSettingsSchema, with local defaults and one
 * local-only switch. `acceptAnySender` is the explicit form of "locally, any sender is trusted";
 * it defaults to true only when no allowed sender is listed.
 */
export const LocalConfigSchema = z.strictObject({
  ...UserSettingsSchema.shape,
  allowedSenders: z.array(z.email({ message: 'must be an email address' })).default([]),
  notifyAddress: z.email({ message: 'must be an email address' }).default(PLACEHOLDER_NOTIFY_ADDRESS),
  senderAddress: z.email({ message: 'must be an email address' }).default(LOCAL_SENDER_ADDRESS),
  acceptAnySender: z.boolean().optional(),
  /** When `run-due` sends the weekly digest (default Monday 08:00; `enabled: false` turns it off). */
  digest: DigestScheduleSchema.default(DigestScheduleSchema.parse({})),
});
export type LocalConfigInput = z.input<typeof LocalConfigSchema>;

/** Settings of the local run: UserSettings plus the trust switch. */
export interface LocalSettings {
  /** `allowedSenders` may be empty here when acceptAnySender is on (see trustedSettingsFor). */
  readonly settings: Omit<UserSettings, 'allowedSenders'> & { readonly allowedSenders: readonly string[] };
  readonly acceptAnySender: boolean;
  /** True when reminders go to the placeholder address (no --notify given). */
  readonly placeholderNotify: boolean;
  /** The weekly digest's day and hour in the user's zone, kept apart from the pipeline's settings. */
  readonly digest: DigestSchedule;
}

/** Command-line flags that override the config file. */
export interface LocalConfigFlags {
  readonly configFile?: string | undefined;
  readonly timeZone?: string | undefined;
  readonly notifyAddress?: string | undefined;
  readonly allow?: readonly string[] | undefined;
  /** Date and time format, e.g. en-US (default: the zone's country). */
  readonly locale?: string | undefined;
}

/** Validate a config object (already merged with flags); one problem line per wrong field. */
export function parseLocalConfig(input: unknown, source: string, options: { relay: boolean }): LocalSettings {
  const result = LocalConfigSchema.safeParse(input);
  if (!result.success) throw new ConfigError(source, describeIssues(result.error));
  const { acceptAnySender: flag, digest, ...settings } = result.data;
  const acceptAnySender = flag ?? settings.allowedSenders.length === 0;
  const problems: string[] = [];
  if (!acceptAnySender && settings.allowedSenders.length === 0) {
    problems.push('allowedSenders: list at least one of your addresses (--allow ADDRESS), or set acceptAnySender to true');
  }
  const placeholderNotify = settings.notifyAddress === PLACEHOLDER_NOTIFY_ADDRESS;
  if (options.relay && placeholderNotify) {
    problems.push('notifyAddress: SMTP_URL is set, so give your real address (--notify ADDRESS); the placeholder is for the outbox only');
  }
  if (problems.length > 0) throw new ConfigError(source, problems);
  return { settings, acceptAnySender, placeholderNotify, digest };
}

/** The validated settings and the input they came from (what `serve` remembers). */
export interface ResolvedLocalConfig {
  readonly local: LocalSettings;
  /** Config file and flags merged, before the schema's defaults. */
  readonly input: Readonly<Record<string, unknown>>;
}

async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, [`cannot read the file (${(error as { code?: string }).code ?? 'error'})`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, [`not JSON: ${(error as Error).message}`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(file, ['(root): must be a JSON object of settings']);
  }
  return parsed as Record<string, unknown>;
}

/**
 * Settings from, lowest first: the machine's zone, what `serve` remembered in the data directory,
 * `--config FILE` (JSON), then the flags. Validated once, one problem line per wrong field.
 */
export async function resolveLocalConfig(
  flags: LocalConfigFlags,
  options: { relay: boolean; remembered?: RememberedSettings | null },
): Promise<ResolvedLocalConfig> {
  const base = flags.configFile === undefined ? {} : await readConfigFile(flags.configFile);
  const merged: Record<string, unknown> = {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...options.remembered?.values,
    ...base,
  };
  if (flags.timeZone !== undefined) merged.timeZone = flags.timeZone;
  if (flags.notifyAddress !== undefined) merged.notifyAddress = flags.notifyAddress;
  if (flags.locale !== undefined) merged.locale = flags.locale;
  if (flags.allow !== undefined && flags.allow.length > 0) merged.allowedSenders = [...flags.allow];
  const sources = [options.remembered?.path, flags.configFile].filter((s): s is string => s !== undefined);
  const source = `settings (${[...sources, 'flags'].join(' and ')})`;
  return { local: parseLocalConfig(merged, source, options), input: merged };
}

/** Read `--config FILE` (JSON), apply the flags on top and validate. */
export async function loadLocalConfig(flags: LocalConfigFlags, options: { relay: boolean; remembered?: RememberedSettings | null }): Promise<LocalSettings> {
  return (await resolveLocalConfig(flags, options)).local;
}

/**
 * The one line a command prints when it runs with what `serve` remembered, so nobody wonders where
 * the zone or the address came from. Null when nothing was remembered.
 */
export function rememberedLine(remembered: RememberedSettings | null, local: LocalSettings, flags: LocalConfigFlags): string | null {
  if (remembered === null) return null;
  const overridden = [
    flags.configFile !== undefined ? '--config' : null,
    flags.timeZone !== undefined ? '--tz' : null,
    flags.notifyAddress !== undefined ? '--notify' : null,
    flags.locale !== undefined ? '--locale' : null,
    flags.allow !== undefined && flags.allow.length > 0 ? '--allow' : null,
  ].filter(Boolean);
  const to = local.placeholderNotify ? 'the placeholder address (no --notify)' : local.settings.notifyAddress;
  const locale = local.settings.locale === undefined ? '' : `, locale ${local.settings.locale}`;
  return `Using the settings \`serve\` saved in ${remembered.path}: time zone ${local.settings.timeZone}${locale}, reminders to ${to}${overridden.length > 0 ? ` (${overridden.join(', ')} given here take precedence)` : ''}.`;
}

/**
 * The settings one message is ingested with. With acceptAnySender, the message's own envelope
 * sender and From address are the trusted senders for that message only: ingest's trust check
 * stays the production one, and the local switch decides what it is fed.
 */
export function trustedSettingsFor(local: LocalSettings, senders: readonly (string | null)[]): UserSettings {
  if (!local.acceptAnySender) return { ...local.settings, allowedSenders: [...local.settings.allowedSenders] };
  const own = senders.filter((address): address is string => address !== null && address.includes('@'));
  const allowed = [...new Set([...local.settings.allowedSenders, ...own])];
  // No usable sender address at all: keep the configured list (possibly empty), so trust refuses it.
  return { ...local.settings, allowedSenders: allowed };
}
