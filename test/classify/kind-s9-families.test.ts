import { describe, it } from 'vitest';
import { expectEach } from './expect-kind.ts';

/**
 * Families seen first in the blind writers v and w (issue #10), in wordings written for this file:
 * trial work and "come meet the team" as interviews without the word, a short pass-on note as a
 * receipt, a test or screening questions set as the next step, a self-ID survey, and an in-house
 * recruiter's pitch with a call.
 */
describe('trial work put to the candidate is an interview', () => {
  it('reads a trial shift, trial day or working interview asked for or dated', () => {
    expectEach('interview', [
      { from: 'Tess <tess.bakes@gmail.example>', subject: 'Re: weekend baker', text: 'Lovely to hear from you! Could you do a trial shift this Sunday from 6am? Bring closed shoes. Tess' },
      { subject: 'Kitchen porter', text: "Hi Dan, we'd like to book you in for a working interview next week. Does Wednesday lunchtime work? Chef Ola" },
      { subject: 're: apprentice electrician', text: 'Are you free for a trial day with the crew? Thursday at 7.30am, meet at the yard on Mill Lane.' },
      { subject: 'Bar staff', text: 'Thanks for dropping your CV in. Your trial shift is Friday 5pm till 9pm, ask for Kev at the bar.' },
    ]);
  });

  it('does not read trial work the mail declines to arrange, or thanks for one already done, as an invitation', () => {
    expectEach('other', [
      { subject: 'Re: question', text: "Hi, we don't do trial shifts for this role; the manager will decide from the CVs. Regards, Pia" },
    ]);
  });
});

describe('"come meet the team" without the word interview is an interview', () => {
  it('reads the errand form with the team or everyone as the ones to meet', () => {
    expectEach('interview', [
      { subject: 'next step', text: 'Loved your portfolio. Next up: come meet the team at the studio, Thursday at 2 if that suits?' },
      { subject: 'Friday?', text: 'Hi Ravi, would you pop in and meet everyone on Friday afternoon? Nothing formal, half an hour or so. Lena' },
      { subject: 'Product designer', text: 'We enjoyed the call. Please swing by to meet our founders next Tuesday, 11am at the Dock Street office.' },
    ]);
  });

  it('does not read a fair or info-session invitation to meet staff as an interview', () => {
    expectEach('other', [
      {
        from: 'Campus Team <campus@example.com>',
        subject: 'Find us at the spring careers fair',
        text: 'We will have a stand at the Spring Careers Fair on 4 March, hall B. Stop by to meet our graduates and ask about placements.',
      },
    ]);
  });
});

describe('a short note promising to pass the application on is a receipt', () => {
  it('reads "will pass to chef", "I\'ll forward to the manager" in reply to an application', () => {
    expectEach('confirmation', [
      { from: 'Dee <dee.cafe@gmail.example>', subject: 'Re: Barista application', text: 'Ta, will pass to the owner tomorrow.\n\nSent from my phone' },
      { subject: 'Re: Warehouse operative', text: "Thanks Jo. I'll forward it on to the shift supervisor and someone will be in touch." },
      { subject: 'Re: CV for sous chef', text: 'Cheers, gonna hand your CV to head chef when he is in on Monday.' },
    ]);
  });
});

describe('a test or screening questions set as the next step is other', () => {
  it('reads "the next step is a case study / written exercise" as an assessment', () => {
    expectEach('other', [
      {
        subject: 'Analyst role: next step',
        text: 'Thanks for the call earlier. The next step is a short written exercise; the brief is attached. Please return it by Friday and we will review it together.',
      },
      {
        subject: 'Following up',
        text: 'Good news: the next stage for the Data Engineer opening will be a practical case study. We will look at it and be in touch shortly after.',
      },
    ]);
  });

  it('reads a request to answer screening questions, even beside thanks for applying', () => {
    expectEach('other', [
      {
        from: 'Hiring Bot <jobs@shop-hiring.example>',
        subject: 'A few questions about your application',
        text: 'Thanks for applying to Cashier at Brookside Market! Please answer a few quick questions so we can keep things moving. 1. Can you work Sundays? 2. Do you have a food hygiene certificate?',
      },
      {
        subject: 'Before we continue',
        text: 'Thank you for your application. To move forward, fill out the following screening questions using the link below. If they fit, a manager may reach out about an interview.',
      },
    ]);
  });
});

describe('a voluntary self-identification survey is other, an aside beside a receipt', () => {
  it('reads the survey request alone as other', () => {
    expectEach('other', [
      {
        from: 'Rowan Labs <no-reply@ashbyhq.com>',
        subject: 'Optional survey',
        text: 'Hi Sam, Rowan Labs invites you to fill in an optional self-identification form. Your responses are confidential and kept apart from your candidacy.',
      },
      {
        from: 'Kettle Co <notifications@greenhouse.io>',
        subject: 'A short diversity survey',
        text: 'Hello, we would appreciate it if you could complete our voluntary diversity survey. It takes two minutes.',
      },
    ]);
  });

  it('keeps a receipt a receipt when it mentions the survey', () => {
    expectEach('confirmation', [
      {
        from: 'Kettle Co <notifications@greenhouse.io>',
        subject: 'Thank you for applying',
        text: 'Thank you for applying to Kettle Co. We have received your application and will review it shortly. You may also complete our voluntary EEO survey.',
      },
    ]);
  });
});

describe('an in-house recruiter pitching a role with a call is other', () => {
  it('reads a fit remark with words between the noun and "looks like" as a pitch', () => {
    expectEach('other', [
      {
        subject: 'Operations Manager – Tidewater Foods',
        text: "Hi Sam, I lead recruitment at Tidewater Foods. Your experience running cold-chain sites seems like a strong fit for a role we're opening. Are you free for a quick call next week?",
      },
      {
        subject: 'Quick question',
        text: 'Hello, your background in grid planning looks like a perfect match for our new Network Analyst position. Would you be open to a short chat on Thursday?',
      },
    ]);
  });
});
