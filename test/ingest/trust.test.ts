import { describe, expect, it } from 'vitest';
import { UNCHECKED_VERDICTS, type AuthVerdicts } from '../../shared/applications/envelope.ts';
import { forwardingFormOf } from '../../shared/applications/forwarding-forms.ts';
import { decideTrust, type TrustInput } from '../../shared/applications/trust.ts';
import { headerFieldsOf, readTrustHeaders, type HeaderField } from '../../shared/applications/trust-headers.ts';

const USER = 'casey.user@example.org';
const policy = { allowedSenders: ['Casey.User@Example.org', 'casey@work.example', 'casey.g@gmail.com'], secretAddress: 'jobs+k7f3q9@inbox.example' };
const pass: AuthVerdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };
const EMPLOYER = 'rowan@quillfeather.example';

interface Case {
  readonly source?: string;
  readonly from?: string;
  readonly headers?: readonly HeaderField[];
  readonly commonFrom?: readonly string[];
  readonly verdicts?: Partial<AuthVerdicts>;
  readonly recipients?: readonly string[];
  readonly local?: boolean;
}

function input(c: Case): TrustInput {
  const from = c.from ?? USER;
  const headers = c.headers ?? [{ name: 'From', value: from }];
  return {
    envelope: { source: c.source ?? USER, verdicts: c.local ? UNCHECKED_VERDICTS : { ...pass, ...c.verdicts } },
    recipients: c.recipients ?? ['jobs@inbox.example'],
    headers: readTrustHeaders(headers),
    commonFrom: c.local ? null : (c.commonFrom ?? [from]),
    headersTruncated: false,
  };
}

const judge = (c: Case) => decideTrust(input(c), policy);
const sesAuth = (dkim: string) => ({ name: 'Authentication-Results', value: `amazonses.com; spf=fail; dkim=${dkim}; dmarc=none header.from=example.org;` });

describe('decideTrust: the user own mail needs an aligned pass', () => {
  it.each([
    { name: 'DMARC PASS', verdicts: {} },
    { name: 'DMARC GRAY, DKIM PASS by SES for the From domain', verdicts: { dmarc: 'GRAY', spf: 'FAIL' }, headers: [{ name: 'From', value: USER }, sesAuth('pass header.i=@example.org')] },
    { name: 'DMARC GRAY, SPF PASS for the same envelope domain', verdicts: { dmarc: 'GRAY', dkim: 'GRAY' } },
  ] as const)('accepts with $name', (c) => {
    expect(judge(c)).toMatchObject({ accepted: true, as: 'hand-forward', fromAddress: USER });
  });

  it.each([
    { name: 'DMARC GRAY and DKIM PASS for an unrelated domain (SES header)', verdicts: { dmarc: 'GRAY', spf: 'FAIL' }, headers: [{ name: 'From', value: USER }, sesAuth('pass header.i=@attacker.example')] },
    { name: 'DMARC GRAY and an unrelated DKIM-Signature with no SES header', verdicts: { dmarc: 'GRAY', spf: 'FAIL' }, headers: [{ name: 'From', value: USER }, { name: 'DKIM-Signature', value: 'v=1; d=attacker.example; s=x; b=abc' }] },
    { name: 'DMARC GRAY and SPF PASS for an unaligned envelope', source: USER.replace('example.org', 'attacker.example'), verdicts: { dmarc: 'GRAY', dkim: 'GRAY' } },
    { name: 'every verdict PROCESSING_FAILED', verdicts: { dmarc: 'PROCESSING_FAILED', dkim: 'PROCESSING_FAILED', spf: 'PROCESSING_FAILED' } },
    { name: 'DMARC FAIL', verdicts: { dmarc: 'FAIL', dkim: 'FAIL', spf: 'FAIL' } },
  ] as const)('quarantines as likely spoofed with $name', (c) => {
    const decision = judge(c);
    expect(decision).toMatchObject({ accepted: false, outcome: 'quarantined', claimsUser: true });
    expect(!decision.accepted && decision.reason).toMatch(/likely spoofed/);
  });

  it('trusts only the first Authentication-Results, and only when SES wrote it', () => {
    const forged = { name: 'Authentication-Results', value: 'amazonses.com; dkim=pass header.i=@example.org' };
    const headers = [{ name: 'From', value: USER }, sesAuth('pass header.i=@attacker.example'), forged];
    expect(judge({ verdicts: { dmarc: 'GRAY', spf: 'FAIL' }, headers })).toMatchObject({ accepted: false });
    const other = [{ name: 'From', value: USER }, { name: 'Authentication-Results', value: 'mx.attacker.example; dkim=pass header.i=@example.org' }];
    expect(judge({ verdicts: { dmarc: 'GRAY', spf: 'FAIL' }, headers: other })).toMatchObject({ accepted: false });
  });

  it('calls the user own mail answering a jobnudge email a reply command', () => {
    const headers = [{ name: 'From', value: USER }, { name: 'References', value: '<x@gmail.com> <reminder.app-1.prepare=2E1@inbox.example>' }];
    expect(judge({ headers })).toMatchObject({ accepted: true, as: 'reply-command' });
  });
});

