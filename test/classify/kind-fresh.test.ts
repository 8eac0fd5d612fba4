import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import type { EventKind } from '../../shared/domain/kinds.ts';
import { buildMessage, hardWrap, type MessageParts } from './build-message.ts';

/**
 * A fresh table for issue #10, written before reading the classifier and meant to be hard: meetings
 * that never say "interview", receipts in a personal voice or odd ATS wording, declines that open
 * warmly or never say "unfortunately", and "other" mail dressed like the rest (outreach asking for a
 * call, alerts, reminders, portal housekeeping, offer paperwork, newsletters, events). Every item is
 * read flat and hard-wrapped at 72 columns. All wordings are the project's own.
 */
interface Row extends MessageParts {
  readonly kind: EventKind;
}

const PERSON = 'Priya Nandakumar <priya@orchardlabs.example>';
const CHEF = 'Tom Keane <tom@larder-kitchen.example>';
const TALENT = 'Talent Team <talent@brightwell.example>';
const ATS = 'Brightwell Careers <no-reply@brightwell.myworkday.example>';
const COUNCIL = 'Fernhill Council Recruitment <jobs@fernhill.gov.example>';
const AGENT = 'Callum Reid <callum@peakpeople.example>';
const BOARD = 'JobFinder <alerts@jobfinder.example>';

const INTERVIEW: readonly Row[] = [
  { kind: 'interview', from: PERSON, subject: 'Re: Product Designer application', text: 'Hi Sam, thanks for applying. Fancy a coffee next Tuesday near our office? I would love to hear what you are looking for and tell you about the team. Does 10am work?' },
  { kind: 'interview', from: TALENT, subject: 'Next step for Backend Engineer', text: 'Hi Sam, the next step is a 30-minute call with our engineering lead. Please pick a slot that suits you here: https://calendly.com/brightwell-eng/30min' },
  { kind: 'interview', from: CHEF, subject: 'Re: Commis chef', text: 'Hi Sam, we would like you to come in for a paid trial shift this Saturday from 10am to 4pm. Bring your knives and whites.' },
  { kind: 'interview', from: TALENT, subject: 'Marketing Manager - next stage', text: 'Dear Sam, as the next stage we would like you to present a short case study to the hiring panel on 14 March at 2pm. The brief is attached; please plan for 20 minutes plus questions.' },
  { kind: 'interview', from: PERSON, subject: 'Re: your application', text: 'Hi Sam, are you free Thursday afternoon for a video chat with Dana and me about the role? Anything between 2 and 5 works on our side.' },
  { kind: 'interview', from: 'Orchard Labs Hiring <hiring@orchardlabs.example>', subject: 'Book your next conversation with us', text: 'Thanks for applying to Orchard Labs. We would like to get to know you better. Please use the link below to choose a 45-minute slot with our hiring team.\nhttps://orchardlabs.example/book/next-step' },
  { kind: 'interview', from: 'Mara Quist <mara@quist-joinery.example>', subject: 'Re: Bench joiner', text: 'Hi Sam, could you come by the workshop on Tuesday at 11 to meet the team and have a look around? It should take about an hour.' },
  { kind: 'interview', from: 'Leo Barnes <leo.barnes@harborco.example>', subject: 'Data Analyst role', text: 'Hello Sam, I would like to set up a quick phone screen, around 20 minutes, to go over your background. How does Wednesday at 4pm look for you?' },
  { kind: 'interview', from: ATS, subject: 'Update on your application - Software Engineer II', text: 'Dear Sam, you have been selected to progress to the next stage: a technical conversation with two of our engineers. Please select your availability using the link below.' },
  { kind: 'interview', from: COUNCIL, subject: 'Graduate Planner - assessment day', text: 'Dear Sam, we are pleased to invite you to our assessment day at the Civic Centre on 3 April at 9:30am. You will meet the hiring managers and take part in a group exercise. Please confirm you can attend.' },
  { kind: 'interview', from: 'Leo Barnes <leo.barnes@harborco.example>', subject: 'Moving our chat', text: 'Hi Sam, something has come up on my side. Would it be OK to move our chat from Thursday to Friday at 10am instead? Same video link.' },
  { kind: 'interview', from: PERSON, subject: 'Re: Product Designer', text: 'Great news: the team enjoyed speaking with you and would like you to join a second round with our CTO next week. What times work for you?' },
  { kind: 'interview', from: CHEF, subject: 'Your CV', text: 'Hi Sam, I am the head chef at Larder. Your CV caught my eye. Can you pop in on Monday after lunch service, around 3, for a chat and a quick cook?' },
  { kind: 'interview', from: COUNCIL, subject: 'Housing Officer (ref HO-118)', text: 'Dear Sam, following shortlisting, we would like you to meet our panel on 22 May at 10:00 in Room 4, Civic Centre. Please bring photo ID and your certificates.' },
  { kind: 'interview', from: 'Jess Moreau <jess@fablestudio.example>', subject: 'Re: Product Designer position', text: 'Hi Sam, thanks for your application. Let us find time to talk about the Product Designer position. Reply with two or three slots that suit you next week.' },
  { kind: 'interview', from: TALENT, subject: 'Tomorrow at 9:30', text: 'Hi Sam, here are the Zoom details for our conversation tomorrow at 9:30 with Dana, our Head of Operations.\nhttps://zoom.us/j/5550001111\nSee you then!' },
  { kind: 'interview', from: PERSON, subject: 'Final step', text: 'Hi Sam, as the final step we would like you to spend half a day pairing with the team on a real ticket. Does Wednesday 18 June work for you?' },
  { kind: 'interview', from: 'Nina Holt <nina@kestrel.example>', subject: 'Re: Frontend developer', text: 'Hey Sam! Loved your portfolio. Want to jump on a call Friday to talk it through with me and Leo? Say 11ish?' },
  { kind: 'interview', from: 'Bristol Office <people@meridian.example>', subject: 'You have been shortlisted', text: 'Dear Sam, you have been shortlisted for the Project Coordinator role and we would like to see you on Wednesday 9 April at 1:30pm at our Bristol office.' },
  { kind: 'interview', from: ATS, subject: 'Please confirm your attendance', text: 'Dear Sam, please confirm your attendance for the video call on Monday at 15:00 with the hiring manager for the Logistics Coordinator role.' },
  { kind: 'interview', from: 'Calendly <notifications@calendly.example>', subject: 'New event: Sam Seeker - 30 Minute Meeting', text: 'Hi Jordan Lee,\nA new event has been scheduled.\nEvent type: 30 Minute Meeting\nInvitee: Sam Seeker\nEvent date/time: 10:00am - Thursday, 10 April 2025 (London time)\nQuestions:\nWhich role are you applying for?\nData Analyst' },
  { kind: 'interview', from: AGENT, subject: 'Corvid Logistics want to meet you', text: 'Hi Sam, good news: Corvid Logistics liked your CV and want to meet you. They have offered Tuesday at 2pm or Thursday at 10am at their Leeds office. Which suits?' },
];

