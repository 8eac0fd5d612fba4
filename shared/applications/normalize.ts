/**
 * Keys that make "Acme, Inc.", "ACME Inc" and "Acme" the same company, and "Sr. Data Engineer
 * (Remote)" the same role as "Senior Data Engineer", so correlation does not split applications.
 */

/**
 * Legal forms, as words once dots are dropped ("S.A." → "sa", "Pte. Ltd." → "pte ltd"): they say
 * nothing about which employer it is, so "MerlionPay Pte. Ltd." is the employer "MerlionPay".
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company',
  'plc', 'gmbh', 'ag', 'kg', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'as', 'oy', 'oyj',
  'pty', 'pte', 'pvt', 'kk', 'dac', 'cv', 'de', 'sl', 'aps', 'asa', 'sdn', 'bhd',
]);
/** Legal forms plus words a group adds to its name and its mail leaves out. */
const COMPANY_SUFFIXES = new Set([...LEGAL_FORMS, 'holdings', 'group']);

/** "S.A." and "B.V." as one word each: a dot between single letters joins them. */
const DOTTED_INITIALS = /\b(\p{L})\.(?=\p{L}\b)/gu;

/** A name with its dotted initials joined ("S.A." → "SA"), so legal forms read as one word. */
export function joinDottedInitials(name: string): string {
  return name.replace(DOTTED_INITIALS, '$1');
}

/** Abbreviations that job titles spell both ways; a Map, since title words ("constructor") come from mail. */
const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sr', 'senior'],
  ['snr', 'senior'],
  ['jr', 'junior'],
  ['mgr', 'manager'],
  ['eng', 'engineer'],
  ['engr', 'engineer'],
  ['dev', 'developer'],
  ['swe', 'software engineer'],
  ['vp', 'vice president'],
]);

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

/**
 * Words employers add to their name in one place and leave out in another ("ECS Federal",
 * "Ecstech", "ECS"; "Cisco Systems"; "Acme Technologies"): the name is the same employer without
 * them. Dropped only from the end, and never when nothing would be left.
 */
const COMPANY_DESCRIPTORS = new Set([
  'tech', 'technology', 'technologies', 'solutions', 'systems', 'federal', 'global', 'international', 'intl',
  'consulting', 'services', 'software', 'labs', 'lab', 'usa', 'us', 'america', 'americas', 'na', 'worldwide',
]);
/**
 * "Ecstech", "Acmetech": a descriptor written onto the name. At least three letters must stay, so
 * "Hitech" keeps its key; a key only has to match the same user's other mail, not be unique worldwide.
 */
const GLUED_DESCRIPTOR = /^([a-z0-9]{3,})(?:tech|technologies|solutions|systems)$/;
/** A directory's tag after a name ("Acme (US)", "Acme [EMEA]"). */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]/g;

/**
 * "Acme, Inc." → "acme", "ECS Federal" → "ecs", "Ecstech" → "ecs"; null when nothing meaningful is
 * left. One employer gets one key, so its emails correlate into one application.
 */
export function companyKey(company: string): string | null {
  const parts = words(joinDottedInitials(company).replace(BRACKETED, ' '));
  if (parts.length === 0) return null;
  if (parts[0] === 'the' && parts.length > 1) parts.shift();
  while (parts.length > 1 && (COMPANY_SUFFIXES.has(parts[parts.length - 1] ?? '') || COMPANY_DESCRIPTORS.has(parts[parts.length - 1] ?? ''))) parts.pop();
  if (parts.length === 1) {
    const glued = GLUED_DESCRIPTOR.exec(parts[0] ?? '');
    if (glued?.[1]) parts[0] = glued[1];
  }
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
  const parts = words(core).flatMap((word) => (ROLE_ABBREVIATIONS.get(word) ?? word).split(' '));
  const key = parts.join(' ');
  return key === '' ? null : key;
}
