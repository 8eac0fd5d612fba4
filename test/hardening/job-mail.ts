import { composeForward } from '../support/compose-mail.ts';

/**
 * Forwards of one invented application's emails (Quillfeather Labs, Platform Engineer). The note's
 * tags fix company, role and kind, so these scenarios test ordering and concurrency, not the
 * classifier.
 */
export type JobMailKind = 'confirmation' | 'interview' | 'rejection';

interface Content {
  readonly tag: string;
  readonly subject: string;
  readonly text: string;
  readonly sent: string;
  /** Who wrote it: the team inbox, except the interview, which a named recruiter arranges. */
  readonly from?: { readonly address: string; readonly name: string };
}

const TEAM_INBOX = { address: 'talent@quillfeather.example', name: 'Quillfeather Talent' };

const CONTENT: Record<JobMailKind, Content> = {
  confirmation: {
    tag: '#applied',
    subject: 'We received your application',
    text: 'Hi Casey,\n\nThank you for applying for the Platform Engineer role. We will review it soon.\n\nQuillfeather Labs Talent',
    sent: '2026-11-10T09:00:00Z',
  },
  interview: {
    tag: '#interview\n#at 2026-12-10 14:00',
    subject: 'Interview invitation',
    text: 'Hi Casey,\n\nWe would like to invite you to an interview on December 10, 2026 at 2:00 PM.\n\nRowan Ashby\nQuillfeather Labs',
    sent: '2026-11-20T09:00:00Z',
    from: { address: 'rowan.ashby@quillfeather.example', name: 'Rowan Ashby' },
  },
  rejection: {
    tag: '#rejected',
    subject: 'Your application',
    text: 'Hi Casey,\n\nThank you for your time. We have decided not to move forward with your application.\n\nQuillfeather Labs Talent',
    sent: '2026-11-25T09:00:00Z',
  },
};

export interface JobMailOptions {
  /** Distinguishes the original's Message-ID; the same value means "the same original email". */
  readonly originalTag: string;
  readonly style?: 'inline' | 'attached';
  readonly company?: string;
}

export function jobMail(kind: JobMailKind, options: JobMailOptions): Promise<Buffer> {
  const content = CONTENT[kind];
  const company = options.company ?? 'Quillfeather Labs';
  return composeForward({
    note: `${content.tag}\n#company ${company}\n#role Platform Engineer`,
    style: options.style ?? 'attached',
    original: {
      from: (content.from ?? TEAM_INBOX).address,
      fromName: (content.from ?? TEAM_INBOX).name,
      date: new Date(content.sent),
      subject: content.subject,
      text: content.text,
      messageId: `<${kind}-${options.originalTag}@quillfeather.example>`,
    },
  });
}