const CONFIRMATION: readonly Row[] = [
  { kind: 'confirmation', from: CHEF, subject: 'Re: Commis chef', text: 'Hi Sam, thanks for sending this over. I have passed it on to Ruth, who runs the kitchen, and she will be in touch.' },
  { kind: 'confirmation', from: 'Harbor Co <careers@harborco.example>', subject: 'Candidate record created', text: 'Candidate record created.\nRequisition: 4471 - Warehouse Operative\nStatus: New\nNo action is required from you at this time.' },
  { kind: 'confirmation', from: 'Harbor Co <careers@harborco.example>', subject: 'Submission logged', text: 'Your submission has been logged for the Junior Analyst vacancy. Reference: JA-2219. Please quote this reference in any correspondence.' },
  { kind: 'confirmation', from: 'Kestrel People <people@kestrel.example>', subject: 'We got it!', text: 'We got it! Thanks for throwing your hat in the ring for Support Engineer. A real human reads every application, so give us a week or two.' },
  { kind: 'confirmation', from: ATS, subject: 'Data Engineer', text: 'This is an automated note to let you know that your materials for the role of Data Engineer have reached us. Please do not reply to this address.' },
  { kind: 'confirmation', from: TALENT, subject: 'Application complete', text: 'Application complete. Thank you for your interest in Brightwell.\nWhat happens next: our recruiters review every application. If your experience matches what we need, we will contact you to arrange an interview.' },
  { kind: 'confirmation', from: 'Mara Quist <mara@quist-joinery.example>', subject: 'Re: Bench joiner', text: 'Cheers Sam, CV received. I will have a read tonight and get back to you.' },
  { kind: 'confirmation', from: 'Fable Studio <jobs@fablestudio.example>', subject: 'Thanks for applying!', text: 'Thank you for applying! Our team reviews applications on a rolling basis and will reach out if there is a match. Due to the volume we receive, we may not be able to reply to every applicant individually.' },
  { kind: 'confirmation', from: COUNCIL, subject: 'Post ref 0923', text: 'Your application to Fernhill Council (post ref 0923) has been successfully received. You can track its progress in your candidate portal at any time.' },
  { kind: 'confirmation', from: 'St Aldric Primary <office@staldric.example>', subject: 'Teaching Assistant', text: 'Dear Sam, many thanks for your interest in the Teaching Assistant post. This email confirms that we hold your application form.' },
  { kind: 'confirmation', from: ATS, subject: 'Thank you for your interest', text: 'Thank you for your interest. You have successfully submitted your application for Job Requisition ID R-10293 Logistics Coordinator.' },
  { kind: 'confirmation', from: 'Ellen Marsh <ellen@marshandco.example>', subject: 'Re: Office manager', text: 'Morning Sam, it landed safely, thanks. Shortlisting happens after the 20th.' },
  { kind: 'confirmation', from: AGENT, subject: 'Your application', text: 'Hi Sam, just a quick note to say your application is with the hiring manager now. I will let you know as soon as I hear anything.' },
  { kind: 'confirmation', from: CHEF, subject: 'Re: Sous chef', text: 'Thanks, you are in the queue. Applications for the sous chef job close on Friday and we will be in touch the week after.' },
  { kind: 'confirmation', from: 'Grants Team <grants@riverfund.example>', subject: 'Expression of interest', text: 'Dear Sam, we confirm receipt of your expression of interest for the Grants Officer role.' },
  { kind: 'confirmation', from: 'Anna Webb <anna@helpinghands.example>', subject: 'Re: Volunteer coordinator', text: 'Thanks so much for applying, Sam! I am reading through everything this week.' },
  { kind: 'confirmation', from: 'Orbit Careers <careers@orbit.example>', subject: 'Status update: Application Received', text: 'Status update: Application Received\nPosition: Customer Success Manager (EMEA)\nWe will review your details and contact you if we would like to take things further.' },
  { kind: 'confirmation', from: 'Beanline Coffee <jobs@beanline.example>', subject: 'Barista - Kings Cross', text: 'Hi Sam, your application for Barista has been sent to the store manager, who reviews every application personally.' },
  { kind: 'confirmation', from: 'Pennant Hotels <hr@pennant.example>', subject: 'Receptionist', text: 'Thank you! We have your application. Please note that we are unable to take follow-up calls about it.' },
  { kind: 'confirmation', from: 'Northfield University <recruitment@northfield.example>', subject: 'Lab Technician', text: 'Dear applicant, this is to acknowledge your application for the post of Lab Technician. Shortlisted candidates will be notified by 30 April.' },
  { kind: 'confirmation', from: 'Gareth Lyle <gareth@lylefreight.example>', subject: 'Re: Transport planner', text: 'Got your application through LinkedIn, thanks. I will look at it properly on Monday and come back to you either way.' },
  { kind: 'confirmation', from: 'Meridian People <people@meridian.example>', subject: 'Project Coordinator', text: 'Hello Sam, we are writing to say your application arrived. It is being reviewed now and you will hear from us whichever way it goes.' },
];

