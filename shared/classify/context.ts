/**
 * Sentence-level context that changes what a phrase means: negation ("we are unable to invite you to
 * interview") and selection conditions ("if selected, we will contact you to schedule an interview").
 */

/** How far before a phrase a negation still applies to it (characters, same sentence). */
const NEGATION_WINDOW_CHARS = 45;

/**
 * Negators (with the German, French and Spanish ones the multilingual families need); the exclusions
 * are idioms that carry a "not" without negating anything.
 */
const NEGATOR = /\b(not|no|never|unable|cannot|nor|without|neither|nicht|kein|keine[mnrs]?|pas|aucune?|nunca|ningun[ao]?)\b|\bning(?:ú|u)n\b|n't\b/;
const NEGATION_IDIOM =
  /\b(do not|don't|please do not|not) hesitate\b|\bno later than\b|\bnot only\b|\bif not already\b|\bno matter\b|\bno need to\b|\bnot sure\b|\bcan't wait\b|\bcould not be (more )?(happier|more excited|more pleased)\b|\bno problem\b/g;

/** Clause breaks that stop a negation from reaching further ("no rush; we'd love to invite you"). */
const CLAUSE_BREAK = /[;:,]\s*(but|and|so|however|instead|rather|we|i)\b|[;:]|\bbut\b|\bhowever\b/g;

/** True when the words right before `index` in `sentence` negate what starts there. */
export function isNegatedAt(sentence: string, index: number): boolean {
  let before = sentence.slice(Math.max(0, index - NEGATION_WINDOW_CHARS), index);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  if (last) before = before.slice(last.index + last[0].length);
  before = before.replace(NEGATION_IDIOM, ' ');
  return NEGATOR.test(before);
}

/**
 * A decision that has not been made yet: the sentence is about what happens *if* the employer picks
 * the candidate. Conditions on the candidate's convenience ("if you are available") do not count.
 */
const SELECTION_CONDITIONS: readonly RegExp[] = [
  // if/should/once/when … (you are) selected / shortlisted / successful / a match …
  /\b(if|should|once|when|whether|in the event|in case|unless|provided)\b[^.;]{0,40}?\b(selected|shortlisted|short-listed|chosen|successful|invited|advanced|progressed|considered|identified|a (strong |good |potential )?(match|fit)|qualified)\b/,
  // if/should … your background / skills / application … matches / meets / aligns …
  /\b(if|should|once|when|whether|in the event|in case|unless|provided)\b[^.;]{0,20}?\byour\b[^.;]{0,50}?\b(match|matches|meet|meets|align|aligns|fit|fits|suit|suits|is selected|are selected|progress|progresses|move forward|moves forward|be of interest|interest us|stands? out)\b/,
  // if/should/once … we / the team decide, are interested, would like, see a fit …
  /\b(if|should|once|when|whether|in the event|in case|unless|provided)\b[^.;]{0,15}?\b(we|the (hiring )?team|the hiring manager|the recruiter|our (hiring )?team|they|a recruiter|someone|a member of)\b[^.;]{0,45}?\b(decide|decides|determine|determines|feel|feels|think|thinks|find|finds|believe|believes|are interested|is interested|would like|'d like|wish|wishes|see|sees|identify|identifies|want|wants|choose|chooses|select|selects|move forward|proceed|can offer|have an opening|interest)\b/,
  /\b(if|should)\b[^.;]{0,15}?\bthere (is|'s|be|appears to be|seems to be)\b[^.;]{0,20}?\b(match|fit|interest|opportunity)\b/,
  /\bif so\b|\bif (selected|shortlisted|successful|chosen|qualified|invited)\b|\bshould you (be|progress|advance)\b/,
  // "only shortlisted candidates will be contacted", "qualified applicants will be contacted"
  /\b(selected|shortlisted|short-listed|successful|qualified|suitable|chosen|strong|strongest|top|best|promising)\s+(candidates?|applicants?|submissions?|solutions?|entries|performers)\b/,
  /\bonly (candidates?|applicants?|those)\b/,
  // "candidates who pass the exam will be invited to a panel interview": a step promised to some
  /\b(?:candidates?|applicants?|those|anyone)\s+(?:who|that)\s+(?:pass|passes|succeed|succeeds|clear|clears|meet|meets|score|scores|progress|progresses|advance|advances|are successful|is successful|do well)\b/,
  // may / might / could contact you: a possibility, not an invitation
  /\b(may|might|could|possibly)\b[^.;]{0,25}?\b(contact|reach out|be in touch|get in touch|invite|schedule|be asked|request|ask|follow up|hear from)\b/,
  // "we will contact you to schedule an interview": a promise about later, made in receipts
  /\b(?:will|'ll|shall)\b[^.;]{0,30}?\b(?:contact|reach out|be in touch|get in touch|get back|follow up|notify|let you know|be reaching out|be contacting)\b[^.;]{0,40}?\b(?:to (?:schedule|arrange|set up|discuss|invite)|regarding|about|for|with (?:next steps|information|details))\b[^.;]{0,30}?\b(?:interviews?|next steps?|call|screen)/,
  /\bnext steps?\b[^.;]{0,20}?\b(would|may|might|could|typically|usually|generally)\b(?! like\b)/,
  /\b(typically|usually|generally|normally)\b[^.;]{0,60}?\b(interview|call|screen)/,
  /\b(interview|hiring|recruit\w*|selection) process (consists|includes|involves|may|typically|usually|generally|is|will)\b/,
];

export function isSelectionConditional(sentence: string): boolean {
  return SELECTION_CONDITIONS.some((pattern) => pattern.test(sentence));
}

/** A supposition opening somewhere before `index` in the sentence: "if …", "in case …", "unless …". */
const SUPPOSITION = /\b(?:if|unless|whether|in the event|in case|should (?:you|we|your|the|there))\b/;

export function isSupposedAt(sentence: string, index: number): boolean {
  return SUPPOSITION.test(sentence.slice(0, index));
}
