import { COMPANY, cleanCompany, companyFromRun, cutAtNonNameWord } from '../company-name.ts';
import { SOURCE_SCORES, type Clue } from './clue.ts';
import { ORGANIZATION_WORDS } from './sender.ts';

/**
 * What comes right before an employer's name in running text, each with what it is worth.
 * Matched without regard to case; the name itself is matched case-sensitively (`COMPANY`).
 */
const PHRASE_LEADS: readonly (readonly [tag: string, lead: string, score: number])[] = [
  // A staffing agency writing about its client: the client is the employer, not the agency.
  ['agency-client', String.raw`(?:our|my) (?:direct )?client,? (?:company |is )?`, SOURCE_SCORES.agencyClient],
  // Job boards: "your application was sent to X", "the following items were sent to X".
  ['sent-to', String.raw`(?:application|r[eé]sum[eé]|cv|profile|items)(?: (?:was|were|has been|have been|is being))? (?:successfully )?(?:sent|submitted|forwarded|delivered) to `, SOURCE_SCORES.jobBoardSentTo],
  // An agency or board doing the sending: "I've submitted your CV to X", "we forwarded your profile on to X".
  ['sent-to', String.raw`(?:sent|submitted|forwarded|passed|put) (?:your|the) (?:application|r[eé]sum[eé]|cv|profile|details)(?: (?:on|forward|across))? to `, SOURCE_SCORES.jobBoardSentTo],
  // An agency putting the candidate forward: "I have put you forward to X", "we submitted you to X".
  ['sent-to', String.raw`(?:put|submitted) you (?:forward |across |over )?to `, SOURCE_SCORES.jobBoardSentTo],
  // The same in German: "Ihre Bewerbung wurde erfolgreich an X versendet".
  ['sent-to', String.raw`bewerbung (?:wurde |ist )?(?:erfolgreich )?an `, SOURCE_SCORES.jobBoardSentTo],
  // "position at", "role (Req 4471) with": a requisition in parentheses may sit between.
  ['position-at', String.raw`(?:position|role|opening|job|opportunity|vacancy|internship|career|candidacy)s?(?: \([^)\n]{1,30}\))? (?:at|with) `, SOURCE_SCORES.phraseStrong],
  // "for" names the employer only after "your interest": "thanks for applying for Analyst" names a role.
  ['applying-to', String.raw`(?:thank you|thanks) for (?:applying|your application|your interest|applying for a (?:position|role|job)) (?:to|at|with|in) |(?:thank you|thanks) for (?:your interest|applying for a (?:position|role|job)) for `, SOURCE_SCORES.phraseStrong],
  ['application-to', String.raw`(?:application|applying|applied|candidacy) (?:to|at|with) `, SOURCE_SCORES.phraseMedium],
  ['interest-in', String.raw`interest in (?:joining|working (?:at|for|with)|a (?:position|role|career) (?:at|with)) `, SOURCE_SCORES.phraseMedium],
  ['interview-at', String.raw`interview(?:s|ing)? at `, SOURCE_SCORES.phraseMedium],
  // "shortlisted for interview with Kestrel Vale NHS Trust": only an organisation; a person there is an interviewer.
  ['interview-with', String.raw`(?:an |for |to |your )interview with `, SOURCE_SCORES.phraseMedium],
  // A recruiter naming who they are: "This is Casey with Marlow Dental", "I'm Dana from Acme".
  ['self-intro', String.raw`(?:this is|i'?m|i am|my name is) [A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})? (?:with|from|at|here at) `, SOURCE_SCORES.phraseMedium],
  // A legal notice in a footer: "© 2026 Tessaract Logistics Inc.", "Copyright 2026 Acme".
  ['copyright', String.raw`(?:©|\(c\)|copyright)(?: ©)? ?(?:(?:19|20)\d\d(?:[-–](?:19|20)\d\d)? )?`, SOURCE_SCORES.phraseMedium],
  // A manager naming their own team's home: "I lead engineering at X", "I run the design team at X".
  ['leads-at', String.raw`(?:i|we) (?:lead|run|head(?: up)?|manage|look after|built|build) (?:the )?[a-z]{2,20}(?: [a-z]{2,20})? (?:at|@) `, SOURCE_SCORES.phraseWeak],
  ['here-at', String.raw`(?:here|everyone|all of us|team|us|career|careers|opportunities|future|work|working|hiring manager|manager|director|supervisor|recruiter|colleagues?|folks|hiring|recruiting|openings|roles|positions) (?:at|@) `, SOURCE_SCORES.phraseWeak],
  ['on-behalf-of', String.raw`on behalf of `, SOURCE_SCORES.phraseWeak],
  // A go-between passing on the employer's word: "I've had feedback from Acme", "heard back from Acme".
  ['word-from', String.raw`(?:heard back|had feedback|got feedback|feedback|had word|a word|news|an update|a decision) from `, SOURCE_SCORES.phraseWeak],
  ['joining', String.raw`(?:join|joining) `, SOURCE_SCORES.phraseWeak],
];

