/**
 * Ten job searches told as the emails that arrive, in the order they were written. Each email is
 * the employer's (or agency's) own, forwarded by the user; `reply` steps are the user answering a
 * jobnudge notice. Times are New York wall-clock (the stories' user lives there): EST, -05:00.
 *
 * The expected reminders of each story are in expectations.ts, written from shared/policy.md
 * before any of this ran.
 */

/** How the email reached jobnudge: Gmail's inline forward, or an attached .eml that keeps its headers. */
export type Delivery = 'inline' | 'attached';

export interface StoryEmail {
  readonly step: 'email';
  /** Original Date, New York time ("2026-11-02 10:00"). */
  readonly at: string;
  readonly fromName: string;
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
  readonly delivery: Delivery;
}

export interface StoryReply {
  readonly step: 'reply';
  readonly at: string;
  /** Which notice the user answers: the one jobnudge sent of this kind (see expectations). */
  readonly toNotice: 'merge-suggestion' | 'name-employer';
  readonly text: string;
}

export type StoryStep = StoryEmail | StoryReply;

export interface Story {
  readonly id: string;
  readonly title: string;
  /** Rules the user turned off (the card reminder is optional in policy.md). */
  readonly disabledRules?: readonly string[];
  readonly steps: readonly StoryStep[];
}

const email = (fields: Omit<StoryEmail, 'step' | 'delivery'> & { delivery?: Delivery }): StoryEmail => ({
  step: 'email',
  delivery: 'attached',
  ...fields,
});

