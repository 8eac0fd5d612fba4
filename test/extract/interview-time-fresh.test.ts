import { expect, it } from 'vitest';
import { timeTable, type TimeRow as Row } from './interview-time-table.ts';

/**
 * Fresh voices for the interview time (issue #10), written before reading the time code: short
 * mails from hiring managers, HR in several countries, agencies and scheduling tools, each with
 * the one confirmed instant it states (its offset is the zone the time is read in), or null when
 * it states no confirmed interview time (choices, deadlines, events, past interviews, start dates).
 * Every mail is read as interview mail, the hardest case for the untimed half, as written and
 * hard-wrapped at 60 columns.
 */

// 2026-12-01 is a Tuesday; 14:00Z is 9am in New York.
const SENT = '2026-12-01T14:00:00Z';
const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';

const TIMED: readonly Row[] = [
  // Hiring managers, texting style.
  { text: 'hey sam, locked in for tmrw 11am. i\'ll call your cell.\n-dave', at: '2026-12-02T11:00:00-05:00' },
  { text: 'Sam! thurs @ 4 still good on my end, see ya then', at: '2026-12-03T16:00:00-05:00' },
  { text: 'k cool. 2pm thurs. ill send a zoom', at: '2026-12-03T14:00:00-05:00' },
  { text: 'Hi Sam – quick one: we\'re good for tomorrow 9am Pacific. Same Zoom link as before.\n– Alex', at: '2026-12-02T09:00:00-08:00' },
  { text: 'Hi Sam,\n\nConfirming this coming Tues at 1pm PT for your chat with our VP Eng.\n\nThx,\nRyan', at: '2026-12-08T13:00:00-08:00', sent: '2026-12-03T17:00:00Z' },
  // HR in the UK, Ireland, India, Australia, Singapore, Germany, the Netherlands, South Africa, Canada.
  { text: 'Dear Sam,\n\nFurther to our conversation, I am pleased to confirm your interview on Wednesday 9th December at 11.00am at our Reading office.\n\nKind regards,\nHannah', at: '2026-12-09T11:00:00+00:00', zone: LONDON },
  { text: 'Hi Sam,\n\nJust confirming your interview for Friday the 4th at half two in our Dublin office on Baggot Street.\n\nThanks a million,\nAoife', at: '2026-12-04T14:30:00+00:00', zone: 'Europe/Dublin' },
  { text: 'Dear Candidate,\n\nYour technical interview has been scheduled on 07/12/2026 at 11:30 AM IST. Kindly join 5 minutes before the scheduled time.\n\nThanks & Regards,\nHR Team', at: '2026-12-07T11:30:00+05:30', zone: 'Asia/Kolkata' },
  { text: 'Dear Sam,\n\nGreetings! Your F2F interview is scheduled on 10-Dec-2026 at 10:30 hrs at our Bengaluru campus. Please carry a copy of your resume.\n\nRegards,\nTA Team', at: '2026-12-10T10:30:00+05:30', zone: 'Asia/Kolkata' },
  { text: 'Hi Sam,\n\nThanks for your time on the phone. We\'ve locked you in for Thursday 10/12 at 2pm AEDT with Kylie and Raj.\n\nCheers,\nBec', at: '2026-12-10T14:00:00+11:00', zone: 'Australia/Sydney' },
  { text: 'Hi Sam,\n\nLunch with the team is set: Friday 11/12 at noon, our Melbourne office.\n\nCheers,\nLiam', at: '2026-12-11T12:00:00+11:00', zone: 'Australia/Melbourne' },
  { text: 'Hi Sam,\n\nPlease be informed that your interview is fixed on 8 Dec (Tue), 3.30pm SGT, at our office at Raffles Place.\n\nThank you.\nBest Regards,\nWei Ling', at: '2026-12-08T15:30:00+08:00', zone: 'Asia/Singapore' },
  { text: 'Hallo Sam,\n\nthank you for your application. We would like to invite you to a video interview on Tuesday, 08.12.2026, at 15:30 o\'clock.\n\nBest regards\nJonas Weber', at: '2026-12-08T15:30:00+01:00', zone: 'Europe/Berlin' },
  { text: 'Hi Sam,\n\nWe confirm your interview on Wednesday, 9 December at 16:30 at our Berlin office.\n\nBest regards\nKatrin', at: '2026-12-09T16:30:00+01:00', zone: 'Europe/Berlin' },
  { text: 'Hi Sam,\n\nAs discussed, your second interview is on Monday 7 December from 13:00 till 14:00 at our Utrecht office.\n\nMet vriendelijke groet,\nSanne', at: '2026-12-07T13:00:00+01:00', zone: 'Europe/Amsterdam' },
  { text: 'Good day Sam,\n\nKindly note that your interview has been scheduled for Thursday, 3 December 2026 at 10h00 SAST via MS Teams.\n\nKind regards\nThandi', at: '2026-12-03T10:00:00+02:00', zone: 'Africa/Johannesburg' },
  { text: 'Dear Sam,\n\nWe confirm the interview on Thursday 10 December at 14h00 (Johannesburg time).\n\nRegards', at: '2026-12-10T14:00:00+02:00' },
  { text: 'Hi Sam,\n\nYou\'re confirmed for a phone interview Wednesday, December 9 at 1:30 p.m. Mountain. Talk soon!\n\nJen', at: '2026-12-09T13:30:00-07:00', zone: 'America/Edmonton' },
  { text: 'Hi Sam,\n\nYour interview is confirmed for Thursday, December 10 at 10:00 a.m. (Toronto time).\n\nBest regards,\nMarie', at: '2026-12-10T10:00:00-05:00', zone: 'America/Vancouver' },
  // Agencies.
  { text: 'Hi Sam,\n\nGreat news – the client would like to meet you! I\'ve confirmed Thursday 3rd at 10:30 with their Head of Engineering. Address to follow.\n\nSpeak soon,\nMark\nSenior Consultant, Brightpath Recruitment', at: '2026-12-03T10:30:00+00:00', zone: LONDON },
  { text: 'Hey Sam – client confirmed! You\'re meeting Dana at 10:30 Fri. Call me after?\n\n-Jess (TalentBridge)', at: '2026-12-04T10:30:00-05:00' },
  // Scheduling tools, as plain text.
  { text: 'Hi Sam Seeker,\n\nYour 45 Minute Interview with Priya Nair at Fabrikam is scheduled.\n\nEvent Type:\n45 Minute Interview\n\nDate/Time:\n11:00am - 11:45am (Pacific Time - US & Canada)\nMonday, December 7, 2026\n\nLocation:\nThis is a Zoom web conference.\n\nNeed to make changes to this event?\nCancel\nReschedule', at: '2026-12-07T11:00:00-08:00' },
  { text: 'Hi Sam,\n\nHere\'s the link for Thursday.\n\nTopic: Fabrikam x Sam – Technical Interview\nTime: Dec 10, 2026 09:30 AM Central Time (US and Canada)\nJoin Zoom Meeting\nhttps://fabrikam.zoom.us/j/81234567890\n\nMeeting ID: 812 3456 7890', at: '2026-12-10T09:30:00-06:00' },
  { text: 'Interview – Sam Seeker / Data Analyst\nWhen: Tuesday, 8 December 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting\n\nMicrosoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the meeting', at: '2026-12-08T14:00:00+00:00' },
  { text: 'Invitation: Sam Seeker <> Tailspin | Hiring Manager @ Wed Dec 9, 2026 2pm - 2:45pm (EST) (sam.seeker@example.net)\n\nJoin with Google Meet\nmeet.google.com/xyz-abcd-efg\n\nView all guest info', at: '2026-12-09T14:00:00-05:00' },
  { text: 'Hi Sam,\n\nYour interview with Tailspin Toys has been scheduled. Please find the details below.\n\nInterview Schedule\nFriday, December 11, 2026\n10:00 AM – 10:45 AM EST  Coding exercise with Omar Haddad\n10:45 AM – 11:30 AM EST  System design with Lena Fischer\n\nIf you need to reschedule, reply to this email.', at: '2026-12-11T10:00:00-05:00' },
  { text: 'Hi Sam,\n\nYou\'re all set! Here are the details for your upcoming interview with Northwind.\n\nOnsite Interview\nThu, Dec 10, 2026\n1:00 PM - 4:00 PM PST\n\nLocation: 100 Market St, San Francisco\n\nSee you soon!', at: '2026-12-10T13:00:00-08:00' },
  { text: 'Hi Sam,\n\nThank you for scheduling your interview with Contoso. Your interview is confirmed for the following time:\n\nMonday, December 14th, 2026\n9:00 am - 10:00 am Eastern Time (US & Canada)\n\nInterviewer: Chris Park', at: '2026-12-14T09:00:00-05:00' },
  { text: 'Accepted: Interview – Sam Seeker\n\nWhen: Wednesday, December 9, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).\nWhere: Conference Room 4B', at: '2026-12-09T10:00:00-06:00' },
  // Reminders.
  { text: 'Hi Sam,\n\nFriendly reminder of your interview today at 4:15pm. Dial-in details are in the original invite.\n\nThanks,\nTalent Team', at: '2026-12-01T16:15:00-05:00' },
  { text: 'Hi Sam,\n\nJust a heads-up that your on-site with the platform team is on Monday at 9:45am. Please bring a photo ID to reception.\n\nBest,\nNina', at: '2026-12-07T09:45:00-05:00', sent: '2026-12-04T15:00:00Z' },
  // Reschedules: the new time wins.
  { text: 'Hi Sam,\n\nApologies, our interviewer is out sick, so we have moved your interview from Wednesday 2pm to Thursday 3 December at 10am ET.\n\nSorry again,\nPaula', at: '2026-12-03T10:00:00-05:00' },
  { text: 'Hi Sam,\n\nNew time: Friday 11 December, 15:00 GMT. (This replaces the Wednesday 9 December 11:00 slot.)\n\nBest,\nOlivia', at: '2026-12-11T15:00:00+00:00', zone: LONDON },
  { text: 'Hi Sam,\n\nYour interview has been rescheduled.\n\nPrevious time: Thursday, December 3, 2026 2:00 PM EST\nNew time: Friday, December 4, 2026 11:30 AM EST\n\nSorry for any inconvenience.', at: '2026-12-04T11:30:00-05:00' },
  // Ranges, 24-hour clocks, "half two", day-first and month-first dates.
  { text: 'Hi Sam,\n\nInterview confirmed: Tuesday 8 December, 14:00–15:00 CET, on Google Meet.\n\nGroeten,\nPieter', at: '2026-12-08T14:00:00+01:00' },
  { text: 'Hi Sam,\n\nBrilliant – half two on Friday it is. I\'ll meet you in reception.\n\nCheers,\nTom', at: '2026-12-04T14:30:00+00:00', zone: LONDON },
  { text: 'Hi Sam,\n\nYour interview is confirmed for 12/9 at 3pm ET.\n\nBest,\nKaren', at: '2026-12-09T15:00:00-05:00' },
  { text: 'Hi Sam,\n\nYour interview is confirmed for 9/12 at 3pm.\n\nKind regards,\nLucy', at: '2026-12-09T15:00:00+00:00', zone: LONDON },
  { text: 'Hi Sam,\n\nYou\'re booked in on Wed 16 Dec at 10am for the final round.\n\nBest,\nGreg', at: '2026-12-16T10:00:00-05:00' },
  // Zones on the next line, in a table cell, across a daylight-saving gap.
  { text: 'Hi Sam,\n\nConfirmed for Monday 14 December, 3:30 PM\n(Pacific Time)\n\nWe\'ll send the Zoom link the day before.\n\nBest,\nAnita', at: '2026-12-14T15:30:00-08:00' },
  { text: 'Hi Sam,\n\nYour schedule:\n\n| Date | Start | Time zone | Interviewer |\n|---|---|---|---|\n| Thu 10 Dec | 10:00 | CET | Lars Eriksen |\n\nBest,\nRecruiting', at: '2026-12-10T10:00:00+01:00' },
  { text: 'Hi Sam,\n\nThanks for confirming. See you on Thursday 16 July at 2pm at our Bristol office.\n\nBest wishes,\nEmma', at: '2026-07-16T14:00:00+01:00', zone: LONDON, sent: '2026-07-07T13:00:00Z' },
  { text: 'Hi Sam,\n\nYour interview with our London team is on Wednesday 18 March at 3pm UK time.\n\nBest', at: '2026-03-18T15:00:00+00:00', sent: '2026-03-16T14:00:00Z' },
];