/**
 * All leads in one pass; the group number says which one matched. (A lead must not continue a word:
 * checked on the match, which is cheaper than a Unicode look-behind over the whole text.)
 */
const PHRASE_LEAD = new RegExp(PHRASE_LEADS.map(([, lead]) => `(${lead})`).join('|'), 'gi');
const LETTER = /\p{L}/u;
/** The name right after a lead (sticky: it must start exactly there). */
const COMPANY_AT = new RegExp(COMPANY, 'uy');
/** Phrases read per mail: the first few are the ones that matter, and a long body must stay cheap. */
const MAX_PHRASE_CLUES = 16;

/**
 * A Japanese company written with its legal form, before or after the name:
 * 桜木ソフトウェア株式会社, 株式会社桜木. Hiragana is left out: it is the particles around a name.
 */
const JAPANESE_COMPANY = /(?:[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&＆]{1,30}(?:株式会社|有限会社|合同会社)|(?:株式会社|有限会社|合同会社)[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&＆]{1,30})/u;

/** "the Acme Recruiting Team", "Acme Talent Acquisition": a bare "team" is too often a department. */
const TEAM_SUFFIX = /\b(?:university |campus |graduate )?(?:recruiting|recruitment|talent acquisition|talent(?= team)|hiring|people|hr|careers?) ?(?:team)?\b/gi;
const TEAM_PREFIX = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${COMPANY} ?$`, 'u');
/** How far before a team word the name can start: names are short, lines from HTML are not. */
const TEAM_PREFIX_WINDOW = 80;
/** What follows a team word when it is part of a job title, a unit's name or an event ("Career Fair"). */
const TEAM_WORD_IN_TITLE = /^\s?(?:specialist|partner|manager|lead|coordinator|director|advisor|business partner|generalist|associate|consultant|officer|executive|operations|fairs?|days?|events?|expo|evening|week|portal|page|site|website)\b/i;
/** Team phrases read per mail. */
const MAX_TEAM_CLUES = 2;

/**
 * The employer as the subject of what employers do: "Corvane Logistics wants to meet you",
 * "Greenvale Property Management has decided not to move forward", "Ridgeback's hiring manager".
 * The verb is found first (a literal scan); the name is then read from the few words before it.
 */
const EMPLOYER_ACT = /(?:'s|’s) (?:hiring (?:manager|team)|recruit(?:er|ing team)|talent team|HR team|team|coordinator|interview(?:ers| panel))| (?:wants|want to|would like|would love|is keen|are keen|is excited|are excited|is pleased|are pleased|has decided|have decided|has chosen|have chosen|has reviewed|have reviewed|has asked|have asked|has invited|have invited|invites you|have viewed|came back|got back|is hiring|are hiring|viewed|has viewed|has received your|have received your|will review your|is reviewing your|are reviewing your|is an [Ee]qual (?:[Oo]pportunity|[Ee]mployment)|is an EEO?) /g;
/** The name right before an act, at a sentence or clause start. */
const NAME_BEFORE_ACT = new RegExp(String.raw`(?:^|[.!?]\s|\n|, |- )${COMPANY}$`, 'u');
/**
 * "Transportes Veloz (part of Grupo Alcaraz) would like …", "Acme (a Fenwick company) wants …": an
 * aside saying what the organisation belongs to or is, between its name and the act. An aside with
 * a title ("Hugues Marchetti (Directeur digital) would like …") follows a person, and stays.
 */
const ORGANIZATION_ASIDE = /^(?:(?:now )?part of|formerly|owned by|backed by|an? (?:subsidiary|division|unit|brand) of)\b|^an? [\p{L}-]+ (?:company|firm|group|startup|business|brand|subsidiary|chain)\b/u;
/** Longest aside read, brackets included. */
const MAX_ASIDE_CHARS = 44;

/**
 * The few words before an act, as the name is read from them: an organisation's aside dropped, and
 * a subject's topic before a colon ("RE: Acme wants to meet you") cut off like a sentence before it.
 */
function beforeAct(window: string): string {
  let before = window;
  const open = before.lastIndexOf(' (');
  if (before.endsWith(')') && open >= 0 && before.length - open <= MAX_ASIDE_CHARS) {
    const aside = before.slice(open + 2, -1);
    if (!aside.includes('(') && !aside.includes('\n') && ORGANIZATION_ASIDE.test(aside)) before = before.slice(0, open);
  }
  const colon = before.lastIndexOf(': ');
  return colon >= 0 && colon > before.lastIndexOf('\n') ? `\n${before.slice(colon + 2)}` : before;
}
/** "Unfortunately Wexcombe Insurance have decided": a sentence adverb opening the clause is not part of the name. */
const OPENING_ADVERB = /^\p{Lu}\p{Ll}{2,15}ly,? (?=\p{Lu})/u;
/** How far before the verb the name can start. */
const ACT_NAME_WINDOW = 60;
/** Employer-as-subject sentences read per mail. */
const MAX_ACT_CLUES = 6;

/**
 * Portals and public employers name the employer after the post: "your application for Hydrologist,
 * announcement IN-26-0331, with the Bureau of Land Management", "applying to selection process
 * 26-DFO-0412, Biologist, with Fisheries and Oceans Canada". Read apart from the leads above, which
 * would take "applying to" first and leave nothing after it.
 */
/** "at the Westfield branch", "with our Dockside store": a name before this is a place of the employer's. */
const PLACE_OF_EMPLOYER = /^ (?:branch|office|location|site|store|shop|club|property|campus|plant|depot|warehouse|clinic|outlet|restaurant|hotel|facility)\b/;
const APPLICATION_FOR_WITH = /\b(?:application|applying|applied) (?:for|to) [^.;\n]{2,120}?,? (?:with|at) (?:the )?/gi;
const MAX_APPLICATION_FOR_WITH = 3;

function applicationForWithClues(text: string): Clue[] {
  const clues: Clue[] = [];
  APPLICATION_FOR_WITH.lastIndex = 0;
  for (const lead of text.matchAll(APPLICATION_FOR_WITH)) {
    COMPANY_AT.lastIndex = lead.index + lead[0].length;
    const name = COMPANY_AT.exec(text)?.[1];
    const company = name && !PLACE_OF_EMPLOYER.test(text.slice(COMPANY_AT.lastIndex, COMPANY_AT.lastIndex + 12)) ? companyFromRun(name) : null;
    if (company) clues.push({ value: company, tag: 'phrase:application-for-with', score: SOURCE_SCORES.phraseMedium });
    if (clues.length >= MAX_APPLICATION_FOR_WITH) break;
  }
  return clues;
}

/** Leads after which a go-between often names a person of the employer ("feedback from Stuart at Acme"). */
const PERSON_LEADS = new Set(['word-from', 'on-behalf-of', 'sent-to']);
/** One or two capitalised words without an organisation word: the shape of a person's name. */
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?$/u;
/** After a person: "at Acme", "from Acme", "with Acme" names their organisation. */
const PERSON_AT = [' at ', ' from ', ' with '];
/** After a person: "at the client", "from their side", "at your end": the employer left unnamed. */
const PERSON_AT_UNNAMED = /^ (?:at|from|with) (?:the|their|our|your|my) (?:client|company|employer|firm|business|end|side|hiring company)\b/i;

/**
 * A lead that names a person ("heard back from Jared at Lakeview Hospital", "a word from Jared at the
 * client"): the organisation after "at" is the employer; a person with no organisation names none.
 */
function employerOfPerson(name: string, text: string, end: number): string | null {
  if (!PERSON_NAME.test(name) || ORGANIZATION_WORDS.test(name)) return name;
  if (PERSON_AT_UNNAMED.test(text.slice(end, end + 40))) return null;
  const link = PERSON_AT.find((word) => text.startsWith(word, end));
  if (!link) return name;
  COMPANY_AT.lastIndex = end + link.length + (text.startsWith('the ', end + link.length) ? 'the '.length : 0);
  const organization = COMPANY_AT.exec(text)?.[1];
  return organization ? (companyFromRun(organization) ?? name) : name;
}

/** Lines at the end of a mail where a relay signs for the employer ("GoodTime on behalf of Acme"). */
const SIGN_OFF_TAIL_LINES = 3;

/** Where the last few non-empty lines of `text` start: a tool or agency signing there says whom it writes for. */
function signOffStart(text: string): number {
  let at = text.length;
  for (let seen = 0; seen < SIGN_OFF_TAIL_LINES && at > 0; ) {
    const start = text.lastIndexOf('\n', at - 1);
    if (text.slice(start + 1, at).trim() !== '') seen++;
    at = Math.max(start, 0);
  }
  return at;
}

/** After "interview with": an organisation, or the organisation of the person named ("Ana Ruiz at Acme"), never the person. */
function organizationOf(name: string, text: string, end: number): string | null {
  if (!PERSON_NAME.test(name) || ORGANIZATION_WORDS.test(name)) return name;
  const organization = employerOfPerson(name, text, end);
  return organization === name ? null : organization;
}

/** Employers named after a lead phrase anywhere in the subject or body. */
export function phraseClues(text: string): Clue[] {
  const clues: Clue[] = [];
  PHRASE_LEAD.lastIndex = 0;
  for (let lead = PHRASE_LEAD.exec(text); lead !== null; lead = PHRASE_LEAD.exec(text)) {
    const rank = lead.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    const spec = PHRASE_LEADS[rank];
    if (!spec) continue;
    if (lead.index > 0 && LETTER.test(text.charAt(lead.index - 1))) continue;
    COMPANY_AT.lastIndex = lead.index + lead[0].length;
    const name = COMPANY_AT.exec(text)?.[1];
    const read = name && !PLACE_OF_EMPLOYER.test(text.slice(COMPANY_AT.lastIndex, COMPANY_AT.lastIndex + 12)) ? companyFromRun(name) : null;
    const company = read && PERSON_LEADS.has(spec[0]) ? employerOfPerson(read, text, COMPANY_AT.lastIndex) : read && spec[0] === 'interview-with' ? organizationOf(read, text, COMPANY_AT.lastIndex) : read;
    if (company) clues.push({ value: company, tag: `phrase:${spec[0]}`, score: spec[0] === 'on-behalf-of' && lead.index >= signOffStart(text) ? SOURCE_SCORES.phraseMedium : spec[2] });
    // "thanks for your interest in working with X": a lead naming nothing may hide a longer lead
    // inside it ("interest in working with"), so the search goes on from the next word.
    else PHRASE_LEAD.lastIndex = text.indexOf(' ', lead.index) + 1 || lead.index + lead[0].length;
    if (clues.length >= MAX_PHRASE_CLUES) break;
  }
  const japanese = text.includes('会社') ? JAPANESE_COMPANY.exec(text)?.[0] : undefined;
  const japaneseName = japanese ? cleanCompany(japanese) : null;
  if (japaneseName) clues.push({ value: japaneseName, tag: 'phrase:japanese-legal-form', score: SOURCE_SCORES.japanese });
  return clues.concat(applicationForWithClues(text), teamClues(text), actClues(text), lowerCaseClientClues(text), nameAtClues(text));
}

/** A first name signing for its workplace: "Gemma @ Marlow & Finch", "Sam @ Acme" (spaced, so no address). */
const NAME_AT = /(?<!\p{L})\p{Lu}[\p{Ll}'’-]{1,20} @ /gu;
const MAX_NAME_AT_CLUES = 2;

function nameAtClues(text: string): Clue[] {
  const clues: Clue[] = [];
  NAME_AT.lastIndex = 0;
  for (const lead of text.matchAll(NAME_AT)) {
    COMPANY_AT.lastIndex = lead.index + lead[0].length;
    const name = COMPANY_AT.exec(text)?.[1];
    const company = name ? companyFromRun(name) : null;
    if (company) clues.push({ value: company, tag: 'phrase:name-at', score: SOURCE_SCORES.phraseMedium });
    if (clues.length >= MAX_NAME_AT_CLUES) break;
  }
  return clues;
}

/**
 * Agency mail typed in lower case names the client in lower case too: "my client, brightlane, is
 * hiring", "I recruit for nimbusly, a seed-stage startup". The name is one to three words closed off
 * by a comma or the verb that follows it, none of them a word of the sentence itself.
 */
const LOWER_CASE_CLIENT = /\b(?:(?:[Mm]y|[Oo]ur) client,? |[Ii] recruit for )([a-z][a-z0-9&'’-]{1,30}(?: [a-z][a-z0-9&'’-]{1,30}){0,2})(?:,| (?:is|are|has|have|want|wants|would|needs?|for|who|about)\b)/g;
/** Words of the sentence a lower-case run can catch: never part of the client's name. */
const SENTENCE_WORDS = new Set(['is', 'are', 'has', 'have', 'was', 'were', 'a', 'an', 'the', 'who', 'which', 'that', 'this', 'in', 'at', 'for', 'and', 'of', 'to', 'would', 'wants', 'want', 'needs', 'we', 'i', 'they', 'also', 'very', 'currently', 'now', 'looking', 'hiring', 'based', 'keen', 'here', 'there', 'really', 'still', 'just', 'so', 'but', 'or', 'not', 'company', 'business', 'firm', 'startup', 'team', 'client', 'confidential', 'unnamed', 'undisclosed', 'please', 'asked', 'said', 'liked', 'loved']);
const MAX_LOWER_CASE_CLIENTS = 2;

function lowerCaseClientClues(text: string): Clue[] {
  const clues: Clue[] = [];
  for (const match of text.matchAll(LOWER_CASE_CLIENT)) {
    const words = (match[1] ?? '').split(' ');
    if (words.some((word) => SENTENCE_WORDS.has(word))) continue;
    const company = cleanCompany(words.join(' ').replace(/(^|[ -])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()));
    if (company) clues.push({ value: company, tag: 'phrase:agency-client:lower-case', score: SOURCE_SCORES.phraseStrong });
    if (clues.length >= MAX_LOWER_CASE_CLIENTS) break;
  }
  return clues;
}

function actClues(text: string): Clue[] {
  const clues: Clue[] = [];
  EMPLOYER_ACT.lastIndex = 0;
  for (const act of text.matchAll(EMPLOYER_ACT)) {
    const name = NAME_BEFORE_ACT.exec(beforeAct(text.slice(Math.max(0, act.index - ACT_NAME_WINDOW), act.index)))?.[1];
    const company = name ? companyFromRun(name.replace(OPENING_ADVERB, '')) : null;
    if (company) clues.push({ value: company, tag: 'phrase:employer-acts', score: SOURCE_SCORES.employerActs });
    if (clues.length >= MAX_ACT_CLUES) break;
  }
  return clues;
}

/**
 * A sign-off line that puts the team first: "Team Vanderlaan Logistics", "Votre équipe Maison Berthelot",
 * "Das Team von Kranich Software". Written case by case (not with the `i` flag) so the name stays capitalised.
 */
const TEAM_FIRST_LEAD = /^(?:(?:[Yy]our|[Vv]otre|[Ii]hr|[Uu]w|[Jj]ouw|[Tt]he) )?(?:[Tt]eam|TEAM|[ÉéEe]quipe|[Ll]['’][ÉéEe]quipe|[Hh]et team|[Dd]as Team|[Ee]l equipo|[Ii]l team)(?: (?:de|von|di|van|of))? /gm;

/** "The Acme Recruiting Team", "Acme Talent Acquisition", "the Acme hiring team". */
function teamClues(text: string): Clue[] {
  const clues: Clue[] = [];
  for (const lead of text.matchAll(TEAM_FIRST_LEAD)) {
    COMPANY_AT.lastIndex = lead.index + lead[0].length;
    const name = COMPANY_AT.exec(text)?.[1];
    // The name must fill the rest of the line: "Team Acme" signs, "Team Acme will call you" is a sentence.
    const lineEnd = text.indexOf('\n', COMPANY_AT.lastIndex);
    const rest = text.slice(COMPANY_AT.lastIndex, lineEnd < 0 ? text.length : lineEnd);
    const company = name && rest.trim() === '' ? cleanCompany(name) : null;
    if (company) clues.push({ value: company, tag: 'phrase:team-first', score: SOURCE_SCORES.team });
    if (clues.length >= MAX_TEAM_CLUES) break;
  }
  TEAM_SUFFIX.lastIndex = 0;
  for (const team of text.matchAll(TEAM_SUFFIX)) {
    const lineStart = text.lastIndexOf('\n', team.index - 1) + 1;
    const before = text.slice(Math.max(lineStart, team.index - TEAM_PREFIX_WINDOW), team.index).replace(/\bthe $/i, '');
    const match = TEAM_PREFIX.exec(before);
    // "The Acme Recruiting Team": the article belongs to the team, not the name.
    // "Senior Talent Acquisition Specialist", "Global HR Division": a title or unit, not a team sign-off.
    if (TEAM_WORD_IN_TITLE.test(text.slice(team.index + team[0].length, team.index + team[0].length + 24))) continue;
    const company = match?.[1] ? cleanCompany(match[1].replace(/^the /i, '')) : null;
    // "Data Engineer / PLC Programmer hiring": a post being hired for, not a team's sign-off.
    if (company && endsWithTitle(company)) continue;
    if (company) clues.push({ value: company, tag: 'phrase:team', score: SOURCE_SCORES.team });
    if (clues.length >= MAX_TEAM_CLUES) break;
  }
  return clues;
}

/** "Interview at Acme", "Data Engineer @ Acme", "Next steps with Acme", "Feedback from Acme". */
const SUBJECT_AT = new RegExp(String.raw`(?:^|\s)(?:at|@|with|w\/|from) ${COMPANY}`, 'gu');
/** A name after "with" shaped like a person's ("Screen with Ana Sousa-Lima"): it may agree, never win alone. */
const PERSON_SHAPED_SCORE = 2;
const PERSON_NAME_SHAPE = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?){1,2}$/u;
/** Parts of a subject: "Acme - Data Engineer", "Data Engineer | Acme", "Acme: Data Engineer". */
const SUBJECT_SEPARATOR = /\s+[-–—|:/]\s+|:\s+/;
/** A part that is a job title ("Data Engineer (Remote)"); the other part then may be the employer. */
const TITLE_HEAD = /\b(?:underwriter|copywriter|bookkeeper|cashier|barista|chef|carpenter|plumber|lawyer|solicitor|surveyor|investigator|inspector|instructor|tutor|counsel+or|supervisor|superintendent|dispatcher|estimator|translator|interpreter|photographer|illustrator|animator|artist|economist|statistician|actuary|chemist|biologist|physician|technologist|machinist|merchandiser|trader|broker|banker|teller|adjuster|appraiser|receptionist|secretary|caregiver|journalist|reporter|marketer|sourcer|trainee|apprentice|fellow|founder|president|partner|worker|engineer|developer|manager|analyst|designer|scientist|intern|internship|specialist|coordinator|associate|consultant|architect|administrator|representative|assistant|technician|recruiter|director|lead|officer|writer|editor|accountant|nurse|teacher|researcher|executive|advisor|programmer|tester|operator|clerk|generalist|strategist|producer|paralegal|counsel|attorney|controller|planner|buyer|auditor|pharmacist|therapist|electrician|mechanic|driver|welder|lineworker|lineman|journeyman|foreman|installer|geologist|hydrologist)s?\b/iu;
const TITLE_HEAD_ALL = new RegExp(TITLE_HEAD.source, 'giu');

/** Employers the subject line names: after "at"/"@"/"with", or beside a job title. */
/**
 * "Invitation: Alex / Sam - Tech screen @ Tue Nov 10 …": a calendar's subject names the event and its
 * guests, so the part beside the title is people, not the employer.
 */
const CALENDAR_SUBJECT = /^(?:(?:updated |new )?invitation(?: from [^:]{1,60})?|accepted|declined|tentatively accepted|canceled event|cancelled event|updated event|new event)(?: \(via [^)]{1,40}\))?: [^@]{1,200} @ /i;

export function subjectClues(subject: string): Clue[] {
  if (CALENDAR_SUBJECT.test(subject)) return [];
  const clues: Clue[] = [];
  SUBJECT_AT.lastIndex = 0;
  for (const match of subject.matchAll(SUBJECT_AT)) {
    const company = match[1] ? companyFromRun(match[1]) : null;
    // "Screen with Marcus Oyelaran": a name shaped like a person's is only a weak guess.
    const personShaped = !match[0].includes('@') && company !== null && PERSON_NAME_SHAPE.test(company) && !ORGANIZATION_WORDS.test(company);
    if (company) clues.push({ value: company, tag: personShaped ? 'subject:at:person-shaped' : 'subject:at', score: personShaped ? PERSON_SHAPED_SCORE : SOURCE_SCORES.subjectAt });
  }
  return clues.concat(besideTitleClues(subject, 'subject:beside-title'));
}

/**
 * "Acme - Data Engineer", "Recruiter Screen – Acme (Data Analyst)", "Application received – Acme",
 * "Intro chat (Acme)": the part beside a job title or beside what the mail is about.
 */
function besideTitleClues(line: string, tag: string): Clue[] {
  const clues: Clue[] = [];
  // A bracket names the employer only beside a topic ("Intro chat (Acme)"); beside a name or a
  // title it is the role or a detail ("Acme (Data Analyst)", "Producer (Mobile)").
  const bracketed = line
    .split(SUBJECT_SEPARATOR)
    .filter((part) => isTopic(part.replace(BRACKETED, '')))
    .flatMap((part) => [...part.matchAll(BRACKETED_INNER)].map((match) => match[1] ?? ''));
  const parts = [...line.replace(BRACKETED, '').split(SUBJECT_SEPARATOR).map((part) => part.replace(TRAILING_TOPIC, '')), ...bracketed]
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2 || !parts.some((part) => isTitlePart(part) || isTopic(part))) return clues;
  for (const part of parts) {
    const bare = part;
    if (isTitlePart(bare) || isTopic(bare) || !/^[\p{Lu}\d]/u.test(bare) || NOT_NAME_WORD.test(bare)) continue;
    // "Trimble Recruiting - Thank you for applying!", "Tidewater Labs with Marco Fell on Thursday":
    // neither the department word nor what follows a lower-case preposition is part of the name.
    const company = cleanCompany(cutAtNonNameWord(bare.split(/ (?:with|on|at|for|from|via|by) /)[0] ?? bare, 1));
    if (company) clues.push({ value: company, tag, score: SOURCE_SCORES.subjectSplit });
  }
  return clues;
}

/** A name whose last word is a job title's head ("PLC Programmer"), unless it also names a firm ("Partners"). */
function endsWithTitle(name: string): boolean {
  const last = name.split(' ').pop() ?? '';
  return isTitlePart(last) && !ORGANIZATION_WORDS.test(last);
}

/** Words ending like a title that are not one ("Reminder", "Offer", "Letter"). */
const NOT_TITLE_WORDS = new Set(['reminder', 'offer', 'other', 'order', 'number', 'letter', 'together', 'newsletter', 'after', 'under', 'over', 'ever', 'never', 'member', 'center', 'centre', 'cover', 'october', 'november', 'december', 'september', 'for', 'your', 'our', 'or', 'per', 'minor', 'major', 'floor', 'door', 'error', 'year', 'hour', 'later', 'sooner', 'whether', 'either', 'neither', 'rather', 'further', 'winter', 'summer', 'paper', 'water', 'power', 'border', 'matter', 'answer', 'register', 'transfer', 'enter', 'senior', 'junior', 'interior', 'exterior', 'asian', 'christian']);

/** Kitchen, bar and house titles ("Line Cook", "Head Bartender"), read beside the list above. */
const SERVICE_TITLE_HEAD = /\b(?:cook|baker|butcher|bartender|waiter|waitress|dishwasher|housekeeper|steward|attendant|courier|nanny)s?\b/i;

function isTitlePart(part: string): boolean {
  if (SERVICE_TITLE_HEAD.test(part)) return true;
  TITLE_HEAD_ALL.lastIndex = 0;
  for (const match of part.matchAll(TITLE_HEAD_ALL)) {
    if (!NOT_TITLE_WORDS.has(match[0].toLowerCase().replace(/s$/, ''))) return true;
  }
  return false;
}

/**
 * What a subject or event name says the mail is about ("Application received", "Intro chat"), a
 * scheduling tool's length first ("30 Minute Intro", "45-min screening call").
 */
const TOPIC = /^(?=\S)(?:\d{1,3}[ -]?(?:min(?:ute)?s?|hours?|hr)\b ?)?(?:(?:your |an? )?(?:application|applying|interview|intro|introductory|screening|phone|video|technical|onsite|panel|virtual|first|second|final|recruiter|coffee|quick|hiring|next|thank you|thanks|update|invitation|reminder|confirmed|confirmation|received|submitted|chat|call|screen|steps?|round|meeting|for|on|with|to|the|received|status|decision|offer|re)\b[ ,!.:]*){0,6}$/i;

function isTopic(part: string): boolean {
  return TOPIC.test(part.trim());
}

/** Nouns of mail about other things than a job ("Order Confirmation #", "Documents Due", "Free Webinar"). */
const NOT_NAME_WORD = /#|\b(?:confirmation|invitation|webinar|order|due|documents?|reminder|payment|subscription|receipt|account|password|verification|newsletter|event|free|registration|appointment|program|programme|deadline|survey)\b/i;
/** "Quarryline Technical Interview": what the event is, after the employer's name. */
const TRAILING_TOPIC = /\s+(?:(?:technical|phone|video|final|first|second|onsite|panel|intro|introductory|hiring manager|recruiter)\s+)?(?:interview|screen|screening|call|chat|meeting|panel|session)$/i;
const BRACKETED_INNER = /\(([^()]{2,60})\)/g;
const BRACKETED = /\s*\([^)]{0,80}\)|\s*\[[^\]]{0,80}\]/g;
/** The line naming a scheduled event in scheduling tools' mail ("Event type:", "What:"). */
const EVENT_LABEL = /^(?:event(?: type| name)?|what|meeting|title|subject|topic)\s*:\s*(.*)$/i;
/** Lines after a label read for its value. */
const EVENT_VALUE_LINES = 2;

/** A scheduling tool's host line: "Host: Priya Raman, Design Director, Harbor & Pine Studio". */
const HOST_LABEL = /^(?:host|hosted by|organi[sz]er|interviewer|your host)\s*:\s*(\S.{2,120})$/i;

/** The part after the host's title is the host's organisation. */
function hostClues(value: string): Clue[] {
  const parts = value.split(/, | [|–—-] /).map((part) => part.trim());
  const title = parts.findIndex((part, i) => i > 0 && isTitlePart(part));
  const organization = title > 0 ? parts[title + 1] : undefined;
  const company = organization && /^[\p{Lu}\d]/u.test(organization) ? cleanCompany(organization) : null;
  return company ? [{ value: company, tag: 'event:host-organization', score: SOURCE_SCORES.signOffTitleLine }] : [];
}

/** A labelled field naming the employer: "Company: Larchmont Bio", "Employer: Riverton County Public Works". */
const EMPLOYER_LABEL = /^(?:company|employer|organi[sz]ation|hiring (?:company|organi[sz]ation)|client)\s*:\s*(\S.{1,80})$/i;

/** Employers named in a label/value row (a text line or an HTML table row read as one). */
export function labelClues(lines: readonly string[]): Clue[] {
  const clues: Clue[] = [];
  for (const line of lines) {
    const value = EMPLOYER_LABEL.exec(line.trim())?.[1];
    const company = value ? cleanCompany(value) : null;
    if (company) clues.push({ value: company, tag: 'label', score: SOURCE_SCORES.phraseStrong });
  }
  return clues;
}

/**
 * "Ravenmoor Bank Phone Screen", "Acme Technical Interview": an event named for the employer, with
 * no separator before what the event is.
 */
function namedEventClues(line: string): Clue[] {
  // "Acme Recruiter Screen (30 min)": a scheduling tool writes the length in brackets after the event.
  const value = line.replace(BRACKETED, '').trim();
  if (SUBJECT_SEPARATOR.test(value) || !TRAILING_TOPIC.test(value)) return [];
  const name = value.replace(TRAILING_TOPIC, '').trim();
  if (!/^[\p{Lu}\d]/u.test(name) || isTopic(name) || isTitlePart(name) || NOT_NAME_WORD.test(name)) return [];
  const company = cleanCompany(cutAtNonNameWord(name, 1));
  return company ? [{ value: company, tag: 'event:named-for', score: SOURCE_SCORES.subjectSplit }] : [];
}

/** Employers named beside a title in a scheduling tool's event line. */
export function eventClues(lines: readonly string[]): Clue[] {
  const clues: Clue[] = [];
  for (let i = 0; i < lines.length; i++) {
    const host = HOST_LABEL.exec(lines[i] ?? '')?.[1];
    if (host) clues.push(...hostClues(host));
    const label = EVENT_LABEL.exec(lines[i] ?? '');
    if (!label) continue;
    const values = [label[1] ?? '', ...lines.slice(i + 1, i + 1 + EVENT_VALUE_LINES)].map((value) => value.trim()).filter((value) => value !== '');
    const value = values[0];
    if (value) clues.push(...besideTitleClues(value, 'event:beside-title'), ...namedEventClues(value));
  }
  return clues;
}
