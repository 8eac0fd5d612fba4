import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../shared/domain/kinds.ts';
import { MAX_RAW_MAIL_BYTES } from '../../shared/raw-mail/raw-mail-source.ts';
import { HOSTILE_USER, hostileCorpus } from './hostile-corpus.ts';
import { eventItemsFor, outcomeItemsFor, parserPath, startEmulators, type Emulators } from './parser-harness.ts';
import { pipelineRig, recipientsOf } from './pipeline-rig.ts';
import { prototypeSnapshot } from './prototype-keys.ts';

// The real parser path (raw MIME in s3rver, the DynamoDB store on dynalite, processSesRecord), then
// the inbound pipeline on the same message (replay: re-planning), then every reminder it planned is
// fired through the recording scheduler and mailer. One table per input, so inputs cannot mask
// each other as duplicates of one original.
let emulators: Emulators;
/** Inputs of the corpus that led to at least one email, checked after the corpus. */
let mailedInputs = 0;
/** Object.prototype before any hostile input was read; compared after the whole corpus. */
const prototypeBefore = prototypeSnapshot();

beforeAll(async () => {
  emulators = await startEmulators();
});

afterAll(async () => {
  await emulators?.stop();
});

const corpus = hostileCorpus();
/** A script, image or frame element, or an event-handler attribute (escaped text and quoted values are fine). */
function hasUnsafeMarkup(html: string): boolean {
  for (const [tag] of html.matchAll(/<[A-Za-z][^>]*>/g)) {
    const name = /^<([A-Za-z0-9]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (['script', 'img', 'iframe', 'object', 'embed'].includes(name)) return true;
    if (/\son\w+\s*=/i.test(tag.replace(/"[^"]*"|'[^']*'/g, '""'))) return true;
  }
  return false;
}

describe('hostile inbound mail through S3, the parser, DynamoDB and the reminders', () => {
  it.each(corpus.map((input, index) => ({ input, messageId: `hostile-${index}` })))(
    '$input.name: ends in exactly one recorded outcome with a reason, keeps the raw copy, mails only the user',
    async ({ input, messageId }) => {
      const path = await parserPath(emulators);
      const rig = pipelineRig(path);
      await path.deliver(messageId, input.build());

      const result = await path.process(messageId);
      expect(OUTCOMES).toContain(result.outcome);
      expect(result.reason.trim()).not.toBe('');
      expect(result.replayed).toBe(false);
      expect(await path.store.getOutcome(messageId)).toMatchObject({ messageId, outcome: result.outcome, reason: result.reason, rawKey: `inbound/${messageId}` });

      // A retry through the whole pipeline replays the outcome and plans the reminders.
      expect(await rig.inbound(messageId)).toMatchObject({ outcome: result.outcome, reason: result.reason, replayed: true });
      expect(await path.process(messageId)).toMatchObject({ outcome: result.outcome, replayed: true });

      const items = await path.scanAll();
      expect(outcomeItemsFor(items, messageId)).toHaveLength(1);
      expect(eventItemsFor(items, messageId).length).toBeLessThanOrEqual(1);
      expect(await path.rawStillStored(messageId)).toBe(true);

      await rig.fireDue(new Date('2028-01-01T00:00:00Z'));
      // "Mails only the user" must not pass by mailing nothing: every reminder the store records as
      // sent is an email in the mailer, and an input that planned reminders mailed something.
      const sentReminders = await path.store.listAllReminders('sent');
      expect(rig.mailer.sent.length).toBeGreaterThanOrEqual(sentReminders.length);
      if ((await path.store.listAllReminders()).length > 0) expect(rig.mailer.sent.length).toBeGreaterThan(0);
      mailedInputs += rig.mailer.sent.length > 0 ? 1 : 0;
      for (const email of rig.mailer.sent) {
        expect(await recipientsOf(email.raw)).toEqual([HOSTILE_USER]);
        const parsed = await simpleParser(email.raw);
        expect(parsed.headers.has('bcc')).toBe(false);
        expect(parsed.headers.has('cc')).toBe(false);
        expect(parsed.subject ?? '').not.toMatch(/[\r\n]/);
        const html = typeof parsed.html === 'string' ? parsed.html : '';
        expect(hasUnsafeMarkup(html)).toBe(false);
      }
    },
    60_000,
  );

  it('a message above the 40 MB SES limit is quarantined unread, once, and its raw copy kept', async () => {
    const path = await parserPath(emulators);
    const rig = pipelineRig(path);
    const huge = Buffer.alloc(MAX_RAW_MAIL_BYTES + 1024, 0x61);
    huge.write(`From: ${HOSTILE_USER}\r\nSubject: Fwd: huge\r\n\r\n`);
    await path.deliver('too-large', huge);

    const result = await rig.inbound('too-large');
    expect(result).toMatchObject({ outcome: 'quarantined', reason: expect.stringMatching(/larger than/) as unknown });
    expect(await rig.inbound('too-large')).toMatchObject({ outcome: 'quarantined', replayed: true });
    expect(outcomeItemsFor(await path.scanAll(), 'too-large')).toHaveLength(1);
    expect(await path.rawStillStored('too-large')).toBe(true);
  }, 60_000);

  // Runs after the corpus above (vitest keeps file order): every own property of Object.prototype,
  // not just the two names the corpus happens to use, must be as it was before any input was read.
  it('mailed the user for the inputs that carry a readable invitation (the recipient checks ran on real mail)', () => {
    expect(mailedInputs).toBeGreaterThanOrEqual(Math.floor(corpus.length / 3));
  });

  it('leaves Object.prototype exactly as it was after reading the whole corpus', () => {
    expect(prototypeSnapshot()).toEqual(prototypeBefore);
    expect(Object.getOwnPropertyNames({})).toEqual([]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('names and subjects taken from a hostile email, in the reminders it causes', () => {
  it('a company tag full of markup and a CR/LF subject reach the user escaped, on one header line', async () => {
    const path = await parserPath(emulators);
    const rig = pipelineRig(path);
    const markup = corpus.find((input) => input.name.startsWith('override tags carrying markup'));
    const crlf = corpus.find((input) => input.name.startsWith('subject and names with bare CR'));
    if (!markup || !crlf) throw new Error('corpus entries renamed');
    await path.deliver('markup', markup.build());
    await path.deliver('crlf', crlf.build());
    expect((await rig.inbound('markup')).outcome).toBe('processed');
    expect((await rig.inbound('crlf')).outcome).toBe('processed');

    await rig.fireDue(new Date('2028-01-01T00:00:00Z'));
    const companies = (await path.store.listApplications()).map((a) => a.company);
    expect(companies.some((c) => c.includes('<script>'))).toBe(true);
    expect(rig.mailer.sent.length).toBeGreaterThan(0);
    const htmls: string[] = [];
    for (const email of rig.mailer.sent) {
      const parsed = await simpleParser(email.raw);
      expect(parsed.subject ?? '').not.toMatch(/[\r\n]|Bcc:/);
      expect(parsed.headers.has('bcc')).toBe(false);
      const html = typeof parsed.html === 'string' ? parsed.html : '';
      expect(hasUnsafeMarkup(html)).toBe(false);
      htmls.push(html);
      expect(await recipientsOf(email.raw)).toEqual([HOSTILE_USER]);
    }
    // The markup did reach the reminders, as text.
    expect(htmls.some((html) => html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'))).toBe(true);
  });
});
