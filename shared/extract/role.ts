import { squash } from './company-name.ts';
import type { Found } from './company.ts';

/** Longest role title we accept: longer captures are sentences, not titles. */
const MAX_ROLE_LENGTH = 80;
const MAX_ROLE_WORDS = 10;

/** A title character; a dot only after a common abbreviation ("Sr. Engineer"). */
const TITLE_CHAR = String.raw`(?:[^.;!?\n]|(?<=\b(?:Sr|Jr|Snr|Jnr|Mgr|Asst|Assoc|Eng|Dept|St))\.)`;
const TITLE = String.raw`(${TITLE_CHAR}{2,${MAX_ROLE_LENGTH}}?)`;
/** A title that does not run back over another "for the …" (so a later match is not swallowed). */
const TITLE_NO_LEAD = String.raw`((?:(?!\b(?:for|the|your|our|about|regarding|a|an)\b)${TITLE_CHAR}){2,${MAX_ROLE_LENGTH}}?)`;
const POSITION_WORD = String.raw`(?:position|role|opening|job|vacancy|opportunity|post|req(?:uisition)?)`;

/** Body phrases, most explicit first; compiled global once (they are scanned with matchAll). */
const BODY_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['position-of', new RegExp(String.raw`\b(?:for|to|in) (?:the|our|a|an) ${POSITION_WORD} of ${TITLE}(?= at | with | in |,|[.;!?\n(]|$)`, 'gi')],
  ['for-the-x-position', new RegExp(String.raw`\b(?:for|to|about|regarding|in|on) (?:the|our|a|an|your) ${TITLE_NO_LEAD} ${POSITION_WORD}\b`, 'gi')],
  ['x-role-at', new RegExp(String.raw`\b(?:the|our|a|an) ([A-Z][^.;!?\n]{1,${MAX_ROLE_LENGTH}}?) (?:role|position) (?:at|with)\b`, 'g')],
  // German: "Ihre Bewerbung als Softwareentwickler (Backend) bei der …".
  ['bewerbung-als', new RegExp(String.raw`\bBewerbung (?:als|(?:für|auf) (?:die|unsere) (?:Stelle|Position)(?: als)?) ${TITLE}(?= bei | in | im |,|[.;!?\n]|$)`, 'gi')],
  ['application-for', new RegExp(String.raw`\b(?:application|applying|applied|candidacy|interview) (?:for|to) (?:the )?${TITLE}(?: ${POSITION_WORD})?(?= at | with |,|\s[-–]\s|[.;!?\n(]|$)`, 'gi')],
];
/** The first patterns are explicit enough to beat the subject line; the rest come after it. */
const EXPLICIT_BODY_PATTERNS = 4;

