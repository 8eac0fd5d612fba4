import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/zod-errors.ts';
import { systemClock } from '../../domain/clock.ts';
import { composeDigest } from '../../digest/load-digest-input.ts';
import { renderDigest } from '../../digest/render-digest.ts';
import { composeMessage } from '../../mailer/compose.ts';
import { noticeMessageKey } from '../../mailer/message-id.ts';
import { toUser } from '../../reminders/rendered-email.ts';
import { DataDirBusyError } from '../../local/data-dir-lock.ts';
import { checkOutputDirectory } from '../../local/data-dir.ts';
import { startEmbeddedStore } from '../../local/embedded-store.ts';
import { LOCAL_OPTIONS } from '../../local/local-flags.ts';
import type { CliIo } from '../io.ts';
import { localeFlag } from '../locale-flag.ts';
import { settingsForDataDir } from '../local-settings.ts';
import { UsageError } from '../usage-error.ts';

/** Sends nothing: renders the weekly digest as it would read now, as .eml, .html, .txt and the CSV. */
export async function runDigest(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { ...LOCAL_OPTIONS, preview: { type: 'boolean', default: false }, out: { type: 'string' } },
    allowPositionals: false,
  });
  // Checked before the data directory is opened: a wrong value costs nothing and prints one line.
  localeFlag(values.locale);
  // Sending happens through the schedule, run-due or a `status` reply; this command only shows.
  if (!values.preview) throw new UsageError('only --preview is supported (the digest is sent by run-due, serve or a "status" reply)');
  try {
    const { dataDir, local } = await settingsForDataDir(values, io, { relay: false, dataDir: 'existing' });
    const outDir = resolve(values.out ?? join(dataDir, 'preview'));
    await checkOutputDirectory(outDir, '--out');
    const embedded = await startEmbeddedStore(dataDir);
    try {
      const zone = local.settings.timeZone;
      const { digest, rows } = await composeDigest(embedded.store, { kind: 'weekly', timeZone: zone, clock: systemClock });
      // Written as the sent digest is (fire-digest.ts): the --locale flag, else the remembered or configured one.
      const email = renderDigest({ digest, rows, timeZone: zone, locale: local.settings.locale });
      const key = noticeMessageKey(`preview.${digest.window.week}`);
      const composed = await composeMessage(toUser(email, local.settings, key, systemClock.now()), { allowedRecipient: local.settings.notifyAddress });
      await mkdir(outDir, { recursive: true });
      const base = join(outDir, `digest-${digest.window.week}`);
      const files: [string, string | Buffer][] = [
        [`${base}.eml`, composed.raw],
        [`${base}.html`, email.html],
        [`${base}.txt`, email.text],
        ...email.attachments.map((a): [string, string | Buffer] => [join(outDir, a.filename), typeof a.content === 'string' ? a.content : Buffer.from(a.content)]),
      ];
      for (const [path, content] of files) await writeFile(path, content);
      io.out(`Digest preview (${email.subject}):`);
      for (const [path] of files) io.out(`  ${path}`);
      return 0;
    } finally {
      await embedded.stop();
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirBusyError) {
      io.err(`jobnudge digest: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
