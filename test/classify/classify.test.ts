import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import type { EventKind } from '../../shared/domain/kinds.ts';
import { buildMessage, type MessageParts } from './build-message.ts';

interface Case {
  readonly name: string;
  readonly parts: MessageParts;
  readonly kind: EventKind;
}

function expectKind({ parts, kind }: Case): void {
  const result = classify(buildMessage(parts));
  expect(result.kind, `signals: ${result.signals.join(', ')}`).toBe(kind);
}

const confirmations: Case[] = [
  {
    name: 'a Greenhouse receipt for a submitted application',
    kind: 'confirmation',
    parts: {
      from: 'Orbital Foods Recruiting <no-reply@us.greenhouse-mail.io>',
      subject: 'Thanks for applying to Orbital Foods',
      text: 'Hello Sam,\n\nWe got your application for the Data Analyst opening and our people team is going through every submission now.\n\nCheers,\nOrbital Foods',
    },
  },
  {
    name: 'a Workday notice that the application was submitted',
    kind: 'confirmation',
    parts: {
      from: 'careers@quillpoint.myworkday.com',
      subject: 'Application Submitted - Warehouse Lead',
      text: 'Your job application for Warehouse Lead (REQ-5521) has been successfully submitted. You can track its status from your candidate home page.',
    },
  },
  {
    name: 'a LinkedIn Easy Apply notice that the application went to the employer',
    kind: 'confirmation',
    parts: {
      from: 'LinkedIn <jobs-noreply@linkedin.com>',
      subject: 'Sam, your application was sent to Tern Robotics',
      text: 'Your application was sent to Tern Robotics.\nRobotics Technician · Austin, TX\nApplied on March 3\n\nSee more jobs like this',
    },
  },
  {
    name: 'an Indeed Apply notice',
    kind: 'confirmation',
    parts: {
      from: 'Indeed Apply <indeedapply@indeed.com>',
      subject: 'Application submitted: Night Auditor',
      text: 'Application submitted\nNight Auditor\nHarborview Inn - Portland, ME\nThe employer will contact you directly if they are interested.',
    },
  },
  {
    name: 'a receipt that mentions possible future interviews',
    kind: 'confirmation',
    parts: {
      from: 'Talent Team <jobs@lumenware.example>',
      subject: 'We have your application',
      text: 'Hi Sam, thank you for your application to Lumenware. Our recruiters read every application personally. Should your background line up with what the team needs, someone will reach out to set up a first interview. Otherwise we will keep your details for future roles.',
    },
  },
  {
    name: 'a receipt that says "if selected, we will contact you to schedule an interview"',
    kind: 'confirmation',
    parts: {
      subject: 'Your application to Pinecrest Health',
      text: 'Thank you for applying for the Medical Coder position. If selected, we will contact you to schedule an interview. Please allow two weeks for our review.',
    },
  },
  {
    name: 'a receipt that explains what a "not selected" status would mean',
    kind: 'confirmation',
    parts: {
      from: 'no-reply@hire.lever.co',
      subject: 'Thanks for your application',
      text: 'We appreciate you applying to Brightline Studio. If the role later shows as closed in your portal, it means we have decided not to move forward with your application. For now, your application is under review.',
    },
  },
  {
    name: 'a hand-written note from a recruiter acknowledging the résumé',
    kind: 'confirmation',
    parts: {
      from: 'Priya Nand <priya@oakfield-partners.example>',
      subject: 'Re: Operations Manager role',
      text: 'Hi Sam,\n\nJust confirming I have received your resume for the Operations Manager role. I am passing it to the hiring manager this week.\n\nBest,\nPriya',
    },
  },
  {
    name: 'an acknowledgement of receipt that promises contact only on a fit',
    kind: 'confirmation',
    parts: {
      subject: 'Application received',
      text: 'This is to acknowledge receipt of your application for Records Clerk. A member of our team will be in touch if your profile fits.',
    },
  },
  {
    name: 'a SmartRecruiters notice that the application is complete',
    kind: 'confirmation',
    parts: { from: 'no-reply@smartrecruiters.com', text: 'Your application for Account Executive at Novo is complete. We will review it shortly.' },
  },
  {
    name: 'a receipt that walks through the whole interview process',
    kind: 'confirmation',
    parts: {
      text: 'Thanks for applying! Our typical process includes a recruiter phone screen, a technical interview and an onsite. We will reach out if there is a match.',
    },
  },
];

