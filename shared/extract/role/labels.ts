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
/** A label, then a colon, a table bar or a tab, then the value (possibly empty: it is on the next line). */
const LABELLED_ROW = new RegExp(String.raw`^${LABEL_WORDS}[ \t]*(:|\||\t)[ \t]*([^\n]{0,100})$`, 'i');
/** "Vacancy 22417 – X", "Job No. 4471: X": a reference number before the title, a dash or colon between. */
const NUMBERED_ROW = /^(?:vacancy|job|req(?:uisition)?|posting|competition)(?: no\.?| number| id)? ?#? ?([A-Z0-9][\w/.-]{0,20}) ?[-–—:|] ?(\S[^\n]{1,100})$/i;
/** "Which role are you interested in? X": a form question that asks for the post, and the answer. */
const ROLE_QUESTION = /\b(?:which|what) (?:role|position|job|opening|vacancy|post)s?\b[^?\n]{0,60}\?[ \t]*([^\n]{0,100})$/i;
/** Rows read: a labelled title sits near the top of a mail. */
const MAX_LINES = 120;

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
    const row = LABELLED_ROW.exec(line);
    if (row) {
      const separator = row[1] ?? ':';
      const value = firstCell(row[2] ?? '', separator).trim();
      // "Job title:" alone: the title is the next line (a bar or tab with nothing after it is a header cell).
      if (value !== '') found.push({ value, question: false });
      else if (separator === ':') found.push({ value: below(i), question: false });
      continue;
    }
    const numbered = NUMBERED_ROW.exec(line);
    if (numbered && /\d/.test(numbered[1] ?? '')) {
      found.push({ value: numbered[2] ?? '', question: false });
      continue;
    }
    const question = ROLE_QUESTION.exec(line);
    if (question) found.push({ value: (question[1] ?? '').trim() || below(i), question: true });
  }
  return found.filter((item) => item.value !== '');
}
