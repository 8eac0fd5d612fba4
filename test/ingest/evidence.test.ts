import { describe, expect, it } from 'vitest';
import { evidenceOf, MAX_EVIDENCE_ITEMS, requisitionIdsIn, subjectKeyOf, withMailEvidence } from '../../shared/applications/evidence.ts';
import type { OriginalMessage } from '../../shared/domain/message.ts';

const original = (overrides: Partial<OriginalMessage> = {}): OriginalMessage => ({
  from: { name: 'Priya Nair', address: 'Priya.Nair@halcyon.example' },
  to: [],
  cc: [],
  replyTo: [],
  date: new Date('2026-11-10T16:00:00Z'),
  subject: 'Re: Interview for Data Analyst (R-20417)',
  messageId: 'invite-2@halcyon.example',
  inReplyTo: 'invite-1@halcyon.example',
  references: ['thread-0@halcyon.example', 'invite-1@halcyon.example'],
  text: 'Req ID: R-20417',
  calendars: [],
  ...overrides,
});

describe('what an email says about where it belongs', () => {
  it('reads requisition ids written with a label or in the Workday style, one way each', () => {
    expect(requisitionIdsIn('Interview: Lab Operations Manager (Req 4471)', '')).toEqual(['4471']);
    expect(requisitionIdsIn('Data Analyst (R-20417)', 'Requisition #R-20417 and JR0042317')).toEqual(['R20417', 'JR0042317']);
    expect(requisitionIdsIn('Thank you for applying', 'We will be in touch in 2026.')).toEqual([]);
  });

  it('keeps the thread, the human sender and its employer domain, and the subject without prefixes', () => {
    const evidence = evidenceOf(original(), [{ name: 'Marcus Webb', email: 'marcus@halcyon.example', robot: false, source: 'mention' }], ['casey@example.org']);
    expect(evidence).toEqual({
      messageId: 'invite-2@halcyon.example',
      inReplyTo: 'invite-1@halcyon.example',
      references: ['thread-0@halcyon.example', 'invite-1@halcyon.example'],
      senderAddress: 'priya.nair@halcyon.example',
      senderIsShared: false,
      senderDomain: 'halcyon.example',
      peopleAddresses: ['marcus@halcyon.example'],
      requisitionIds: ['R20417'],
      subjectKey: 'interview for data analyst (r-20417)',
    });
  });

  it('marks robots and team inboxes as shared senders, and free mail and platforms as no employer domain', () => {
    expect(evidenceOf(original({ from: { name: 'Halcyon Careers', address: 'no-reply@halcyon.example' } }), [], [])).toMatchObject({ senderIsShared: true });
    expect(evidenceOf(original({ from: { name: 'Jordan', address: 'jordan@gmail.com' } }), [], [])).toMatchObject({ senderDomain: null });
    expect(evidenceOf(original({ from: { name: 'Acme', address: 'acme@myworkday.com' } }), [], [])).toMatchObject({ senderDomain: null });
  });

  it('stays small whatever the headers: long ids dropped, lists and subjects capped', () => {
    const huge = `${'x'.repeat(5_000)}@halcyon.example`;
    const references = Array.from({ length: 500 }, (_, i) => `ref-${i}@halcyon.example`);
    const evidence = evidenceOf(original({ messageId: huge, inReplyTo: huge, references, subject: 'Interview '.repeat(1_000) }), [], []);
    expect(evidence.messageId).toBeNull();
    expect(evidence.inReplyTo).toBeNull();
    expect(evidence.references.length).toBeLessThanOrEqual(20);
    expect(evidence.subjectKey?.length).toBeLessThanOrEqual(200);
    let kept = withMailEvidence(undefined, evidence);
    for (let i = 0; i < 100; i++) kept = withMailEvidence(kept, { ...evidence, messageId: `m-${i}@halcyon.example` });
    expect(kept.messageIds.length).toBe(MAX_EVIDENCE_ITEMS);
    expect(kept.messageIds.at(-1)).toBe('m-99@halcyon.example');
  });

  it('reads a subject too short to tell threads apart as no subject evidence', () => {
    expect(subjectKeyOf('Re: Update')).toBeNull();
    expect(subjectKeyOf('Fwd: RE: Your application to Pinecrest')).toBe('your application to pinecrest');
  });
});