const interviews: Case[] = [
  {
    name: 'a recruiter asking to move forward with an interview',
    kind: 'interview',
    parts: {
      from: 'Dana Whitfield <dana@cobaltbay.example>',
      subject: 'Next steps - Cobalt Bay',
      text: "Hi Sam, thanks for your patience. We'd like to move forward with an interview for the Support Engineer role. Could you share a few times that suit you next week?",
    },
  },
  {
    name: 'a phone screen request with proposed slots',
    kind: 'interview',
    parts: {
      subject: 'Quick call about the QA role',
      text: 'Hello Sam,\nI would love to set up a 30 minute phone screen with you. Would Tuesday at 11am or Thursday at 2pm work?\nThanks, Mo',
    },
  },
  {
    name: 'a scheduling link from an ATS',
    kind: 'interview',
    parts: {
      from: 'Ashby <no-reply@ashbyhq.com>',
      subject: 'Schedule your interview with Fernhill',
      text: 'Hi Sam, the Fernhill team is excited to meet you! Please pick a time for your video interview using the link below.\nhttps://app.ashbyhq.com/schedule/abc',
    },
  },
  {
    name: 'a confirmation of a booked onsite',
    kind: 'interview',
    parts: {
      subject: 'Onsite confirmed',
      text: 'Your onsite interview is confirmed for Friday, May 9 at 10:00. Please bring a photo ID and ask for Lena at reception.',
    },
  },
  {
    name: 'a reminder of an interview tomorrow',
    kind: 'interview',
    parts: {
      text: 'Just a heads-up that you have an interview with our engineering lead tomorrow at 3pm. The video link is in the calendar invite.',
    },
  },
  {
    name: 'a request to reschedule an interview that opens with "unfortunately"',
    kind: 'interview',
    parts: {
      subject: 'Change of plans for Thursday',
      text: 'Hi Sam, unfortunately our hiring manager is out sick on Thursday. Could we reschedule your interview to early next week? Let me know what days work for you.',
    },
  },
  {
    name: 'a calendar invitation with little text',
    kind: 'interview',
    parts: {
      subject: 'Invitation: Sam / Kestrel Labs @ Wed Apr 2, 1pm',
      from: 'Google Calendar <calendar-notification@google.com>',
      text: 'You have been invited to the following event.',
      calendar: 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Sam / Kestrel Labs\nEND:VEVENT\nEND:VCALENDAR',
    },
  },
  {
    name: 'a second-round invitation after a first conversation',
    kind: 'interview',
    parts: {
      text: 'Great speaking with you on Monday! The team enjoyed the conversation and we would like to invite you to a second round with two of our senior designers.',
    },
  },
  {
    name: 'a short request to hop on a video call',
    kind: 'interview',
    parts: { text: 'Can you hop on a Zoom with our CTO on Thursday afternoon?' },
  },
  {
    name: 'a receipt-style opener followed by a booking link',
    kind: 'interview',
    parts: {
      text: 'Thanks for applying to Acme! We reviewed your resume and would love to chat. Please choose a time on my calendar: https://calendly.com/x/30min',
    },
  },
  {
    name: 'a dated interview confirmation',
    kind: 'interview',
    parts: { subject: 'Interview confirmation', text: 'This email confirms your interview on March 12 at 2:00 PM EST with the hiring team.' },
  },
];

