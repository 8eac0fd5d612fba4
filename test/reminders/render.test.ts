import { describe, expect, it } from 'vitest';
import { RULE_IDS, type RuleId } from '../../shared/policy/rule-ids.ts';
import { renderReminder } from '../../shared/reminders/render.ts';
import { application, event, input, interviewer, recruiter, reminder, robot, settings, timeline, USER } from './fixtures.ts';

const EXPECTED_SUBJECTS: Record<RuleId, string> = {
  'confirm-receipt': 'Today: check that Acme received your application (Data Engineer)',
  'keep-applying': 'No reply from Acme in 30 days: keep applying (Data Engineer)',
  prepare: 'Tomorrow 10:00: prepare for your Acme interview (Data Engineer)',
  'thank-you-email': 'Today: thank Acme for your interview (Data Engineer)',
  'thank-you-note': 'Today: post thank-you cards for your Acme interview (Data Engineer)',
  'status-check': 'Today: ask Acme where things stand (Data Engineer)',
  'move-on': 'No news from Acme: time to move on (Data Engineer)',
  'ask-feedback': 'Optional: ask Acme for feedback (Data Engineer)',
  'stay-in-touch': 'Stay in touch with the people you met at Acme (Data Engineer)',
};

/** A sentence (or fragment) each rule's "what to do now" must carry. */
const KEY_SENTENCES: Record<RuleId, string> = {
  'confirm-receipt': 'Send Priya Natarajan one short email (or make a quick call) to make sure your résumé arrived.',
  'keep-applying': 'It is fine to stop waiting for this one and spend the time on new applications.',
  prepare: 'Ask what happens next and roughly when you will hear from them.',
  'thank-you-email': 'Send a short thank-you email to Emily Garner today, or tomorrow at the latest.',
  'thank-you-note': 'Handwrite a short card to Emily Garner and post it today.',
  'status-check': 'ask about next steps and timing',
  'move-on': 'Stop waiting on this one and keep your search moving.',
  'ask-feedback': 'asking what would have made you a stronger candidate',
  'stay-in-touch': 'asking to keep in touch in case another role comes up',
};

/** Rules whose reminder asks the user to write to (or card, or connect with) someone. */
const CONTACTING_RULES: readonly RuleId[] = ['confirm-receipt', 'thank-you-email', 'thank-you-note', 'status-check', 'ask-feedback', 'stay-in-touch'];

