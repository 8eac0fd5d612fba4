import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../shared/bench/reading-eml.ts';
import { readBody } from '../../shared/extract/body-text.ts';
import { extract } from '../../shared/extract/index.ts';
import { findInterviewTime } from '../../shared/extract/text-time.ts';
import { message } from './message-builder.ts';

// 2026-11-05 is a Thursday; 15:00Z is mid-morning in New York.
const SENT = '2026-11-05T15:00:00Z';
const USER_ZONE = 'America/New_York';

/** The interview time read from a body, as written and hard-wrapped at 72 columns: both must agree. */
function timeOf(text: string, options: { date?: string; subject?: string; zone?: string } = {}): string | null {
  const read = (body: string) =>
    extract(message({ date: options.date ?? SENT, subject: options.subject ?? '', text: body }), { timeZone: options.zone ?? USER_ZONE, kind: 'interview' }).interview.at;
  const flat = read(text);
  expect(read(hardWrap(text)), 'hard-wrapped at 72 columns').toBe(flat);
  return flat;
}

const FAMILIES: readonly { readonly name: string; readonly text: string; readonly at: string | null }[] = [
  {
    name: 'a zone wrapped onto the next line',
    text: 'Hello Sam,\n\nThank you for your patience. The panel has now been confirmed for Thursday, November 12 at 2:00 PM\nEastern Time.\n\nBest,\nRuth',
    at: '2026-11-12T14:00:00-05:00',
  },
  {
    name: 'a reminder for tomorrow with a zone abbreviation',
    text: 'Hi Sam,\n\nQuick reminder that your conversation with our data team is tomorrow at 1:30pm EST. The dial-in details are unchanged from the original invite, and you can reach me on this thread if anything comes up beforehand.\n\nRuth',
    at: '2026-11-06T13:30:00-05:00',
  },
  {
    name: '"Monday the 9th" placed in the month where the 9th is a Monday, not on the mail\'s date',
    text: 'Sam, we would be glad to host you Monday the 9th at 10:30am Eastern at our Albany office for the second round.',
    at: '2026-11-09T10:30:00-05:00',
  },
  {
    name: '"next Tuesday" and "this Friday"',
    text: 'Your screening call is booked for next Tuesday at 9am PT with our recruiter.',
    at: '2026-11-10T09:00:00-08:00',
  },
  {
    name: 'a range, read from its start',
    text: 'Good news: I managed to lock in 3–4 pm CT on Monday with the director, who had a gap in her week.',
    at: '2026-11-09T15:00:00-06:00',
  },
  {
    name: 'one pencilled slot in a "could you join us" invitation',
    text: 'Dear Sam,\n\nCould you join us on Tuesday 10 November at 11:00am UK time for a first chat with two of the partners? It will last about half an hour.\n\nKind regards,\nOlwen',
    at: '2026-11-10T11:00:00+00:00',
  },
  {
    name: 'one slot asked with a placeholder already sent',
    text: 'Hi Sam, would this Friday at 4pm (your time) work for a short intro? I have put a placeholder in your calendar; if it does not suit, just say and I will move it.',
    at: '2026-11-06T16:00:00-05:00',
  },
  {
    name: 'a reschedule: the new time wins over the old one',
    text: 'Hi Sam,\n\nOur interviewer is travelling, so we have moved your interview from Tuesday, November 10 at 10am ET to Wednesday, November 11 at 1pm ET. Everything else stays the same.\n\nBest,\nRuth',
    at: '2026-11-11T13:00:00-05:00',
  },
  {
    name: 'a reschedule written as two labelled lines',
    text: 'Hi Sam,\n\nApologies for the change.\n\nPrevious time: Tuesday, 10 Nov 2026, 18:00 CET\nUpdated time: Thursday, 12 Nov 2026, 17:30 CET\n\nPlease reply to confirm.',
    at: '2026-11-12T17:30:00+01:00',
  },
  {
    name: 'a Calendly confirmation with the time above the date',
    text: 'A new event has been scheduled.\n\nEvent Type:\nScreening call\n\nEvent Date/Time:\n9:30am - 10:00am (Pacific Time - US & Canada)\nFriday, November 13, 2026\n\nReschedule: https://calendly.com/reschedulings/abc123',
    at: '2026-11-13T09:30:00-08:00',
  },
  {
    name: 'a Zoom invitation',
    text: 'Ruth Abara is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview - Sam Seeker\nTime: Nov 16, 2026 11:00 AM Mountain Time (US and Canada)\n\nJoin Zoom Meeting\nhttps://example.zoom.us/j/5550100',
    at: '2026-11-16T11:00:00-07:00',
  },
  {
    name: 'a Google Calendar invitation with the zone on its own line',
    text: 'Sam / Brightwell - technical interview\nMonday Nov 16, 2026 ⋅ 3pm – 4pm\nCentral European Time - Berlin\n\nJoin with Google Meet\n\nInvitation from Google Calendar',
    at: '2026-11-16T15:00:00+01:00',
  },
  {
    name: 'an Outlook or Teams invitation with an offset and a Windows-style name',
    text: 'Microsoft Teams meeting\n\nWhen: Tuesday, November 17, 2026 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada).\n\nClick here to join the meeting',
    at: '2026-11-17T10:00:00-08:00',
  },
  {
    name: 'an ATS confirmation block (Greenhouse, GoodTime, Lever, Ashby)',
    text: 'Your interview has been scheduled.\n\nDate: Wednesday, November 18, 2026\nTime: 9:00 AM - 9:45 AM SGT\nInterviewers: Wen Li, Arjun Rao',
    at: '2026-11-18T09:00:00+08:00',
  },
  {
    name: 'a zone declared for the whole mail',
    text: 'Hi Sam,\n\nYou are confirmed for Thursday, November 12 at 10:00.\n\nAll times in this email are Pacific Time.',
    at: '2026-11-12T10:00:00-08:00',
  },
  {
    name: 'a numeric date whose weekday shows it is day-first',
    text: 'Interview slot confirmed: Thu 12/11 at 14:00 GMT, at our Leeds office.',
    at: '2026-11-12T14:00:00Z',
  },
  {
    name: 'a weekday with the day of the month in brackets',
    text: 'The final round will be on Wednesday (18th) from 2:00-3:00pm EST at the studio.',
    at: '2026-11-18T14:00:00-05:00',
  },
  {
    name: '"your time" said without brackets',
    text: "Thanks Sam, we're all set for Tuesday at 11am your time.",
    at: '2026-11-10T11:00:00-05:00',
  },
  {
    name: 'a country\'s clock named in words',
    text: 'Your call is booked for Tuesday at 10am (Irish time) with our Dublin team.',
    at: '2026-11-10T10:00:00+00:00',
  },
  {
    name: 'an invitation the sender says was sent',
    text: "Hi Sam, I've sent over an invite for Thursday 12th November at 11:00 GMT.",
    at: '2026-11-12T11:00:00Z',
  },
  {
    name: 'the interview noun inside the mention, after an arrival time',
    text: 'Please arrive by 9:45am for your 10am interview on Thursday, November 12, and bring photo ID to reception.',
    at: '2026-11-12T10:00:00-05:00',
  },
  {
    name: 'a time line above its date line, with an offset and a city list',
    text: 'Your interview is confirmed.\n\nTime: 14:00 - 15:00 (GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\nDate: Thursday 12 November 2026',
    at: '2026-11-12T14:00:00+01:00',
  },
  {
    name: 'an imperative invitation to the office',
    text: 'Please join us at our office on 11/12 at 9:30 a.m. for the panel.',
    at: '2026-11-12T09:30:00-05:00',
  },
  {
    name: 'labels and values on their own lines, as an HTML table reads',
    text: 'Your interview has been scheduled.\n\nDate\nThursday, November 12, 2026\nTime\n2:00 PM - 2:45 PM EST\nLocation\nVideo call',
    at: '2026-11-12T14:00:00-05:00',
  },
  {
    name: 'an interview schedule heading over the day and its sessions',
    text: 'Interview Schedule\nThursday, November 12, 2026\n2:00 PM - 2:45 PM EST Technical interview\n2:45 PM - 3:30 PM EST Team fit\n\nPowered by GoodTime',
    at: '2026-11-12T14:00:00-05:00',
  },
  {
    name: 'an "Interview:" label line',
    text: 'Interview: Thu, 12 Nov 2026 14:00 GMT\nFormat: video',
    at: '2026-11-12T14:00:00Z',
  },
  {
    name: 'a dash between the date and the time',
    text: 'Your interview is confirmed: Tuesday, Nov 10 - 2:00 PM ET.',
    at: '2026-11-10T14:00:00-05:00',
  },
  {
    name: 'a zone written as a season pair',
    text: 'Your interview is confirmed for 3pm EST/EDT on Thursday, Nov 12.',
    at: '2026-11-12T15:00:00-05:00',
  },
  {
    name: 'a bare region declared for the whole mail',
    text: 'Your interview is confirmed for Thursday, Nov 12 at 3pm.\nAll times are Eastern.',
    at: '2026-11-12T15:00:00-05:00',
  },
  {
    name: 'a day-first date written with dots',
    text: 'Your interview is confirmed for 12.11.2026 at 10:30 CET.',
    at: '2026-11-12T10:30:00+01:00',
  },
  {
    name: 'a bare weekday that has already passed today in the sender\'s zone',
    // Sent Thursday 23:00 in Singapore: "Thursday at 10:30am" there is next week's Thursday.
    text: 'Your interview is confirmed for Thursday at 10:30am Singapore time (GMT+8).',
    at: '2026-11-12T10:30:00+08:00',
  },
  {
    name: 'a "Time zone" heading over its IANA value',
    text: 'Thanks for booking! Your phone screen is confirmed.\n\nWhen\nWednesday, November 11 · 10:00 – 10:30am\nTime zone\nAmerica/Los_Angeles',
    at: '2026-11-11T10:00:00-08:00',
  },
  {
    name: 'a move whose weekday stands outside the date in brackets',
    text: 'Hi Sam - heads up that I have moved our call to Thursday (11/12) at 4:30pm ET since the team had a conflict.',
    at: '2026-11-12T16:30:00-05:00',
  },
  {
    name: 'the sender confirming the time after a colon',
    text: 'I wanted to confirm the time for your interview: Monday, November 16 at 9:30am Mountain Time. It will be a panel.',
    at: '2026-11-16T09:30:00-07:00',
  },
  {
    name: 'no time for one slot asked as a question with nothing pencilled',
    text: 'Hello Sam, the hiring manager would like to speak with you on Friday. Does 2:00 PM Eastern work?',
    at: null,
  },
  {
    name: 'a South African zone and a moved panel',
    text: 'Due to the unavailability of a panel member, the interview has been moved to Friday, 13 November 2026 at 13:30 (SAST).',
    at: '2026-11-13T13:30:00+02:00',
  },
  {
    name: 'a 24-hour time written with "hrs" under a day-first date',
    text: 'You have been shortlisted for a technical interview. The details are as follows:\n\nDate: 24-11-2026 (Tuesday)\nTime: 11:30 hrs IST\nMode: In person',
    at: '2026-11-24T11:30:00+05:30',
  },
  {
    name: 'a recruiter locking in the slot',
    text: "Great news: the team wants you onsite. I'm locking in Monday the 16th at 11:00am Pacific at the studio.",
    at: '2026-11-16T11:00:00-08:00',
  },
  {
    name: 'no time in the user\'s zone when the text names a zone it cannot read',
    text: 'Your interview is confirmed for Friday, 13 November 2026 at 10:00 (WITT).',
    at: null,
  },
  {
    name: 'no time for a list of slots to choose from',
    text: 'Hi Sam, here are some times that work for the team:\n\nMonday, Nov 9 - 10:00 AM ET\nTuesday, Nov 10 - 2:00 PM ET\nWednesday, Nov 11 - 11:00 AM ET\n\nLet me know which one works best.',
    at: null,
  },
  {
    name: 'no time for an opening window',
    text: 'Interviews will be held between 9am and 5pm on Thursday, November 12; please book a slot using the link below.',
    at: null,
  },
  {
    name: 'no time for a choice between slots',
    text: 'Which suits you better: Tuesday at 2pm ET or Wednesday at 11am ET?',
    at: null,
  },
  {
    name: 'no time for a request for availability',
    text: 'Are you available on Tuesday at 2pm ET for a call with the team?',
    at: null,
  },
  {
    name: 'no time for a scheduling link',
    text: 'Please use this link to choose a slot that suits you: https://calendly.com/example-recruiting/intro. Slots run from 9am to 5pm ET.',
    at: null,
  },
  {
    name: 'no time for an assessment deadline',
    text: 'Your interview went well. As a next step, please submit the take-home exercise by Monday, November 16 at 9am ET.',
    at: null,
  },
  {
    name: 'no time for a past interview',
    text: 'Thank you for meeting the team on Tuesday at 2pm; we will be in touch within a week.',
    at: null,
  },
  {
    name: 'no time for a cancellation',
    text: 'I am sorry to say we have had to cancel your interview on Tuesday, November 10 at 2pm ET. The role has been put on hold.',
    at: null,
  },
  {
    name: 'no time in a guessed zone when the mail names two others',
    text: 'Your interview is confirmed for Tuesday, November 10 at 9:00. Our panel sits in CET and our recruiter in PST.',
    at: null,
  },
];