const rejections: Case[] = [
  {
    name: 'a rejection saying they moved forward with other candidates',
    kind: 'rejection',
    parts: {
      from: 'Juniper Logistics <careers@juniperlogistics.example>',
      subject: 'Your application with Juniper Logistics',
      text: 'Dear Sam,\nThank you for interviewing with us. After much thought, we have moved forward with other candidates for this position. We wish you every success in your career.',
    },
  },
  {
    name: 'a rejection saying the position has been filled',
    kind: 'rejection',
    parts: {
      subject: 'Update: Line Cook',
      text: 'Hi Sam, a quick note to let you know the Line Cook opening has now been filled. Thanks again for your interest in Saltgrass Kitchen.',
    },
  },
  {
    name: 'a rejection saying they will not proceed',
    kind: 'rejection',
    parts: {
      from: 'noreply@myworkday.com',
      text: 'Thank you for your interest in the Financial Analyst role. We have reviewed your background and will not be proceeding with your application at this time.',
    },
  },
  {
    name: 'a rejection after an interview that mentions the interview',
    kind: 'rejection',
    parts: {
      subject: 'Following up on your interview',
      text: 'Thanks so much for the time you spent in our interview loop last week. It was a close call, but the panel decided to offer the role to someone whose experience is more closely aligned with the team.',
    },
  },
  {
    name: 'a rejection that says they cannot offer an interview',
    kind: 'rejection',
    parts: {
      text: 'We received a large number of applications and, regrettably, we are not able to invite you to interview for this vacancy.',
    },
  },
  {
    name: 'a rejection because the role was put on hold',
    kind: 'rejection',
    parts: {
      text: 'Hi Sam, I wanted to let you know that due to budget changes the company has frozen the Backend Engineer requisition, so we will not be continuing with the hiring process.',
    },
  },
  {
    name: 'a hand-written decline from a founder',
    kind: 'rejection',
    parts: {
      from: 'Ola <ola@smallstartup.example>',
      text: "Hey Sam - really appreciated chatting. Honestly it was a tough call, but we've decided to go in a different direction for this hire. Best of luck with the search!",
    },
  },
  {
    name: 'a decline that says they will keep searching',
    kind: 'rejection',
    parts: {
      subject: 'Regarding your application',
      text: 'Hi Sam, thanks for applying. At this point we are going to continue our search for the role. We appreciate your interest.',
    },
  },
  {
    name: 'a decline that hires someone else',
    kind: 'rejection',
    parts: { text: "We appreciate you taking the time to apply. After reviewing your application, we've decided to hire someone else for this role." },
  },
  {
    name: 'a cancelled position',
    kind: 'rejection',
    parts: {
      subject: 'Update on the Backend Engineer position',
      text: 'Hi Sam, the Backend Engineer position has been cancelled due to a reorganisation. We are sorry for the inconvenience and thank you for your time.',
    },
  },
];

