/**
 * Titles a mail states in a labelled row: "Role: X", "📋 Role: X", "Position Applied: X",
 * "| Position | X |" and "Job Title<TAB>X" (HTML tables rendered to text), a label alone on its line
 * with the title under it ("Job title:" / "X"), "Vacancy 22417 – X", and a form's question with its
 * answer ("Which role are you interested in? X"). Only where a row says what it holds; a title
 * with no label is read elsewhere.
 */

/** Words a row is labelled with when it holds the post. */
const LABEL_WORDS = String.raw`(?:(?:role|position|post|job|vacancy)(?: title)? applied(?: for)?|applied for|applying for|role|position|position title|role title|post|campaign|competition|job(?: title)?|title of (?:the )?(?:role|position)|vacancy|vacancy title|opening|job opening|(?:job )?posting|requisition|stelle|poste)`;
/** Emoji, bullets or a table's bar before a label ("📋 Role:", "• Position:", "| Position |"). */
const DECORATION = /^[^\p{L}\p{N}\s(]{1,6}[ \t]*/u;
/** A label at a line's start; what separates it from the value (a colon, a table bar or a tab) is read in code. */
const LABEL_START = new RegExp(String.raw`^${LABEL_WORDS}(?=\t|[ ]{0,3}[:|])`, 'i');
/** Longest value read after a label. */
const MAX_VALUE_CHARS = 100;
/** "Vacancy 22417 – X", "Job No. 4471: X": a reference number before the title, a dash or colon between. */
const NUMBERED_START = /^(?:vacancy|job|req(?:uisition)?|posting|competition)(?: no\.?| number| id)? ?#? ?/i;
const NUMBER_SEPARATOR = / [-–—|] |: /;
const REFERENCE_NUMBER = /^[A-Z0-9][\w/.-]{0,20}$/i;

/** The title after "Vacancy 22417 – ", or null when the line is not a numbered row. */
function afterNumber(line: string): string | null {
  const start = NUMBERED_START.exec(line);
  if (!start) return null;
  const rest = line.slice(start[0].length, start[0].length + 30 + MAX_VALUE_CHARS);
  const separator = NUMBER_SEPARATOR.exec(rest);
  if (!separator) return null;
  const number = rest.slice(0, separator.index);
  if (!REFERENCE_NUMBER.test(number) || !/\d/.test(number)) return null;
  const value = rest.slice(separator.index + separator[0].length).trim();
  return value.length >= 2 ? value : null;
}
/** "Which role are you interested in? X": a form question that asks for the post; the answer follows it. */
const ROLE_QUESTION = /\b(?:which|what) (?:role|position|job|opening|vacancy|post)s?\b[^?\n]{0,60}\?/i;
/** Rows read: a labelled title sits near the top of a mail. */
const MAX_LINES = 120;

/** The separator and value after a label ("Role: X", "Role | X |", "Role<TAB>X"), or null when the line goes on in words. */
function rowAfter(line: string, labelEnd: number): { separator: string; value: string } | null {
  if (line.charAt(labelEnd) === '\t') return { separator: '\t', value: line.slice(labelEnd + 1, labelEnd + 1 + MAX_VALUE_CHARS).trim() };
  const rest = line.slice(labelEnd).trimStart();
  const separator = rest.charAt(0);
  if (separator !== ':' && separator !== '|') return null;
  return { separator, value: rest.slice(1, 1 + MAX_VALUE_CHARS).trim() };
}

/** The first cell of a table row's value ("X | Infrastructure |" → "X"). */
function firstCell(value: string, separator: string): string {
  if (separator === '|') return value.split('|')[0] ?? '';
  if (separator === '\t') return value.split('\t')[0] ?? '';
  return value;
}

/** Titles in labelled rows, in text order; `question` marks a form's answer (the candidate typed it). */
export function labelledTitles(body: string): { value: string; question: boolean }[] {
  const lines = body.split('\n', MAX_LINES).map((line) => line.trim());
  const below = (i: number): string => lines.slice(i + 1, i + 3).find((line) => line !== '') ?? '';
  const found: { value: string; question: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(DECORATION, '');
    if (line === '') continue;
    const label = LABEL_START.exec(line);
    const row = label ? rowAfter(line, label[0].length) : null;
    if (row) {
      const { separator } = row;
      const value = firstCell(row.value, separator).trim();
      // "Job title:" alone: the title is the next line (a bar or tab with nothing after it is a header cell).
      if (value !== '') found.push({ value, question: false });
      else if (separator === ':') found.push({ value: below(i), question: false });
      continue;
    }
    const numbered = afterNumber(line);
    if (numbered) {
      found.push({ value: numbered, question: false });
      continue;
    }
    const question = ROLE_QUESTION.exec(line);
    if (question) found.push({ value: line.slice(question.index + question[0].length, question.index + question[0].length + MAX_VALUE_CHARS).trim() || below(i), question: true });
  }
  return found.filter((item) => item.value !== '');
}