const REJECTION: readonly Row[] = [
  { kind: 'rejection', from: PERSON, subject: 'Product Designer', text: 'Hi Sam, thank you so much for your time last week; everyone enjoyed meeting you. We have decided to move forward with another candidate whose experience is closer to what we need right now.' },
  { kind: 'rejection', from: 'Pete Olsen <pete@thetaphouse.example>', subject: 'Re: Bartender', text: 'Hi Sam, just to let you know the bartender role has now been filled. Thanks for applying and best of luck.' },
  { kind: 'rejection', from: 'Kestrel People <people@kestrel.example>', subject: 'Growth Marketer', text: 'Hi Sam, we have put hiring for the Growth Marketer role on hold for now, so we will not be progressing applications. We will reach out if it reopens.' },
  { kind: 'rejection', from: 'Nina Holt <nina@kestrel.example>', subject: 'Re: Frontend developer', text: 'Hey Sam, we have gone another way with this one, but it was a close call. Keep in touch!' },
  { kind: 'rejection', from: ATS, subject: 'Your application', text: 'Dear Sam, after careful review we are not moving you forward at this time. Thank you for your interest in Brightwell.' },
  { kind: 'rejection', from: 'Harbor Co <careers@harborco.example>', subject: 'Operations Analyst', text: 'Thanks for your patience, Sam. The team has decided not to proceed with your application for the Operations Analyst position.' },
  { kind: 'rejection', from: COUNCIL, subject: 'Post ref 0923', text: 'Dear Sam, we really appreciated your application. Having reviewed it against the person specification, we will not be taking it further.' },
  { kind: 'rejection', from: 'Ellen Marsh <ellen@marshandco.example>', subject: 'Re: Office manager', text: 'Hi Sam, I am sorry to say we have offered the position to someone else. Thank you for coming in.' },
  { kind: 'rejection', from: 'Leo Barnes <leo.barnes@harborco.example>', subject: 'Team lead role', text: 'Hi Sam, I wanted to let you know personally that we are going with an internal candidate for the team lead role. It was a pleasure talking with you.' },
  { kind: 'rejection', from: ATS, subject: 'Application status changed', text: 'Your application status for Requisition 5521 has changed to: Not Selected.' },
  { kind: 'rejection', from: 'Orbit Careers <careers@orbit.example>', subject: 'Vacancy withdrawn', text: 'Dear Sam, the position you applied for has been withdrawn and will not be filled. Thank you for your interest in Orbit.' },
  { kind: 'rejection', from: 'Pennant Hotels <hr@pennant.example>', subject: 'Receptionist', text: 'We are grateful for your interest in Pennant Hotels. On this occasion your application has not been successful.' },
  { kind: 'rejection', from: TALENT, subject: 'Graduate Scheme', text: 'We had a huge number of strong applicants this year and have had to make difficult choices. You have not been selected for the next stage.' },
  { kind: 'rejection', from: 'Mara Quist <mara@quist-joinery.example>', subject: 'Re: Bench joiner', text: 'Thanks for coming in on Thursday, Sam. We have decided you are not the right fit for the role right now, but we would be happy to hear from you in future.' },
  { kind: 'rejection', from: 'Jess Moreau <jess@fablestudio.example>', subject: 'Re: Product Designer position', text: 'It was great chatting, Sam. We are going to pass for now, as we are looking for someone with more B2B experience.' },
  { kind: 'rejection', from: 'Beanline Coffee <jobs@beanline.example>', subject: 'Barista', text: 'Hi Sam, sadly we will not be able to offer you the role this time. Thanks for your interest in Beanline.' },
  { kind: 'rejection', from: 'Harbor Co <careers@harborco.example>', subject: 'Assessment result', text: 'Thank you for taking the assessment. Your score did not meet the threshold required to continue in the process.' },
  { kind: 'rejection', from: 'Larkspur Talent <talent@larkspur.example>', subject: 'Your application to Larkspur', text: 'Thanks for applying to Larkspur. We have reviewed your profile and decided to pursue candidates whose background more closely matches the role.' },
  { kind: 'rejection', from: AGENT, subject: 'Corvid Logistics', text: 'Hi Sam, I appreciate you chatting with me. The hiring manager decided to hold off on hiring for this role until next year, so we are closing your application.' },
  { kind: 'rejection', from: 'Orbit Careers <careers@orbit.example>', subject: 'Store Manager', text: 'Dear Sam, your application for Store Manager is no longer under consideration. We wish you well.' },
  { kind: 'rejection', from: 'Meridian People <people@meridian.example>', subject: 'Project Coordinator', text: 'Thank you for your interest in joining Meridian. We are not able to progress your application any further.' },
  { kind: 'rejection', from: COUNCIL, subject: 'Housing Officer (ref HO-118)', text: 'Dear Sam, after much deliberation the panel chose a candidate whose experience aligned more closely with the post. We would love to keep your details on file.' },
];

