import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeMessage } from '../../analyze.ts';
import type { Analysis } from '../../domain/analysis.ts';
import type { Candidate } from '../../extract/evidence.ts';
import type { CliIo } from '../io.ts';
import { fileProblem } from '../path-error.ts';
import { resolveTimeZone } from '../time-zone.ts';
import { UsageError } from '../usage-error.ts';

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
  /** With `--explain`: the classifier's own signals for the kind. */
  why?: string[];
  /** With `--explain`: every value each reader weighed, best first per field. */
  candidates?: Candidate[];
}

export function toClassifyLine(file: string, analysis: Analysis, options: { explain?: boolean } = {}): ClassifyLine {
  const line: ClassifyLine = {
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
  if (options.explain) line.why = [...analysis.classification.signals];
  if (options.explain) line.candidates = [...analysis.extraction.candidates].sort((a, b) => a.field.localeCompare(b.field) || b.score - a.score);
  return line;
}

/** Longest candidate value shown: enough for a company, a role or an instant. */
const MAX_SHOWN_VALUE = 60;

/** Why each value was chosen: the kind's signals, then each field's candidates with score and evidence. */
function explain(line: ClassifyLine): string {
  const parts = [`  why ${line.kind}: ${line.why?.join(' ') || '(no signal)'}`];
  let field = '';
  for (const candidate of line.candidates ?? []) {
    if (candidate.field !== field) {
      field = candidate.field;
      parts.push(`  ${field}:`);
    }
    const value = candidate.value.length > MAX_SHOWN_VALUE ? `${candidate.value.slice(0, MAX_SHOWN_VALUE)}…` : candidate.value;
    parts.push(`    ${candidate.chosen ? '*' : ' '} ${candidate.score.toFixed(2).padStart(6)}  ${value}  [${candidate.evidence.join(', ')}]`);
  }
  return parts.join('\n');
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
    options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, tz: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('classify needs at least one .eml file');
  const timeZone = resolveTimeZone(values.tz);
  let failed = 0;
  for (const file of positionals) {
    try {
      const raw = await readFile(file);
      const line = toClassifyLine(file, await analyzeMessage(raw, { timeZone }), { explain: values.explain });
      io.out(values.json ? JSON.stringify(line) : values.explain ? `${describe(line)}\n${explain(line)}` : describe(line));
    } catch (error) {
      failed++;
      const message = fileProblem(error) ?? (error instanceof Error ? error.message : String(error));
      if (values.json) io.out(JSON.stringify({ file, error: message }));
      else io.err(`${file}: ${message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}
