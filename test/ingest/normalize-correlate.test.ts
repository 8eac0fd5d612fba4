import { describe, expect, it } from 'vitest';
import { correlate, type CorrelationInput } from '../../shared/applications/correlate.ts';
import { NO_EVIDENCE, type MailEvidence } from '../../shared/applications/evidence.ts';
import type { ApplicationEvidence } from '../../shared/domain/application.ts';
import { companyKey, roleKey } from '../../shared/applications/normalize.ts';
import { anApplication } from '../support/records.ts';

describe('companyKey and roleKey', () => {
  it('gives the same company key to spellings of one employer', () => {
    const keys = ['Acme, Inc.', 'ACME Inc', 'The Acme Company', 'acme'].map(companyKey);
    expect(new Set(keys)).toEqual(new Set(['acme']));
    expect(companyKey('Société Générale SA')).toBe('societe generale');
    expect(companyKey('...')).toBeNull();
  });

  it('reads a dotted or two-word legal form as one, so the same employer keeps one key', () => {
    expect(companyKey('Hallstatt Bergbahnen S.A.')).toBe(companyKey('Hallstatt Bergbahnen'));
    expect(companyKey('Kestrel Freight Pte. Ltd.')).toBe('kestrel freight');
    expect(companyKey('Dunmore Software DAC')).toBe(companyKey('Dunmore'));
    expect(companyKey('Tintorera Industrial, S.A. de C.V.')).toBe('tintorera industrial');
    // Initials that are the name itself stay.
    expect(companyKey('J.P. Ortega')).toBe('jp ortega');
  });

  it('gives one key to an employer written with and without a descriptor word', () => {
    const keys = ['ECS', 'Ecstech', 'ECS Federal', 'ECS Federal, LLC', 'Ecs Tech'].map(companyKey);
    expect(new Set(keys)).toEqual(new Set(['ecs']));
    expect(companyKey('Cisco Systems')).toBe(companyKey('Cisco'));
    expect(companyKey('Acme (UK)')).toBe('acme');
    // A descriptor alone stays: nothing else would be left.
    expect(companyKey('Global Solutions')).toBe('global');
    expect(companyKey('Global')).toBe('global');
  });

  it('drops brackets, requisition ids and abbreviations from role keys but keeps levels', () => {
    expect(roleKey('Sr. Data Engineer (Remote) – Req #12345')).toBe('senior data engineer');
    expect(roleKey('Data Engineer, R-10234')).toBe('data engineer');
    expect(roleKey('Software Engineer II')).toBe('software engineer ii');
    expect(roleKey('Software Engineer II')).not.toBe(roleKey('Software Engineer'));
  });
});