const UNTIMED: readonly Row[] = [
  // A choice of slots, or a question.
  { text: 'Hi Sam,\n\nAre you free Tue 3pm or Wed 10am for a quick chat with the hiring manager?\n\nThanks,\nMolly', at: null },
  { text: 'Hi Sam,\n\nThe panel has the following availability – please choose one:\n• Monday 7 Dec, 10:00–11:00 GMT\n• Tuesday 8 Dec, 14:00–15:00 GMT\n• Wednesday 9 Dec, 09:30–10:30 GMT\n\nBest,\nHR', at: null, zone: LONDON },
  { text: 'Hi Sam,\n\nWould 10:00 or 14:00 on Friday suit you better? Let me know and I\'ll send the invite.\n\nBest,\nMaarten', at: null, zone: 'Europe/Amsterdam' },
  { text: 'Hi Sam,\n\nHow does Thursday at 2pm ET look for a first call?\n\nBest,\nKelsey', at: null },
  { text: 'Hi Sam,\n\nWe would like to invite you to interview. Our available times are Thursday 10:00, 11:30 or 15:00 (CET). Which suits you?\n\nBest regards', at: null },
  { text: 'Hi Sam,\n\nThe client has asked for your availability next week. They are flexible on Tuesday after 1pm or Wednesday before 11am.\n\nCheers,\nMark', at: null },
  { text: 'Hi Sam,\n\nPlease book a 30-minute slot with me using my calendar: https://calendly.com/jdoe/30min. Slots available Mon–Fri, 9am–5pm PT.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nCould you send me a few times that work for you between Tuesday and Thursday, 9am–6pm CET?\n\nDanke,\nJulia', at: null },
  { text: 'Hi Sam,\n\nOur interviewers are based in Singapore, so slots are usually 9am–11am SGT. I\'ll propose some options shortly.\n\nBest', at: null },
  // Not confirmed yet.
  { text: 'Hi Sam,\n\nThanks for suggesting Thursday at 11am. Let me check with the hiring manager and get back to you to confirm.\n\nBest,\nPriya', at: null },
  { text: 'Hi Sam,\n\nWe are tentatively looking at Wednesday afternoon, maybe 3pm, but I need to confirm with the panel first. I\'ll send a calendar invite once it\'s locked.\n\nThanks', at: null },
  { text: 'Hi Sam,\n\nOne of our team will give you a call on Thursday sometime between 10am and 2pm to have an initial chat.\n\nCheers', at: null, zone: 'Australia/Sydney' },
  // Deadlines and reply-by times.
  { text: 'Hi Sam,\n\nAs the next step, please submit the take-home task by 5pm Friday.\n\nGood luck!\nTheo', at: null },
  { text: 'Hi Sam,\n\nPlease reply by 12pm on Thursday to let us know whether you\'d like to proceed.\n\nBest,\nHR', at: null },
  { text: 'Hi Sam,\n\nYou have been invited to complete a HackerRank assessment. The test link expires on 10 December 2026 at 23:59 UTC.\n\nGood luck', at: null },
  { text: 'Hi Sam,\n\nCould you confirm your availability by end of day Friday (5pm ET)?\n\nThanks', at: null },
  { text: 'Dear Sam,\n\nPlease sign and return the offer letter by 5:00pm on Wednesday 9 December.\n\nKind regards', at: null, zone: LONDON },
  { text: 'Hi Sam,\n\nPlease choose your assessment centre date before Friday 4 December at 12:00. Sessions run at 09:00 and 13:30 on 14, 15 and 16 December.\n\nBest', at: null, zone: LONDON },
  { text: 'Hi Sam,\n\nThank you for interviewing today. We\'ll be in touch by 5pm Friday with an update.\n\nBest', at: null },
  // Office hours, events, webinars, fairs, newsletters.
  { text: 'Hi Sam,\n\nIf you have any questions, our recruitment team holds drop-in office hours every Wednesday from 2pm to 4pm GMT.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nJoin our live Q&A webinar "Life at Contoso" on Thursday 10 December at 6pm ET. Register here: https://contoso.example/webinar\n\nThe Careers Team', at: null },
  { text: 'Dear Sam,\n\nWe are holding a graduate open day on Saturday 12 December, 10am–3pm, at our Leeds campus. Everyone is welcome – no need to book.\n\nKind regards', at: null, zone: LONDON },
  { text: 'Hi Sam,\n\nCome meet us at the Tech Careers Fair, Booth 14, on Wednesday 9 December from 11am to 5pm!\n\nCheers', at: null },
  { text: 'Contoso Careers Newsletter – December\n\nEvents: Meet the engineers, Tuesday 15 December at 5:30pm PT, online.\nRead our blog: how we hire.\n\nUnsubscribe', at: null },
  { text: 'Hi Sam,\n\nYou\'re registered! Women in Data Meetup – Wednesday 16 December, doors open 6:30pm, talks start 7pm. See you there!\n\nThe Events Team', at: null },
  { text: 'This week at Acme: Town hall Thursday 3pm PT. New roles posted: Data Engineer, PM.\n\nYou are receiving this because you subscribed.', at: null },
  { text: 'New jobs for you\n\nBarista – Cafe Nero\nShifts: Mon–Fri 6am–2pm or 2pm–10pm\n\nStore Assistant – Tesco\nEarly shift 5:00–13:00\n\nView all jobs', at: null, zone: LONDON },
  { text: 'Hi Sam,\n\nPlease note our office closes at 1pm on Thursday 24 December for the holidays, so replies may be slow.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nI\'m out of office until Monday 7 December at 9am. For urgent matters contact recruiting@acme-corp.com.\n\nBest', at: null },
  // Interviews in the past.
  { text: 'Hi Sam,\n\nThanks for your time on Monday at 2 – it was great to chat. We\'ll come back to you by the end of the week.\n\nBest,\nDan', at: null },
  { text: 'Dear Sam,\n\nThank you for attending the interview on Thursday 26 November at 10am. Unfortunately we have decided not to proceed.\n\nKind regards', at: null },
  { text: 'Hi Sam,\n\nGreat speaking with you yesterday at 4pm. As promised, here is the job description.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nJust following up after your interview this morning at 10:30. The team will meet on Friday to discuss.\n\nBest', at: null, sent: '2026-12-01T19:00:00Z' },
  { text: 'Hi Sam,\n\nI\'m sorry, but we have to cancel tomorrow\'s 10am interview as the role has been put on hold.\n\nRegards,\nMark', at: null },
  // Start dates and working hours.
  { text: 'Dear Sam,\n\nWe are delighted to offer you the position. Your start date will be Monday 4 January 2027 at 9:00am, reporting to Sarah.\n\nCongratulations!', at: null },
  { text: 'Hi Sam,\n\nWelcome aboard! Your first day is Monday 7 December; please arrive at 8:30am for induction.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nA quick note on the role: it starts 9am Mondays and the team works a 4-day week.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nIn the role you\'d join our daily stand-up at 9:30 and the weekly planning session at 2pm on Mondays.\n\nBest', at: null },
  { text: 'Hi Sam,\n\nThe role is remote but requires overlap with US Eastern hours, 10am–2pm ET.\n\nBest', at: null },
  // Times the mail itself was sent or received.
  { text: 'Hi Sam,\n\nWe received your application on 1 December 2026 at 09:12 GMT. Our team will review it shortly.\n\nThanks', at: null },
  { text: 'Sent: Tuesday, 1 December 2026 09:41\n\nHi Sam, thanks for your message, I\'ll pass it on to the hiring team. Regards, Ellie', at: null, zone: LONDON },
];

it('holds at least 40 timed and 40 untimed mails', () => {
  expect(TIMED.length).toBeGreaterThanOrEqual(40);
  expect(UNTIMED.length).toBeGreaterThanOrEqual(40);
});

const DEFAULTS = { sent: SENT, zone: NEW_YORK, offsets: true } as const;
timeTable('a confirmed interview time in a fresh voice', TIMED, DEFAULTS);
timeTable('fresh job mail with no confirmed interview time', UNTIMED, DEFAULTS);
