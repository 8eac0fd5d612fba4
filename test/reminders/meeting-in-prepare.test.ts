// An interview invitation with a link, a dial-in and a stated length, through the real pipeline
// (read → store → plan → fire → render → compose) with a moving clock: the prepare reminder and
// its .ics repeat what the email said. The project's own invented email.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fireDueUpTo } from '../../shared/pipeline/fire-due.ts';
import { processInbound } from '../../shared/pipeline/process-inbound.ts';
import type { OriginalSpec } from '../support/compose-mail.ts';
import { forwarded, inbound, memoryPipeline } from '../pipeline/pipeline-support.ts';

const videoInvite: OriginalSpec = {
  from: 'priya.natarajan@quillbyte.example',
  fromName: 'Priya Natarajan',
  date: new Date('2026-03-04T11:00:00+01:00'),
  subject: 'Interview invitation: Platform Engineer at Quillbyte',
  messageId: '<invite-8812@quillbyte.example>',
  text: [
    'Hi Casey,',
    '',
    'We would like to invite you to a 45-minute video interview for the Platform Engineer role at Quillbyte',
    'on Tuesday, March 10, 2026 at 10:00 AM CET with Emily Garner, our Engineering Manager.',
    '',
    'Join the meeting: https://quillbyte.zoom.us/j/81233419921',
    'Dial-in: +49 69 5050 2596',
    'Meeting ID: 812 3341 9921',
    '',
    'Best regards,',
    'Priya Natarajan',
    'Talent Acquisition, Quillbyte',
  ].join('\n'),
};

const onsiteInvite: OriginalSpec = {
  ...videoInvite,
  messageId: '<invite-8813@quillbyte.example>',
  text: [
    'Hi Casey,',
    '',
    'We would like to invite you to an on-site interview for the Platform Engineer role at Quillbyte',
    'on Tuesday, March 10, 2026 at 10:00 AM CET with Emily Garner. It will last about 90 minutes.',
    '',
    'Address: Quillbyte GmbH, Torstraße 140, 10119 Berlin',
    '',
    'Best regards,',
    'Priya Natarajan',
    'Talent Acquisition, Quillbyte',
  ].join('\n'),
};

async function runUntil(invite: OriginalSpec, until: string) {
  const pipeline = memoryPipeline({ start: new Date('2026-03-04T11:10:00+01:00') });
  await processInbound(inbound('ses-invite', await forwarded(invite), pipeline.clock.now()), pipeline.deps);
  // The clock moves an hour at a time, so each reminder fires near its own time (late ones are dropped).
  for (let at = pipeline.clock.now().getTime(); at <= Date.parse(until); at += 3_600_000) {
    pipeline.clock.set(new Date(at));
    await fireDueUpTo(new Date(at), pipeline.deps, pipeline);
  }
  return pipeline;
}

function calendarEvent(content: string): ICAL.Event {
  const vevent = new ICAL.Component(ICAL.parse(content) as unknown[]).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the .ics');
  return new ICAL.Event(vevent);
}

describe('the prepare reminder repeats where and how the interview takes place', () => {
  it('gives the video link, the dial-in with its meeting id and the stated 45 minutes, in the email and the .ics', async () => {
    const pipeline = await runUntil(videoInvite, '2026-03-09T18:30:00+01:00');
    const prepare = pipeline.mailer.sent.find((sent) => sent.message.subject.includes('prepare for your Quillbyte'));
    if (!prepare) throw new Error(`no prepare reminder among: ${pipeline.mailer.sent.map((s) => s.message.subject).join(' | ')}`);
    const { text, attachments } = prepare.message;
    expect(text).toContain('Format: a video call, 45 minutes as stated in the invitation.');
    expect(text).toContain('Meeting link: https://quillbyte.zoom.us/j/81233419921');
    expect(text).toContain('Dial-in: +49 69 5050 2596 (meeting id: 812 3341 9921)');
    expect(text).toContain('known so far: Emily Garner');

    const ics = attachments.find((a) => a.filename === 'interview.ics');
    if (!ics) throw new Error('no .ics attached');
    const event = calendarEvent(String(ics.content));
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T09:00:00.000Z');
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.location).toBe('https://quillbyte.zoom.us/j/81233419921');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://quillbyte.zoom.us/j/81233419921');
    expect(event.description).toContain('Dial-in: +49 69 5050 2596');
  });

  it('plans no handwritten card after a video interview with no postal address', async () => {
    const pipeline = await runUntil(videoInvite, '2026-03-13T12:00:00+01:00');
    const subjects = pipeline.mailer.sent.map((sent) => sent.message.subject);
    expect(subjects.some((s) => s.includes('thank Quillbyte'))).toBe(true);
    expect(subjects.some((s) => s.includes('thank-you cards'))).toBe(false);
  });

  it('gives the place and the 90 minutes of an on-site interview, and then a card reminder addressed there', async () => {
    const pipeline = await runUntil(onsiteInvite, '2026-03-13T12:00:00+01:00');
    const prepare = pipeline.mailer.sent.find((sent) => sent.message.subject.includes('prepare for your Quillbyte'));
    expect(prepare?.message.text).toContain('Format: in person, 1 hour 30 minutes as stated in the invitation.');
    expect(prepare?.message.text).toContain('Place: Quillbyte GmbH, Torstraße 140, 10119 Berlin');
    const ics = prepare?.message.attachments.find((a) => a.filename === 'interview.ics');
    const event = calendarEvent(String(ics?.content));
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(event.location).toBe('Quillbyte GmbH, Torstraße 140, 10119 Berlin');

    const card = pipeline.mailer.sent.find((sent) => sent.message.subject.includes('thank-you cards'));
    expect(card?.message.text).toContain('Handwrite a short card to Emily Garner and post it today (to Quillbyte GmbH, Torstraße 140, 10119 Berlin).');
    expect(card?.message.text).toContain('Dear Emily,');
  });
});
