import { describe, expect, it } from 'vitest';
import { isNegatedAt, isSelectionConditional, isSupposedAt } from '../../shared/classify/context.ts';
import { normalizeMessage, splitSentences } from '../../shared/classify/normalize.ts';
import { identifySender } from '../../shared/classify/senders.ts';
import { buildMessage } from './build-message.ts';

describe('normalizeMessage', () => {
  it('lower-cases, folds curly quotes and drops reply prefixes from the subject', () => {
    const message = normalizeMessage(buildMessage({ subject: 'RE: Fwd: We\u2019d Like To Talk', text: 'We\u2019re glad.' }));
    expect(message.subject).toBe("we'd like to talk");
    expect(message.isReply).toBe(true);
    expect(message.main).toBe("we're glad.");
  });

  it('drops quoted history, quoted lines and the signature', () => {
    const message = normalizeMessage(
      buildMessage({
        text: 'Sounds good, see you then.\n> earlier line\n-- \nJo Recruiter\nPhone 555\n',
      }),
    );
    expect(message.main).toBe('sounds good, see you then.');
    const replied = normalizeMessage(
      buildMessage({ text: 'Thanks for the update on timing.\n\nOn Mon, 3 Mar 2025, Pat <pat@example.org> wrote:\nWe regret to inform you.' }),
    );
    expect(replied.main).not.toContain('regret');
  });

  it('keeps a body that starts with a history marker, since then it is the message itself', () => {
    const message = normalizeMessage(buildMessage({ text: '-----Original Message-----\nWe have received your application.' }));
    expect(message.main).toContain('received your application');
  });

  it('keeps footer lines out of the main text but in the full text', () => {
    const message = normalizeMessage(buildMessage({ text: 'Your application is under review.\nUnsubscribe from these emails' }));
    expect(message.main).not.toContain('unsubscribe');
    expect(message.full).toContain('unsubscribe');
  });

  it('drops only the boilerplate sentence of a paragraph that also says something', () => {
    const message = normalizeMessage(
      buildMessage({ text: 'Hello Sam,\n\nYour careers account has been idle since May. Read our privacy policy for details. Sign in to keep it.\n\nAll rights reserved.' }),
    );
    expect(message.main).toContain('your careers account has been idle since may.');
    expect(message.main).toContain('sign in to keep it.');
    expect(message.main).not.toContain('privacy policy');
    expect(message.main).not.toContain('rights reserved');
    expect(message.sentences).toContain('hello sam,');
  });

  it('takes the sender domain from the address', () => {
    const message = normalizeMessage(buildMessage({ from: 'Acme <No-Reply@Hire.Lever.co>', text: 'x' }));
    expect(message.fromDomain).toBe('hire.lever.co');
  });
});

describe('splitSentences', () => {
  it('joins hard-wrapped lines and splits on sentence ends', () => {
    const text =
      'thank you for applying to the platform engineering team at\nnorthwind. we will review it soon.\n\nbest';
    expect(splitSentences(text)).toEqual(['thank you for applying to the platform engineering team at northwind.', 'we will review it soon.', 'best']);
  });

  it('keeps short lines of converted HTML apart', () => {
    expect(splitSentences('apply now\nsenior analyst\nacme')).toEqual(['apply now', 'senior analyst', 'acme']);
  });
});

describe('sentence context', () => {
  it('sees a negation shortly before a phrase', () => {
    const sentence = 'we are unable to invite you to an interview';
    expect(isNegatedAt(sentence, sentence.indexOf('invite'))).toBe(true);
  });

  it('ignores negating idioms such as "do not hesitate"', () => {
    const sentence = 'do not hesitate to book an interview slot';
    expect(isNegatedAt(sentence, sentence.indexOf('book'))).toBe(false);
  });

  it('does not let a negation reach across a clause break', () => {
    const sentence = "there's no rush, but we would like to invite you to an interview";
    expect(isNegatedAt(sentence, sentence.indexOf('invite'))).toBe(false);
  });

  it('treats selection conditions as conditional and convenience conditions as not', () => {
    expect(isSelectionConditional('if your experience matches the role, we will invite you to interview')).toBe(true);
    expect(isSelectionConditional('should the team wish to proceed, a recruiter will call you')).toBe(true);
    expect(isSelectionConditional('only shortlisted candidates will be contacted')).toBe(true);
    expect(isSelectionConditional("if you're available, we'd like to schedule an interview on friday")).toBe(false);
  });

  it('finds a supposition only before the phrase', () => {
    const sentence = 'we will not move forward, but if another role opens we will write';
    expect(isSupposedAt(sentence, sentence.indexOf('not move'))).toBe(false);
    const legend = 'if the status says closed, you were not selected';
    expect(isSupposedAt(legend, legend.indexOf('not selected'))).toBe(true);
  });
});

describe('identifySender', () => {
  it('recognises ATS mail domains and subdomains', () => {
    expect(identifySender('no-reply@us.greenhouse-mail.io', '').ats).toBe('greenhouse');
    expect(identifySender('acme@myworkday.com', '').ats).toBe('workday');
    expect(identifySender('careers@acme.example', 'Acme via Lever').ats).toBe('lever');
    expect(identifySender('someone@notgreenhouse.io', '').ats).toBeNull();
  });

  it('tells a job board alert robot from its application mail', () => {
    expect(identifySender('jobalerts-noreply@linkedin.com', '').alertRobot).toBe(true);
    const application = identifySender('jobs-noreply@linkedin.com', '');
    expect(application.board).toBe('linkedin');
    expect(application.alertRobot).toBe(false);
  });
});
