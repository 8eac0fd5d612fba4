import { expect, it } from 'vitest';
import { timeTable, type TimeRow as Row } from './interview-time-table.ts';

/**
 * Interview times in many voices, written for this test (not taken from any labelled set): each
 * sentence with the one instant it states, or null when it states none. Read as written and
 * hard-wrapped at 60 columns; both must give the same instant.
 */

// 2026-12-01 is a Tuesday; 14:00Z is 9am in New York. 2026-07-07 is a Tuesday too (summer time).
const WINTER = '2026-12-01T14:00:00Z';
const SUMMER = '2026-07-07T13:00:00Z';
const USER_ZONE = 'America/New_York';

const TIMED: readonly Row[] = [
  // Day names with and without dates.
  { text: 'Hi Sam,\n\nYour phone screen is booked for Thurs 12/3 at 2pm ET. Talk then!\n\nMaria', at: '2026-12-03T14:00:00-05:00' },
  { text: 'Dear Sam,\n\nWe would love to see you on the 3rd December at 10am (UK time) at our London office.\n\nKind regards,\nTom', at: '2026-12-03T10:00:00Z' },
  { text: 'Hi Sam,\n\nYour interview is confirmed for the 3rd at 11:30am Eastern.\n\nThanks,\nLee', at: '2026-12-03T11:30:00-05:00' },
  { text: 'Hey Sam,\n\nLooking forward to speaking on Dec. 3rd at 4 pm PT with the team.\n\nJo', at: '2026-12-03T16:00:00-08:00' },
  { text: 'Dear Mr Seeker,\n\nWe confirm your interview on Thursday, 03.12. at 14:00 CET in our Munich office.\n\nBest regards\nAnna Huber', at: '2026-12-03T14:00:00+01:00', zone: 'Europe/Berlin', sent: '2026-12-01T08:00:00Z' },
  { text: 'Interview: Thursday 3 December, 9am GMT. Please bring photo ID.', at: '2026-12-03T09:00:00Z' },
  { text: 'Hi Sam,\n\nYour interview will take place on 9 December 2026 at 10:00 CET.\n\nRegards', at: '2026-12-09T10:00:00+01:00' },
  { text: 'Dear Sam,\n\nWe are pleased to invite you to an interview on 04.12.2026 at 10:00 at our Hamburg office.\n\nBest regards', at: '2026-12-04T10:00:00+01:00', zone: 'Europe/Berlin', sent: '2026-12-01T08:00:00Z' },
  { text: 'Hi Sam,\n\nLet us lock in Wednesday the 9th at 10:15am Eastern.\n\nCheers', at: '2026-12-09T10:15:00-05:00' },
  { text: 'Hi Sam,\n\nConfirmed: Thu 12/10 @ 1pm ET w/ the hiring manager.\n\nK', at: '2026-12-10T13:00:00-05:00' },
  // Clocks written every way.
  { text: 'Hi Sam,\n\nThat works. See you Thursday at 9 then.\n\nBen', at: '2026-12-03T09:00:00-05:00' },
  { text: 'Hello Sam,\n\nYour call with Priya is set for Friday at 9.30 am.\n\nBest', at: '2026-12-04T09:30:00-05:00' },
  { text: 'Sam,\n\nThe panel starts at 0930 on Wednesday 9 December (Eastern). Please arrive 10 minutes early.\n\nHR', at: '2026-12-09T09:30:00-05:00' },
  { text: 'Hello Sam,\n\nYour interview is on Monday 7 December at 9h30 Paris time.\n\nCordialement,\nClaire', at: '2026-12-07T09:30:00+01:00' },
  { text: 'Hiya Sam,\n\nI have booked us in for half nine on Thursday at our Leeds office.\n\nCheers,\nGemma', at: '2026-12-03T09:30:00Z', zone: 'Europe/London' },
  { text: 'Hi Sam,\n\nWe have set up a lunch interview with the team at noon on Friday.\n\nBest', at: '2026-12-04T12:00:00-05:00' },
  { text: 'Hi Sam,\n\nWe will meet at midday on Wednesday 2 December in reception.\n\nThanks,\nRuth', at: '2026-12-02T12:00:00-05:00' },
  { text: 'Hi Sam,\n\nWe look forward to seeing you on Thursday at 10 a.m.\n\nBest wishes', at: '2026-12-03T10:00:00-05:00' },
  { text: 'Hello,\n\nYour interview with Northwind is on Mon 7th Dec at 1600 GMT.\n\nRegards', at: '2026-12-07T16:00:00Z' },
  { text: 'Hi Sam,\n\nThe interview is on Friday at 11, Eastern.\n\nThanks', at: '2026-12-04T11:00:00-05:00' },
  { text: 'Dear Sam,\n\nWe would like to confirm your interview on Friday 4th December at 2.15pm.\n\nKind regards', at: '2026-12-04T14:15:00Z', zone: 'Europe/London' },
  { text: 'Hi Sam,\n\nYour interview is at 14:30 on the 3rd (German time).\n\nViele Gruesse', at: '2026-12-03T14:30:00+01:00' },
  // Ranges and durations.
  { text: 'Hi Sam,\n\nYour interview is scheduled for Tuesday 8 December, 10-10:45 am ET.\n\nBest', at: '2026-12-08T10:00:00-05:00' },
  { text: 'Hi Sam,\n\nWe have you down for 45 minutes from 2 on Thursday with the design lead.\n\nThanks', at: '2026-12-03T14:00:00-05:00' },
  { text: 'Interview slot: Thursday 3rd Dec, 2:00–3:00pm EST.', at: '2026-12-03T14:00:00-05:00' },
  { text: 'Hi Sam,\n\nThe interview is Mon 12/7 from 11 to 12 Central.\n\nBest', at: '2026-12-07T11:00:00-06:00' },
  { text: 'Hi Sam,\n\nAssessment day: Wednesday 9th December, 9:30am–4pm, our Manchester office.\n\nBest', at: '2026-12-09T09:30:00Z', zone: 'Europe/London' },
  { text: 'Your slot: Thursday 3 December 2026, 09:00–09:45 (GMT).', at: '2026-12-03T09:00:00Z' },
  { text: 'Hi Sam,\n\nYou are confirmed for a 30-minute call tomorrow, 2 December, at 4 PM EST.\n\nBest', at: '2026-12-02T16:00:00-05:00' },
  // Zones written every way.
  { text: 'Hi Sam,\n\nYour interview is set for Friday, December 4 at 1:00 PM Eastern.\n\nBest', at: '2026-12-04T13:00:00-05:00' },
  { text: 'Hi Sam,\n\nYour interview is confirmed for Thursday, July 9 at 3:00 PM EST.\n\nBest', at: '2026-07-09T15:00:00-04:00', sent: SUMMER },
  { text: 'Hi Sam,\n\nOur call is set for Wednesday 9 December at 15:00 GMT+1.\n\nBest', at: '2026-12-09T15:00:00+01:00' },
  { text: 'Hi Sam,\n\nThe interview is at 10:00 UTC−5 on Monday, December 7.\n\nBest', at: '2026-12-07T10:00:00-05:00' },
  { text: 'Hi Sam,\n\nInterview confirmed for Thursday, December 3, 2026 11:00 AM (GMT-05:00) Eastern Time (US & Canada).\n\nBest', at: '2026-12-03T11:00:00-05:00' },
  { text: 'Hi Sam,\n\nInterview confirmed: Friday 4 December at 10am Pacific.\n\nBest', at: '2026-12-04T10:00:00-08:00' },
  { text: 'Dear Sam,\n\nYour technical round is on 3rd December at 11:00 AM IST.\n\nRegards,\nTalent Team', at: '2026-12-03T11:00:00+05:30' },
  { text: 'Hi Sam,\n\nTuesday 8 December 14:00 CET works for us, the interview with Lars is booked.\n\nBest', at: '2026-12-08T14:00:00+01:00' },
  { text: 'Hi Sam,\n\nPlease join us Thursday at 3pm your local time for the interview.\n\nBest', at: '2026-12-03T15:00:00-05:00' },
  { text: 'Hi Sam,\n\nSee you Friday at 10am my time (Pacific).\n\nDan', at: '2026-12-04T10:00:00-08:00' },
  { text: 'Hi Sam,\n\nThe call is at 9am Sydney time on Thursday 3 December.\n\nCheers,\nMia', at: '2026-12-03T09:00:00+11:00' },
  { text: 'Interview: Monday 7 December, 4pm London time. Ask for Priya at the front desk.', at: '2026-12-07T16:00:00Z' },
  { text: 'Hi Sam,\n\nWe will see you at 10:30 Singapore time on Friday 4 December.\n\nBest', at: '2026-12-04T10:30:00+08:00' },
  { text: 'Hi Sam,\n\nYour interview with our CTO is confirmed for 10 December at 16:00 (UTC+2).\n\nBest', at: '2026-12-10T16:00:00+02:00' },
  { text: 'Hi Sam,\n\nWe are meeting on Thursday at 1pm (New York time).\n\nBest', at: '2026-12-03T13:00:00-05:00' },
  { text: 'Hi Sam,\n\nInterview time: 3pm Eastern / 12pm Pacific, Thursday December 3.\n\nBest', at: '2026-12-03T15:00:00-05:00' },
  { text: 'Hi Sam,\n\nYour interview is on Thursday December 3rd at 7pm your time (4pm for us in San Francisco).\n\nBest', at: '2026-12-03T19:00:00-05:00' },
  { text: 'Hi Sam,\n\nThe interview will be Friday at 3:00 p.m. CST.\n\nThanks', at: '2026-12-04T15:00:00-06:00' },
  { text: 'Hi Sam,\n\nYour phone interview: Thursday, Dec 3 at 11 AM Mountain Time.\n\nBest', at: '2026-12-03T11:00:00-07:00' },
  { text: 'Dear Sam,\n\nYour HR round is scheduled on 04-Dec-2026 at 3:00 PM IST.\n\nRegards', at: '2026-12-04T15:00:00+05:30' },
  { text: 'Hi Sam,\n\nYour video interview: 7 Dec 2026, 18:00 AEDT.\n\nCheers', at: '2026-12-07T18:00:00+11:00' },
  { text: 'Hi Sam,\n\nInterview booked for Thursday 3/12 at 10am (Sydney time).\n\nCheers,\nJess', at: '2026-12-03T10:00:00+11:00', zone: 'Australia/Sydney' },
  { text: 'Hi Sam,\n\nWe will call you at 8am Thursday (Eastern) on the number you gave us.\n\nBest', at: '2026-12-03T08:00:00-05:00' },
  { text: 'Hi Sam,\n\nThank you for confirming. Your second interview is booked for Friday 4 December at 13:30 (Berlin time).\n\nBest', at: '2026-12-04T13:30:00+01:00' },
  { text: 'Hi Sam,\n\nQuick note to confirm we are on for 2pm tomorrow, Pacific time.\n\nBest', at: '2026-12-02T14:00:00-08:00' },
  { text: 'Interview – Wed 2 Dec – 16:00 CET – Google Meet', at: '2026-12-02T16:00:00+01:00' },
  { text: 'Hi Sam,\n\nInterview scheduled: 2026-12-09 14:00 (America/Chicago).\n\nBest', at: '2026-12-09T14:00:00-06:00' },
  { text: 'Hi Sam,\n\nYour interview is on Friday, July 10 at 11am ET.\n\nBest', at: '2026-07-10T11:00:00-04:00', sent: SUMMER },
  { text: 'Hi Sam,\n\nConfirmed: Monday 13 July, 2pm Pacific.\n\nBest', at: '2026-07-13T14:00:00-07:00', sent: SUMMER },
  { text: 'Hi Sam,\n\nYour interview: Thursday 9 July at 10:00 BST.\n\nBest', at: '2026-07-09T10:00:00+01:00', sent: SUMMER, zone: 'Europe/London' },
  // The zone on another line.
  { text: 'Hi Sam,\n\nYour interview is confirmed for Thursday, December 3 at 2:00 PM.\nAll times are in Central Time.\n\nBest', at: '2026-12-03T14:00:00-06:00' },
  { text: 'Hi Sam,\n\nWe have booked Wednesday 9 December at 11:00 for your onsite.\n\n(All times above are Pacific.)\n\nBest', at: '2026-12-09T11:00:00-08:00' },
  // Tables and labelled blocks.
  { text: 'Hi Sam,\n\nHere are the details:\n\nDate: Thursday, 3 December 2026\nTime: 11:00 – 12:00 (EST)\nWhere: Zoom (link below)\n\nBest', at: '2026-12-03T11:00:00-05:00' },
  { text: 'Hi Sam,\n\nDate: Wed 9 Dec\nTime: 2.30pm GMT\nLocation: 10 King St, London\n\nSee you there', at: '2026-12-09T14:30:00Z' },
  { text: 'Hi Sam,\n\nStage | Day | Time | Format\nInterview | Thursday 3 Dec | 13:00 PT | Video\n\nBest', at: '2026-12-03T13:00:00-08:00' },
  { text: 'Hi Sam,\n\nTime: 10:00-10:30 a.m. PST\nDate: Thursday, December 10\n\nBest', at: '2026-12-10T10:00:00-08:00' },
  { text: 'Hi Sam,\n\nOnsite interview\nDate: 12/09/2026\nTime: 9:00 AM – 1:00 PM CT\nWhere: 500 W Madison St, Chicago\n\nBest', at: '2026-12-09T09:00:00-06:00' },
  // Tool blocks.
  { text: 'Hi Sam,\n\nYour interview with Contoso is scheduled for Thursday, December 3, 2026 at 10:00 AM Eastern Time.\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 245 318 776 912\nPasscode: aB3xYz\n', at: '2026-12-03T10:00:00-05:00' },
  { text: 'Jane Smith is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview - Sam Seeker\nTime: Dec 3, 2026 02:00 PM Pacific Time (US and Canada)\n\nJoin Zoom Meeting\nhttps://zoom.us/j/98765432101?pwd=abc\n\nMeeting ID: 987 6543 2101\nPasscode: 123456', at: '2026-12-03T14:00:00-08:00' },
  { text: 'Interview with Sam Seeker\nThursday, December 3 · 3:00 – 3:45pm\nTime zone: America/New_York\nGoogle Meet joining info\nVideo call link: https://meet.google.com/abc-defg-hij\nOr dial: (US) +1 563-123-4567 PIN: 123 456 789#', at: '2026-12-03T15:00:00-05:00' },
  { text: 'When: Friday, December 4, 2026 9:00 AM-10:00 AM (UTC-08:00) Pacific Time (US & Canada).\nWhere: Microsoft Teams Meeting\n\nHi Sam, looking forward to it.', at: '2026-12-04T09:00:00-08:00' },
  { text: 'Hi Jane,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Interview\nInvitee: Sam Seeker\nEvent Date/Time: 01:00pm - 01:30pm (Eastern Time - US & Canada) Thursday, December 3, 2026\n', at: '2026-12-03T13:00:00-05:00' },
  { text: 'Your interview has been scheduled!\n\nFriday, December 4, 2026\n11:00 AM - 12:00 PM EST\n\nInterviewers: Dana Lee, Omar Haddad\n', at: '2026-12-04T11:00:00-05:00' },
  { text: 'Your event has been scheduled\n\nWhat: Technical Interview between Acme and Sam Seeker\nWhen: Wednesday, December 9, 2026 | 4:00pm - 5:00pm (Europe/London)\n', at: '2026-12-09T16:00:00Z' },
  { text: 'Your booking is confirmed\n\nPhone Screen\n12/8/2026 1:30 PM (UTC-05:00) Eastern Time (US & Canada)\nDuration: 30 minutes\n', at: '2026-12-08T13:30:00-05:00' },
  // Reminders.
  { text: 'Hi Sam,\n\nReminder: your interview is tomorrow at 10am ET.\n\nBest', at: '2026-12-02T10:00:00-05:00' },
  { text: 'Hi Sam,\n\nJust a reminder that we are speaking later today at 3pm.\n\nBest', at: '2026-12-01T15:00:00-05:00' },
  { text: 'Hi Sam,\n\nYour final round is in 2 days at 1pm ET.\n\nBest', at: '2026-12-03T13:00:00-05:00' },
  { text: 'Hi Sam,\n\nSee you tomorrow at 2!\n\nBen', at: '2026-12-02T14:00:00-05:00' },
  // Reschedules: the new time wins.
  { text: 'Hi Sam,\n\nUnfortunately we need to move your interview from Thursday at 2pm to Friday at 11am ET.\n\nSorry for the change,\nLee', at: '2026-12-04T11:00:00-05:00' },
  { text: 'Hi Sam,\n\nYour interview originally scheduled for Dec 3 at 10am has been rescheduled to Dec 4 at 3pm Eastern.\n\nBest', at: '2026-12-04T15:00:00-05:00' },
  { text: 'Hi Sam,\n\nUpdated time: Monday 7 December, 9:00 AM PT (previously Friday 4 December, 1:00 PM PT).\n\nBest', at: '2026-12-07T09:00:00-08:00' },
  // Confirmations of a slot the candidate picked.
  { text: 'Great, see you Wednesday at 2 then!\n\nBen', at: '2026-12-02T14:00:00-05:00' },
  { text: 'Hi Sam,\n\nThanks for picking a slot: you are confirmed for Thursday 3 December at 4:30pm Eastern.\n\nBest', at: '2026-12-03T16:30:00-05:00' },
  { text: 'Hi Sam,\n\nPerfect, Friday at 10 works. I will send the invite.\n\nBest', at: '2026-12-04T10:00:00-05:00' },
  { text: 'Hi Sam,\n\nConfirmed for 11am ET Thursday, Teams link to follow.\n\nBest', at: '2026-12-03T11:00:00-05:00' },
  { text: 'Hi Sam,\n\nYou are all set for the hiring manager chat on Tuesday, December 8 at 12:30 PM ET.\n\nBest', at: '2026-12-08T12:30:00-05:00' },
  { text: 'Hi Sam,\n\nYour Zoom interview is on Wed, Dec 2nd @ 3:30 PM EST.\n\nBest', at: '2026-12-02T15:30:00-05:00' },
];

