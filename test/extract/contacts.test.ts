import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { isRobotAddress } from '../../shared/extract/robots.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'UTC', kind: 'interview' } as const;

describe('contacts', () => {
  it('lists a human sender and merges the signature naming the same person', () => {
    const result = extract(
      message({ from: 'Jane Smith <Jane.Smith@acme-corp.com>', text: 'Hi Sam,\n\nThanks for your time.\n\nBest regards,\nJane Smith\nTalent Partner\n' }),
      context,
    );
    expect(result.contacts).toEqual([{ name: 'Jane Smith', email: 'jane.smith@acme-corp.com', robot: false, source: 'from', part: 'arranged' }]);
  });

  it('flags no-reply, notification and ATS senders as robots', () => {
    for (const address of ['no-reply@acme-corp.com', 'noreply@acme-corp.com', 'donotreply@acme-corp.com', 'notifications@acme-corp.com', 'mailer-daemon@acme-corp.com', 'jane@hire.lever.co', 'talent@greenhouse.io']) {
      expect(isRobotAddress(address), address).toBe(true);
    }
    expect(isRobotAddress('jane.smith@acme-corp.com')).toBe(false);
    expect(isRobotAddress('recruiting@acme-corp.com')).toBe(false);
  });

  it('keeps a robot sender as a robot and adds the human signer and reply-to', () => {
    const result = extract(
      message({
        from: 'Acme Corp <no-reply@greenhouse.io>',
        replyTo: ['Priya Raman <priya.raman@acme-corp.com>'],
        text: 'We would like to invite you to interview.\n\nKind regards,\nTom Lee\nRecruiting Coordinator\ntom.lee@acme-corp.com',
      }),
      context,
    );
    expect(result.contacts).toEqual([
      { name: 'Acme Corp', email: 'no-reply@greenhouse.io', robot: true, source: 'from', part: 'arranged' },
      { name: 'Priya Raman', email: 'priya.raman@acme-corp.com', robot: false, source: 'reply-to', part: 'arranged' },
      { name: 'Tom Lee', email: 'tom.lee@acme-corp.com', robot: false, source: 'signature', part: 'arranged' },
    ]);
  });

  it('adds interviewers named in the body, without duplicates', () => {
    const result = extract(
      message({
        from: 'Priya Raman <priya.raman@acme-corp.com>',
        text: 'On the day you will meet with Priya Raman (Engineering Manager) and Tom Lee, and later speak with Ana Ruiz.',
      }),
      context,
    );
    expect(result.contacts.map((contact) => [contact.name, contact.source])).toEqual([
      ['Priya Raman', 'from'],
      ['Tom Lee', 'mention'],
      ['Ana Ruiz', 'mention'],
    ]);
  });

  it('does not list the user, whether as recipient, attendee or a known address', () => {
    const result = extract(
      message({ from: 'Jane Smith <jane.smith@acme-corp.com>', cc: ['Sam Seeker <sam.other@example.org>', 'Tom Lee <tom.lee@acme-corp.com>'] }),
      { ...context, userAddresses: ['sam.other@example.org'] },
    );
    expect(result.contacts.map((contact) => contact.email)).toEqual(['jane.smith@acme-corp.com', 'tom.lee@acme-corp.com']);
  });

  it('lists the recipients when the user forwarded their own application', () => {
    const result = extract(
      message({ from: 'Sam Seeker <sam.seeker@example.net>', to: ['Jane Smith <jane.smith@acme-corp.com>'], text: 'Dear Ms Smith, please find my resume attached.' }),
      { timeZone: 'UTC', kind: 'confirmation', userAddresses: ['sam.seeker@example.net'] },
    );
    expect(result.contacts).toEqual([{ name: 'Jane Smith', email: 'jane.smith@acme-corp.com', robot: false, source: 'to', part: 'arranged' }]);
  });

  it('gives a sender without a display name an empty name, not the address', () => {
    const result = extract(message({ from: 'jobs@acme-corp.com', text: 'We received your application.' }), context);
    expect(result.contacts).toEqual([{ name: '', email: 'jobs@acme-corp.com', robot: false, source: 'from', part: 'arranged' }]);
  });

  it('takes the name from the signature when the sender had none', () => {
    const result = extract(
      message({ from: 'jane.smith@acme-corp.com', text: 'Thanks for your time.\n\nBest regards,\nJane Smith\nTalent Partner\njane.smith@acme-corp.com' }),
      context,
    );
    expect(result.contacts).toEqual([{ name: 'Jane Smith', email: 'jane.smith@acme-corp.com', robot: false, source: 'from', part: 'arranged' }]);
  });
});

