import { describe, it } from 'vitest';
import { expectEach } from './expect-kind.ts';

/**
 * Phrasing families the round-5 blind tune writers (issue #10) showed the classifier missing, each in
 * wordings of the project's own, read flat and hard-wrapped at 72 columns.
 */
describe('an invitation said with the verb "interview"', () => {
  it('is an interview, even beside a receipt', () => {
    expectEach('interview', [
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Your application', text: 'Hello Sam, we received your application for the bookkeeper opening and would like to interview you. Does Monday at 10am suit?' },
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Technician post', text: "Hi Sam, thanks for applying. We'd love to interview you next week; reply with a couple of times that work." },
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Re: CV', text: 'Sam, the team read your CV and we are keen to interview you for the warehouse lead role.' },
    ]);
  });

  it('stays a receipt when the interview is only promised if shortlisted', () => {
    expectEach('confirmation', [
      { from: 'Careers <careers@millbank.example>', subject: 'Application received', text: 'Thank you for applying. If your profile matches, we would like to interview you and will contact you within two weeks.' },
    ]);
  });
});

describe('a site asking the candidate to review an interview already held', () => {
  it('is other', () => {
    expectEach('other', [
      { from: 'Jobsite <noreply@jobsite.example>', subject: 'How was your interview with Millbank?', text: 'Hi Sam, help other candidates: rate your interview in two minutes. Your answers stay anonymous.' },
      { from: 'Reviews <reviews@jobsite.example>', subject: 'Quick favour', text: 'Sam, tell other job seekers about your interview experience at Millbank. It takes a minute and is anonymous.' },
    ]);
  });
});

describe('a request for referee details after an interview', () => {
  it('is other', () => {
    expectEach('other', [
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Next step', text: 'Dear Sam, thank you for coming to the interview on Friday. We would now like to contact your referees; please send two names and phone numbers.' },
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Referee details', text: 'Hi Sam, following your interview on Tuesday, could you send your referee details through the portal by Friday?' },
    ]);
  });
});

describe('a newsletter whose subject offers interview tips with a word between', () => {
  it('is other', () => {
    expectEach('other', [
      { from: 'Career Notes <news@careernotes.example>', subject: 'Interview prep tips for the new year', text: 'This month: answering the weakness question, and a one-page portfolio. Read more on our site.' },
      { from: 'Career Notes <news@careernotes.example>', subject: 'March: CV writing tips', text: 'Three short reads on CVs and cover letters for graduates. Unsubscribe any time.' },
    ]);
  });
});

describe('a meeting asked for or moved in plain words', () => {
  it('is an interview when the writer wants or proposes a call or conversation', () => {
    expectEach('interview', [
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Re: hello', text: "Hi Sam, read your portfolio. I'd like to have a short conversation first, just the two of us. Which days suit you?" },
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Re: your CV', text: 'Sam, our lead designer liked it too. Lets do a call with both of us on Monday at 15:00, link below.' },
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Re: intro', text: "Hey Sam, keen to have a quick chat about the ops role. Send me a few windows and I'll pick one." },
    ]);
  });

  it('is an interview when the writer has to move the meeting', () => {
    expectEach('interview', [
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Change of plan', text: 'Hi Sam, sorry, we need to move your final onsite: the new date is Friday 9 May, same time.' },
      { from: 'Ruth Okoro <ruth@millbank.example>', subject: 'Change of plan', text: 'Sam, I have to reschedule our video session; would Thursday at 11am work instead?' },
    ]);
  });
});
