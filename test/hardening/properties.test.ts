import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import type { OriginalMessage } from '../../shared/domain/message.ts';
import { EVENT_KINDS } from '../../shared/domain/kinds.ts';
import { extract } from '../../shared/extract/index.ts';
import { parseOverrides } from '../../shared/extract/overrides.ts';
import { capHtmlNesting } from '../../shared/mail/html-nesting.ts';
import { MAX_FORWARD_DEPTH, MailParseError, readMail } from '../../shared/mail/index.ts';
import { atSchedule } from '../../shared/scheduler/at-expression.ts';
import { SCHEDULE_NAME_MAX_LENGTH, SCHEDULE_NAME_PATTERN, scheduleNameFor } from '../../shared/scheduler/schedule-name.ts';
import { prototypeKey, textWithPrototypeKey } from './prototype-keys.ts';

// Run counts are modest on purpose: the whole suite should stay fast. A failure prints its seed.
const RUNS = { numRuns: 60 } as const;
const ZONES = Intl.supportedValuesOf('timeZone');
const ISO_INSTANT = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Any text, including controls, lone surrogates, markers, CR/LF and the names on Object.prototype
 * (`constructor`, `__proto__`, `toString`, …), which reach plain-object lookups as "words".
 */
const hostileText = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.string({ maxLength: 200 }),
  textWithPrototypeKey,
  fc.constantFrom(
    '---------- Forwarded message ---------',
    'From: x <a@b.example>\nSubject: y',
    '#company Acme\n#interview',
    'Interview on 31 Dec 9999 at 25:99',
    '\r\n\r\n',
    '\u0000\u202e',
    '<script>alert(1)</script>',
  ),
);

const wordLine = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,38}[A-Za-z]$/);
const localPart = fc.stringMatching(/^[a-z][a-z0-9.]{0,14}[a-z0-9]$/).filter((s) => !s.includes('..'));
const address = fc.tuple(localPart, fc.constantFrom('acme.example', 'hire.example.org', 'mail.example.net')).map(([l, d]) => `${l}@${d}`);
/** A whole-second instant between 1971 and 2100, when forwards are written. */
const mailDate = fc.integer({ min: Date.UTC(1971, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }).map((s) => new Date(s * 1000));

function gmailDate(date: Date): string {
  return DateTime.fromJSDate(date, { zone: 'UTC' }).toFormat("ccc, LLL d, yyyy 'at' h:mm a 'UTC'");
}

function originalArb(): fc.Arbitrary<OriginalMessage> {
  // Addresses as the reader produces them: an address, or empty for a name without one.
  const mailbox = fc.record({ name: hostileText, address: fc.oneof(address, fc.constant('')) });
  return fc.record({
    from: fc.option(mailbox),
    to: fc.array(mailbox, { maxLength: 3 }),
    cc: fc.array(mailbox, { maxLength: 2 }),
    replyTo: fc.array(mailbox, { maxLength: 2 }),
    date: fc.option(fc.date({ min: new Date(-2_208_988_800_000), max: new Date(253_402_300_799_000), noInvalidDate: true })),
    subject: hostileText,
    messageId: fc.option(hostileText),
    text: fc.oneof(hostileText, fc.array(fc.oneof(hostileText, wordLine), { maxLength: 12 }).map((parts) => parts.join('\n'))),
    calendars: fc.array(fc.record({ filename: fc.option(hostileText), content: hostileText }), { maxLength: 2 }),
  });
}

describe('forward unwrapping (readMail) on generated forwards', () => {
  it('recovers sender and subject of a Gmail forward nested up to five times, or refuses with MailParseError', async () => {
    await fc.assert(
      fc.asyncProperty(address, wordLine, fc.array(wordLine, { minLength: 1, maxLength: 5 }), mailDate, fc.integer({ min: 1, max: 5 }), async (from, subject, body, date, depth) => {
        let text = body.join('\n');
        let innerFrom = `Sender Name <${from}>`;
        for (let layer = 0; layer < depth; layer++) {
          text = ['note', '', '---------- Forwarded message ---------', `From: ${innerFrom}`, `Date: ${gmailDate(date)}`, `Subject: ${subject}`, '', text].join('\n');
          innerFrom = `relay${layer}@relay.example`;
        }
        const raw = Buffer.from(`From: casey@example.org\r\nSubject: Fwd: ${subject}\r\nDate: ${date.toUTCString()}\r\n\r\n${text.replace(/\n/g, '\r\n')}`);
        const mail = await readMail(raw, { timeZone: 'UTC' });
        expect(mail.depth).toBe(depth);
        expect(mail.notes).toHaveLength(depth);
        expect(mail.forwardFormat).toBe('gmail');
        expect(mail.original.from?.address).toBe(from);
        expect(mail.original.subject).toBe(subject.replace(/\s+/g, ' '));
        expect(mail.original.date?.getTime()).toBe(Math.floor(date.getTime() / 60_000) * 60_000);
      }),
      RUNS,
    );
  });

  it('returns a well-formed result or a MailParseError for any text around forward markers', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, fc.array(hostileText, { maxLength: 6 }), async (subject, note, parts) => {
        const body = [note, '---------- Forwarded message ---------', ...parts].join('\r\n');
        const raw = Buffer.from(`From: casey@example.org\r\nSubject: ${subject.replace(/[\r\n]/g, ' ')}\r\n\r\n${body}`);
        try {
          const mail = await readMail(raw, { timeZone: 'Europe/Berlin' });
          expect(mail.depth).toBeLessThanOrEqual(MAX_FORWARD_DEPTH);
          expect(mail.notes).toHaveLength(mail.depth);
          expect(mail.note).toBe(mail.notes[0] ?? '');
          expect(mail.forwardFormat === null).toBe(mail.depth === 0);
          expect(mail.original.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
          expect(mail.original.date === null || !Number.isNaN(mail.original.date.getTime())).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(MailParseError);
        }
      }),
      RUNS,
    );
  });
});