const others: Case[] = [
  {
    name: 'a coding test invitation',
    kind: 'other',
    parts: {
      from: 'Tidewater Careers <talent@tidewater.example>',
      subject: 'Next step: online assessment',
      text: 'Thank you for applying! As the next step in our process we invite you to complete a 90-minute coding challenge on CodeSignal within five days.',
    },
  },
  {
    name: 'a take-home assignment that leads to an interview later',
    kind: 'other',
    parts: {
      text: 'Congrats on moving to the next stage! Please complete the attached take-home exercise and send it back within 72 hours. Strong submissions will be invited to a technical interview.',
    },
  },
  {
    name: 'an offer',
    kind: 'other',
    parts: {
      subject: 'Your offer from Larkspur',
      text: 'Hi Sam, we are delighted to extend you an offer to join Larkspur as a Product Manager. The attached offer letter has the details of salary and start date.',
    },
  },
  {
    name: 'a LinkedIn job alert digest',
    kind: 'other',
    parts: {
      from: 'LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>',
      subject: '30+ new jobs for "data engineer"',
      text: 'Your job alert for data engineer in Remote\nData Engineer - Quarry AI\nApply now\nSenior Data Engineer - Polecat\nApply now\nSee all jobs',
    },
  },
  {
    name: 'a recruiter cold outreach asking for a call',
    kind: 'other',
    parts: {
      from: 'Rick Stanton <rick@talentbridge.example>',
      subject: 'Exciting opportunity',
      text: 'Hi Sam, I came across your profile and think you could be a great match for a Staff Engineer role with my client, a fintech in Berlin. Would you be open to a quick call this week?',
    },
  },
  {
    name: 'a Gmail forwarding verification mail',
    kind: 'other',
    parts: {
      from: 'Gmail Team <forwarding-noreply@google.com>',
      subject: '(#88112233) Gmail Forwarding Confirmation - Receive Mail from sam.seeker@gmail.com',
      text: 'sam.seeker@gmail.com has requested to automatically forward mail to your email address in@jobnudge.example.\nConfirmation code: 88112233',
    },
  },
  {
    name: "the user's own thank-you note after an interview",
    kind: 'other',
    parts: {
      from: 'Sam Seeker <sam.seeker@gmail.com>',
      subject: 'Re: Interview for Support Engineer',
      text: 'Hi Dana,\n\nThank you for taking the time to speak with me yesterday. I enjoyed learning about the support team and I remain very interested in the role. I look forward to hearing from you.\n\nBest,\nSam\n\nOn Tue, Mar 4, 2025 at 9:12 AM Dana <dana@cobaltbay.example> wrote:\n> We would like to schedule an interview with you.',
    },
  },
  {
    name: 'an out-of-office auto-reply',
    kind: 'other',
    parts: {
      subject: 'Automatic reply: Application for Designer role',
      text: 'I am out of the office until March 12 with limited access to email. For urgent matters please contact the front desk.',
    },
  },
  {
    name: 'an account verification mail from an ATS',
    kind: 'other',
    parts: {
      from: 'no-reply@icims.com',
      subject: 'Verify your email',
      text: 'Welcome! Please verify your email address to finish creating your candidate account. This verification code expires in 30 minutes.',
    },
  },
  {
    name: 'a webinar registration confirmation',
    kind: 'other',
    parts: {
      subject: 'You are registered: Cloud Cost Webinar',
      text: 'Thanks for registering! Your registration is confirmed. The webinar starts at 5pm CET and the join link will arrive one hour before.',
    },
  },
  {
    name: 'an order confirmation that thanks the customer',
    kind: 'other',
    parts: {
      subject: 'Your order has shipped',
      text: 'Thanks for shopping with us. Your order #4471 has shipped and the tracking number is below.',
    },
  },
  {
    name: 'a newsletter about interview tips',
    kind: 'other',
    parts: { subject: '10 interview questions to prepare for', text: 'Ten interview questions you should prepare for this season. Unsubscribe any time.' },
  },
  {
    name: 'a notice that the user withdrew an application',
    kind: 'other',
    parts: { text: 'Your application has been withdrawn as you requested. We hope to see you apply again.' },
  },
  {
    name: 'a job recommendation mail from a board',
    kind: 'other',
    parts: {
      subject: 'Jobs recommended for you',
      text: 'Based on your recent searches, here are new roles: Analyst at Xylo, Engineer at Yarrow. View all jobs.',
    },
  },
  {
    name: 'a layoff notice worded like a rejection',
    kind: 'other',
    parts: {
      subject: 'Your employment',
      text: 'We regret to inform you that your position is being eliminated and your employment will end on June 30.',
    },
  },
];

