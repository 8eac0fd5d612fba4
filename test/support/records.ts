import type { ApplicationEvent, ApplicationRecord, MessageOutcome, Notice, ReminderRecord } from '../../shared/domain/application.ts';

/** Small valid records for store tests; each test overrides what it is about. */
export function anApplication(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  return {
    id: 'app-1',
    company: 'Acme Corp',
    companyKey: 'acme',
    role: 'Data Engineer',
    roleKey: 'data engineer',
    stage: 'applied',
    contacts: [{ name: 'Dana Smith', email: 'dana@acme.example', robot: false, source: 'from' }],
    interviewRound: 0,
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
    lastEventAt: '2026-11-02T09:00:00.000Z',
    remindersStopped: false,
    createdAt: '2026-11-02T09:05:00.000Z',
    updatedAt: '2026-11-02T09:05:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function anEvent(overrides: Partial<ApplicationEvent> = {}): ApplicationEvent {
  return {
    applicationId: 'app-1',
    messageId: 'ses-msg-1',
    originalId: 'orig-1@acme.example',
    kind: 'confirmation',
    confidence: 0.9,
    signals: ['subject:received'],
    occurredAt: '2026-11-02T09:00:00.000Z',
    receivedAt: '2026-11-02T09:05:00.000Z',
    subject: 'We received your application',
    fromName: 'Acme Careers',
    fromAddress: 'no-reply@acme.example',
    rawKey: 'inbound/ses-msg-1',
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
    ...overrides,
  };
}

export function aReminder(overrides: Partial<ReminderRecord> = {}): ReminderRecord {
  return {
    applicationId: 'app-1',
    reminderId: 'keep-applying.0',
    rule: 'keep-applying',
    round: 0,
    fireAt: '2026-12-02T09:00:00.000+01:00',
    zone: 'Europe/Berlin',
    status: 'pending',
    reason: 'No answer after a month.',
    source: ['004'],
    scheduleName: 'jobnudge-app-1-keep-applying-0',
    plannedAtVersion: 1,
    statusReason: null,
    sentAt: null,
    ...overrides,
  };
}

export function anOutcome(overrides: Partial<MessageOutcome> = {}): MessageOutcome {
  return {
    messageId: 'ses-msg-1',
    outcome: 'processed',
    reason: 'attached to application',
    applicationId: 'app-1',
    rawKey: 'inbound/ses-msg-1',
    recordedAt: '2026-11-02T09:05:01.000Z',
    ...overrides,
  };
}

export function aNotice(overrides: Partial<Notice> = {}): Notice {
  return {
    noticeId: 'forwarding-verification.ses-msg-9',
    kind: 'forwarding-verification',
    messageId: 'ses-msg-9',
    details: { code: '123456789' },
    status: 'pending',
    createdAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}