describe('decideTrust: the From header itself', () => {
  it('quarantines two From headers, whichever one is the user', () => {
    const decision = judge({ headers: [{ name: 'From', value: USER }, { name: 'From', value: EMPLOYER }] });
    expect(decision).toMatchObject({ accepted: false, outcome: 'quarantined' });
    expect(!decision.accepted && decision.reason).toMatch(/2 From headers/);
  });

  it('quarantines a From header with two addresses', () => {
    expect(judge({ from: `${USER}, ${EMPLOYER}` })).toMatchObject({ accepted: false, outcome: 'quarantined', reason: expect.stringMatching(/2 addresses/) as unknown });
  });

  it('quarantines a From header that SES read as someone else', () => {
    expect(judge({ from: USER, commonFrom: [EMPLOYER] })).toMatchObject({ accepted: false, outcome: 'quarantined', reason: expect.stringMatching(/differs/) as unknown });
  });

  it('reads From from commonHeaders when SES truncated the header list before it', () => {
    const truncated = { ...input({ headers: [{ name: 'Received', value: 'from x' }] }), headersTruncated: true };
    expect(decideTrust(truncated, policy)).toMatchObject({ accepted: true, fromAddress: USER });
    expect(decideTrust({ ...truncated, headersTruncated: false }, policy)).toMatchObject({ accepted: false, outcome: 'quarantined' });
  });

  it('reads display names and letter case as SES does', () => {
    expect(judge({ from: '"Casey User" <Casey.User@EXAMPLE.org>', commonFrom: ['Casey User <casey.user@example.org>'] })).toMatchObject({ accepted: true });
  });
});

describe('decideTrust: automatic forwards keep the employer From', () => {
  const gmail = 'casey.g+caf_=jobs=inbox.example@gmail.com';
  const srs = 'bounces+SRS=7xq2a=QZ=quillfeather.example=rowan@work.example';
  it.each([
    { name: 'Gmail +caf_= of an allowed address', source: gmail, provider: 'gmail' },
    { name: 'Microsoft SRS on the user own domain', source: srs, provider: 'microsoft-srs' },
    { name: 'classic SRS0 on the user own domain', source: 'SRS0=ab12=QZ=quillfeather.example=rowan@work.example', provider: 'srs' },
  ])('accepts $name with SPF PASS', ({ source, provider }) => {
    expect(judge({ source, from: EMPLOYER, verdicts: { dmarc: 'GRAY', dkim: 'FAIL' } })).toMatchObject({ accepted: true, as: 'auto-forward', provider, fromAddress: EMPLOYER });
  });

  it.each(['FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'] as const)('quarantines a forwarding envelope with SPF %s, for the user to see', (spf) => {
    expect(judge({ source: gmail, from: EMPLOYER, verdicts: { spf } })).toMatchObject({ accepted: false, outcome: 'quarantined', claimsUser: true });
  });

  it.each([
    { name: 'Gmail +caf_= of someone else', source: 'other.person+caf_=jobs=inbox.example@gmail.com' },
    { name: 'SRS on a shared consumer domain', source: 'bounces+SRS=7xq2a=QZ=quillfeather.example=rowan@outlook.com' },
    { name: 'SRS on a domain that is not the user', source: 'SRS0=ab12=QZ=quillfeather.example=rowan@elsewhere.example' },
    { name: 'a stranger', source: 'bounces@ats.example' },
  ])('ignores $name', ({ source }) => {
    expect(judge({ source, from: EMPLOYER })).toMatchObject({ accepted: false, outcome: 'ignored', claimsUser: false });
  });

  it('records X-Forwarded-For as evidence but never accepts on it alone', () => {
    const headers = [{ name: 'From', value: EMPLOYER }, { name: 'X-Forwarded-For', value: `${USER} jobs@inbox.example` }];
    expect(judge({ source: 'bounces@ats.example', from: EMPLOYER, headers })).toMatchObject({ accepted: false, outcome: 'ignored' });
    expect(judge({ source: gmail, from: EMPLOYER, headers })).toMatchObject({ accepted: true, evidence: ['spf=PASS envelope=gmail', 'x-forwarded-for'] });
  });

  it('lists a plain envelope of the user with a stranger From, but does not act on it', () => {
    expect(judge({ source: USER, from: EMPLOYER })).toMatchObject({ accepted: false, outcome: 'ignored', claimsUser: true });
  });
});

