// The digest built from what the real pipeline stored in dynalite after a week of the user's mail.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATIONS_CSV_FILENAME, CSV_COLUMNS } from '../../shared/digest/applications-csv.ts';
import { buildDigest, QUIET_AFTER_DAYS } from '../../shared/digest/build-digest.ts';
import { digestWindow } from '../../shared/digest/digest-week.ts';
import { composeDigest, loadDigestInput } from '../../shared/digest/load-digest-input.ts';
import { renderDigest } from '../../shared/digest/render-digest.ts';
import { fireDueUpTo } from '../../shared/pipeline/fire-due.ts';
import { startDynamo, type DynamoEmulator } from '../support/emulators.ts';
import { anApplication } from '../support/records.ts';
import { ZONE } from '../pipeline/pipeline-support.ts';
import { digestWorld, MONDAY_0800, rejection, weekOfMail, type DigestWorld } from './digest-world.ts';

let dynamo: DynamoEmulator;
beforeAll(async () => {
  dynamo = await startDynamo();
});
afterAll(async () => {
  await dynamo?.stop();
});

const QUILLBYTE = 'Quillbyte — Platform Engineer';
const NORTHWIND = 'Northwind Labs — Site Reliability Engineer';

async function digestAt(world: DigestWorld) {
  return composeDigest(world.store, { kind: 'weekly', timeZone: ZONE, clock: world.pipeline.clock });
}

function csvRecords(content: string | Uint8Array): Record<string, string>[] {
  return parse(typeof content === 'string' ? content : Buffer.from(content), { bom: true, columns: true, skip_empty_lines: false });
}

describe('weekly digest from a week of mail', () => {
  it('lists open applications, what changed, what is coming, what went quiet and what was skipped', async () => {
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    const { digest } = await digestAt(world);

    expect(digest.window.week).toBe('2026-W11');
    expect(digest.open.map((a) => [a.label, a.stage, a.lastEmail?.kind, a.nextReminder?.rule])).toEqual([
      [NORTHWIND, 'applied', 'confirmation', 'keep-applying'],
      [QUILLBYTE, 'interviewing', 'interview', 'prepare'],
    ]);
    expect(digest.changes.newApplications.map((c) => c.label)).toEqual([QUILLBYTE]);
    expect(digest.changes.interviews.map((c) => [c.label, c.interviewAt && new Date(c.interviewAt).toISOString()])).toEqual([
      [QUILLBYTE, '2026-03-10T09:00:00.000Z'],
    ]);
    expect(digest.changes.rejections).toEqual([]);
    expect(digest.coming.interviews.map((c) => c.label)).toEqual([QUILLBYTE]);
    expect(digest.coming.reminders.map((c) => c.rule)).toEqual(['prepare', 'thank-you-email', 'thank-you-note']);
    // Northwind has heard nothing since 16 Feb; Quillbyte waits for an interview, which is not silence.
    expect(digest.quiet.map((q) => [q.label, q.quietDays])).toEqual([[NORTHWIND, 20]]);
    expect(digest.quiet.every((q) => q.quietDays >= QUIET_AFTER_DAYS)).toBe(true);
    // Two messages were turned away; only the one that claimed to be the user's is recorded for them.
    expect(digest.skipped.total).toBe(1);
    expect(digest.skipped.reasons.map((r) => [r.outcome, r.count, r.reason.startsWith('From is not one of your addresses')])).toEqual([['ignored', 1, true]]);
  });

  it('the next week shows the rejection and no longer lists the closed application as open', async () => {
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    await world.receive('ses-reject', rejection);
    const nextMonday = new Date(MONDAY_0800.getTime() + 7 * 86_400_000);
    await fireDueUpTo(nextMonday, world.pipeline.deps, world.pipeline);
    world.pipeline.clock.set(nextMonday);
    const { digest, rows } = await digestAt(world);

    expect(digest.window.week).toBe('2026-W12');
    expect(digest.changes.rejections.map((c) => c.label)).toEqual([QUILLBYTE]);
    expect(digest.changes.newApplications).toEqual([]);
    expect(digest.open.map((a) => a.label)).toEqual([NORTHWIND]);
    // The redirect was skipped in the week before: outside this week's window.
    expect(digest.skipped.total).toBe(0);
    expect(rows.map((r) => [r.company, r.stage])).toEqual([
      ['Northwind Labs', 'applied'],
      ['Quillbyte', 'rejected'],
    ]);
  });

  it('renders every section in text and HTML, and attaches applications.csv', async () => {
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    const { digest, rows } = await digestAt(world);
    const email = renderDigest({ digest, rows, timeZone: ZONE });

    expect(email.subject).toBe('Your job search this week: 2 open applications, 1 interview in the next 7 days');
    for (const heading of ['OPEN APPLICATIONS (2)', 'WHAT CHANGED IN THE LAST 7 DAYS', 'COMING UP IN THE NEXT 7 DAYS', 'GONE QUIET', 'SKIPPED MESSAGES']) {
      expect(email.text).toContain(heading);
    }
    expect(email.text).toContain('Tue 10 Mar 2026, 10:00 · Quillbyte — Platform Engineer');
    expect(email.text).toContain('Northwind Labs — Site Reliability Engineer · nothing for 20 days (last email Mon 16 Feb)');
    expect(email.text).toContain('1 × ignored:');
    expect(email.html).toContain('<h2 style="margin:28px 0 10px 0;font-size:18px;line-height:1.3;color:#1b1f24;font-weight:700;">Gone quiet</h2>');
    expect(email.attachments.map((a) => a.filename)).toEqual([APPLICATIONS_CSV_FILENAME]);
  });
});