describe('renderReminder', () => {
  it.each(RULE_IDS)('says what to do and for which application in the subject of %s', (rule) => {
    expect(renderReminder(input(rule)).subject).toBe(EXPECTED_SUBJECTS[rule]);
  });

  it.each(RULE_IDS)('puts the key instruction of %s in both the text and the HTML part', (rule) => {
    const email = renderReminder(input(rule));
    expect(email.text).toContain(KEY_SENTENCES[rule]);
    expect(email.html).toContain(KEY_SENTENCES[rule]);
  });

  it.each(RULE_IDS)('gives %s a timeline (newest last), a what-to-do section and a why naming the rule and its articles', (rule) => {
    const { text } = renderReminder(input(rule));
    expect(text).toContain('WHAT TO DO NOW');
    expect(text).toContain('WHAT HAPPENED SO FAR');
    const applied = text.indexOf('Tue 20 Oct 2026, 09:00 · Application received · "We received your application"');
    const invited = text.indexOf('Tue 27 Oct 2026, 09:30 · Interview invitation · "Interview invitation: Data Engineer"');
    expect(applied).toBeGreaterThan(-1);
    expect(invited).toBeGreaterThan(applied);
    expect(text).toContain(`Rule: ${rule}, from jobnudge's follow-up policy, which rests on “`);
    expect(text).not.toMatch(/articles? \d{3}/);
  });

  it('names the source articles by title, from the reminder record when it carries them', () => {
    const email = renderReminder(input('status-check', { reminder: reminder('status-check', '2026-11-17T09:00:00+01:00', { source: ['seeds/003_x.txt', '002'] }) }));
    expect(email.text).toContain(
      'which rests on “Following up After An Interview” and “What You Need to Know About Contacting Hiring Managers After an Interview” (McKinley Marketing Partners roundtable).',
    );
  });

  it('lists every reply command in the footer, wrong: included', () => {
    const { text } = renderReminder(input('status-check'));
    const footer = text.slice(text.lastIndexOf('-- '));
    for (const command of ['"done"', '"snooze 3d"', '"stop"', '"wrong: interview|rejection|confirmation|other"']) expect(footer).toContain(command);
  });

  it('shows the planner’s reason when the reminder has one', () => {
    const email = renderReminder(
      input('move-on', { reminder: reminder('move-on', '2026-11-24T09:00:00+01:00', { reason: 'status check sent 17 Nov, no reply' }) }),
    );
    expect(email.text).toContain('Planned because: status check sent 17 Nov, no reply');
  });

  it('shows timeline dates in the user’s time zone, US style for a US zone', () => {
    const email = renderReminder(input('move-on', { settings: settings({ timeZone: 'America/New_York' }) }));
    expect(email.text).toContain('Tue, Oct 20, 2026, 3:00 AM · Application received');
  });

  it('writes dates the way the locale setting says, whatever the zone', () => {
    const british = renderReminder(input('status-check', { settings: settings({ timeZone: 'America/New_York', locale: 'en-GB' }) }));
    expect(british.text).toContain('Tue 20 Oct 2026, 03:00 · Application received');
    const american = renderReminder(input('prepare', { settings: settings({ locale: 'en-US' }) }));
    expect(american.subject).toBe('Tomorrow 10:00 AM: prepare for your Acme interview (Data Engineer)');
    expect(american.text).toContain('is tomorrow, Tue, Nov 3, at 10:00 AM (Europe/Berlin time)');
  });

  it('drafts a thank-you email with two lines of thanks, bullets to fill, next steps and the user’s signature', () => {
    const { text } = renderReminder(input('thank-you-email'));
    expect(text).toContain('Dear Emily,');
    expect(text).toContain('To: Emily Garner <emily.garner@acme.example>');
    expect(text).toContain('Thank you for meeting with me today about the Data Engineer role at Acme.');
    const bullets = text.split('\n').filter((line) => line.includes('[how your experience with X fits their need for Y]'));
    expect(bullets.length).toBeGreaterThanOrEqual(1);
    expect(bullets.length).toBeLessThanOrEqual(5);
    expect(text).toContain("I'm looking forward to next steps.");
    expect(text).toContain('Best regards,\nSam Rivera\n+49 30 555 0100 · sam.rivera@example.net');
  });

  it('leaves slots for contact details when the user has no signature', () => {
    const { text } = renderReminder(input('thank-you-email', { settings: settings({ signature: '' }) }));
    expect(text).toContain('[your full name]\n[phone] · [email] · [LinkedIn profile]');
  });

  it('gives each interviewer a draft of their own, and never the user, a robot or the recruiter who only arranged it', () => {
    const app = application({
      contacts: [
        recruiter,
        interviewer,
        { name: 'Tomás Ruiz', email: 'tomas@acme.example', robot: false, source: 'calendar', part: 'interviewer' },
        { name: 'Sam Rivera', email: USER, robot: false, source: 'to' },
        robot,
      ],
    });
    const { text } = renderReminder(input('thank-you-email', { application: app }));
    expect(text).toContain('Send a short thank-you email to Emily Garner and Tomás Ruiz today, or tomorrow at the latest: one email each');
    expect(text).toContain('DRAFT: THANK-YOU EMAIL TO EMILY GARNER\n');
    expect(text).toContain('DRAFT: THANK-YOU EMAIL TO TOMÁS RUIZ\n');
    expect(text).toContain('To: Emily Garner <emily.garner@acme.example>');
    expect(text).toContain('To: Tomás Ruiz <tomas@acme.example>');
    expect(text.match(/^Dear /gm)).toEqual(['Dear ', 'Dear ']);
    expect(text).toContain('Dear Emily,');
    expect(text).toContain('Dear Tomás,');
    expect(text).not.toContain('Priya');
    expect(text).not.toContain('Acme Careers');
    expect(text).not.toMatch(/to [^\n]*Sam Rivera/);
  });

  it('drafts a status check that thanks, restates interest and asks about next steps and timing', () => {
    const { text } = renderReminder(input('status-check'));
    expect(text).toContain('Your interview was on Tue 3 Nov and nothing has come since.');
    expect(text).toContain('To: Priya Natarajan <priya@acme.example>');
    expect(text).toContain('Dear Priya,');
    expect(text).toContain('Thank you again for arranging my interview with Acme on Tue 3 Nov for the Data Engineer role.');
    expect(text).not.toContain('Emily');
    expect(text).toContain('I remain very interested in joining Acme');
    expect(text).toContain('Could you tell me where things stand, and when I might expect to hear about next steps?');
    expect(text).toContain('Email only, no phone call');
  });

  it('bases the status check on the employer’s own date when it gave one', () => {
    const app = application({ nextStepBy: '2026-11-10' });
    const { text } = renderReminder(input('status-check', { application: app }));
    expect(text).toContain('They said they would be in touch by Tue 10 Nov, and that date has passed.');
  });

  it('drafts a brief feedback request, a receipt check and a stay-in-touch note', () => {
    expect(renderReminder(input('ask-feedback')).text).toContain('I would value a line or two on what would have made me a stronger candidate.');
    expect(renderReminder(input('confirm-receipt')).text).toContain(
      'I sent my application for the Data Engineer role on Tue 20 Oct and wanted to make sure my résumé reached you.',
    );
    const note = renderReminder(input('stay-in-touch')).text;
    expect(note).toContain('Hi Emily,');
    expect(note).toContain('on LinkedIn');
  });

  describe.each([
    ['the employer asked not to be contacted', application({ doNotContact: true }), 'Acme asked candidates not to contact them'],
    ['only a robot wrote', application({ contacts: [robot] }), 'Only an automated address has written about this application'],
  ])('when %s', (_case, app, because) => {
    it.each(CONTACTING_RULES)('%s tells the user to keep applying and to contact nobody', (rule) => {
      const email = renderReminder(input(rule, { application: app }));
      expect(email.subject).toMatch(/keep applying \(Data Engineer\)$/);
      expect(email.text).toContain(because);
      expect(email.text).toContain('Keep applying elsewhere while you wait.');
      expect(email.text).toContain('“Should I Contact a Hiring Manager After My Interview?”');
      expect(email.text).not.toMatch(/DRAFT|Dear |Send |email to|Connect with|card to/);
      expect(email.html).not.toContain('class="draft"');
    });
  });

  it('turns the status check into "still waiting" when nobody who arranged the interview is known', () => {
    const app = application({ contacts: [{ name: 'Lee Park', email: 'lee@acme.example', robot: false, source: 'cc' }] });
    const email = renderReminder(input('status-check', { application: app }));
    expect(email.subject).toBe('Still waiting on Acme: keep applying (Data Engineer)');
    expect(email.text).not.toContain('DRAFT');
  });

  it('keeps the prepare reminder free of follow-up plans when the employer asked not to be contacted', () => {
    const { text } = renderReminder(input('prepare', { application: application({ doNotContact: true }) }));
    expect(text).toContain('Acme asked not to be contacted, so ask at the interview when news will come');
    expect(text).not.toContain('Ask whether it is all right to follow up');
  });

  it('attaches an .ics only to prepare, and only when the interview time is known', () => {
    expect(renderReminder(input('prepare')).attachments.map((a) => a.filename)).toEqual(['interview.ics']);
    expect(renderReminder(input('thank-you-email')).attachments).toEqual([]);
    const unknown = renderReminder(input('prepare', { application: application({ interviewAt: null }) }));
    expect(unknown.attachments).toEqual([]);
    expect(unknown.subject).toBe('Prepare for your Acme interview (Data Engineer)');
    expect(unknown.text).toContain('does not know the exact time yet');
  });

  it('leaves the role out of the subject when it is unknown', () => {
    const email = renderReminder(input('thank-you-email', { application: application({ role: null, roleKey: null }) }));
    expect(email.subject).toBe('Today: thank Acme for your interview');
  });

  it('says when there is no recorded email instead of an empty timeline', () => {
    expect(renderReminder(input('move-on', { timeline: [] })).text).toContain('No emails are recorded for this application yet.');
  });

  it('shows only the newest emails of a long history and counts the rest', () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      event('other', new Date(Date.UTC(2026, 9, 1 + i, 8)).toISOString(), `Update number ${i + 1}`),
    );
    const { text } = renderReminder(input('move-on', { timeline: [...timeline, ...many] }));
    expect(text).toContain('earlier emails not shown');
    expect(text).toContain('Update number 20');
    expect(text).not.toContain('"Update number 1"');
  });

  it('ignores events of other applications', () => {
    const foreign = event('rejection', '2026-11-01T10:00:00Z', 'Other company says no', { applicationId: 'app-other' });
    expect(renderReminder(input('move-on', { timeline: [...timeline, foreign] })).text).not.toContain('Other company says no');
  });
});
