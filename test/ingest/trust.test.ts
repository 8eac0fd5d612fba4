import { describe, expect, it } from 'vitest';
import { UNCHECKED_VERDICTS, type AuthVerdicts, type MessageEnvelope } from '../../shared/applications/envelope.ts';
import { checkSender, isAllowedAddress, screenEnvelope } from '../../shared/applications/trust.ts';

const allowed = ['Casey.User@Example.org', 'casey@work.example'];
const passing: AuthVerdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };
const envelope = (source: string, verdicts: Partial<AuthVerdicts> = {}): MessageEnvelope => ({ source, verdicts: { ...passing, ...verdicts } });

describe('screenEnvelope', () => {
  it('quarantines mail SES marked as virus or spam, naming the verdicts', () => {
    const virus = screenEnvelope(envelope('casey.user@example.org', { virus: 'FAIL' }), allowed);
    expect(virus).toMatchObject({ accepted: false, outcome: 'quarantined' });
    expect(!virus.accepted && virus.reason).toMatch(/virus.*auth:virus=FAIL/);
    expect(screenEnvelope(envelope('casey.user@example.org', { spam: 'FAIL' }), allowed)).toMatchObject({ outcome: 'quarantined' });
  });

  it('accepts the user own envelope sender in any letter case, and Gmail auto-forward +caf_ senders', () => {
    expect(screenEnvelope(envelope('CASEY.USER@example.ORG'), allowed)).toEqual({ accepted: true, sourceAllowed: true });
    expect(screenEnvelope(envelope('casey.user+caf_=jobs=inbox.example@example.org'), allowed)).toEqual({ accepted: true, sourceAllowed: true });
  });

  it('ignores strangers without parsing, but lets Google through for a possible verification mail', () => {
    expect(screenEnvelope(envelope('recruiter@acme.example'), allowed)).toMatchObject({ accepted: false, outcome: 'ignored' });
    expect(screenEnvelope(envelope('casey.userx@example.org'), allowed)).toMatchObject({ accepted: false, outcome: 'ignored' });
    expect(screenEnvelope(envelope('bounce-123@google.com'), allowed)).toEqual({ accepted: true, sourceAllowed: false });
  });
});

describe('checkSender', () => {
  const user = { sourceAllowed: true };
  it('accepts the user own From header', () => {
    expect(checkSender({ outerFrom: 'casey@work.example', envelope: envelope('casey@work.example'), screen: user, isForwardingVerification: false }, allowed)).toEqual({
      accepted: true,
      as: 'user',
    });
  });

  it('ignores a From header that is not the user, even when the envelope sender is', () => {
    const result = checkSender({ outerFrom: 'boss@acme.example', envelope: envelope('casey@work.example'), screen: user, isForwardingVerification: false }, allowed);
    expect(result).toMatchObject({ accepted: false, outcome: 'ignored' });
  });

  it('quarantines the user own From when DMARC failed, as spoofed', () => {
    const result = checkSender(
      { outerFrom: 'casey@work.example', envelope: envelope('casey@work.example', { dmarc: 'FAIL' }), screen: user, isForwardingVerification: false },
      allowed,
    );
    expect(result).toMatchObject({ accepted: false, outcome: 'quarantined' });
    expect(!result.accepted && result.reason).toMatch(/spoofed.*auth:dmarc=FAIL/);
  });

  it('accepts Gmail forwarding verification only from Google with DMARC passing or unchecked', () => {
    const google = { outerFrom: 'forwarding-noreply@google.com', screen: { sourceAllowed: false }, isForwardingVerification: true };
    expect(checkSender({ ...google, envelope: envelope('x@google.com') }, allowed)).toEqual({ accepted: true, as: 'forwarding-verification' });
    expect(checkSender({ ...google, envelope: { source: 'x@google.com', verdicts: UNCHECKED_VERDICTS } }, allowed)).toMatchObject({ accepted: true });
    expect(checkSender({ ...google, envelope: envelope('x@google.com', { dmarc: 'FAIL' }) }, allowed)).toMatchObject({ outcome: 'quarantined' });
    expect(checkSender({ ...google, isForwardingVerification: false, envelope: envelope('x@google.com') }, allowed)).toMatchObject({ outcome: 'ignored' });
  });
});

describe('isAllowedAddress', () => {
  it('does not accept a plus tag on the From header', () => {
    expect(isAllowedAddress('casey+x@work.example', allowed, { allowPlusTag: false })).toBe(false);
    expect(isAllowedAddress('<casey@work.example>', allowed, { allowPlusTag: false })).toBe(true);
  });
});
