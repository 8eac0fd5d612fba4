import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const interview = (timeZone = 'Europe/Berlin') => ({ timeZone, kind: 'interview' }) as const;
// 2026-12-01 is a Tuesday.
const sentTuesday = '2026-12-01T15:00:00Z';

describe('interview time in text', () => {
  it('reads a confirmed time with a generic US zone and applies winter time', () => {
    const result = extract(
      message({ date: sentTuesday, text: 'Hi Sam,\n\nYour interview is scheduled for Tuesday, Dec 8 at 2:00 PM ET with our team.\n\nBest,\nJane' }),
      interview(),
    );
    expect(result.interview.at).toBe('2026-12-08T14:00:00-05:00');
    expect(result.interview.zone).toBe('America/New_York');
    expect(result.interview.source).toBe('text');
  });

  it('applies summer time for the same generic zone in July', () => {
    const result = extract(message({ date: '2026-07-01T12:00:00Z', text: 'Your call is confirmed for July 9 at 10:00 AM PT.' }), interview());
    expect(result.interview.at).toBe('2026-07-09T10:00:00-07:00');
  });

  it('reads the Sunday US clocks fall back with the standard-time offset', () => {
    const result = extract(message({ date: '2026-10-27T12:00:00Z', text: 'Your interview has been scheduled for Sunday, Nov 1 at 10am Eastern Time.' }), interview());
    expect(result.interview.at).toBe('2026-11-01T10:00:00-05:00');
  });

  it('reads CET, PST and "(GMT+1)" zones stated in the text', () => {
    expect(extract(message({ date: sentTuesday, text: 'Confirmed for 14:00 CET on 3 December.' }), interview('America/Chicago')).interview.at).toBe('2026-12-03T14:00:00+01:00');
    expect(extract(message({ date: sentTuesday, text: 'Date: December 8, 2026\nTime: 10:00 AM - 11:00 AM PST' }), interview()).interview.at).toBe('2026-12-08T10:00:00-08:00');
    expect(extract(message({ date: sentTuesday, text: 'Your interview is booked for December 9 at 11:30 (GMT+1).' }), interview('UTC')).interview.at).toBe('2026-12-09T11:30:00+01:00');
  });

  it('reads a time without a zone in the user\'s zone', () => {
    const result = extract(message({ date: sentTuesday, text: 'We look forward to speaking with you on Thursday at 9:30 am.' }), interview('Europe/Berlin'));
    expect(result.interview.at).toBe('2026-12-03T09:30:00+01:00');
    expect(result.interview.zone).toBe('Europe/Berlin');
  });

  it('takes the one time the body gives when the subject says it is confirmed', () => {
    const result = extract(message({ date: sentTuesday, subject: 'Interview Confirmed', text: 'Hi Sam,\nThursday, 4:30 pm IST, video call.\nBest,\nJane' }), interview('UTC'));
    expect(result.interview.at).toBe('2026-12-03T16:30:00+05:30');
    const unconfirmed = extract(message({ date: sentTuesday, subject: 'Interview', text: 'Hi Sam,\nThursday, 4:30 pm IST, video call.' }), interview('UTC'));
    expect(unconfirmed.interview.at).toBeNull();
  });

  it('treats a list of proposed slots as no time, and keeps the slots', () => {
    const result = extract(message({ date: sentTuesday, text: 'Are you available Wednesday 10am or Thursday 3pm? Let me know which works.' }), interview());
    expect(result.interview.at).toBeNull();
    expect(result.interview.proposedSlots).toEqual(['Wednesday 10am', 'Thursday 3pm']);
    expect(result.signals).toContain('interview:proposed-slots');
  });

  it('treats a bullet list under "which of these times" as proposals', () => {
    const text = 'Which of these times would work for you?\n- Mon Dec 7, 10:00 AM ET\n- Tue Dec 8, 2:00 PM ET\n- Wed Dec 9, 4:00 PM ET\n';
    const result = extract(message({ date: sentTuesday, text }), interview());
    expect(result.interview.at).toBeNull();
    expect(result.interview.proposedSlots).toHaveLength(3);
  });

  it('treats a single "are you available" time as a proposal', () => {
    const result = extract(message({ date: sentTuesday, text: 'Would you be available on Friday, December 4 at 1pm for a call?' }), interview());
    expect(result.interview.at).toBeNull();
    expect(result.interview.proposedSlots).toHaveLength(1);
  });

  it('gives no time for a scheduling link', () => {
    const result = extract(message({ date: sentTuesday, text: 'Please pick a time for your interview here: https://calendly.com/acme-recruiting/30min' }), interview());
    expect(result.interview.at).toBeNull();
    expect(result.signals).toContain('interview:scheduling-link');
  });

  it('ignores an application deadline that is not an interview time', () => {
    const result = extract(message({ date: sentTuesday, text: 'Please book a slot by Friday, December 4 at 5pm using the link below.' }), interview());
    expect(result.interview.at).toBeNull();
  });

  it('ignores times in the quoted thread below the message', () => {
    const text = 'Thanks, see you then!\n\nOn Mon, Nov 30, 2026 at 9:00 AM Jane Smith <jane.smith@acme-corp.com> wrote:\n> Your interview is confirmed for Friday, Dec 4 at 11am.';
    expect(extract(message({ date: sentTuesday, text }), interview()).interview.at).toBeNull();
  });

  it('reads no relative dates when the original had no Date header', () => {
    expect(extract(message({ date: null, text: 'Your interview is confirmed for Thursday at 3pm.' }), interview()).interview.at).toBeNull();
    expect(extract(message({ date: null, text: 'Your interview is confirmed for December 3, 2026 at 3pm.' }), interview()).interview.at).toBe('2026-12-03T15:00:00+01:00');
  });

  it('reads no time when the mail is not an interview', () => {
    const result = extract(message({ date: sentTuesday, text: 'Your interview is scheduled for Tuesday, Dec 8 at 2:00 PM ET.' }), { timeZone: 'UTC', kind: 'confirmation' });
    expect(result.interview.at).toBeNull();
  });

  it('reads the meeting format and link from the text', () => {
    const video = extract(message({ date: sentTuesday, text: 'Your interview is confirmed for Dec 8 at 2pm. Join via https://acme.zoom.us/j/123456789.' }), interview());
    expect(video.interview.format).toBe('video');
    expect(video.interview.link).toBe('https://acme.zoom.us/j/123456789');
    const phone = extract(message({ date: sentTuesday, text: 'This will be a phone screen; we will call you at the number on your resume.' }), interview());
    expect(phone.interview.format).toBe('phone');
    const onsite = extract(message({ date: sentTuesday, text: 'The interview is in person.\nLocation: 1 Main Street, Springfield' }), interview());
    expect(onsite.interview.format).toBe('onsite');
    expect(onsite.interview.location).toBe('1 Main Street, Springfield');
  });

  it('reads the one time an interview sentence leads into, with a zone named after it', () => {
    const text = 'Our team lead would like to meet you for a one-hour video interview on Friday, December 4, 2026 at 3:00 PM Pacific Time.\n\nPlease confirm by replying.';
    expect(extract(message({ date: sentTuesday, text }), interview()).interview.at).toBe('2026-12-04T15:00:00-08:00');
  });

  it('reads "we have you down for" and "I\'ve booked" as confirmed, and a bare US region after the time', () => {
    expect(extract(message({ date: sentTuesday, text: 'We have you down for Thursday, December 3 at 2:00 PM Eastern Time.' }), interview()).interview.at).toBe('2026-12-03T14:00:00-05:00');
    expect(extract(message({ date: sentTuesday, text: "I've booked Thursday, December 3 at 11:30 AM Central. I'll call you then." }), interview()).interview.at).toBe('2026-12-03T11:30:00-06:00');
    expect(extract(message({ date: sentTuesday, text: 'Confirmed: Thursday, December 3, 9:30 AM (Mountain) at our office.' }), interview()).interview.at).toBe('2026-12-03T09:30:00-07:00');
  });

  it('reads a sentence the mail program wrapped across lines as one sentence', () => {
    const text = 'We are pleased to invite you to a first interview for the Backend\nEngineer position on Friday, December 4, 2026, 14:00-15:00 CET, online.';
    expect(extract(message({ date: sentTuesday, text }), interview('UTC')).interview.at).toBe('2026-12-04T14:00:00+01:00');
  });

  it('reads German and Japanese date lines', () => {
    const german = 'Gerne laden wir Sie ein:\n\nTermin: Freitag, 4. Dezember 2026, 10:00 Uhr (MEZ)\nDauer: ca. 60 Minuten';
    expect(extract(message({ date: sentTuesday, text: german }), interview('UTC')).interview.at).toBe('2026-12-04T10:00:00+01:00');
    const japanese = '面接のご案内です。\n\n日時：2026年12月4日（金）14:00～15:00（日本時間）\n形式：オンライン';
    expect(extract(message({ date: sentTuesday, text: japanese }), interview('UTC')).interview.at).toBe('2026-12-04T14:00:00+09:00');
  });

  it('treats a time asked as a question as a proposal, even in an interview sentence', () => {
    const result = extract(message({ date: sentTuesday, text: 'Could we hold the interview on Friday, December 4 at 1pm?' }), interview());
    expect(result.interview.at).toBeNull();
    expect(result.interview.proposedSlots).toHaveLength(1);
  });

  it('does not take a call on a day before the mail was sent for the interview', () => {
    const result = extract(message({ date: sentTuesday, text: 'Thanks again for the call on Monday, November 30 at 2pm. We will be in touch.' }), interview());
    expect(result.interview.at).toBeNull();
  });
});