export const STORIES: readonly Story[] = [
  {
    id: 'one-employer-three-senders',
    title: 'confirmation, interview and rejection from three senders of one employer',
    steps: [
      email({
        at: '2026-11-02 10:00',
        fromName: 'Halcyon Analytics',
        from: 'no-reply@halcyonanalytics.com',
        subject: 'Thank you for applying to Halcyon Analytics',
        messageId: '<ha-confirm-7731@halcyonanalytics.com>',
        text: [
          'Hello,',
          '',
          'Thank you for applying for the Data Analyst position (Req ID: R-20417) at Halcyon Analytics.',
          'We have received your application and our team will review it shortly.',
          '',
          'Halcyon Analytics Talent Acquisition',
          'This mailbox is not monitored.',
        ].join('\n'),
      }),
      email({
        at: '2026-11-10 11:00',
        fromName: 'Priya Nair',
        from: 'priya.nair@halcyonanalytics.com',
        subject: 'Interview for Data Analyst (R-20417)',
        messageId: '<ha-invite-8802@halcyonanalytics.com>',
        text: [
          'Hi Casey,',
          '',
          'I am glad to invite you to an in-person interview for the Data Analyst role (R-20417).',
          'It is scheduled for Tuesday, November 17, 2026 at 2:00 PM Eastern Time at our office,',
          '200 Clarendon Street, Boston. You will meet Marcus Webb (marcus.webb@halcyonanalytics.com),',
          'our Analytics Lead, for about an hour.',
          '',
          'Best regards,',
          'Priya Nair',
          'Recruiter, Halcyon Analytics',
        ].join('\n'),
      }),
      email({
        at: '2026-11-19 16:00',
        fromName: 'Halcyon Talent Team',
        from: 'talent@halcyonanalytics.com',
        subject: 'Your application for Data Analyst (R-20417)',
        messageId: '<ha-decision-9113@halcyonanalytics.com>',
        text: [
          'Dear Casey,',
          '',
          'Thank you for your interest in the Data Analyst position (R-20417) and for the time you spent with us.',
          'After careful consideration we have decided to move forward with other candidates whose experience',
          'more closely matches our needs.',
          '',
          'We wish you every success in your search.',
          'The Talent Team',
        ].join('\n'),
      }),
    ],
  },
  {
    id: 'staffing-agency',
    title: 'a staffing agency arranges an interview with its client, then passes on the no',
    steps: [
      email({
        at: '2026-11-09 09:30',
        fromName: 'Dana Okafor',
        from: 'dana.okafor@brightpathstaffing.com',
        subject: 'Interview with Norvale Energy - Project Coordinator',
        messageId: '<bp-5521@brightpathstaffing.com>',
        delivery: 'inline',
        text: [
          'Hi Casey,',
          '',
          'Great news: my client, Norvale Energy, would like to meet you for the Project Coordinator contract role.',
          'The interview is on Thursday, November 12, 2026 at 10:00 AM Eastern, in person at their office,',
          '45 Water Street, Hartford. You will meet Helen Cho (helen.cho@norvaleenergy.com), their PMO Lead.',
          '',
          'Let me know if you have any questions before then.',
          '',
          'Dana Okafor',
          'Senior Recruiter, Brightpath Staffing',
        ].join('\n'),
      }),
      email({
        at: '2026-11-16 12:00',
        fromName: 'Dana Okafor',
        from: 'dana.okafor@brightpathstaffing.com',
        subject: 'Norvale Energy - Project Coordinator update',
        messageId: '<bp-5604@brightpathstaffing.com>',
        delivery: 'inline',
        text: [
          'Hi Casey,',
          '',
          'I heard back from Norvale Energy about the Project Coordinator role. Unfortunately they have decided',
          'to go with another candidate. Thank you for interviewing with them; I will keep you in mind for other roles.',
          '',
          'Dana Okafor',
          'Senior Recruiter, Brightpath Staffing',
        ].join('\n'),
      }),
    ],
  },
  {
    id: 'reschedule',
    title: 'an interview moved to another day',
    disabledRules: ['thank-you-note'],
    steps: [
      email({
        at: '2026-11-02 09:00',
        fromName: 'Quill Metrics Careers',
        from: 'careers@quillmetrics.com',
        subject: 'Application received: Backend Engineer',
        messageId: '<qm-app-1201@quillmetrics.com>',
        text: [
          'Thank you for applying for the Backend Engineer position at Quill Metrics.',
          'We have received your application. If your profile matches, a member of our team will contact you.',
          '',
          'Quill Metrics Careers',
        ].join('\n'),
      }),
      email({
        at: '2026-11-04 10:00',
        fromName: 'Tom Becker',
        from: 'tom.becker@quillmetrics.com',
        subject: 'Backend Engineer interview at Quill Metrics',
        messageId: '<qm-int-1377@quillmetrics.com>',
        text: [
          'Hi Casey,',
          '',
          'We would like to invite you to a video interview for the Backend Engineer role at Quill Metrics',
          'on Tuesday, November 10, 2026 at 3:00 PM ET with Ana Ruiz (ana.ruiz@quillmetrics.com), Engineering Manager.',
          'A Google Meet link will follow.',
          '',
          'Thanks,',
          'Tom Becker',
          'Talent Partner, Quill Metrics',
        ].join('\n'),
      }),
      email({
        at: '2026-11-06 14:00',
        fromName: 'Tom Becker',
        from: 'tom.becker@quillmetrics.com',
        subject: 'Re: Backend Engineer interview at Quill Metrics',
        messageId: '<qm-int-1402@quillmetrics.com>',
        inReplyTo: '<qm-int-1377@quillmetrics.com>',
        references: ['<qm-int-1377@quillmetrics.com>'],
        text: [
          'Hi Casey,',
          '',
          'Ana had a conflict come up, so we need to reschedule your interview.',
          'The new time is Thursday, November 12, 2026 at 11:00 AM ET, same video link. Sorry for the change!',
          '',
          'Tom Becker',
          'Talent Partner, Quill Metrics',
        ].join('\n'),
      }),
    ],
  },
  {
    id: 'link-and-duration',
    title: 'a 45-minute video interview with a meeting link',
    disabledRules: ['thank-you-note'],
    steps: [
      email({
        at: '2026-11-03 13:00',
        fromName: 'Rachel Kim',
        from: 'rachel.kim@lumenforge.io',
        subject: 'Product Designer interview at Lumenforge',
        messageId: '<lf-2290@lumenforge.io>',
        text: [
          'Hi Casey,',
          '',
          'Thanks for your interest in the Product Designer role at Lumenforge. We would love to talk with you',
          'on Monday, November 9, 2026 from 1:00 PM to 1:45 PM ET (45 minutes) over Zoom:',
          'https://lumenforge.zoom.us/j/83451234567',
          '',
          'You will speak with me and Omar Haddad (omar.haddad@lumenforge.io), our Head of Design.',
          '',
          'Best,',
          'Rachel Kim',
          'Design Recruiter, Lumenforge',
        ].join('\n'),
      }),
    ],
  },
  {
    id: 'two-interviewers',
    title: 'an on-site interview with two interviewers, arranged by a coordinator',
    steps: [
      email({
        at: '2026-11-05 10:00',
        fromName: 'Grace Liu',
        from: 'grace.liu@orbitalbank.com',
        subject: 'Onsite interview: Software Engineer at Orbital Bank',
        messageId: '<ob-3310@orbitalbank.com>',
        text: [
          'Dear Casey,',
          '',
          'I am pleased to confirm your onsite interview for the Software Engineer position at Orbital Bank',
          'on Wednesday, November 11, 2026 at 9:30 AM Eastern Time, at 1 Harbor Plaza, New York.',
          '',
          'You will meet with:',
          '- Ben Alvarez (ben.alvarez@orbitalbank.com), Engineering Manager',
          '- Sofia Marsh (sofia.marsh@orbitalbank.com), Staff Engineer',
          '',
          'Please bring a photo ID for reception.',
          '',
          'Kind regards,',
          'Grace Liu',
          'Recruiting Coordinator, Orbital Bank',
        ].join('\n'),
      }),
    ],
  },
  {
    id: 'forward-without-company',
    title: 'a recruiter writing from a personal address, the company named only by the user',
    disabledRules: ['thank-you-note'],
    steps: [
      email({
        at: '2026-11-09 12:00',
        fromName: 'Jordan Ellis',
        from: 'jordan.ellis.hires@gmail.com',
        subject: 'Quick chat about the analyst opening',
        messageId: '<CAJe-8841@mail.gmail.com>',
        delivery: 'inline',
        text: [
          'Hi Casey,',
          '',
          'Thanks for your interest in the analyst opening. I have scheduled a phone interview with you for',
          'Friday, November 13, 2026 at 4:00 PM ET. I will call you at the number on your resume.',
          '',
          'Jordan',
        ].join('\n'),
      }),
      email({
        at: '2026-11-09 15:00',
        fromName: 'Jordan Ellis',
        from: 'jordan.ellis.hires@gmail.com',
        subject: 'Re: Quick chat about the analyst opening',
        messageId: '<CAJe-8850@mail.gmail.com>',
        delivery: 'inline',
        text: ['Great, Friday, November 13, 2026 at 4:00 PM ET it is. Talk to you then.', '', 'Jordan'].join('\n'),
      }),
      { step: 'reply', at: '2026-11-10 08:00', toNotice: 'name-employer', text: '#company Tessellate Partners' },
    ],
  },
  {
    id: 'rejection-stops-status-check',
    title: "a rejection whose company reads as the manager's team still stops the status check",
    disabledRules: ['thank-you-note'],
    steps: [
      email({
        at: '2026-11-02 10:00',
        fromName: 'Olivia Grant',
        from: 'olivia.grant@crestlinehealth.org',
        subject: 'Interview invitation: Data Engineer at Crestline Health',
        messageId: '<ch-4410@crestlinehealth.org>',
        text: [
          'Hello Casey,',
          '',
          'We would like to invite you to a video interview for the Data Engineer position at Crestline Health',
          'on Thursday, November 5, 2026 at 2:00 PM ET with Wes Park (wes.park@crestlinehealth.org).',
          '',
          'Sincerely,',
          'Olivia Grant',
          'Talent Acquisition, Crestline Health',
        ].join('\n'),
      }),
      email({
        at: '2026-11-13 11:00',
        fromName: 'Wes Park',
        from: 'wes.park@crestlinehealth.org',
        subject: 'Following up on your interview',
        messageId: '<ch-4522@crestlinehealth.org>',
        text: [
          'Hi Casey,',
          '',
          'Thank you again for speaking with me last week. We have decided not to move forward with your',
          'candidacy for the Data Engineer position. I enjoyed our conversation and wish you the best.',
          '',
          'Wes Park',
          'Engineering Manager, Data Platform',
        ].join('\n'),
      }),
    ],
  },
  {
    id: 'thread-reply-only',
    title: 'a rejection from another system, tied to the invite only by In-Reply-To',
    disabledRules: ['thank-you-note'],
    steps: [
      email({
        at: '2026-11-03 09:00',
        fromName: 'Lena Ortiz',
        from: 'lena.ortiz@kestrelrobotics.com',
        subject: 'Phone screen: Firmware Engineer at Kestrel Robotics',
        messageId: '<kr-invite-1@kestrelrobotics.com>',
        text: [
          'Hi Casey,',
          '',
          'Thanks for applying to Kestrel Robotics. I would like to set up a phone screen for the Firmware Engineer',
          'role on Friday, November 6, 2026 at 11:00 AM Eastern. I will call you then.',
          '',
          'Lena Ortiz',
          'Technical Recruiter, Kestrel Robotics',
        ].join('\n'),
      }),
      email({
        at: '2026-11-12 10:00',
        fromName: 'Hiring Desk',
        from: 'desk@talentrelay.net',
        subject: 'An update on your candidacy',
        messageId: '<tr-77120@talentrelay.net>',
        inReplyTo: '<kr-invite-1@kestrelrobotics.com>',
        text: [
          'Hello,',
          '',
          'Thank you for your time on the phone screen. After careful consideration, the team has decided not to',
          'move forward with your candidacy. We wish you the best in your search.',
          '',
          'Hiring Desk',
        ].join('\n'),
      }),
    ],
  },
  {
    id: 'same-as-merge',
    title: 'a rejection that could be either of two applications, merged by the user',
    disabledRules: ['thank-you-note'],
    steps: [
      email({
        at: '2026-11-02 10:00',
        fromName: 'Pinecrest Careers',
        from: 'no-reply@pinecrest.io',
        subject: 'Application received: Platform Engineer',
        messageId: '<pc-a-100@pinecrest.io>',
        text: 'Thank you for applying for the Platform Engineer role at Pinecrest. We have received your application.\n\nPinecrest Careers',
      }),
      email({
        at: '2026-11-03 10:00',
        fromName: 'Pinecrest Careers',
        from: 'no-reply@pinecrest.io',
        subject: 'Application received: Site Reliability Engineer',
        messageId: '<pc-a-101@pinecrest.io>',
        text: 'Thank you for applying for the Site Reliability Engineer role at Pinecrest. We have received your application.\n\nPinecrest Careers',
      }),
      email({
        at: '2026-11-17 10:00',
        fromName: 'Pinecrest Careers',
        from: 'no-reply@pinecrest.io',
        subject: 'Your application to Pinecrest',
        messageId: '<pc-r-230@pinecrest.io>',
        text: [
          'Dear Casey,',
          '',
          'Thank you for your interest in Pinecrest. Unfortunately, we have decided not to move forward with',
          'your application at this time.',
          '',
          'Pinecrest Careers',
        ].join('\n'),
      }),
      { step: 'reply', at: '2026-11-18 08:00', toNotice: 'merge-suggestion', text: 'same as Pinecrest — Site Reliability Engineer' },
    ],
  },
  {
    id: 'two-roles-stay-apart',
    title: 'one recruiter, two roles at one employer: two applications',
    disabledRules: ['thank-you-note'],
    steps: [
      email({
        at: '2026-11-02 11:00',
        fromName: 'Jane Doyle',
        from: 'jane.doyle@vantagebio.com',
        subject: 'Interview: Lab Operations Manager (Req 4471)',
        messageId: '<vb-4471-1@vantagebio.com>',
        text: [
          'Hi Casey,',
          '',
          'Thank you for applying to Vantage Bio. We would like to invite you to a video interview for the',
          'Lab Operations Manager position (Req 4471) on Monday, November 9, 2026 at 10:00 AM ET with',
          'Dr. Raj Patel (raj.patel@vantagebio.com), Director of Operations.',
          '',
          'Jane Doyle',
          'Recruiter, Vantage Bio',
        ].join('\n'),
      }),
      email({
        at: '2026-11-04 11:00',
        fromName: 'Jane Doyle',
        from: 'jane.doyle@vantagebio.com',
        subject: 'Interview: Research Associate (Req 4502)',
        messageId: '<vb-4502-1@vantagebio.com>',
        text: [
          'Hi Casey,',
          '',
          'Good news on your other application too: we would like to invite you to a video interview for the',
          'Research Associate position (Req 4502) at Vantage Bio on Tuesday, November 10, 2026 at 3:00 PM ET with',
          'Mia Chen (mia.chen@vantagebio.com), Lab Lead.',
          '',
          'Jane Doyle',
          'Recruiter, Vantage Bio',
        ].join('\n'),
      }),
    ],
  },
];
