import { DateTime } from 'luxon';
import type { ApplicationRecord, ReminderRecord } from '../domain/application.ts';

/** Plain-text lines of applications and their reminders, for import --dry-run and run-due. */
export function when(iso: string, zone: string): string {
  const dt = DateTime.fromISO(iso).setZone(zone);
  return dt.isValid ? dt.toFormat('yyyy-LL-dd HH:mm ZZZZ') : iso;
}

/** "Company — Role" (the company alone when the role is unknown), by application id. */
export function applicationLabels(applications: readonly ApplicationRecord[]): Map<string, string> {
  return new Map(applications.map((a) => [a.id, a.role ? `${a.company} — ${a.role}` : a.company]));
}

export function applicationLines(applications: readonly ApplicationRecord[]): string[] {
  return applications.map((a) => {
    const extras = [a.interviewAt ? `interview ${a.interviewAt}` : null, a.nextStepBy ? `reply by ${a.nextStepBy}` : null].filter(Boolean);
    return `  ${a.company}${a.role ? ` — ${a.role}` : ''}: ${a.stage}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
  });
}

export function reminderTimelineLines(reminders: readonly ReminderRecord[], companies: ReadonlyMap<string, string>, zone: string): string[] {
  return [...reminders]
    .sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt))
    .map((r) => `  ${when(r.fireAt, zone)}  ${r.rule.padEnd(15)} ${(companies.get(r.applicationId) ?? r.applicationId).padEnd(28)} ${r.status}${r.statusReason ? ` (${r.statusReason})` : ''}`);
}
