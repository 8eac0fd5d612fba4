/**
 * Academic posts name their field after "in" ("Lecturer in Social Work", "Research Fellow in
 * Marine Ecology"): after such a head noun, "in" and the capitalised words that follow are part of
 * the title. After any other noun, "in" leads to a place or a department ("Data Engineer in Leeds").
 */
const ACADEMIC_HEAD = /\b(?:lecturer|professor|fellow|reader|researcher|research (?:associate|assistant)|postdoc|studentship|tutor|demonstrator|scholar)s?$/i;
/** " in Social Work", " in Nursing and Midwifery": capitalised words, joiners only between them. */
const FIELD = /[ \t]+in[ \t]+(\p{Lu}[\p{L}'’-]{0,30}(?:[ \t]+(?:(?:and|&|of)[ \t]+)?\p{Lu}[\p{L}'’-]{0,30}){0,4})/uy;

/** `title` (which ends at `end` in `text`) with the field written after it, when its head is academic. */
export function withAcademicField(title: string, text: string, end: number): string {
  if (!ACADEMIC_HEAD.test(title.trimEnd())) return title;
  FIELD.lastIndex = end;
  const field = FIELD.exec(text)?.[1];
  return field ? `${title.trimEnd()} in ${field}` : title;
}
