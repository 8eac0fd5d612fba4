import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import * as z from 'zod';
import { EVENT_KINDS } from '../domain/kinds.ts';

/**
 * The project's own labelled job mail for field-level scores (company, role, person, interview
 * time, next-step date, kind). Written by the project, one JSON object a line, one file per writer:
 * the writer is the "source", and the tune/check split is by writer, so the check half measures
 * phrasings nobody tuned the readers on.
 */
export const READING_SET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/reading');

/** Writers whose mail the readers may be tuned on; every other file is the check split. */
export const TUNE_SOURCES: ReadonlySet<string> = new Set(['writer-a', 'writer-b', 'writer-e', 'writer-g', 'writer-h', 'writer-i', 'writer-k', 'writer-l', 'writer-m', 'writer-o', 'writer-p', 'writer-q', 'writer-r', 'writer-s', 'writer-t', 'writer-u', 'writer-v', 'writer-w']);

const ZoneSchema = z.string().refine((zone) => DateTime.now().setZone(zone).isValid, { message: 'not an IANA time zone' });

export const ReadingExpectSchema = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  /** The employer (a staffing agency's client, never the agency or an ATS); null when the mail never says. */
  company: z.string().min(1).nullable(),
  /** Other spellings that count as right ("RAND" for "RAND Corporation"). */
  companyAliases: z.array(z.string().min(1)).optional(),
  /** The job title as the employer writes it, without requisition ids; null when none is named. */
  role: z.string().min(1).nullable(),
  roleAliases: z.array(z.string().min(1)).optional(),
  /** Full name of the human the user should write to about this mail; null when only robots or team inboxes wrote. */
  person: z.string().min(1).nullable(),
  /** People named as interviewers in the text or invite ("you'll meet Ana Ruiz and Ben Okafor"). */
  interviewers: z.array(z.string().min(1)).optional(),
  /** The one confirmed interview time, as written: local wall clock and the zone it is stated in (null: none stated, read in the user zone). */
  interviewAt: z
    .strictObject({
      local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'write the local time as yyyy-mm-ddThh:mm'),
      zone: ZoneSchema.nullable(),
    })
    .nullable(),
  /** yyyy-mm-dd by which the employer said it would be in touch, in the user zone; null when not said. */
  nextStepBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});
export type ReadingExpect = z.infer<typeof ReadingExpectSchema>;

export const ReadingItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  /** What kind of phrasing the item exercises, e.g. `time:zone-next-line`, `company:agency-client`. */
  families: z.array(z.string().min(1)).min(1),
  /** The original's Date with the sender's offset, e.g. 2026-11-05T09:12:00-06:00. */
  sentAt: z.iso.datetime({ offset: true }),
  from: z.string().min(1),
  replyTo: z.string().optional(),
  cc: z.string().optional(),
  subject: z.string(),
  /** Plain text as the sender typed it: one line per paragraph or meaningful line (the bench wraps it). */
  text: z.string().optional(),
  /** An HTML body (ATS templates, scheduling tools); with `text` too, the mail is multipart/alternative. */
  html: z.string().optional(),
  /** A text/calendar invite attached to the mail (VCALENDAR text). */
  ics: z.string().optional(),
  expect: ReadingExpectSchema,
  note: z.string().optional(),
}).refine((item) => item.text !== undefined || item.html !== undefined, { message: 'give text, html or both' });
export type ReadingItem = z.infer<typeof ReadingItemSchema>;

export interface SourcedItem {
  readonly source: string;
  readonly item: ReadingItem;
}

/** The user zone every label with `zone: null` and every next-step date assumes. */
export const READING_USER_ZONE = 'America/New_York';

export function loadReadingSet(dir = READING_SET_DIR): SourcedItem[] {
  const items: SourcedItem[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
    const source = basename(file, '.jsonl');
    const lines = readFileSync(resolve(dir, file), 'utf8').split('\n');
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') continue;
      const parsed = ReadingItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${file}:${index + 1}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
      }
      if (seen.has(parsed.data.id)) throw new Error(`${file}:${index + 1}: id ${parsed.data.id} is used twice`);
      seen.add(parsed.data.id);
      items.push({ source, item: parsed.data });
    }
  }
  return items;
}