describe('decideTrust: scans, the secret address and Google', () => {
  it('quarantines spam or virus FAIL before anything else, even to the secret address', () => {
    expect(judge({ verdicts: { virus: 'FAIL' } })).toMatchObject({ outcome: 'quarantined', reason: expect.stringMatching(/virus/) as unknown });
    expect(judge({ verdicts: { spam: 'FAIL' }, recipients: [policy.secretAddress] })).toMatchObject({ outcome: 'quarantined' });
  });

  it('accepts any sender at the secret address only with spam and virus PASS', () => {
    expect(judge({ source: 'bounces@ats.example', from: EMPLOYER, recipients: [policy.secretAddress] })).toMatchObject({ accepted: true, as: 'secret-address' });
    expect(judge({ source: 'bounces@ats.example', from: EMPLOYER, recipients: [policy.secretAddress], verdicts: { spam: 'GRAY' } })).toMatchObject({ accepted: false, outcome: 'quarantined' });
    expect(judge({ source: 'bounces@ats.example', from: EMPLOYER, recipients: ['jobs@inbox.example'] })).toMatchObject({ accepted: false, outcome: 'ignored' });
  });

  it('accepts Google forwarding confirmations only with DMARC PASS', () => {
    const google = { source: 'bounce@google.com', from: 'forwarding-noreply@google.com' };
    expect(judge(google)).toMatchObject({ accepted: true, as: 'forwarding-verification' });
    expect(judge({ ...google, verdicts: { dmarc: 'GRAY' } })).toMatchObject({ accepted: false, outcome: 'quarantined' });
  });
});

describe('decideTrust on the local inbox (no verdicts)', () => {
  it('judges envelope and From: both must be the user for a hand forward', () => {
    expect(judge({ local: true })).toMatchObject({ accepted: true, as: 'hand-forward' });
    expect(judge({ local: true, source: 'someone@else.example' })).toMatchObject({ accepted: false, outcome: 'ignored', claimsUser: true });
    expect(judge({ local: true, source: 'someone@else.example', from: EMPLOYER })).toMatchObject({ accepted: false, claimsUser: false });
  });

  it('accepts a forwarding-form envelope of the user with the employer From', () => {
    expect(judge({ local: true, source: 'casey.g+caf_=jobs=localhost@gmail.com', from: EMPLOYER })).toMatchObject({ accepted: true, as: 'auto-forward' });
  });
});

describe('forwarding forms and raw headers', () => {
  it('recognises the documented envelope shapes and nothing else', () => {
    expect(forwardingFormOf('<Casey+caf_=jobs=inbox.example@gmail.com>')).toEqual({ provider: 'gmail', mailbox: 'casey@gmail.com' });
    expect(forwardingFormOf('bounces+SRS=Ab1=XY=acme.example=hr@contoso.example')).toEqual({ provider: 'microsoft-srs', domain: 'contoso.example' });
    expect(forwardingFormOf('SRS1=x=acme.example==y=z=a@fwd.example')).toEqual({ provider: 'srs', domain: 'fwd.example' });
    expect(forwardingFormOf('casey+jobs@gmail.com')).toBeNull();
    expect(forwardingFormOf('x'.repeat(300) + '+caf_=a@gmail.com')).toBeNull();
  });

  it('reads every From header of a raw message, unfolded, and stops at the body', () => {
    const raw = Buffer.from(`From: a@x.example\r\nSubject: hi\r\n there\r\nFrom: "B" <b@y.example>\r\n\r\nFrom: c@z.example\r\n`);
    const fields = headerFieldsOf(raw);
    expect(fields.filter((f) => f.name === 'From').map((f) => f.value)).toEqual(['a@x.example', '"B" <b@y.example>']);
    expect(fields.find((f) => f.name === 'Subject')?.value).toBe('hi there');
  });
});
