import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../shared/cli/commands/import.ts';
import { startEmbeddedStore } from '../../shared/local/embedded-store.ts';
import { BACKFILL_DROP_REASON } from '../../shared/local/import-mail.ts';
import { MAX_RAW_BYTES } from '../../shared/mail/index.ts';
import { MboxIndexer, mboxMessage, splitMbox } from '../../shared/local/mbox.ts';
import { fixture, outboxFiles, tempDataDir } from './local-helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
});

/** An mbox as mail programs write it: From_ line, message, empty line; body "From " lines escaped. */
function mbox(messages: readonly Buffer[]): Buffer {
  return Buffer.concat(
    messages.flatMap((m) => [
      Buffer.from('From MAILER-DAEMON Thu Nov 12 10:00:00 2026\n'),
      Buffer.from(m.toString('latin1').replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1'), 'latin1'),
      Buffer.from('\n\n'),
    ]),
  );
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const FIXTURE_NAMES = ['outlook-web-forward-confirmation.eml', 'gmail-forward-interview-invite.eml', 'thunderbird-forward-rejection.eml', 'html-only-rejection.eml'];
/** Binary junk where headers belong: the reader refuses it as not an email. */
const CORRUPT = Buffer.from('\u0000\u0001\u0002 this is not a header\n\nnor a body\n', 'latin1');

async function buildMbox(): Promise<string> {
  const dir = await tempDataDir();
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const messages = await Promise.all(FIXTURE_NAMES.map(fixture));
  const path = join(dir, 'takeout.mbox');
  await writeFile(path, mbox([messages[0]!, messages[1]!, CORRUPT, messages[2]!, messages[3]!]));
  return path;
}

describe('mbox splitting', () => {
  it('splits at From_ lines and takes one ">" off escaped "From " body lines', () => {
    const box = Buffer.from('From a@b Mon Jan  1 00:00:00 2026\nSubject: one\n\n>From the start\n>>From deeper\n\nFrom c@d Mon Jan  1 00:00:00 2026\nSubject: two\n\nbody\n');
    const parts = splitMbox(box).map((b) => b.toString());
    expect(parts).toEqual(['Subject: one\n\nFrom the start\n>From deeper\n', 'Subject: two\n\nbody\n']);
  });

  it('does not split at a "From " line that follows a non-empty line, and keeps CRLF messages whole', () => {
    const box = Buffer.from('From a@b x\r\nSubject: one\r\n\r\nline\r\nFrom here on, text\r\n\r\nFrom c@d y\r\nSubject: two\r\n\r\nend');
    const parts = splitMbox(box).map((b) => b.toString());
    expect(parts).toEqual(['Subject: one\r\n\r\nline\r\nFrom here on, text\r\n', 'Subject: two\r\n\r\nend']);
  });

  it('finds the same messages however the file is cut into chunks (as a stream reads it)', () => {
    const line = fc.constantFrom('From x@y Mon Jan  1 00:00:00 2026', 'Subject: s', '', '\r', '>From quoted', 'From mid-paragraph', 'body text', 'Fro', 'From');
    const input = fc.record({
      text: fc.array(line, { maxLength: 40 }).map((lines) => Buffer.from(lines.join('\n'))),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(input, ({ text, cuts }) => {
        const offsets = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const indexer = new MboxIndexer();
        let from = 0;
        for (const offset of [...offsets, text.length]) {
          indexer.push(text.subarray(from, offset));
          from = offset;
        }
        const streamed = indexer.finish().map((range) => mboxMessage(text.subarray(range.start, range.end)).toString());
        expect(streamed).toEqual(splitMbox(text).map((b) => b.toString()));
      }),
    );
  });
});

describe('jobnudge import', () => {
  it('dry run: prints the applications and reminder timeline, reports the corrupt message by its index, stores nothing', async () => {
    const path = await buildMbox();
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { io, out, err } = capture();
    const code = await runImport([path, '--dry-run', '--tz', 'America/New_York', '--data', dataDir], io, { isTTY: false, write: () => true });
    expect(code).toBe(1);
    expect(err.filter((l) => l.startsWith('#'))).toEqual([expect.stringMatching(/^#3 \(message 3\): not readable as an email/)]);
    // Nothing of the corrupt message's bytes is echoed.
    expect(err.join('\n')).not.toContain('not a header');
    const text = out.join('\n');
    expect(text).toMatch(/Dry run \(nothing stored\): 5 message\(s\): 4 job, 0 not job mail, 0 duplicate, 0 quarantined, 1 skipped/);
    expect(text).toContain('Lumenfield Analytics');
    expect(text).toMatch(/Saltmarsh Media.*: rejected/);
    expect(text).toMatch(/Reminder timeline \(\d+\):/);
    expect(await outboxFiles(dataDir)).toEqual([]);
    const embedded = await startEmbeddedStore(dataDir);
    expect(await embedded.store.listApplications()).toEqual([]);
    await embedded.stop();
  });

  it('reports a message above the size limit as skipped and imports the rest', async () => {
    const dir = await tempDataDir();
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, 'big.mbox');
    const huge = Buffer.concat([Buffer.from('Subject: too big\n\n'), Buffer.alloc(MAX_RAW_BYTES, 'a')]);
    await writeFile(path, mbox([await fixture(FIXTURE_NAMES[1]!), huge, await fixture(FIXTURE_NAMES[2]!)]));
    const { io, out, err } = capture();
    const code = await runImport([path, '--dry-run', '--tz', 'America/New_York'], io, { isTTY: false, write: () => true });
    expect(code).toBe(1);
    expect(err.filter((l) => l.startsWith('#'))).toEqual([expect.stringMatching(/^#2 \(message 2\): not readable as an email/)]);
    expect(out.join('\n')).toMatch(/3 message\(s\): 2 job, 0 not job mail, 0 duplicate, 0 quarantined, 1 skipped/);
  });

  it('stores the backfill, marks reminders that fell due before today as backfilled instead of mailing them, and is idempotent', async () => {
    const path = await buildMbox();
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const first = capture();
    await runImport([path, '--tz', 'America/New_York', '--data', dataDir], first.io, { isTTY: false, write: () => true });
    const embedded = await startEmbeddedStore(dataDir);
    const applications = await embedded.store.listApplications();
    const reminders = await embedded.store.listAllReminders();
    await embedded.stop();
    expect(applications).toHaveLength(4);
    const now = Date.now();
    for (const r of reminders) {
      if (Date.parse(r.fireAt) < now) expect([r.status, r.statusReason]).toEqual(['dropped', BACKFILL_DROP_REASON]);
    }
    expect(await outboxFiles(dataDir)).toEqual([]);

    const second = capture();
    await runImport([path, '--tz', 'America/New_York', '--data', dataDir], second.io, { isTTY: false, write: () => true });
    const again = await startEmbeddedStore(dataDir);
    expect(await again.store.listApplications()).toHaveLength(4);
    await again.stop();
  });
});
