import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeMessage } from '../../analyze.ts';
import type { Analysis } from '../../domain/analysis.ts';
import type { CliIo } from '../io.ts';
import { resolveTimeZone } from '../time-zone.ts';
import { UsageError } from '../usage-error.ts';

export const CLASSIFY_USAGE = 'jobnudge classify [--json] [--tz ZONE] FILE.eml...';

/** The stable, documented shape of one `classify --json` line. */
export interface ClassifyLine {
  file: string;
  kind: Analysis['kind'];
  confidence: number;
  company: string | null;
  role: string | null;
  contacts: { name: string; email: string | null }[];
  interviewAt: string | null;
  nextStepBy: string | null;
  doNotContact: boolean;
  forwarded: boolean;
  signals: string[];
}

export function toClassifyLine(file: string, analysis: Analysis): ClassifyLine {
  return {
    file,
    kind: analysis.kind,
    confidence: Math.round(analysis.classification.confidence * 100) / 100,
    company: analysis.company,
    role: analysis.role,
    contacts: analysis.contacts.filter((c) => !c.robot).map((c) => ({ name: c.name, email: c.email })),
    interviewAt: analysis.interviewAt,
    nextStepBy: analysis.extraction.nextStepBy,
    doNotContact: analysis.extraction.doNotContact,
    forwarded: analysis.mail.forwardFormat !== null,
    signals: [...analysis.classification.signals, ...analysis.extraction.signals, ...analysis.overrides.problems.map((p) => `override-problem:${p}`)],
  };
}

function describe(line: ClassifyLine): string {
  const what = [line.company, line.role].filter(Boolean).join(' — ') || '(company unknown)';
  const parts = [`${line.file}: ${line.kind} (${Math.round(line.confidence * 100)}%) ${what}`];
  if (line.interviewAt) parts.push(`  interview at ${line.interviewAt}`);
  if (line.nextStepBy) parts.push(`  employer expects to reply by ${line.nextStepBy}`);
  if (line.contacts.length > 0) parts.push(`  contacts: ${line.contacts.map((c) => c.name || c.email).join(', ')}`);
  if (line.doNotContact) parts.push('  the employer asked not to be contacted');
  return parts.join('\n');
}

/** Classifies each file; a bad file is reported and the rest still run. Exit 1 if any failed. */
export async function runClassify(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { json: { type: 'boolean', default: false }, tz: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('classify needs at least one .eml file');
  const timeZone = resolveTimeZone(values.tz);
  let failed = 0;
  for (const file of positionals) {
    try {
      const raw = await readFile(file);
      const line = toClassifyLine(file, await analyzeMessage(raw, { timeZone }));
      io.out(values.json ? JSON.stringify(line) : describe(line));
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      if (values.json) io.out(JSON.stringify({ file, error: message }));
      else io.err(`${file}: ${message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}