describe('applications.csv', () => {
  const hostile = [
    anApplication({ id: 'app-comma', company: 'Acme, Inc.', companyKey: 'acme', role: 'Data Engineer, Platform', createdAt: '2026-03-01T10:00:00+01:00' }),
    anApplication({ id: 'app-quote', company: 'The "Quoted" Company', companyKey: 'quoted', role: 'QA "Lead"', createdAt: '2026-03-01T11:00:00+01:00' }),
    anApplication({ id: 'app-newline', company: 'Two\nLines GmbH', companyKey: 'two lines', role: null, roleKey: null, createdAt: '2026-03-01T12:00:00+01:00' }),
    anApplication({ id: 'app-crlf', company: 'Carriage\r\nReturn & Söhne', companyKey: 'carriage', createdAt: '2026-03-01T13:00:00+01:00' }),
    anApplication({ id: 'app-formula', company: '=HYPERLINK("https://evil.example","Click")', companyKey: 'formula', createdAt: '2026-03-01T14:00:00+01:00' }),
    anApplication({
      id: 'app-contacts',
      company: 'Zoë Café',
      companyKey: 'zoe cafe',
      stage: 'interviewing',
      interviewAt: '2026-03-10T10:00:00+01:00',
      contacts: [
        { name: 'Ana Ruiz', email: 'ana@zoe.example', robot: false, source: 'from' },
        { name: 'no-reply', email: 'noreply@zoe.example', robot: true, source: 'reply-to' },
        { name: 'Ben Ode', email: null, robot: false, source: 'signature' },
      ],
      createdAt: '2026-03-01T15:00:00+01:00',
    }),
  ];

  it('parses back, with a real CSV parser, to the store applications: commas, quotes and line breaks survive', async () => {
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    for (const application of hostile) await world.store.createApplication(application);
    const stored = await world.store.listApplications();
    const { digest, rows } = await digestAt(world);
    const [attachment] = renderDigest({ digest, rows, timeZone: ZONE }).attachments;
    if (!attachment) throw new Error('no attachment');

    const content = String(attachment.content);
    expect(content.startsWith('\uFEFFcompany,role,stage,')).toBe(true);
    const records = csvRecords(attachment.content);
    expect(Object.keys(records[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(stored.length);
    expect(records.map((r) => ({ id: r.application_id, company: r.company, role: r.role, stage: r.stage }))).toEqual(
      stored.map((a) => ({
        id: a.id,
        // A formula-looking name is neutralised with a leading apostrophe; everything else is verbatim.
        company: a.company.startsWith('=') ? `'${a.company}` : a.company,
        role: a.role ?? '',
        stage: a.stage,
      })),
    );
    const zoe = records.find((r) => r.application_id === 'app-contacts');
    expect(zoe?.contacts).toBe('Ana Ruiz <ana@zoe.example>; Ben Ode');
    expect(zoe?.interview_at).toBe('2026-03-10 10:00');
    const quillbyte = records.find((r) => r.company === 'Quillbyte');
    expect([quillbyte?.applied_on, quillbyte?.last_contact, quillbyte?.next_reminder, quillbyte?.next_reminder_rule]).toEqual([
      '2026-03-02',
      '2026-03-04',
      '2026-03-09 18:00',
      'prepare',
    ]);
  });
});

describe('digest week', () => {
  it('is the ISO week in the user zone, so a Monday morning in Tokyo is not last week', () => {
    const mondayTokyo = new Date('2026-03-08T23:00:00Z'); // Mon 9 Mar 08:00 in Tokyo, still Sunday in UTC
    expect(digestWindow(mondayTokyo, 'Asia/Tokyo').week).toBe('2026-W11');
    expect(digestWindow(mondayTokyo, 'UTC').week).toBe('2026-W10');
    expect(digestWindow(new Date('2027-01-01T12:00:00Z'), 'UTC').week).toBe('2026-W53');
  });

  it('an empty store gives a digest that says so in every section', async () => {
    const world = await digestWorld(dynamo);
    const input = await loadDigestInput(world.store, { kind: 'status', timeZone: ZONE, clock: world.pipeline.clock });
    const digest = buildDigest(input);
    const email = renderDigest({ digest, rows: [], timeZone: ZONE });
    expect(email.subject).toBe('Where your job search stands: 0 open applications, 0 interviews in the next 7 days');
    expect(email.text).toContain('No open applications.');
    expect(email.text).toContain('No new applications, interviews or rejections.');
    expect(email.text).toContain('No interviews or reminders.');
    expect(email.text).toContain('Nothing sent to jobnudge was skipped');
    expect(csvRecords(String(email.attachments[0]?.content))).toEqual([]);
  });
});
