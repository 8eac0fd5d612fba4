import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/analysis.ts';
import type { RuleId } from '../../shared/policy/rule-ids.ts';
import { renderReminder } from '../../shared/reminders/render.ts';
import { application, input, interviewer, recruiter, robot } from './fixtures.ts';

// Who each rule's draft goes to. Invented people on example domains; the project's own fixtures.

/** The draft blocks of a rendered reminder's text: heading, To: line and greeting of each. */
function drafts(text: string): { heading: string; to: string | null; greeting: string | null }[] {
  const out: { heading: string; to: string | null; greeting: string | null }[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (!/^(?:DRAFT|CARD OUTLINE)/.test(line)) return;
    const block = lines.slice(index + 1, index + 12);
    out.push({
      heading: line,
      to: block.find((l) => l.startsWith('To: '))?.slice(4) ?? null,
      greeting: block.find((l) => /^(?:Dear|Hello|Hi) /.test(l)) ?? null,
    });
  });
  return out;
}

function render(rule: RuleId, contacts: readonly Contact[], extra: Parameters<typeof application>[0] = {}) {
  return renderReminder(input(rule, { application: application({ contacts, ...extra }) }));
}

const secondInterviewer: Contact = { name: 'Tomás Ruiz', email: 'tomas.ruiz@acme.example', robot: false, source: 'calendar', part: 'interviewer' };
const copied: Contact = { name: 'Lee Park', email: 'lee.park@acme.example', robot: false, source: 'cc', part: 'copied' };

describe('one person who arranged things: confirm-receipt, status-check, ask-feedback', () => {
  it.each(['confirm-receipt', 'status-check', 'ask-feedback'] as const)('%s has one draft, to the recruiter, with her address and first name', (rule) => {
    const { text } = render(rule, [recruiter, interviewer, secondInterviewer, copied]);
    const found = drafts(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.to).toBe('Priya Natarajan <priya@acme.example>');
    expect(found[0]?.greeting).toMatch(/^(?:Dear|Hello) Priya,$/);
    expect(text).not.toMatch(/Emily|Tomás|Lee Park/);
  });

  it('status-check never goes to interviewers or to someone only copied, even when no arranger is known', () => {
    const { text, subject } = render('status-check', [interviewer, copied]);
    expect(subject).toBe('Still waiting on Acme: keep applying (Data Engineer)');
    expect(drafts(text)).toEqual([]);
  });

  it('treats the first arranger as the one: a later sender does not make two status checks', () => {
    const other: Contact = { name: 'Marcus Feld', email: 'marcus.feld@acme.example', robot: false, source: 'from', part: 'arranged' };
    const found = drafts(render('status-check', [recruiter, other]).text);
    expect(found.map((d) => d.to)).toEqual(['Priya Natarajan <priya@acme.example>']);
  });
});

describe('thank-you-email, thank-you-note and stay-in-touch: each interviewer', () => {
  it.each(['thank-you-email', 'thank-you-note', 'stay-in-touch'] as const)('%s has one draft per interviewer, greeted by first name', (rule) => {
    const { text } = render(rule, [recruiter, interviewer, secondInterviewer, copied]);
    const found = drafts(text);
    expect(found.map((d) => d.greeting)).toEqual(rule === 'stay-in-touch' ? ['Hi Emily,', 'Hi Tomás,'] : ['Dear Emily,', 'Dear Tomás,']);
    expect(text).not.toContain('Priya');
    expect(text).not.toContain('Lee Park');
  });

  it('puts each interviewer’s own address in the To: of their email', () => {
    const found = drafts(render('thank-you-email', [recruiter, interviewer, secondInterviewer]).text);
    expect(found.map((d) => d.to)).toEqual(['Emily Garner <emily.garner@acme.example>', 'Tomás Ruiz <tomas.ruiz@acme.example>']);
  });

  it('falls back to the one who arranged it when no interviewer is named, and thanks them for arranging, not for meeting', () => {
    const { text } = render('thank-you-email', [robot, recruiter, copied]);
    const found = drafts(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.to).toBe('Priya Natarajan <priya@acme.example>');
    expect(found[0]?.greeting).toBe('Dear Priya,');
    expect(text).toContain('jobnudge does not know who interviewed you.');
    expect(text).toContain('Thank you for arranging my interview today for the Data Engineer role at Acme.');
    expect(text).not.toContain('Thank you for meeting with me');
  });

  it('names one person once, even when the invite and the email list them with different addresses', () => {
    const again: Contact = { name: 'Emily Garner', email: null, robot: false, source: 'mention', part: 'interviewer' };
    const twice: Contact = { name: 'Emily Garner', email: 'egarner@acme-mail.example', robot: false, source: 'from', part: 'arranged' };
    const { text } = render('thank-you-email', [interviewer, again, twice]);
    expect(drafts(text)).toHaveLength(1);
    expect(text).not.toMatch(/Emily Garner and Emily Garner/);
  });

  it('leaves a slot when nobody at all is named, rather than writing to a robot', () => {
    const { text } = render('thank-you-email', [robot, copied]);
    const found = drafts(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.greeting).toBe('Dear [name],');
    expect(found[0]?.to).toBe("[interviewer's name and email address]");
  });
});

