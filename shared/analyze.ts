import { performance } from 'node:perf_hooks';
import { classify } from './classify/index.ts';
import type { Analysis } from './domain/analysis.ts';
import { extract } from './extract/index.ts';
import { parseOverrides } from './extract/overrides.ts';
import { readMail } from './mail/index.ts';

export interface AnalyzeOptions {
  /** The user's IANA zone. */
  readonly timeZone: string;
  /** The user's own addresses: never taken as an employer contact or company. */
  readonly userAddresses?: readonly string[];
  /** Told how long each stage took (the bench's breakdown); the analysis is the same without it. */
  readonly onStage?: (stage: AnalysisStage, ms: number) => void;
}

export type AnalysisStage = 'read' | 'classify' | 'extract';

/**
 * parse → unwrap → classify → extract → apply the user's override tags.
 * Pure apart from parsing: the same code serves the Lambda, the local inbox and the CLI.
 */
export async function analyzeMessage(raw: Uint8Array, options: AnalyzeOptions): Promise<Analysis> {
  const { onStage } = options;
  let mark = onStage ? performance.now() : 0;
  const lap = (stage: AnalysisStage): void => {
    if (!onStage) return;
    const now = performance.now();
    onStage(stage, now - mark);
    mark = now;
  };
  const mail = await readMail(raw, { timeZone: options.timeZone });
  lap('read');
  const { original } = mail;
  const reference = original.date ?? mail.outer.date ?? new Date(0);
  const overrides = parseOverrides(mail.note, { timeZone: options.timeZone, reference });
  const classification = classify(original);
  lap('classify');
  const kind = overrides.kind ?? classification.kind;
  // Whoever forwarded the message is the user, whether or not the caller listed that address.
  const forwarder = mail.forwardFormat !== null && mail.outer.from ? [mail.outer.from.address] : [];
  const userAddresses = [...(options.userAddresses ?? []), ...forwarder];
  const extraction = extract(original, { timeZone: options.timeZone, kind, userAddresses });
  lap('extract');
  return {
    mail,
    classification,
    extraction,
    overrides,
    kind,
    company: overrides.company ?? extraction.company,
    role: overrides.role ?? extraction.role,
    interviewAt: overrides.interviewAt ?? extraction.interview.at,
    contacts: extraction.contacts,
  };
}
