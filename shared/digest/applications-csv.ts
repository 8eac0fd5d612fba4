import type { ApplicationEvent, ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import { inZone } from '../reminders/local-time.ts';

/** The attachment's file name, as the issue and the README name it. */
export const APPLICATIONS_CSV_FILENAME = 'applications.csv';
export const APPLICATIONS_CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

/** Column names, in order; a spreadsheet user sorts and filters on these. */
export const CSV_COLUMNS = [
  'company',
  'role',
  'stage',
  'applied_on',
  'last_contact',
  'interview_at',
  'next_reminder',
  'next_reminder_rule',
  'contacts',
  'application_id',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Readonly<Record<CsvColumn, string>>;

/**
 * One row per application, values as they are stored (no truncation: this is the user's own
 * record), dates and times in the user's zone (`yyyy-mm-dd`, `yyyy-mm-dd HH:mm`) so a spreadsheet
 * reads them as the user lives them.
 */
export function applicationRows(
  applications: readonly ApplicationRecord[],
  events: readonly ApplicationEvent[],
  reminders: readonly ReminderRecord[],
  zone: string,
): CsvRow[] {
  return applications.map((application) => {
    const own = events.filter((e) => e.applicationId === application.id);
    const applied = own.filter((e) => e.kind === 'confirmation').map((e) => e.occurredAt).sort(byInstant)[0];
    const first = own.map((e) => e.occurredAt).sort(byInstant)[0];
    const next = reminders
      .filter((r) => r.applicationId === application.id && r.status === 'pending')
      .sort((a, b) => byInstant(a.fireAt, b.fireAt))[0];
    return {
      company: application.company,
      role: application.role ?? '',
      stage: application.stage,
      applied_on: localDate(applied ?? first ?? application.createdAt, zone),
      last_contact: localDate(application.lastEventAt, zone),
      interview_at: application.interviewAt ? localDateTime(application.interviewAt, zone) : '',
      next_reminder: next ? localDateTime(next.fireAt, zone) : '',
      next_reminder_rule: next?.rule ?? '',
      contacts: application.contacts
        .filter((c) => !c.robot)
        .map((c) => (c.email ? (c.name ? `${c.name} <${c.email}>` : c.email) : c.name))
        .filter((text) => text !== '')
        .join('; '),
      application_id: application.id,
    };
  });
}

/**
 * RFC 4180 CSV: CRLF rows, fields with commas, quotes or CRLF quoted and quotes doubled. A UTF-8
 * byte-order mark makes Excel read accents right. Cells that start like a formula (`=`, `+`, `-`,
 * `@`, a tab or CR, or their full-width forms) get a leading `'` (OWASP "CSV injection"): company
 * names come from employers' emails, and a spreadsheet must not run them.
 *
 * Written here, byte for byte what csv-stringify 6.9.0 wrote with `header`, `bom`,
 * `escape_formulas` and `record_delimiter: 'windows'` (test/digest/applications-csv.test.ts
 * compares the two): the package is 11 KB of the parser's bundle for these few rules.
 */
export function applicationsCsv(rows: readonly CsvRow[]): string {
  const lines = [CSV_COLUMNS.map(csvField), ...rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column])))];
  return `\uFEFF${lines.map((fields) => `${fields.join(',')}\r\n`).join('')}`;
}

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * One cell. As csv-stringify does with a CRLF record delimiter, a lone LF or CR does not quote the
 * cell, only CRLF does: a reader that splits rows on CRLF (csv-parse, the tests) keeps it in the cell.
 */
function csvField(value: string): string {
  if (value === '') return '';
  const quoted = value.includes('"') || value.includes(',') || value.includes('\r\n');
  const safe = FORMULA_START.has(value.charAt(0)) ? `'${value}` : value;
  return quoted ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function byInstant(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

function localDate(iso: string, zone: string): string {
  return inZone(iso, zone)?.toFormat('yyyy-MM-dd') ?? '';
}

function localDateTime(iso: string, zone: string): string {
  return inZone(iso, zone)?.toFormat('yyyy-MM-dd HH:mm') ?? '';
}