describe('correlate', () => {
  const mail = (overrides: Partial<MailEvidence> = {}): MailEvidence => ({
    messageId: null,
    inReplyTo: null,
    references: [],
    senderAddress: null,
    senderIsShared: false,
    senderDomain: null,
    peopleAddresses: [],
    requisitionIds: [],
    subjectKey: null,
    ...overrides,
  });
  const input = (overrides: Partial<CorrelationInput>): CorrelationInput => ({
    kind: 'interview',
    companyKey: 'acme',
    roleKey: 'data engineer',
    evidence: mail(),
    ...overrides,
  });
  const kept = (overrides: Partial<ApplicationEvidence>): ApplicationEvidence => ({ ...NO_EVIDENCE, ...overrides });
  const dataEng = anApplication({ id: 'de' });
  const analyst = anApplication({ id: 'an', role: 'Analyst', roleKey: 'analyst' });

  it('matches the same company and role', () => {
    expect(correlate(input({}), [analyst, dataEng])).toMatchObject({ match: 'existing', application: { id: 'de' } });
  });

  it('uses the one open application at the company when the email names no role', () => {
    const closedAnalyst = { ...analyst, stage: 'rejected' as const };
    expect(correlate(input({ roleKey: null }), [closedAnalyst, dataEng])).toMatchObject({ match: 'existing', application: { id: 'de' } });
  });

  it('files on its own, listing both, when several are open and nothing tells them apart', () => {
    const result = correlate(input({ roleKey: null }), [analyst, dataEng]);
    expect(result.match).toBe('new');
    expect(result.match === 'new' ? result.ambiguous.map((c) => c.application.id).sort() : []).toEqual(['an', 'de']);
  });

  it('tells open applications apart by a known human contact', () => {
    const withContact = { ...analyst, contacts: [{ name: 'Rae', email: 'rae@acme.example', robot: false, source: 'from' as const }] };
    const result = correlate(input({ roleKey: null, evidence: mail({ senderAddress: 'rae@acme.example' }) }), [withContact, dataEng]);
    expect(result).toMatchObject({ match: 'existing', application: { id: 'an' } });
  });

  it('opens a new application for a new confirmation of a role that was closed', () => {
    const closed = { ...dataEng, stage: 'rejected' as const };
    expect(correlate(input({ kind: 'confirmation' }), [closed])).toMatchObject({ match: 'new' });
    expect(correlate(input({ kind: 'rejection' }), [closed])).toMatchObject({ match: 'existing' });
  });

  it('never starts an application for unrelated mail', () => {
    expect(correlate(input({ kind: 'other' }), [])).toMatchObject({ match: 'none' });
    expect(correlate(input({ kind: 'other' }), [dataEng])).toMatchObject({ match: 'existing' });
  });

  it('attaches a reply to an email of an application, whatever company was read from it', () => {
    const invited = { ...dataEng, evidence: kept({ messageIds: ['invite-1@acme.example'] }) };
    const reply = input({ kind: 'rejection', companyKey: 'data platform', roleKey: null, evidence: mail({ inReplyTo: 'invite-1@acme.example' }) });
    expect(correlate(reply, [analyst, invited])).toMatchObject({ match: 'existing', application: { id: 'de' } });
    expect(correlate({ ...reply, evidence: mail() }, [analyst, invited])).toMatchObject({ match: 'new', ambiguous: [] });
  });

  it('attaches by requisition id and employer domain when the company reads differently', () => {
    const applied = { ...dataEng, evidence: kept({ requisitionIds: ['R20417'], senderDomains: ['acme.example'] }) };
    const news = input({ companyKey: 'acme talent', roleKey: null, evidence: mail({ requisitionIds: ['R20417'] }) });
    expect(correlate(news, [applied])).toMatchObject({ match: 'existing', application: { id: 'de' } });
    const byDomainAndPerson = input({ companyKey: null, roleKey: null, evidence: mail({ senderDomain: 'acme.example', subjectKey: 'data engineer interview' }) });
    const withSubject = { ...applied, evidence: kept({ senderDomains: ['acme.example'], subjectKeys: ['data engineer interview'] }) };
    expect(correlate(byDomainAndPerson, [withSubject])).toMatchObject({ match: 'existing', application: { id: 'de' } });
  });

  it('keeps two jobs at one employer apart: a different role or requisition is a different application', () => {
    const first = { ...dataEng, contacts: [{ name: 'Jane', email: 'jane@acme.example', robot: false, source: 'from' as const }], evidence: kept({ requisitionIds: ['4471'] }) };
    const sameRecruiterOtherJob = input({ roleKey: 'research associate', evidence: mail({ senderAddress: 'jane@acme.example', requisitionIds: ['4502'] }) });
    expect(correlate(sameRecruiterOtherJob, [first])).toMatchObject({ match: 'new' });
    expect(correlate(input({ roleKey: null, evidence: mail({ requisitionIds: ['4502'] }) }), [first])).toMatchObject({ match: 'new' });
    // The thread outweighs a role read differently.
    const threaded = { ...first, evidence: kept({ messageIds: ['a@acme.example'], requisitionIds: ['4471'] }) };
    expect(correlate(input({ roleKey: 'data engineering', evidence: mail({ inReplyTo: 'a@acme.example' }) }), [threaded])).toMatchObject({ match: 'existing' });
  });

  it("keeps an agency recruiter's two clients apart, but not an employer's own manager read under his team's name", () => {
    const recruiter = [{ name: 'Dana Okafor', email: 'dana@brightpath.example', robot: false, source: 'from' as const }];
    const norvale = anApplication({ id: 'norvale', company: 'Norvale Energy', companyKey: 'norvale energy', contacts: recruiter, evidence: kept({ senderDomains: ['brightpath.example'] }) });
    const fromDana = mail({ senderAddress: 'dana@brightpath.example', senderDomain: 'brightpath.example' });
    expect(correlate(input({ companyKey: 'acme', evidence: fromDana }), [norvale])).toMatchObject({ match: 'new' });
    expect(correlate(input({ companyKey: 'norvale energy', evidence: fromDana }), [norvale])).toMatchObject({ match: 'existing' });

    const crestline = anApplication({ id: 'crestline', company: 'Crestline Health', companyKey: 'crestline health', evidence: kept({ senderDomains: ['crestlinehealth.org'] }) });
    const manager = mail({ senderAddress: 'wes.park@crestlinehealth.org', senderDomain: 'crestlinehealth.org' });
    expect(correlate(input({ kind: 'rejection', companyKey: 'data platform', evidence: manager }), [crestline])).toMatchObject({ match: 'existing' });
  });

  it('weighs frozen records (as import holds them, with what it works out from each kept) as it weighs fresh ones, every time', () => {
    const rae = [{ name: 'Rae', email: 'Rae@acme.example', robot: false, source: 'from' as const }];
    const fresh = [
      { ...analyst, contacts: rae },
      { ...dataEng, evidence: kept({ senderAddresses: ['jo@acme.example'], senderDomains: ['acme.example'] }) },
      anApplication({ id: 'crestline', company: 'Crestline Health', companyKey: 'crestline health', evidence: kept({ senderDomains: ['crestlinehealth.org'] }) }),
    ];
    const frozen = fresh.map((application) => Object.freeze(structuredClone(application)));
    const emails = [
      input({ roleKey: null, evidence: mail({ senderAddress: 'rae@acme.example' }) }),
      input({ roleKey: null, evidence: mail({ senderAddress: 'jo@acme.example' }) }),
      input({ kind: 'rejection', companyKey: 'data platform', evidence: mail({ senderAddress: 'wes@crestlinehealth.org', senderDomain: 'crestlinehealth.org' }) }),
      input({ companyKey: 'brightpath', evidence: mail({ senderAddress: 'rae@acme.example', senderDomain: 'brightpath.example' }) }),
    ];
    const matches = emails.map((email) => correlate(email, fresh));
    expect(matches.map((m) => (m.match === 'existing' ? m.application.id : m.match))).toEqual(['an', 'de', 'crestline', 'new']);
    for (const pass of [1, 2]) {
      expect(emails.map((email) => correlate(email, frozen)), `pass ${pass}`).toEqual(matches);
    }
  });

  it('reads old applications stored without evidence by company and role alone', () => {
    const old = anApplication({ id: 'old' });
    expect('evidence' in old).toBe(false);
    expect(correlate(input({ evidence: mail({ inReplyTo: 'x@y', requisitionIds: ['R1234'] }) }), [old])).toMatchObject({ match: 'existing', application: { id: 'old' } });
  });
});
