/**
 * Keys that make "Acme, Inc.", "ACME Inc" and "Acme" the same company, and "Sr. Data Engineer
 * (Remote)" the same role as "Senior Data Engineer", so correlation does not split applications.
 */

/** Legal-form words that say nothing about which employer it is. */
const COMPANY_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company',
  'plc', 'gmbh', 'ag', 'kg', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'as', 'oy', 'pty',
  'pte', 'kk', 'holdings', 'group',
]);

/** Abbreviations that job titles spell both ways. */
const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  swe: 'software engineer',
  vp: 'vice president',
};

/** Lower case, accents off, anything that is not a letter or digit becomes a space. */
function words(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** "Acme, Inc." → "acme"; null when nothing meaningful is left. */
export function companyKey(company: string): string | null {
  const all = words(company);
  const parts = [...all];
  if (parts[0] === 'the' && parts.length > 1) parts.shift();
  while (parts.length > 1 && COMPANY_SUFFIXES.has(parts[parts.length - 1] ?? '')) parts.pop();
  const key = parts.join(' ');
  return key === '' ? null : key;
}

/** Requisition / job ids: "Req #12345", "R-10234", "JR0042317", "Job ID: 77-123". */
const REQUISITION_ID = /\b(?:req(?:uisition)?|job\s*id|ref)\b\.?\s*[#:]?\s*[\w-]*\d[\w-]*|#\s*[\w-]*\d[\w-]*|\b[a-z]{0,4}[-_]?\d{3,}[\w-]*/gi;

/**
 * "Sr. Data Engineer (Remote) – Req #12345" → "senior data engineer". Bracketed parts and
 * requisition numbers vary between mails about the same job, so they are left out.
 */
export function roleKey(role: string): string | null {
  const core = role.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(REQUISITION_ID, ' ');
  const parts = words(core).flatMap((word) => (ROLE_ABBREVIATIONS[word] ?? word).split(' '));
  const key = parts.join(' ');
  return key === '' ? null : key;
}
