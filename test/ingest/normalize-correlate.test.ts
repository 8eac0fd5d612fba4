import { describe, expect, it } from 'vitest';
import { correlate, type CorrelationInput } from '../../shared/applications/correlate.ts';
import { companyKey, roleKey } from '../../shared/applications/normalize.ts';
import { anApplication } from '../support/records.ts';

describe('companyKey and roleKey', () => {
  it('gives the same company key to spellings of one employer', () => {
    const keys = ['Acme, Inc.', 'ACME Inc', 'The Acme Company', 'acme'].map(companyKey);
    expect(new Set(keys)).toEqual(new Set(['acme']));
    expect(companyKey('Société Générale SA')).toBe('societe generale');
    expect(companyKey('...')).toBeNull();
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
  const input = (overrides: Partial<CorrelationInput>): CorrelationInput => ({
    kind: 'interview',
    companyKey: 'acme',
    roleKey: 'data engineer',
    occurredAt: '2026-11-20T09:00:00.000Z',
    senderAddress: null,
    ...overrides,
  });
  const dataEng = anApplication({ id: 'de' });
  const analyst = anApplication({ id: 'an', role: 'Analyst', roleKey: 'analyst' });

  it('matches the same company and role', () => {
    expect(correlate(input({}), [analyst, dataEng])).toMatchObject({ match: 'existing', application: { id: 'de' } });
  });

  it('uses the one open application at the company when the email names no role', () => {
    const closedAnalyst = { ...analyst, stage: 'rejected' as const };
    expect(correlate(input({ roleKey: null }), [closedAnalyst, dataEng])).toMatchObject({ match: 'existing', application: { id: 'de' } });
  });

  it('starts a new application when several are open and nothing tells them apart', () => {
    expect(correlate(input({ roleKey: null }), [analyst, dataEng])).toMatchObject({ match: 'new' });
  });

  it('tells open applications apart by a known human contact', () => {
    const withContact = { ...analyst, contacts: [{ name: 'Rae', email: 'rae@acme.example', robot: false, source: 'from' as const }] };
    const result = correlate(input({ roleKey: null, senderAddress: 'RAE@acme.example' }), [withContact, dataEng]);
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
});