/** Subject lines: "Interview request for X", "Your application: X", "X - Acme". */
const SUBJECT_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['subject:interview-for', /^(?:interview(?: request| invitation| invite| confirmation| scheduled| scheduling| availability)?|invitation to interview|phone screen|video interview|next steps?)\s*(?:for|:|[-–|])\s*(?:the\s+)?(.+)$/i],
  ['subject:german', /^(?:einladung zum (?:vorstellungsgespräch|interview|gespräch)|ihre bewerbung(?: als)?|bewerbung(?: als)?)\s*(?:als|für|:|[-–|])\s*(.+)$/i],
  ['subject:application', /^(?:your application|application received|application|we(?:'ve| have)? received your application|application update|update on your application|regarding your application|thank you for your application|thanks for your application)\s*(?:for|to|:|[-–|])\s*(?:the\s+)?(.+)$/i],
];

/** Words a job title nearly always contains; used where the shape alone is weak ("X - Acme"). */
const ROLE_NOUN = /\b(?:engineer|developer|manager|analyst|designer|scientist|intern|specialist|coordinator|associate|consultant|architect|administrator|representative|assistant|technician|recruiter|director|lead|head|officer|writer|editor|accountant|nurse|teacher|researcher|executive|agent|advisor|programmer|tester|qa|sre|devops|vp|president|operator|clerk|generalist|strategist|producer|marketer|owner|partner|principal|fellow|trainee|apprentice)s?\b/i;
const NOT_A_TITLE = /\b(?:your|our|this|that|which|we|you|interest|application|applying|company|team|us|it|following|above|below|next|current|open|opportunities|roles|positions|jobs|vacancies|future|second|first|third|final|challenging|exciting|great|interesting|monday|tuesday|wednesday|thursday|friday|saturday|sunday|has|have|was|were|is|are|been|will|would|received|submitted|reviewed)\b/i;

/** Requisition ids and job numbers: "(R-12345)", "Req #123", "- JR-2024-001", "[12345]". */
const REQUISITION_PATTERNS: readonly RegExp[] = [
  /\s*[([]\s*(?:(?:req(?:uisition)?|job|id|ref)\.?\s*(?:id|#|no\.?|number)?\s*[:#]?\s*)?[A-Z]{0,4}[-_ ]?\d[\w-]*\s*[)\]]/gi,
  /\s*[-–|,:]?\s*\b(?:req(?:uisition)?|job|ref)\.?\s*(?:id|#|no\.?|number)?\s*[:#]?\s*[A-Z]{0,4}[-_]?\d[\w-]*/gi,
  /\s*[-–|,]?\s*(?:#|\b(?:R|JR|REQ)-?)\d[\w-]*/g,
  /\s+[-–|]\s*\d{3,}\s*$/g,
];

export function stripRequisition(title: string): string {
  let result = title;
  for (const pattern of REQUISITION_PATTERNS) result = result.replace(pattern, '');
  return result;
}

/** "(m/f/d)", "(w/m/d)", "(all genders)": the gender note German and Austrian ads add to a title. */
const GENDER_MARKER = /\s*\((?:[mwfdx](?:\s*[/|,]\s*[mwfdx]){1,3}|all genders?|m\/w\/div)\)/gi;
/** A preposition left at the end when the company after it was on the next line ("Engineer at"). */
const TRAILING_PREPOSITION = /(?:\s+(?:at|with|for|in|of|to|from|bei|chez|@))+$/i;

/** Trims and validates a captured title; null when it is not one. */
export function cleanRole(raw: string, company: string | null): string | null {
  let role = stripRequisition(raw.replace(/\s+/g, ' ').trim());
  role = role.replace(/^(?:(?:the|a|an|our|your|position|role|job|post)\b\s*)+/i, '').replace(/\s+(?:position|role|job|opening)$/i, '');
  role = role.replace(/^["'“‘]+|["'”’]+$/g, '').replace(/[\s,.;:!?-]+$/, '').trim();
  if (company) role = cutBeforeCompany(role, company);
  role = role.replace(/\s+(?:at|with)\s+[A-Z][\w&.,' -]*$/, '').trim();
  role = role.replace(GENDER_MARKER, '').replace(TRAILING_PREPOSITION, '').trim();
  if (role.length < 2 || role.length > MAX_ROLE_LENGTH) return null;
  if (role.split(' ').length > MAX_ROLE_WORDS) return null;
  if (NOT_A_TITLE.test(role)) return null;
  if (company && squash(role) === squash(company)) return null;
  if (!/[A-Za-z]/.test(role)) return null;
  if (/^(?:on|in|at|by|from|to)\b|\d{1,2}\/\d{1,2}\/\d{2,4}|^\(/i.test(role)) return null;
  // Template placeholders ("[Job Title]", "{{role}}", "%TITLE%") are not titles.
  if (/[[\]{}%<>]/.test(role)) return null;
  return role;
}

const COMPANY_JOINER = /\s+(?:at|with|@|[-–|])\s+$/i;

/** "Data Engineer at Acme Corp …" → "Data Engineer" (no regex built per company and call). */
function cutBeforeCompany(role: string, company: string): string {
  const lowerRole = role.toLowerCase();
  const lowerCompany = company.toLowerCase();
  for (let at = lowerRole.indexOf(lowerCompany); at > 0; at = lowerRole.indexOf(lowerCompany, at + 1)) {
    const joiner = COMPANY_JOINER.exec(role.slice(0, at));
    if (joiner) return role.slice(0, joiner.index).trim();
  }
  return role;
}

/** `body` is the flowing own text (see `BodyText.flowing`): a title wrapped over two lines is one. */
export function findRole(subject: string, body: string, company: string | null): Found<string> | null {
  const cleanSubject = subject.replace(/^(?:\s*(?:re|fw|fwd|aw|wg|tr)\s*:\s*)+/i, '').trim();
  const text = `${cleanSubject}\n${body}`;
  const explicit = BODY_PATTERNS.slice(0, EXPLICIT_BODY_PATTERNS);
  const late = BODY_PATTERNS.slice(EXPLICIT_BODY_PATTERNS);
  for (const [name, pattern] of explicit) {
    const found = firstRole(text, pattern, company);
    if (found) return { value: found, signal: `role:${name}` };
  }
  for (const [name, pattern] of SUBJECT_PATTERNS) {
    const captured = pattern.exec(cleanSubject)?.[1];
    const role = captured ? cleanRole(captured, company) : null;
    if (role) return { value: role, signal: `role:${name}` };
  }
  for (const [name, pattern] of late) {
    const found = firstRole(text, pattern, company);
    if (found) return { value: found, signal: `role:${name}` };
  }
  const split = fromSubjectParts(cleanSubject, company);
  return split ? { value: split, signal: 'role:subject:split' } : null;
}

function firstRole(text: string, pattern: RegExp, company: string | null): string | null {
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const role = match[1] ? cleanRole(match[1], company) : null;
    if (role) return role;
  }
  return null;
}

/** "Senior Data Engineer - Acme", "Acme | Product Designer (Remote)". */
function fromSubjectParts(subject: string, company: string | null): string | null {
  const parts = subject.split(/\s+[-–—|:]\s+/).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return null;
  for (const part of parts) {
    if (company && squash(part) === squash(company)) continue;
    const role = cleanRole(part, company);
    if (role && ROLE_NOUN.test(role)) return role;
  }
  return null;
}