describe('interview time: phrasing families (flat and hard-wrapped)', () => {
  for (const family of FAMILIES) {
    it(`reads ${family.name}`, () => {
      expect(timeOf(family.text)).toBe(family.at);
    });
  }

  it('reads "tomorrow" as the sender\'s tomorrow when the time is stated in the sender\'s zone', () => {
    // 23:30 in New York on Thursday is already Friday morning in Tokyo: "tomorrow" there is Saturday.
    const text = 'Just a reminder that your interview is tomorrow at 10:00 JST.';
    expect(timeOf(text, { date: '2026-11-06T04:30:00Z' })).toBe('2026-11-07T10:00:00+09:00');
  });

  it('takes the sender\'s offset from the Date header when the caller knows it', () => {
    const body = readBody('Just a reminder that your interview is tomorrow at 10:00.');
    const sent = new Date('2026-11-06T04:30:00Z');
    expect(findInterviewTime(body, sent, USER_ZONE).at).toBe('2026-11-06T10:00:00-05:00');
    // The sender wrote at 13:30 on Friday (+09:00): their tomorrow is Saturday.
    expect(findInterviewTime(body, sent, USER_ZONE, '', { senderOffsetMinutes: 540 }).at).toBe('2026-11-07T10:00:00-05:00');
  });

  it('never reads the mail\'s own date as the interview day', () => {
    const text = 'We have you down for Monday the 9th at 10:30am Eastern.';
    expect(timeOf(text, { date: '2026-11-05T15:00:00Z' })).toBe('2026-11-09T10:30:00-05:00');
    expect(timeOf(text, { date: '2026-11-05T15:00:00Z' })).not.toMatch(/^2026-11-05/);
  });

  it('returns every candidate with its evidence, and marks the one chosen', () => {
    const body = readBody('We have moved your interview from Tuesday, November 10 at 10am ET to Wednesday, November 11 at 1pm ET.');
    const result = findInterviewTime(body, new Date(SENT), USER_ZONE);
    expect(result.candidates).toHaveLength(2);
    expect(result.candidates.filter((candidate) => candidate.chosen)).toHaveLength(1);
    const [old, chosen] = result.candidates;
    expect(old?.field).toBe('interviewAt');
    expect(old?.evidence).toContain('against:old-time');
    expect(old?.chosen).toBe(false);
    expect(chosen?.value).toBe('2026-11-11T13:00:00-05:00');
    expect(chosen?.evidence).toEqual(expect.arrayContaining(['for:new-time', 'zone:after-time']));
  });

  it('gives the same time at any wrap width from 40 to 100 columns', () => {
    const timed = FAMILIES.filter((family) => family.at !== null);
    fc.assert(
      fc.property(fc.constantFrom(...timed), fc.integer({ min: 40, max: 100 }), (family, width) => {
        const at = extract(message({ date: SENT, text: hardWrap(family.text, width) }), { timeZone: USER_ZONE, kind: 'interview' }).interview.at;
        expect(at, `${family.name} at ${width} columns`).toBe(family.at);
      }),
      { numRuns: 120 },
    );
  });
});