describe('classify', () => {
  describe('confirmations', () => {
    it.each(confirmations)('reads $name as a confirmation', (c) => expectKind(c));
  });
  describe('interviews', () => {
    it.each(interviews)('reads $name as an interview', (c) => expectKind(c));
  });
  describe('rejections', () => {
    it.each(rejections)('reads $name as a rejection', (c) => expectKind(c));
  });
  describe('other', () => {
    it.each(others)('reads $name as other', (c) => expectKind(c));
  });

  it('does not take "we would like to move forward with an interview" for a rejection', () => {
    const result = classify(buildMessage({ text: 'Good news: we would like to move forward with an interview. Are you free on Monday?' }));
    expect(result.kind).toBe('interview');
    expect(result.signals.some((s) => s.startsWith('rejection:'))).toBe(false);
  });

  it('does not take "we have moved forward with other candidates" for an interview', () => {
    const result = classify(buildMessage({ text: 'Thank you for your time. We have moved forward with other candidates.' }));
    expect(result.kind).toBe('rejection');
    expect(result.signals).toContain('rejection:other-candidates');
  });

  it('turns a negated invitation into a rejection signal that names the invitation family', () => {
    const result = classify(buildMessage({ text: 'At this stage we will not invite you to an interview.' }));
    expect(result.kind).toBe('rejection');
    expect(result.signals).toContain('rejection:negated-interview(interview:invite)');
  });

  it('turns a conditional interview into a receipt signal that names the invitation family', () => {
    const result = classify(
      buildMessage({ text: 'Thanks for applying. Should the hiring team decide to proceed, they will invite you to a video interview.' }),
    );
    expect(result.kind).toBe('confirmation');
    expect(result.signals).toContain('confirmation:conditional-interview(interview:invite)');
  });

  it('names the ATS sender among the signals', () => {
    const result = classify(
      buildMessage({ from: 'Acme <no-reply@greenhouse.io>', text: 'Thank you for applying to Acme. We have received your application.' }),
    );
    expect(result.kind).toBe('confirmation');
    expect(result.signals).toContain('sender:ats-greenhouse');
  });

  it('is unsure and says so when nothing job-related is said', () => {
    const result = classify(buildMessage({ subject: 'Lunch?', text: 'Are we still on for lunch on Friday?' }));
    expect(result.kind).toBe('other');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('is more confident about a clear rejection than about a mixed message', () => {
    const clear = classify(
      buildMessage({ text: 'We regret to inform you that we will not be moving forward with your application. The position has been filled.' }),
    );
    const mixed = classify(
      buildMessage({ text: 'Thanks for applying. Unfortunately the recruiter is away, so we will be in touch next week.' }),
    );
    expect(clear.confidence).toBeGreaterThan(mixed.confidence);
    expect(clear.confidence).toBeGreaterThan(0);
    expect(clear.confidence).toBeLessThanOrEqual(1);
  });

  it('ignores the quoted history below a reply', () => {
    const result = classify(
      buildMessage({
        subject: 'Re: Your application',
        text: 'Hi Sam, happy to confirm your interview is scheduled for Wednesday at 2pm.\n\nOn Mon, Mar 3, 2025 at 8:00 AM HR <hr@acme.example> wrote:\n> Unfortunately we have decided not to move forward with other roles.\n> The position has been filled.',
      }),
    );
    expect(result.kind).toBe('interview');
  });
});

describe('short declines that thank for applying without a flat "no"', () => {
  const declines: Case[] = [
    { name: 'pursuing other applicants', kind: 'rejection', parts: { subject: 'Your application', text: 'Thanks so much for applying. We have decided to pursue other applicants for this opening.' } },
    { name: 'a filled position', kind: 'rejection', parts: { subject: 'Barista role', text: 'Thank you for applying to Copper Kettle. The position has now been filled.' } },
    { name: 'not proceeding', kind: 'rejection', parts: { subject: 'Update', text: 'Thanks for your interest in Fernhill. We will not be proceeding with your application at this stage.' } },
    {
      name: 'praise followed by the need the candidate did not meet',
      kind: 'rejection',
      parts: { subject: 'Thanks for applying', text: 'Thank you for applying. Although your portfolio is strong, we were looking for someone with more hands-on retail experience.' },
    },
    {
      name: 'no suitable match at the moment',
      kind: 'rejection',
      parts: { subject: 'Thank you for applying', text: 'Thank you for applying to Quarry Labs. We do not have a suitable match for you right now, but we will keep your details on file for future openings.' },
    },
  ];
  it.each(declines)('reads $name as a rejection', (item) => expectKind(item));

  it('still reads a receipt that praises the application as a receipt', () => {
    expectKind({
      name: 'receipt',
      kind: 'confirmation',
      parts: { subject: 'Application received', text: 'Thank you for applying! Your application has been received and our team will review it soon.' },
    });
  });
});

describe("the user's own replies to an invitation", () => {
  it('does not take a one-line acceptance of a proposed time for an invitation', () => {
    const result = classify(buildMessage({ from: 'Sam Seeker <sam.seeker@example.org>', subject: 'Interview', text: 'Tuesday at 2 works for me, thanks!' }));
    expect(result.kind).toBe('other');
    expect(result.signals).toContain('voice:candidate-accepts');
  });

  it('does not take a short "I will be there" reply for an invitation even when it names the interview', () => {
    const result = classify(buildMessage({ subject: 'Phone interview', text: 'Hi Dana, Thursday at 10am works for me for the phone interview. I will be there.\n\nSam' }));
    expect(result.kind).toBe('other');
  });

  it('still reads a recruiter who proposes a time and asks whether it works as an invitation', () => {
    const result = classify(buildMessage({ subject: 'Phone interview', text: "I'm available Tuesday at 2pm for the phone interview, does that work for you?" }));
    expect(result.kind).toBe('interview');
  });

  it('still reads a recruiter who accepts a time and sends the invite as an interview', () => {
    const result = classify(buildMessage({ subject: 'Interview', text: 'Tuesday at 2 works for me. I will send you a calendar invitation for the interview shortly.' }));
    expect(result.kind).toBe('interview');
  });
});