const OTHER: readonly Row[] = [
  { kind: 'other', from: AGENT, subject: 'Senior Backend role', text: 'Hi Sam, I came across your profile and have a Senior Backend role at a fintech client in Leeds. Are you free for a quick call this week?' },
  { kind: 'other', from: BOARD, subject: 'New jobs for you', text: "New jobs matching 'data analyst' in Leeds:\nData Analyst - Harlow Group\nJunior BI Analyst - Orbit\nApply now before they close." },
  { kind: 'other', from: 'Brightwell Assessments <assess@brightwell.example>', subject: 'Reminder: assessment expires soon', text: 'Hi Sam, a reminder that your online assessment for the Graduate Scheme expires in 48 hours. Complete it here.' },
  { kind: 'other', from: ATS, subject: 'Verify your email', text: 'Please verify your email address to finish creating your candidate account.' },
  { kind: 'other', from: 'Harbor Co HR <hr@harborco.example>', subject: 'Your contract', text: 'Hi Sam, please find attached your contract of employment. Sign and return it by Friday, along with your bank details.' },
  { kind: 'other', from: 'Brightwell News <news@brightwell.example>', subject: 'This month at Brightwell', text: 'This month at Brightwell: our new Leeds office opens, three engineers share their stories, and a look at our open roles.' },
  { kind: 'other', from: 'Orbit Early Careers <early@orbit.example>', subject: 'Live careers webinar', text: 'Join our live careers webinar on 12 March at 6pm. Meet our graduate recruiters and ask your questions. Register here.' },
  { kind: 'other', from: ATS, subject: 'Password changed', text: 'Your password for the Brightwell careers portal was changed. If this was not you, contact support.' },
  { kind: 'other', from: 'Harbor Co HR <hr@harborco.example>', subject: 'Background check', text: 'Hi Sam, our screening partner will contact you to complete your background check. Please have your ID ready.' },
  { kind: 'other', from: 'Orbit Careers <careers@orbit.example>', subject: 'How did we do?', text: 'How was your candidate experience with Orbit? Tell us in two minutes.' },
  { kind: 'other', from: AGENT, subject: 'Re: Senior Backend role', text: 'Hi Sam, just bumping this up. Did you get a chance to look at the role I sent? Happy to chat whenever suits.' },
  { kind: 'other', from: 'Meridian Events <events@meridian.example>', subject: 'Open evening', text: 'You are invited to our open evening at the Manchester hub on Thursday at 6pm. Meet the team, with drinks and pizza.' },
  { kind: 'other', from: BOARD, subject: 'Complete your profile', text: 'Your profile is 60% complete. Add your skills to get noticed by employers.' },
  { kind: 'other', from: 'Beanline Coffee <jobs@beanline.example>', subject: 'Application withdrawn', text: 'You have withdrawn your application for Retail Assistant. No further action is needed.' },
  { kind: 'other', from: 'Kestrel People <people@kestrel.example>', subject: 'Refer a friend', text: 'Know someone great? Refer a friend for one of our open roles and earn a bonus.' },
  { kind: 'other', from: 'Harbor Co HR <hr@harborco.example>', subject: 'References', text: 'Hi Sam, we are now collecting references. Please send us the names and email addresses of two referees.' },
  { kind: 'other', from: 'Harbor Co HR <hr@harborco.example>', subject: 'Welcome aboard!', text: 'Welcome aboard, Sam! Your first day is Monday 7 April at 9am. Please bring photo ID and your bank details.' },
  { kind: 'other', from: 'HackerRank <no-reply@hackerrank.example>', subject: 'Your test is ready', text: 'Your coding test for Backend Engineer at Brightwell is ready. You have 7 days to complete the 90-minute test.' },
  { kind: 'other', from: 'LinkedIn <invitations@linkedin.example>', subject: 'Dana Reyes wants to connect', text: 'Dana Reyes wants to connect. Dana is a Talent Partner at Orbit.' },
  { kind: 'other', from: BOARD, subject: 'A saved job closes tomorrow', text: 'A job you saved, Product Designer at Fable, closes tomorrow.' },
  { kind: 'other', from: COUNCIL, subject: 'Your candidate data', text: 'As required by data protection law, we will delete your candidate data in 30 days unless you log in to your account.' },
  { kind: 'other', from: 'Rhea Park <rhea@talentbridge.example>', subject: 'Staff Engineer', text: 'Hi Sam, your experience at Harbor looks like a great match for a Staff Engineer role we are hiring for. Could we grab 15 minutes this week?' },
];

const TABLE: readonly Row[] = [...INTERVIEW, ...CONFIRMATION, ...REJECTION, ...OTHER];

describe('a fresh table of hard mail', () => {
  it.each(TABLE.map((row, index) => ({ ...row, name: `${row.kind} ${index}: ${row.subject ?? ''}` })))('$name', (row) => {
    const flat = classify(buildMessage(row));
    const wrapped = classify(buildMessage({ ...row, text: hardWrap(row.text) }));
    expect({ flat: flat.kind, wrapped: wrapped.kind }, `signals: ${flat.signals.join(', ')}`).toEqual({ flat: row.kind, wrapped: row.kind });
  });
});