describe('classification on random original messages', () => {
  it('always answers one of the event kinds with a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(originalArb(), (original) => {
        const result = classify(original);
        expect(EVENT_KINDS).toContain(result.kind);
        expect(Number.isFinite(result.confidence)).toBe(true);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        expect(result.signals.every((signal) => typeof signal === 'string')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('extraction on random original messages', () => {
  it('never throws and returns values of the documented shapes', () => {
    fc.assert(
      fc.property(originalArb(), fc.constantFrom(...EVENT_KINDS), fc.constantFrom(...ZONES), (original, kind, timeZone) => {
        const result = extract(original, { timeZone, kind });
        expect(result.company === null || result.company.trim() !== '').toBe(true);
        expect(result.role === null || result.role.trim() !== '').toBe(true);
        if (result.interview.at !== null) {
          expect(result.interview.at).toMatch(ISO_INSTANT);
          expect(Number.isNaN(Date.parse(result.interview.at))).toBe(false);
        }
        if (result.nextStepBy !== null) expect(result.nextStepBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['video', 'phone', 'onsite', 'unknown']).toContain(result.interview.format);
        // A mailbox without an address comes out with email '' rather than null (reported to extract).
        for (const contact of result.contacts) expect(contact.email === null || contact.email === '' || contact.email.includes('@')).toBe(true);
        expect(typeof result.doNotContact).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});

describe('override tags in the user note', () => {
  it('reads any note into a typed result with bounded problems', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            hostileText,
            fc.constantFrom('#interview', '#rejected', '#company', '#role', '#at', '#at tomorrow', '#at 2026-02-30 10:00', '#bogus', '#'),
            prototypeKey.map((key) => `#${key}`),
            prototypeKey.map((key) => `#company ${key}`),
          ),
          { maxLength: 10 },
        ),
        fc.constantFrom(...ZONES),
        mailDate,
        (parts, timeZone, reference) => {
          const result = parseOverrides(parts.join(' '), { timeZone, reference });
          expect(result.kind === null || EVENT_KINDS.includes(result.kind)).toBe(true);
          expect(result.problems.length).toBeLessThanOrEqual(11);
          expect((result.company ?? '').length).toBeLessThanOrEqual(120);
          expect((result.role ?? '').length).toBeLessThanOrEqual(120);
          if (result.interviewAt !== null) expect(Number.isNaN(Date.parse(result.interviewAt))).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('takes a plain #company value exactly, wherever the tag sits in the note', () => {
    fc.assert(
      fc.property(fc.array(wordLine, { maxLength: 3 }), wordLine, (before, company) => {
        const note = [...before, `#company ${company}`, 'thanks'].join('\n');
        expect(parseOverrides(note, { timeZone: 'UTC', reference: new Date('2026-11-30T12:00:00Z') }).company).toBe(company.trim());
      }),
      RUNS,
    );
  });
});

describe('at() expressions for EventBridge Scheduler', () => {
  const AT = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/;
  /** Whole seconds from 1970 to 9998: the scheduler's expression has a four-digit year. */
  const instant = fc.integer({ min: 0, max: Date.UTC(9998, 11, 31) / 1000 }).map((s) => new Date(s * 1000));

  it('writes the documented format and names the same instant in the zone it returns', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (at, zone) => {
        const schedule = atSchedule(at, zone);
        const wall = AT.exec(schedule.expression)?.[1];
        expect(wall, schedule.expression).toBeDefined();
        expect([zone, 'UTC']).toContain(schedule.timezone);
        const back = DateTime.fromISO(wall ?? '', { zone: schedule.timezone });
        expect(back.toMillis()).toBe(at.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('gives schedule names EventBridge accepts, distinct for distinct inputs', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.nat(), hostileText, (applicationId, reminderId, version, otherId) => {
        const name = scheduleNameFor(applicationId, reminderId, version);
        expect(name).toMatch(SCHEDULE_NAME_PATTERN);
        expect(name.length).toBeLessThanOrEqual(SCHEDULE_NAME_MAX_LENGTH);
        expect(scheduleNameFor(applicationId, reminderId, version)).toBe(name);
        if (otherId !== applicationId) expect(scheduleNameFor(otherId, reminderId, version)).not.toBe(name);
      }),
      RUNS,
    );
  });
});

describe('HTML nesting cap', () => {
  const tagName = fc.constantFrom('div', 'span', 'p', 'li', 'td', 'table', 'b', 'font', 'br', 'img');
  const html = fc.array(fc.oneof(tagName.map((t) => `<${t}>`), tagName.map((t) => `</${t}>`), wordLine), { maxLength: 40 }).map((parts) => parts.join(''));

  it('leaves HTML within the depth limit unchanged', () => {
    fc.assert(
      fc.property(html, (source) => {
        expect(capHtmlNesting(source, 1000)).toBe(source);
      }),
      RUNS,
    );
  });

  it('keeps all text and removes only tags beyond the limit', () => {
    fc.assert(
      fc.property(html, fc.integer({ min: 0, max: 5 }), (source, depth) => {
        const capped = capHtmlNesting(source, depth);
        expect(capped.replace(/<[^>]*>/g, '')).toBe(source.replace(/<[^>]*>/g, ''));
        expect(capped.length).toBeLessThanOrEqual(source.length);
      }),
      RUNS,
    );
  });

  it('flattens 100,000 nested elements to the limit', () => {
    const deep = `${'<div>'.repeat(100_000)}inside${'</div>'.repeat(100_000)}`;
    const capped = capHtmlNesting(deep, 200);
    expect(capped).toBe(`${'<div>'.repeat(200)}inside${'</div>'.repeat(200)}`);
  });
});
