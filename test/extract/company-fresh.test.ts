import { describe, expect, it } from 'vitest';
import { normalizeCompany } from '../../shared/bench/reading-score.ts';
import type { EventKind } from '../../shared/domain/kinds.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

/**
 * A table of short mails written fresh for the company reader (issue #10), spread over the families that
 * go wrong on voices nobody tuned on. Each row names the employer as the bench would score it
 * (normalised: case, legal forms and a leading "the" do not count), or null when the mail never says.
 */
interface FreshCase {
  readonly name: string;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly kind?: Exclude<EventKind, 'other'>;
  readonly want: string | null;
  readonly aliases?: readonly string[];
  /** Still read wrong: run as an expected failure, so the row turns red once it is read right and the mark can go. */
  readonly open?: true;
}

const CASES: readonly FreshCase[] = [
  // ATS relays and tenants
  { name: 'greenhouse relay signed by the team', from: 'Marlowe Biosystems <no-reply@us.greenhouse-mail.io>', subject: 'Thank you for applying to Marlowe Biosystems', text: 'Hi Sam,\n\nThanks for your interest in the Lab Automation Engineer role. Our team will review your application.\n\nBest,\nThe Marlowe Biosystems Recruiting Team', want: 'Marlowe Biosystems' },
  { name: 'lever relay with the company only in the display name', from: 'Pinecroft Analytics <no-reply@hire.lever.co>', subject: 'Your application', text: 'Hi Sam,\n\nWe received your application for Data Engineer and will be in touch if there is a fit.\n\nCheers', want: 'Pinecroft Analytics' },
  { name: 'workday tenant subdomain', from: 'Workday <orvane@myworkday.com>', subject: 'Application received: Senior Buyer', text: 'Dear Sam,\n\nThank you for applying for Senior Buyer at Orvane Industries. We will review your qualifications.\n\nOrvane Industries Talent Acquisition', want: 'Orvane Industries' },
  { name: 'smartrecruiters with the company in the body', from: 'SmartRecruiters <no-reply@smartrecruiters.com>', subject: 'Update on your application', text: 'Hello Sam,\n\nThank you for your interest in joining Halvard Cycles. After careful review we have decided to move forward with other applicants.\n\nKind regards,\nHalvard Cycles People Team', kind: 'rejection', want: 'Halvard Cycles' },
  { name: 'ashby relay with the company in the subject', from: 'Ashby <no-reply@ashbyhq.com>', subject: 'Interview with Quenby Health - next steps', text: 'Hi Sam,\n\nPlease use the link below to choose a time for your first conversation.\n\nThanks!', kind: 'interview', want: 'Quenby Health' },
  { name: 'icims tenant with the name written out in the signature', from: 'careers@tallowmere-icims.com', subject: 'We received your application', text: 'Dear Sam,\n\nThank you for applying. We will be reviewing applications over the coming weeks.\n\nSincerely,\nTallowmere Regional Bank\nHuman Resources', want: 'Tallowmere Regional Bank' },
  { name: 'teamtailor relay in Dutch', from: 'Veldhoek Logistiek <noreply@teamtailor-mail.com>', subject: 'Bedankt voor je sollicitatie', text: 'Hoi Sam,\n\nBedankt voor je sollicitatie bij Veldhoek Logistiek. We nemen zo snel mogelijk contact met je op.\n\nMet vriendelijke groet,\nTeam Veldhoek', want: 'Veldhoek Logistiek' },
  { name: 'personio relay in German', from: 'Personio <noreply@personio.de>', subject: 'Ihre Bewerbung als Werkstudent Vertrieb (m/w/d)', text: 'Hallo Sam,\n\nvielen Dank für Ihre Bewerbung bei der Kranich Software GmbH. Wir melden uns in Kürze.\n\nViele Grüße\nIhr Kranich Software Recruiting-Team', want: 'Kranich Software' },

  // agencies with clients
  { name: 'agency names its client in lower case', from: 'Tess Morrow <tess@harbourlinetalent.com>', subject: 'Frontend role', text: 'Hi Sam,\n\nmy client, brightlane, is hiring a frontend engineer and I think you would be a great fit. Free for a call tomorrow?\n\nTess\nHarbourline Talent', want: 'Brightlane' },
  { name: 'agency names its client in lower case after "at"', from: 'Joel Pratt <joel.pratt@pointsearch.io>', subject: 'interview confirmed', text: 'hey sam,\n\ngood news, the team at copperfield foods want to meet you thursday at 2pm.\n\njoel', kind: 'interview', want: 'Copperfield Foods', open: true },
  { name: 'agency leaves its client unnamed', from: 'Amira Sol <amira.sol@keystonerecruit.co.uk>', subject: 'Opportunity - Finance Manager', text: 'Hi Sam,\n\nI am working with a leading manufacturing business in the Midlands who are looking for a Finance Manager. Would you be open to a chat?\n\nAmira Sol\nSenior Consultant | Keystone Recruitment', want: null },
  { name: 'agency with a confidential client', from: 'Paul Vey <paul@vantagepeople.com>', subject: 'Confidential search', text: 'Sam,\n\nMy client is a well-funded fintech in London and prefers to stay confidential at this stage. The first interview is on Monday.\n\nPaul Vey\nVantage People', kind: 'interview', want: null },
  { name: 'agency submits to a client by name', from: 'Greta Lund <greta.lund@fieldstonestaffing.com>', subject: 'Submitted', text: 'Hi Sam,\n\nJust confirming I have put you forward to Ashgrove Dental Group for the practice manager role.\n\nGreta\nFieldstone Staffing', want: 'Ashgrove Dental Group' },
  { name: 'agency relays a client rejection', from: 'Nick Ober <nick@tallrecruiting.co>', subject: 'Feedback from Wexcombe', text: 'Hi Sam,\n\nUnfortunately Wexcombe Insurance have decided not to progress your application. Their feedback was positive about your experience.\n\nNick\nTall Recruiting', kind: 'rejection', want: 'Wexcombe Insurance' },
  { name: 'agency books an interview on behalf of its client', from: 'Lara Quist <lara.quist@orbitalsearch.com>', subject: 'Interview confirmation - Ferncliff Energy', text: 'Hi Sam,\n\nYour interview is confirmed for Wednesday 10 December at 11:00 at their Leeds office.\n\nBest,\nLara Quist\nOrbital Search Partners', kind: 'interview', want: 'Ferncliff Energy' },
  { name: 'recruiter on behalf of a client in lower case with a product-ish name', from: 'Ben Ruiz <ben@talentbridge.agency>', subject: 'quick intro', text: 'Hi Sam,\n\nI recruit for nimbusly, a seed-stage startup building scheduling software. They would like a 30 minute call this week.\n\nBen', kind: 'interview', want: 'Nimbusly' },

  // hiring managers on freemail
  { name: 'manager on gmail signs with the company', from: 'Priya Nand <priya.nand@gmail.com>', subject: 'Re: Product designer', text: 'Hi Sam,\n\nThanks for the chat yesterday. Could we meet again on Tuesday with my co-founder?\n\nPriya Nand\nCo-founder, Larkspur Studio', kind: 'interview', want: 'Larkspur Studio' },
  { name: 'manager on outlook names the company in the body', from: 'Tom Haig <tomhaig@outlook.com>', subject: 'coffee?', text: 'Hi Sam,\n\nI lead engineering at Greywater Robotics and we are hiring. Would you like to grab coffee Friday?\n\nTom', kind: 'interview', want: 'Greywater Robotics' },
  { name: 'manager on yahoo with no company anywhere', from: 'Rhea Collins <rhea.c@yahoo.com>', subject: 'Re: hello', text: 'Hi Sam,\n\nGreat to hear from you. Let us talk next week.\n\nRhea', kind: 'interview', want: null },
  { name: 'manager on icloud with a company line and phone', from: 'Yusuf Demir <ydemir@icloud.com>', subject: 'Your application', text: 'Hello Sam,\n\nI saw your application and would like to set up a short call.\n\nYusuf Demir\nOwner | Demir Joinery Ltd\nm. 07700 900123', kind: 'interview', want: 'Demir Joinery' },

  // universities, hospitals, councils
  { name: 'university department signature', from: 'HR Recruitment <recruitment@hallamshire.ac.uk>', subject: 'Interview invitation - Research Associate', text: 'Dear Sam,\n\nWe are pleased to invite you to interview on 12 December at 10:00.\n\nRecruitment Team\nDepartment of Chemistry\nUniversity of Hallamshire', kind: 'interview', want: 'University of Hallamshire' },
  { name: 'university of X in the body of an ATS mail', from: 'no-reply@pageuppeople.com', subject: 'Application acknowledgement', text: 'Dear Sam,\n\nThank you for your application for the position of Lecturer in Marine Biology at the University of Westmarch.\n\nPeople and Culture', want: 'University of Westmarch' },
  { name: 'hospital trust with a ward in the subject', from: 'NHS Jobs <noreply@jobs.nhs.uk>', subject: 'Interview - Staff Nurse, Ward 7B', text: 'Dear Sam,\n\nYou have been shortlisted for interview with Kestrel Vale NHS Foundation Trust on 15 December.\n\nKind regards\nRecruitment', kind: 'interview', want: 'Kestrel Vale NHS Foundation Trust' },
  { name: 'council with its service', from: 'Recruitment <jobs@bramfordshire.gov.uk>', subject: 'Your application: Planning Officer', text: 'Dear Sam,\n\nThank you for applying to Bramfordshire County Council. We regret that on this occasion you have not been shortlisted.\n\nPlanning and Environment Service\nBramfordshire County Council', kind: 'rejection', want: 'Bramfordshire County Council' },
  { name: 'school district and school', from: 'Ruth Cale <rcale@ashbournesd.org>', subject: 'Interview - 3rd grade teacher', text: 'Hello Sam,\n\nWe would like you to interview at Linden Hill Elementary on Monday at 9.\n\nRuth Cale\nPrincipal, Linden Hill Elementary\nAshbourne School District', kind: 'interview', want: 'Ashbourne School District' },
  { name: 'college hiring from a university domain with an institute in the body', from: 'Dr Hana Ito <h.ito@corwen.ac.uk>', subject: 'Postdoc interview', text: 'Dear Sam,\n\nI would like to invite you to a Zoom interview for the postdoctoral position in my group on Thursday at 14:00.\n\nBest wishes,\nHana Ito\nProfessor of Physics\nCorwen University', kind: 'interview', want: 'Corwen University' },

  // company only in the subject
  { name: 'company only in subject after "at"', from: 'Rosa Linde <rosa@mail.example.net>', subject: 'Your interview at Halden Optics', text: 'Hi Sam,\n\nConfirming our call on Thursday at 3pm Eastern.\n\nRosa', kind: 'interview', want: 'Halden Optics' },
  { name: 'company only in subject before a dash', from: 'noreply@jobs-mailer.example.com', subject: 'Carvell Marine - Application received', text: 'Thank you for applying. We will be in touch.', want: 'Carvell Marine' },
  { name: 'company only in subject with "with"', from: 'talent@hirebox.example.com', subject: 'Next steps with Ondra Labs', text: 'Hi Sam,\n\nPlease pick a slot for a technical screen using the link.\n\nThanks', kind: 'interview', want: 'Ondra Labs' },

  // subject words that are not companies
  { name: 'booking phrase in the subject is not the company', from: 'Calendly <notifications@calendly.com>', subject: 'Booking confirmed: Intro call with Mei Tan', text: 'Hi Sam,\n\nA new event has been scheduled.\n\nEvent: Intro call\nInvitee: Sam Seeker\nDate: Tuesday, December 9, 2026 10:00am (Eastern Time)\n\nSent from Calendly', kind: 'interview', want: null },
  { name: 'Invitation prefix in the subject is not the company', from: 'Mei Tan <mei.tan@orlencapital.com>', subject: 'Invitation: Sam / Mei - first chat @ Tue Dec 9, 2026 10am - 10:30am (EST)', text: 'You have been invited to the following event.\n\nSam / Mei - first chat\nWhen: Tue Dec 9, 2026 10am - 10:30am (EST)\nJoining info: meet.google.com/abc-defg-hij', kind: 'interview', want: 'Orlen Capital' },
  { name: 'German job title in the subject is not the company', from: 'Jana Vogt <jana.vogt@lindenfeld-bau.de>', subject: 'Vorstellungsgespräch Bauleiter Hochbau', text: 'Hallo Sam,\n\ngerne laden wir Sie am Dienstag um 10 Uhr zu einem Gespräch ein.\n\nMit freundlichen Grüßen\nJana Vogt\nLindenfeld Bau GmbH', kind: 'interview', want: 'Lindenfeld Bau' },
  { name: 'Dutch job title in the subject is not the company', from: 'Pieter de Wit <p.dewit@zandvoortzorg.nl>', subject: 'Uitnodiging sollicitatiegesprek Teamleider Zorg', text: 'Beste Sam,\n\nGraag nodigen wij je uit voor een gesprek op donderdag om 14.00 uur.\n\nMet vriendelijke groet,\nPieter de Wit\nZandvoort Zorggroep', kind: 'interview', want: 'Zandvoort Zorggroep' },
  { name: 'Reminder prefix in subject', from: 'GoodTime <no-reply@goodtime.io>', subject: 'Reminder: Onsite Interview tomorrow', text: 'Hi Sam,\n\nThis is a reminder of your onsite interview with Fenwick Aerospace tomorrow at 9:30 AM.\n\nGoodTime on behalf of Fenwick Aerospace', kind: 'interview', want: 'Fenwick Aerospace' },
  { name: 'Action required in subject', from: 'Recruiting <recruiting@brambleworks.com>', subject: 'Action Required: Complete your assessment', text: 'Hi Sam,\n\nPlease complete the online assessment within 5 days.\n\nBrambleworks Recruiting', want: 'Brambleworks' },
  { name: 'Application Update subject words', from: 'Talent Team <talent@corvidsystems.com>', subject: 'Application Update', text: 'Dear Sam,\n\nWe appreciate your interest in Corvid Systems. We have decided to pursue other candidates.\n\nTalent Team', kind: 'rejection', want: 'Corvid Systems' },

  // brand vs group
  { name: 'brand part of a group', from: 'Careers <careers@juniperhotels.com>', subject: 'Your application - Front Desk Agent', text: 'Dear Sam,\n\nThank you for applying to Juniper Hotels. We will review your application shortly.\n\nJuniper Hotels, part of the Juniper Hospitality Group', want: 'Juniper Hotels' },
  { name: 'brand "a member of" group', from: 'Jobs <jobs@otterbrookbakery.co.uk>', subject: 'Interview invite', text: 'Hi Sam,\n\nWe would love to meet you on Friday at 11.\n\nThe Otterbrook Bakery team\nOtterbrook Bakery is a member of the Harlow Food Group', kind: 'interview', want: 'Otterbrook Bakery' },
  { name: 'subsidiary "a division of"', from: 'Recruitment <recruit@sentrylane.com>', subject: 'Application received', text: 'Hello Sam,\n\nThank you for applying to Sentrylane.\n\nSentrylane, a division of Meridale Holdings plc', want: 'Sentrylane' },
  { name: 'unit and organisation: lab at a company', from: 'Iris Bold <iris.bold@calderpharma.com>', subject: 'Interview - Formulation Scientist', text: 'Hi Sam,\n\nThe formulation team would like to meet you on Wednesday at 1pm.\n\nIris Bold\nFormulation Development\nCalder Pharma', kind: 'interview', want: 'Calder Pharma' },

  // domains that abbreviate the name
  { name: 'domain short form vs written name', from: 'Noa Levi <noa@tzafonsec.com>', subject: 'Interview', text: 'Hi Sam,\n\nThanks for applying to Tzafon Security. Can we talk on Monday at 4pm?\n\nNoa Levi\nTzafon Security', kind: 'interview', want: 'Tzafon Security' },
  { name: 'domain initials vs written name', from: 'Hiring <hiring@gmrlabs.com>', subject: 'Thanks for applying', text: 'Hello Sam,\n\nThank you for your application to Glenmoor Research Labs. We are reviewing it now.\n\nGlenmoor Research Labs', want: 'Glenmoor Research Labs' },
  { name: 'domain squashed vs written name in a signature only', from: 'Ola Berg <ola.berg@nordkappmar.no>', subject: 'Re: Application', text: 'Hi Sam,\n\nWe would like to invite you to a video interview on Thursday at 10:00.\n\nBest regards\nOla Berg\nHR Advisor\nNordkapp Maritime AS', kind: 'interview', want: 'Nordkapp Maritime' },
  { name: 'domain abbreviates and the text only uses "we"', from: 'Recruiting <jobs@brmx.io>', subject: 'Application received', text: 'Hi Sam,\n\nThanks for applying. We will be in touch.\n\nRecruiting', want: 'Brmx' },
  { name: 'domain with a hyphen vs written name', from: 'Lukas Frei <lukas.frei@alpen-glas.ch>', subject: 'Ihre Bewerbung', text: 'Guten Tag Sam,\n\nherzlichen Dank für Ihre Bewerbung. Wir laden Sie gern zu einem Gespräch am Montag um 9 Uhr ein.\n\nFreundliche Grüsse\nLukas Frei\nAlpenglas Werke AG', kind: 'interview', want: 'Alpenglas Werke' },

  // job boards
  { name: 'indeed relay names the employer', from: 'Indeed <indeedapply@indeed.com>', subject: 'Your application to Dispatcher at Kelso Haulage', text: 'Your application has been submitted.\n\nDispatcher\nKelso Haulage - Fresno, CA\n\nGood luck!', want: 'Kelso Haulage' },
  { name: 'linkedin relay names the employer', from: 'LinkedIn <jobs-noreply@linkedin.com>', subject: 'Sam, your application was sent to Rookwood Games', text: 'Your application was sent to Rookwood Games\n\nGameplay Programmer\nRookwood Games · Montreal, QC (Hybrid)\n\nApplied on December 1', want: 'Rookwood Games' },
  { name: 'job board digest with no single employer', from: 'Glassdoor Jobs <noreply@glassdoor.com>', subject: 'New jobs for you', text: 'Hi Sam,\n\nWe found jobs that match your search.\n\nView all jobs\n\nUnsubscribe', want: null },
  { name: 'reed relay with employer after "from"', from: 'reed.co.uk <noreply@reed.co.uk>', subject: 'A message from Ebbway Couriers', text: 'Hi Sam,\n\nEbbway Couriers have viewed your application and would like to speak to you.\n\nThe reed.co.uk team', want: 'Ebbway Couriers' },

  // scheduling tools
  { name: 'calendly invite with the company in the event name', from: 'Calendly <notifications@calendly.com>', subject: 'New Event: Sam Seeker - Ravenmoor Bank Phone Screen', text: 'Hi Sam,\n\nYour event has been scheduled.\n\nEvent Type: Ravenmoor Bank Phone Screen\nDate/Time: 10:00am - 10:30am, Thursday, December 11, 2026 (Eastern Time)', kind: 'interview', want: 'Ravenmoor Bank' },
  { name: 'goodtime with the company in the signature', from: 'Interviews <interviews@goodtime.io>', subject: 'Your interview is scheduled', text: 'Hi Sam,\n\nYour interview has been scheduled for Monday, December 8 at 1:00 PM PST.\n\nThanks,\nWrenfield Talent Team', kind: 'interview', want: 'Wrenfield' },
  { name: 'zoom invite from a company domain', from: 'Amir Hale <amir.hale@ostrander.ai>', subject: 'Amir Hale is inviting you to a scheduled Zoom meeting', text: 'Hi there,\n\nAmir Hale is inviting you to a scheduled Zoom meeting.\n\nTopic: Ostrander AI - Technical interview\nTime: Dec 10, 2026 02:00 PM Eastern Time', kind: 'interview', want: 'Ostrander AI' },
  { name: 'microsoft bookings with the business name', from: 'Tillhouse Dental <bookings@outlook.com>', subject: 'Your booking is confirmed', text: 'Hello Sam,\n\nYour appointment "Interview - Dental Nurse" with Tillhouse Dental is confirmed for 12/09/2026 at 9:00 AM.\n\nTillhouse Dental', kind: 'interview', want: 'Tillhouse Dental', open: true },

  // HTML-ish signatures with addresses and disclaimers
  { name: 'signature with address and disclaimer', from: 'Celia Marsh <c.marsh@pembertongrain.com>', subject: 'Interview - Grain Trader', text: 'Hi Sam,\n\nCould you come in on Tuesday at 10:30?\n\nCelia Marsh | Talent Partner\nPemberton Grain Ltd | 14 Quay Street | Hull HU1 1AA\nwww.pembertongrain.com\n\nThis email and any attachments are confidential and intended solely for the addressee. Pemberton Grain Ltd is registered in England No. 01234567.', kind: 'interview', want: 'Pemberton Grain' },
  { name: 'signature with a confidentiality notice naming nothing else', from: 'Hugo Tell <hugo.tell@veritasoft.com>', subject: 'Re: application', text: 'Hi Sam,\n\nThank you, we have decided to move forward with other candidates.\n\nRegards,\nHugo Tell\nVeritasoft Inc.\n1200 Market St, Suite 400, San Francisco, CA 94103\n\nCONFIDENTIALITY NOTICE: This message is intended only for the named recipient.', kind: 'rejection', want: 'Veritasoft' },
  { name: 'signature with pipes and a logo alt text', from: 'Nadia Roux <nadia.roux@corbelmedia.fr>', subject: 'Entretien', text: 'Bonjour Sam,\n\nJe vous propose un entretien jeudi à 15h.\n\nCordialement,\nNadia Roux\nResponsable RH | Corbel Média\n[logo Corbel Média]\n18 rue des Arts, 75011 Paris', kind: 'interview', want: 'Corbel Média' },
  { name: 'signature with a registered office of a parent', from: 'Ian Sharp <ian.sharp@fenlandcider.co.uk>', subject: 'Interview', text: 'Hi Sam,\n\nLooking forward to seeing you on Friday at 2pm.\n\nIan Sharp\nProduction Manager\nFenland Cider Company\n\nFenland Cider Company is a trading name of Orchard Drinks Holdings Limited, registered office: 2 Mill Lane, Ely.', kind: 'interview', want: 'Fenland Cider Company', aliases: ['Fenland Cider'] },
  { name: 'html-ish signature with a sent-from line', from: 'Kai Moreno <kai@lumenvale.com>', subject: 'Quick question', text: 'Hi Sam,\n\nAre you free Thursday at 11 for a phone screen?\n\nKai Moreno\nLumenvale\nSent from my iPhone', kind: 'interview', want: 'Lumenvale' },

  // mixed extras
  { name: 'team inbox from a company domain, name in the body', from: 'Careers <careers@saltbridge.com>', subject: 'Thank you for your application', text: 'Dear Sam,\n\nThank you for applying to Saltbridge Energy. A member of our team will review your application.\n\nSaltbridge Energy Careers', want: 'Saltbridge Energy' },
  { name: 'nonprofit with "Foundation"', from: 'Jobs <jobs@maplereach.org>', subject: 'Interview request', text: 'Hello Sam,\n\nThe Maple Reach Foundation would like to invite you to interview for the Program Officer role on Monday at 10am.\n\nWarmly,\nMaple Reach Foundation', kind: 'interview', want: 'Maple Reach Foundation' },
  { name: 'lower-case company in a casual founder mail', from: 'Zoe Kim <zoe@fernloop.com>', subject: 'hey', text: 'hey sam!\n\nthanks for applying to fernloop. want to hop on a call wed at 4?\n\nzoe', kind: 'interview', want: 'Fernloop' },
  { name: 'government agency', from: 'USAJOBS <noreply@usajobs.gov>', subject: 'Application status update', text: 'Dear Sam,\n\nYour application for Hydrologist with the Bureau of Water Resources has been reviewed. You were not referred to the hiring manager.\n\nUSAJOBS', kind: 'rejection', want: 'Bureau of Water Resources' },
  { name: 'agency with client in subject and body in lower case', from: 'Meg Doyle <meg@crestpeople.ie>', subject: 'interview with hollowell pharma', text: 'Hi Sam,\n\nhollowell pharma would like to see you on tuesday at 11. I will send directions.\n\nMeg\nCrest People', kind: 'interview', want: 'Hollowell Pharma', open: true },
  { name: 'recruiter at the company itself is not an agency', from: 'Dev Patel <dev.patel@quarrymint.com>', subject: 'Recruiter screen', text: 'Hi Sam,\n\nI am a recruiter at Quarrymint and would love to set up a 20-minute screen on Friday.\n\nDev Patel\nTechnical Recruiter, Quarrymint', kind: 'interview', want: 'Quarrymint' },
];

describe('company: a fresh table of mail nobody tuned on', () => {
  it('holds at least sixty mails', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  for (const row of CASES) {
    (row.open ? it.fails : it)(row.name, () => {
      const got = extract(message({ from: row.from, subject: row.subject, text: row.text }), { timeZone: 'America/New_York', kind: row.kind ?? 'confirmation' }).company;
      const right = row.want === null ? got === null : got !== null && [row.want, ...(row.aliases ?? [])].map(normalizeCompany).includes(normalizeCompany(got));
      expect({ got, right }).toEqual({ got, right: true });
    });
  }
});
