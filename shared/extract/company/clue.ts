/**
 * One piece of evidence for the employer's name, before candidates are grouped and scored.
 * `tag` names where it came from ("phrase:position-at", "display-name:parenthesis"); `score` is
 * how much that source is worth on its own (see `SOURCE_SCORES`).
 */
export interface Clue {
  readonly value: string;
  readonly tag: string;
  readonly score: number;
}

/** A slug (host label, tenant, address part) that still has to be turned into a displayed name. */
export interface SlugClue {
  readonly slug: string;
  readonly tag: string;
}

/**
 * What each source is worth alone. An explicit statement in the text ("your application was sent
 * to X", "our client X") beats who sent the mail; the sender's own domain is the weakest hint
 * because agencies, platforms and parent companies send for others.
 */
export const SOURCE_SCORES = {
  agencyClient: 10,
  jobBoardSentTo: 9,
  phraseStrong: 8,
  phraseMedium: 7,
  phraseWeak: 5,
  displayNameParenthesis: 7,
  displayNameAt: 7,
  displayNameDepartment: 6,
  displayNameSeparated: 5,
  subjectAt: 6,
  subjectSplit: 4,
  team: 6,
  signature: 5,
  signOffLegal: 6,
  signOffTitleLine: 5,
  signOffUnderTitle: 5,
  employerActs: 6,
  displayNameDomainTail: 6,
  japanese: 7,
  atsTenant: 5,
  logo: 5,
  jobCard: 5,
  atsTenantGuessed: 3,
  senderDomain: 3,
  atsLink: 3,
} as const;