describe('signatures', () => {
  const robot = 'Harbor Lane Careers <no-reply@harborlane-jobs.example>';
  const signer = (text: string) => extract(message({ from: robot, text }), context).contacts.find((c) => c.source === 'signature');

  it('reads a first name alone under a closing, with or without a dash before it', () => {
    expect(signer('Could you send two times that suit you?\n\nThanks so much,\n~Odile')).toMatchObject({ name: 'Odile', email: null });
    expect(signer('Talk soon.\n\nBest,\n- Bram')).toMatchObject({ name: 'Bram' });
  });

  it('reads a full name and title at the end when there is no closing line', () => {
    const found = extract(message({ from: robot, text: 'We would like to set up a first call next week.\n\nLinnea Vartan\nSenior Recruiter, Harbor Lane\nlinnea@harborlane.example' }), context);
    expect(found.contacts.find((c) => c.source === 'signature')).toEqual({ name: 'Linnea Vartan', email: 'linnea@harborlane.example', robot: false, source: 'signature', part: 'arranged' });
  });

  it('reads a first name over a "title, company" line, as founders sign', () => {
    expect(signer('Free for a quick chat this week?\nTeodor\nCTO, Fernbrook Robotics')).toMatchObject({ name: 'Teodor' });
  });

  it('does not take a job card or a lone capitalised line for a signer', () => {
    // A company over a job title (a job-alert card), and two capitalised words with no title under them.
    expect(signer('New jobs for you.\n\nBrightwell Data Solutions\nStaff Data Engineer\nRemote')).toBeUndefined();
    expect(signer('Your application is in.\n\nView Status\nUnsubscribe here')).toBeUndefined();
    expect(signer('We reviewed your application.\nTeodor\nStaff Engineer')).toBeUndefined();
    // The company signing with its own name under a closing.
    const company = extract(message({ from: 'careers@brightwell.example', text: 'We received your application for the Analyst role at Brightwell.\n\nThanks,\nBrightwell' }), context);
    expect(company.contacts.map((c) => c.source)).not.toContain('signature');
  });
});

describe('the user and name-only senders', () => {
  it('gives a sender that has a name but no address a null email, not an empty one', () => {
    const original = { ...message({ text: 'We would like to invite you to an interview.' }), from: { name: 'Olu Bankole', address: '' } };
    const result = extract(original, context);
    expect(result.contacts.find((c) => c.name === 'Olu Bankole')).toMatchObject({ email: null, robot: false });
  });

  it('never takes the company from the user’s own domain when the user wrote the message', () => {
    const original = message({
      from: 'Sam Seeker <sam.seeker@seeker-consulting.example>',
      to: ['Jane Smith <jane.smith@acme-corp.com>'],
      text: 'Hi Jane,\n\nThank you for the invitation to interview on Thursday.\n\nSam',
    });
    const asStranger = extract(original, context);
    const asUser = extract(original, { ...context, userAddresses: ['sam.seeker@seeker-consulting.example'] });
    expect(asStranger.company).toMatch(/seeker/i);
    expect(asUser.company ?? '').not.toMatch(/seeker/i);
  });
});
