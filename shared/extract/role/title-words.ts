/**
 * Head nouns of job titles: a phrase containing one reads as a title ("Regional Finance
 * Controller", "Senior Copywriter"). Used where only the shape of a phrase says it is a title
 * (a subject part, "the X interview"); explicit statements ("Role: X") need none.
 */
const TITLE_NOUNS = [
  'engineer', 'developer', 'manager', 'analyst', 'designer', 'scientist', 'intern', 'internship', 'specialist',
  'coordinator', 'associate', 'consultant', 'architect', 'administrator', 'representative', 'assistant', 'technician',
  'recruiter', 'director', 'lead', 'head', 'officer', 'writer', 'copywriter', 'editor', 'accountant', 'nurse',
  'teacher', 'researcher', 'executive', 'agent', 'advisor', 'adviser', 'programmer', 'tester', 'qa', 'sre', 'devops',
  'vp', 'president', 'operator', 'clerk', 'generalist', 'strategist', 'producer', 'marketer', 'owner', 'principal',
  'fellow', 'trainee', 'apprentice', 'controller', 'supervisor', 'underwriter', 'paralegal', 'counsel', 'attorney',
  'lawyer', 'solicitor', 'planner', 'buyer', 'auditor', 'pharmacist', 'therapist', 'electrician', 'mechanic', 'driver',
  'welder', 'bookkeeper', 'cashier', 'barista', 'chef', 'cook', 'carpenter', 'plumber', 'surveyor', 'investigator',
  'inspector', 'instructor', 'tutor', 'counselor', 'counsellor', 'superintendent', 'dispatcher', 'estimator',
  'translator', 'interpreter', 'photographer', 'illustrator', 'animator', 'artist', 'economist', 'statistician',
  'actuary', 'chemist', 'biologist', 'physician', 'technologist', 'machinist', 'merchandiser', 'trader', 'broker',
  'banker', 'teller', 'adjuster', 'appraiser', 'receptionist', 'secretary', 'caregiver', 'journalist', 'reporter',
  'sourcer', 'founder', 'partner', 'worker', 'steward', 'attendant', 'custodian', 'handler', 'courier', 'chief',
  'cto', 'ceo', 'cfo', 'coo', 'product owner', 'scrum master', 'dentist', 'hygienist', 'pilot', 'curator', 'librarian',
  'professor', 'lecturer', 'postdoc', 'faculty', 'manager', 'organizer', 'organiser', 'facilitator', 'trainer',
  'coach', 'scheduler', 'expert', 'evangelist', 'advocate', 'liaison', 'officer',
  'leader', 'lineworker', 'lineman', 'journeyman', 'foreman', 'installer', 'bartender', 'housekeeper', 'groundskeeper',
  'landscaper', 'roofer', 'painter', 'stocker', 'associate', 'geologist', 'hydrologist', 'geophysicist', 'ecologist',
  'epidemiologist', 'veterinarian', 'midwife', 'paramedic', 'firefighter', 'dietitian', 'optometrist', 'radiographer',
  'educator', 'aide', 'sonographer', 'phlebotomist', 'pathologist', 'psychologist', 'radiologist', 'surgeon', 'nanny',
  'operative', 'labourer', 'laborer', 'packer', 'picker', 'warden', 'ranger', 'forester', 'storekeeper', 'coder',
  'physiotherapist', 'physio', 'captain', 'paraeducator', 'paraprofessional',
];

export const TITLE_HEAD = new RegExp(String.raw`\b(?:${[...new Set(TITLE_NOUNS)].join('|')})s?\b`, 'i');

/** One word that is a job noun, whole ("Engineer", "Analysts"): for reading a title word by word. */
export const TITLE_NOUN_WORD = new RegExp(String.raw`^(?:${[...new Set(TITLE_NOUNS)].filter((noun) => !noun.includes(' ')).join('|')})s?$`, 'i');