const UNTIMED: readonly Row[] = [
  { text: 'Hi Sam,\n\nOur office hours are 9am-5pm Monday to Friday. We will review your application and get back to you.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nBefore the interview, please complete the assessment by Friday, December 4 at 11:59 PM ET.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nThanks for applying! We aim to respond within 24 hours.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nThank you for your application submitted on 11/28/2026 at 3:42 PM.\n\nRecruiting', at: null },
  { text: 'Senior Engineer at Acme\nPosted 3 days ago · 45 applicants\nView job', at: null },
  { text: 'Hi Sam,\n\nWe will be in touch about next steps.\n\nYou received this email at 9:14 AM on Tue, Dec 1, 2026. Unsubscribe.', at: null },
  { text: 'Thanks Sam, I will pass this on.\n\nOn Mon, Nov 30, 2026 at 4:05 PM Sam Seeker <sam@example.net> wrote:\n> Hi, just following up on my application.', at: null },
  { text: 'Warehouse Associate\nAvailability: 9-5 weekdays required.\nApply now.', at: null },
  { text: 'Hi Sam,\n\nCall us on 0800 123 4567 or +1 (212) 555-0199 with any questions.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nSalary: $120,000 - $140,000 per year + 10% bonus.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nOur candidate support team is available 24/7.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nA minimum GPA of 3.5 is required for the graduate programme.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nExperience with Node 20.11 and Python 3.12 is preferred.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nWe expect to fill the role in Q3 and will be in touch.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nThe interview process usually takes 2-3 weeks.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nCould you do any of these? Thursday 3 Dec at 10am, Thursday at 2pm, or Friday 4 Dec at 11am ET. Let me know which works.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nPlease pick an interview time that suits you using this link: https://calendly.com/acme-recruiting/30min\n\nBest', at: null },
  { text: 'Hi Sam,\n\nThank you for interviewing with us on Monday at 2pm. The team enjoyed meeting you.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nThanks for your time yesterday at 3pm, we will be in touch next week.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nShift: 7:00-15:30, Monday-Friday. Full-time, 40 hours per week.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nInterviews will take place during the week of December 14.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nThe position closes on 15 December 2026 at 5pm.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nPlease reply with your availability for an interview next week between 9am and 5pm ET.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nRequisition 2026-1130 · Location: Austin, TX 78701\n\nBest', at: null },
  { text: 'Sounds good, thanks.\n\nSent from my iPhone\n\n-----Original Message-----\nFrom: Recruiting\nSent: Tuesday, December 1, 2026 8:12 AM\nTo: Sam\nSubject: Your application', at: null },
  { text: 'Hi Sam,\n\nWe received your application at 14:03 today.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nThis job requires working 12-hour shifts, 3 days a week.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nOur recruiting team is in the office 8:30-4:30 CT if you have questions.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nYour interview has been cancelled. It was scheduled for Thursday at 2pm; we will reach out to find a new time.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nApply by 12/15. Start date: January 4, 2027.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nSpeak Thursday at 4pm my time!\n\nAna', at: null },
  { text: 'Hi Sam,\n\nBenefits: 401(k) match up to 6%, 25 days PTO, 1:1 coaching.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nWe are hiring for 3 shifts: 6-2, 2-10, 10-6.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nRated 4.5/5 by 1,200 employees. Open 7 days a week, 10am-10pm.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nIdeally you would start 1/4/2027.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nTimes available to book: Mon 9:00, Mon 11:00, Tue 15:00. Book via https://acme.goodtime.io/book/abc\n\nBest', at: null },
];

it('holds at least 80 timed and 30 untimed sentences', () => {
  expect(TIMED.length).toBeGreaterThanOrEqual(80);
  expect(UNTIMED.length).toBeGreaterThanOrEqual(30);
});

const DEFAULTS = { sent: WINTER, zone: USER_ZONE, offsets: false } as const;
timeTable('an interview time stated in the mail', TIMED, DEFAULTS);
timeTable('job mail with time-like text and no interview time', UNTIMED, DEFAULTS);
