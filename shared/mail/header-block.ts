import { MAX_FORWARD_HEADER_LINES, MAX_FORWARD_HEADER_VALUE_CHARS } from './limits.ts';

export type ForwardField = 'from' | 'date' | 'to' | 'cc' | 'subject' | 'replyTo' | 'messageId';

/** Header labels as mail clients print them in English, German, French, Spanish, Italian, Dutch. */
const LABELS: ReadonlyMap<string, ForwardField> = new Map<string, ForwardField>([
  ...['from', 'von', 'de', 'da', 'van', 'expéditeur'].map((l) => [l, 'from'] as const),
  ...['date', 'sent', 'gesendet', 'datum', 'envoyé', 'envoyé le', 'enviado', 'enviado el', 'fecha', 'inviato', 'verzonden', 'data'].map(
    (l) => [l, 'date'] as const,
  ),
  ...['to', 'an', 'à', 'a', 'para', 'aan', 'destinataire'].map((l) => [l, 'to'] as const),
  ...['cc', 'kopie', 'copie'].map((l) => [l, 'cc'] as const),
  ...['subject', 'betreff', 'objet', 'asunto', 'oggetto', 'onderwerp', 'assunto'].map((l) => [l, 'subject'] as const),
  ...['reply-to', 'antwort an', 'répondre à', 'responder a', 'rispondi a'].map((l) => [l, 'replyTo'] as const),
  ['message-id', 'messageId'],
]);

/** `Label: value`, the label possibly bold (`*From:*` from a text part, `**From:**`). */
const LABELED_LINE = /^\*{0,2}([^:*]{1,30}?)\*{0,2}\s*:\s*\*{0,2}(.*)$/;
/** An unknown label that still looks like a header (Importance, Organization, Attachments…). */
const HEADER_LIKE_LABEL = /^[!-9;-~]{1,40}(?: [A-Za-z-]{1,12})?$/;

/** The values of a forwarded header block, as written (not yet parsed). Fixed keys, never user data. */
export interface ForwardHeaderValues {
  from: string | null;
  date: string | null;
  to: string | null;
  cc: string | null;
  subject: string | null;
  replyTo: string | null;
  messageId: string | null;
}

export interface HeaderBlock {
  readonly values: ForwardHeaderValues;
  /** Lower-cased labels as written ("sent", "gesendet"…): they hint at the client. */
  readonly labels: readonly string[];
  readonly fields: ReadonlySet<ForwardField>;
  /** Index of the first line after the block. */
  readonly end: number;
}

/**
 * Reads the header block a forward marker introduces, starting at `start` (blank lines before it are
 * skipped). It must open with a known label; it ends at a blank line or a line that is not a header.
 * Folded values (indented continuation lines, or wrapped recipient lists) are joined.
 */
export function readHeaderBlock(lines: readonly string[], start: number): HeaderBlock | null {
  let index = start;
  while (index < lines.length && index < start + 3 && (lines[index] ?? '').trim() === '') index++;
  const values: ForwardHeaderValues = { from: null, date: null, to: null, cc: null, subject: null, replyTo: null, messageId: null };
  const labels: string[] = [];
  const fields = new Set<ForwardField>();
  let current: ForwardField | null = null;
  let sawHeader = false;
  const limit = Math.min(lines.length, index + MAX_FORWARD_HEADER_LINES);
  for (; index < limit; index++) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '') break;
    const labeled = LABELED_LINE.exec(raw.trim());
    const label = labeled?.[1]?.trim().toLowerCase();
    const field = label === undefined ? undefined : LABELS.get(label);
    if (labeled !== null && label !== undefined && field !== undefined) {
      // A repeated label means a second block has started without a blank line: stop here.
      if (fields.has(field)) break;
      fields.add(field);
      labels.push(label);
      values[field] = clean(labeled[2] ?? '');
      current = field;
      sawHeader = true;
      continue;
    }
    if (!sawHeader) return null;
    if (labeled !== null && label !== undefined && HEADER_LIKE_LABEL.test(label)) {
      current = null;
      continue;
    }
    const continues = /^\s/.test(raw) || ((current === 'to' || current === 'cc') && raw.includes('@'));
    if (current !== null && continues) {
      values[current] = clean(`${values[current] ?? ''} ${raw}`);
      continue;
    }
    break;
  }
  if (!sawHeader) return null;
  return { values, labels, fields, end: index };
}

function clean(value: string): string {
  return value.replace(/\*/g, '').replace(/\s+/g, ' ').trim().slice(0, MAX_FORWARD_HEADER_VALUE_CHARS);
}
