import { describe, it } from 'vitest';
import type { EventKind } from '../../shared/domain/kinds.ts';
import type { MessageParts } from './build-message.ts';
import { expectEach } from './expect-kind.ts';

/**
 * Short job emails in voices the rules met rarely (issue #10 round 6): a hiring manager's own receipt,
 * two lines from a phone, non-native English, a meeting asked for without the word "interview", a
 * decision without "unfortunately", and "other" mail that borrows the same words. All written for this
 * file; each is read flat and hard-wrapped at 72 columns.
 */
const HM = 'Dana Whitfield <dana@brookline-tools.example>';
const ATS = 'Brookline Careers <no-reply@brookline.recruitee.example>';
const RECRUITER = 'Priya Nair <priya@talentbridge.example>';

const CASES: ReadonlyArray<readonly [EventKind, MessageParts]> = [
  // A receipt in a person's own words.
  ['confirmation', { from: HM, subject: 'Re: Maintenance planner', text: "Hi Sam, got your CV, thanks. I'll have a proper look this week and come back to you." }],
  ['confirmation', { from: HM, subject: 'Re: application', text: 'Thanks Sam - received. Will read it over the weekend.\n\nSent from my iPhone' }],
  ['confirmation', { from: HM, subject: 'Re: Store manager', text: 'Got it, thanks.\nWill pass it to the area manager today.' }],
  ['confirmation', { from: HM, subject: 'Re: CV for the driver job', text: 'Hello Sam, your CV arrived fine. I am going through the applications next week and will let you know either way.' }],
  ['confirmation', { from: HM, subject: 'Re: Junior chef', text: "Cheers Sam, I've got your details. Give me a few days to go through everyone who sent one in." }],
  ['confirmation', { from: 'Marek Nowak <marek@vistula-logistics.example>', subject: 'Your candidature', text: 'Dear Mr Seeker, we confirm the reception of your candidature for position of warehouse coordinator. We will study it and answer you soon.' }],
  ['confirmation', { from: 'HR <hr@tanaka-seiki.example>', subject: 'About your applying', text: 'Dear Sam Seeker, thank you very much for your applying to our company. We have received your documents surely. The result of document screening will be informed within two weeks.' }],
  ['confirmation', { from: 'Recrutement <jobs@lumiere-group.example>', subject: 'Acknowledgement of receipt', text: 'Hello, we acknowledge receipt of your application file for the post of export assistant. It is being examined by our teams and we will revert to you shortly.' }],
  ['confirmation', { from: ATS, subject: 'We got it!', text: 'Hi Sam, your application for Product Analyst is in. Our team looks at every application and you will hear from us within 10 working days.' }],
  ['confirmation', { from: 'Talent <talent@quarry-health.example>', subject: 'Application submitted: Nurse Educator', text: 'This is to let you know your submission for Nurse Educator was successful. A member of the recruitment team will review it.' }],
  ['confirmation', { from: HM, subject: 'Re: Site engineer', text: 'Sam, many thanks for sending this over. I have forwarded your CV to our project director and we will revert in due course.' }],
  ['confirmation', { from: 'HR Team <hr@kowalczyk-bau.example>', subject: 'Your documents', text: 'Good day, your documents are arrived at us. The decision about invitation we will send after closing date of the vacancy.' }],
  ['confirmation', { from: 'Recruiting <recruiting@orbit-fintech.example>', subject: 'Orbit | Backend Engineer', text: 'Hi Sam, thanks for your interest in Orbit! We have your application for Backend Engineer and our hiring team is reviewing it now.' }],
  ['confirmation', { from: HM, subject: 'Re: bar staff', text: 'hi sam got ur cv thx. will call if we need someone for weekends' }],

  // A meeting asked for, without the word "interview".
  ['interview', { from: HM, subject: 'Re: Maintenance planner', text: 'Hi Sam, thanks for sending your CV. Can you come by on Thursday at 2pm to meet the team? We are at 14 Quay Street.' }],
  ['interview', { from: HM, subject: 'Re: Store manager', text: "Sam, let's grab a coffee and talk about the role. Are you free Tuesday morning?" }],
  ['interview', { from: RECRUITER, subject: 'Quick call?', text: 'Hi Sam, I have your application for the analyst role in front of me. Do you have 20 minutes tomorrow for a call?' }],
  ['interview', { from: RECRUITER, subject: 'Re: your application', text: 'Hello Sam, could we have a phone conversation this week about your application? Let me know what times suit you.' }],
  ['interview', { from: HM, subject: 'Re: Junior chef', text: 'Hi Sam, come in for a trial shift on Saturday from 10 till 2 and we can see how you get on in the kitchen.' }],
  ['interview', { from: HM, subject: 'Next step', text: "Hi Sam, we liked your application. We'd like you to meet Jordan, our head of operations, on Wednesday at 11:00 at our office." }],
  ['interview', { from: 'Marek Nowak <marek@vistula-logistics.example>', subject: 'Meeting', text: 'Dear Mr Seeker, we invite you for a meeting in our office on 12 March at 10:00 to talk about the position. Please confirm if you can come.' }],
  ['interview', { from: HM, subject: 'Re: Site engineer', text: 'Sam - are you around for a video call Friday afternoon? Would like to walk you through the project and hear about your experience.' }],
  ['interview', { from: RECRUITER, subject: 'Your application - next step', text: 'Hi Sam, the hiring manager would like to speak with you. Please pick a time on my calendar: https://cal.example/priya' }],
  ['interview', { from: HM, subject: 'Re: application', text: 'Thanks Sam, received. Can you pop in Monday around 4 for a chat with me and the owner?' }],
  ['interview', { from: 'HR <hr@tanaka-seiki.example>', subject: 'Invitation to second step', text: 'Dear Sam Seeker, you passed the document screening. We would like to have meeting with you by video on 18 March 15:00 JST. Please tell us if this time is convenient.' }],
  ['interview', { from: HM, subject: 'Re: Product designer', text: 'Hey Sam, loved the portfolio. Want to come to the studio next week and walk us through two of your projects? Any afternoon works.' }],
  ['interview', { from: RECRUITER, subject: 'Following up', text: 'Hi Sam, thanks for applying. When would be a good time for a quick phone chat about the role this week?' }],
  ['interview', { from: HM, subject: 'Moving forward', text: 'Hello Sam, we would like to move forward with you. Could you meet with our CTO on Thursday at 3pm via Zoom?' }],

  // A decision without "unfortunately".
  ['rejection', { from: HM, subject: 'Re: Store manager', text: "Hi Sam, thanks for meeting us last week. We've offered the role to someone else, but it was good to meet you." }],
  ['rejection', { from: 'HR <hr@quarry-health.example>', subject: 'Nurse Educator', text: 'Dear Sam, thank you for attending the interview. The panel chose another applicant whose experience was closer to the brief. We wish you well.' }],
  ['rejection', { from: 'Recruiting <recruiting@orbit-fintech.example>', subject: 'Your application', text: "Hi Sam, after reviewing your application we won't be taking your application further. Thanks for your interest in Orbit." }],
  ['rejection', { from: HM, subject: 'Re: Junior chef', text: 'Sam, the position has been filled. Thanks for coming in for the trial shift.' }],
  ['rejection', { from: 'Talent <talent@lumiere-group.example>', subject: 'Export assistant', text: 'Dear Sam, we inform you that the position of export assistant has been cancelled, so we cannot proceed with your candidature. Thank you for your interest.' }],
  ['rejection', { from: 'Recruiting <recruiting@brookline.example>', subject: 'Product Analyst', text: 'Hello Sam, we have decided to go with a candidate whose experience more closely matches what we need. We appreciate the time you spent with us.' }],
  ['rejection', { from: 'Marek Nowak <marek@vistula-logistics.example>', subject: 'Result', text: 'Dear Mr Seeker, thank you for the meeting. We regret to say we chose other candidate for this position.' }],
  ['rejection', { from: HM, subject: 'Re: Site engineer', text: "Sam, I'm sorry to say we're not going to progress your application this time. Good luck with the search." }],
  ['rejection', { from: 'HR <hr@tanaka-seiki.example>', subject: 'Result of screening', text: 'Dear Sam Seeker, thank you for your application. After careful consideration, we decided not to proceed to next step with you. We pray for your success.' }],
  ['rejection', { from: RECRUITER, subject: 'Update on the analyst role', text: 'Hi Sam, the client has decided to hire an internal candidate, so the role is no longer open. I will keep you in mind for similar roles.' }],
  ['rejection', { from: 'Careers <careers@westfield-council.example>', subject: 'Vacancy ref 4471', text: 'Dear applicant, the vacancy you applied for has been withdrawn and will not be filled. Your application will not be considered further.' }],
  ['rejection', { from: HM, subject: 'Re: Product designer', text: 'Sam, thank you for the presentation. The team has decided to move ahead with another designer. Really appreciated your time.' }],
  ['rejection', { from: 'Talent <talent@quarry-health.example>', subject: 'Your application', text: 'Dear Sam, we have now completed the shortlisting and you have not been selected for interview on this occasion.' }],
  ['rejection', { from: 'Recruiting <recruiting@orbit-fintech.example>', subject: 'Backend Engineer', text: 'Hi Sam, we appreciate you taking the time to do the technical round. We are going to pass for now and continue with other candidates.' }],

  // Other mail that borrows the same words.
  ['other', { from: 'Job Alerts <alerts@jobsite.example>', subject: '12 new jobs for "warehouse coordinator"', text: 'New jobs match your search. Warehouse Coordinator - Vistula Logistics. Apply now. Manage your alerts.' }],
  ['other', { from: 'Careers Weekly <news@careersweekly.example>', subject: 'How to get past the first call', text: 'This week: what recruiters listen for in a phone screen, and how to talk about a gap in your CV. Read the full article.' }],
  ['other', { from: HM, subject: 'Offer of employment', text: 'Hi Sam, we are delighted to offer you the position of store manager at a salary of 38,000. The contract is attached; please sign and return it by Friday.' }],
  ['other', { from: 'Assessments <tests@brookline.example>', subject: 'Your online assessment', text: 'Hi Sam, as the next step please complete the numerical reasoning test within 5 days using the link below.' }],
  ['other', { from: 'Feedback <survey@orbit-fintech.example>', subject: 'Tell us about your candidate experience', text: 'Hi Sam, how did we do? Take our two-minute survey about your application experience.' }],
  ['other', { from: 'Events <events@techmeet.example>', subject: 'You are invited: Careers in Data evening', text: 'Join us on Thursday at 6pm to meet hiring teams from 20 companies. Free drinks, register here.' }],
  ['other', { from: 'Jobsite <noreply@jobsite.example>', subject: 'Recruiters viewed your profile', text: 'Your profile was viewed 4 times this week. Upgrade to Premium to see who.' }],
  ['other', { from: 'Webinar <webinar@careerclub.example>', subject: 'Free webinar: ace your video interview', text: 'Sign up for our live session on Tuesday at 1pm and learn how to answer the ten questions every interviewer asks.' }],
  ['other', { from: 'Jobsite <noreply@jobsite.example>', subject: 'Jobs you may like', text: 'Based on your applications: Site Engineer at Kowalczyk Bau, Project Engineer at Quay Builders. Easy apply.' }],
  ['other', { from: HM, subject: 'Welcome aboard!', text: 'Hi Sam, so glad you accepted. Your first day is Monday 7 April; please bring your ID and bank details.' }],
  ['other', { from: 'Background checks <checks@verifyfast.example>', subject: 'Action needed: background check', text: 'Brookline has asked us to run a background check. Please complete the consent form within 48 hours.' }],
  ['other', { from: 'Newsletter <hello@hiringroom.example>', subject: 'Our hiring trends report', text: 'We surveyed 500 hiring managers about interviews and offers. Download the report and see what changed this year.' }],
  ['other', { from: 'Jobsite <noreply@jobsite.example>', subject: 'Complete your profile', text: 'Profiles with a photo get more recruiter messages. Add yours in two minutes.' }],
  ['other', { from: 'Careers Fair <fair@city-university.example>', subject: 'Meet employers on campus Thursday', text: 'Come by the main hall on Thursday between 10 and 4 to meet the teams from 40 local employers. No booking needed.' }],
  ['other', { from: 'Payroll <payroll@brookline.example>', subject: 'Your first payslip', text: 'Hi Sam, your payslip for March is now available in the employee portal.' }],
  ['other', { from: 'Coding test <noreply@codechallenge.example>', subject: 'Orbit invited you to a coding challenge', text: 'You have been invited to complete a 90 minute coding challenge for Backend Engineer. The link expires in 7 days.' }],
  ['other', { from: 'Jobsite <noreply@jobsite.example>', subject: 'Your weekly job digest', text: 'Top picks this week for you: Nurse Educator, Clinical Trainer. Apply with one click.' }],
  ['other', { from: HM, subject: 'Reference request', text: 'Hi Sam, you gave my name as a referee for Alex Kim. Could you tell me a little about working with Alex?' }],
];

/**
 * Cases the rules still miss (a webinar subject naming an interview, with no unsubscribe line to show
 * it went to a list): kept here so a fix shows up as this list turning red. Round 7 (kind-round7.test.ts)
 * fixed the bare "received", "got your details", "are arrived", the trial shift and "another designer".
 */
const KNOWN_MISSES = new Set([49]);

describe('job mail in unusual voices (issue #10 round 6)', () => {
  const table = CASES.map(([kind, parts], index) => [index, kind, parts] as const);
  it.each(table.filter(([index]) => !KNOWN_MISSES.has(index)))('case %i reads as %s', (_index, kind, parts) => {
    expectEach(kind, [parts]);
  });
  it.fails.each(table.filter(([index]) => KNOWN_MISSES.has(index)))('case %i is still missed (wanted %s)', (_index, kind, parts) => {
    expectEach(kind, [parts]);
  });
});