describe('never a robot, a team inbox or a no-reply sender', () => {
  const noReplyTeam: Contact = { name: 'Amentum Talent Acquisition', email: 'do_not_reply@amentum.example', robot: true, source: 'from', part: 'arranged' };
  const teamSigner: Contact = { name: 'Amentum Talent Acquisition', email: null, robot: false, source: 'signature', part: 'arranged' };
  const careers: Contact = { name: 'Acme Careers', email: 'careers@acme.example', robot: false, source: 'reply-to', part: 'arranged' };

  it.each(['confirm-receipt', 'status-check', 'thank-you-email', 'ask-feedback', 'stay-in-touch'] as const)(
    '%s with only a no-reply sender and a team signature says to wait, and greets nobody',
    (rule) => {
      const { text } = render(rule, [noReplyTeam, teamSigner, careers]);
      expect(text).not.toMatch(/Hello Amentum|Dear Amentum|Hi Amentum|Acme Careers|do_not_reply/);
      expect(drafts(text)).toEqual([]);
    },
  );

  it('keeps the person and drops the robot when both wrote', () => {
    const { text } = render('status-check', [noReplyTeam, careers, recruiter]);
    expect(drafts(text).map((d) => d.to)).toEqual(['Priya Natarajan <priya@acme.example>']);
  });

  it('does not show a no-reply address in To: even under a person’s name', () => {
    const personOnRobot: Contact = { name: 'Dana Okafor', email: 'no-reply@acme.example', robot: false, source: 'from', part: 'arranged' };
    const found = drafts(render('status-check', [personOnRobot]).text);
    expect(found[0]?.to).toBe('Dana Okafor <[address: not in the emails so far]>');
    expect(found[0]?.greeting).toBe('Dear Dana,');
  });
});

describe('a staffing agency', () => {
  const agencyRecruiter: Contact = { name: 'Jordan Blake', email: 'jordan.blake@bluepeakstaffing.example', robot: false, source: 'from', part: 'arranged' };
  const clientInterviewer: Contact = { name: 'Hannah Osei', email: 'hannah.osei@acme.example', robot: false, source: 'calendar', part: 'interviewer' };

  it('writes the status check to the recruiter and names the client as the employer', () => {
    const { text } = render('status-check', [agencyRecruiter, clientInterviewer]);
    const [draft] = drafts(text);
    expect(draft?.to).toBe('Jordan Blake <jordan.blake@bluepeakstaffing.example>');
    expect(draft?.greeting).toBe('Dear Jordan,');
    expect(text).toContain('Send Jordan Blake (your recruiter) one polite email');
    expect(text).toContain('Thank you again for arranging my interview with Acme on Tue 3 Nov for the Data Engineer role.');
    expect(text).toContain('I remain very interested in joining Acme');
    // The agency appears only in the recruiter's address, never as the employer.
    expect(text.split('\n').filter((line) => !line.startsWith('To: ')).join('\n')).not.toMatch(/Blue ?Peak/i);
  });

  it('thanks the client’s interviewer, not the recruiter', () => {
    const found = drafts(render('thank-you-email', [agencyRecruiter, clientInterviewer]).text);
    expect(found.map((d) => [d.to, d.greeting])).toEqual([['Hannah Osei <hannah.osei@acme.example>', 'Dear Hannah,']]);
  });

  it('asks the recruiter whether the client received the application', () => {
    const { text } = render('confirm-receipt', [agencyRecruiter], { stage: 'applied', interviewRound: 0, interviewAt: null });
    expect(text).toContain('I sent my application for the Data Engineer role at Acme on Tue 20 Oct');
    expect(drafts(text)[0]?.to).toBe('Jordan Blake <jordan.blake@bluepeakstaffing.example>');
  });
});

describe('contacts stored before parts were read', () => {
  it('reads From as the arranger and a calendar attendee named in the text as an interviewer', () => {
    const legacyFrom: Contact = { name: 'Priya Natarajan', email: 'priya@acme.example', robot: false, source: 'from' };
    const legacyMention: Contact = { name: 'Emily Garner', email: null, robot: false, source: 'mention' };
    expect(drafts(render('status-check', [legacyFrom, legacyMention]).text)[0]?.to).toBe('Priya Natarajan <priya@acme.example>');
    expect(drafts(render('thank-you-email', [legacyFrom, legacyMention]).text)[0]?.greeting).toBe('Dear Emily,');
  });
});
