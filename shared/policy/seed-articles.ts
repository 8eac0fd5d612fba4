/**
 * The five articles the follow-up policy was distilled from, by the number each rule cites.
 * They live beside the checkout (seeds/), not in the project: a rule names its article so a reader
 * can check why a reminder exists; the project never quotes them.
 */
export const SEED_ARTICLES = {
  /** Career consultant: do not go around an employer's application process. */
  '000': '000_19a6c2681b3f74a9.txt',
  /** Outplacement firm: contacting the hiring manager directly can be fine (not used by a rule). */
  '001': '001_fd71b65f005540da.txt',
  /** Staffing firm roundtable: when and how to ask about status or feedback after interviews. */
  '002': '002_d1c42f83825a8050.txt',
  /** Trade magazine: following up after sending a résumé and after interviews. */
  '003': '003_65f50e6ec05d6627.txt',
  /** HR manager's blog: thank-you email and card, and not chasing online applications. */
  '004': '004_cc73d508b1d52711.txt',
} as const;

export type SeedId = keyof typeof SEED_ARTICLES;

/**
 * Each article's title and who published it, as a reminder names it ("why" lines): a reader can
 * find the piece by its title, which a number in a file name does not allow.
 */
export const SEED_ARTICLE_TITLES: Readonly<Record<SeedId, string>> = {
  '000': '“Should I Contact a Hiring Manager After My Interview?” (METRO’s Asked&Answered column)',
  '001': '“Why it is OK to Contact the Hiring Manager Directly” (GetFive)',
  '002': '“What You Need to Know About Contacting Hiring Managers After an Interview” (McKinley Marketing Partners roundtable)',
  '003': '“Following up After An Interview”',
  '004': '“Pushy Interview Follow Ups” (an HR manager’s blog)',
};

export function isSeedId(value: string): value is SeedId {
  return Object.hasOwn(SEED_ARTICLES, value);
}
