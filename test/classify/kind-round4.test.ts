import { describe, it } from 'vitest';
import { expectEach } from './expect-kind.ts';

/**
 * Phrasing families the round-4 blind tune writers (issue #10) showed the classifier missing, each in
 * wordings of the project's own, read flat and hard-wrapped at 72 columns.
 */
describe('a slot the writer fixes in a plain statement', () => {
  it('is an interview', () => {
    expectEach('interview', [
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'Next round', text: "Hi Sam, thanks for Tuesday. I've booked Friday at 2pm with me and our engineering lead, about an hour." },
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'Next week', text: 'Hi Sam, we have scheduled next Wednesday at 10:30 for the second conversation. A calendar invite follows.' },
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'Tomorrow', text: "Hi Sam, just to put it in writing: I'll call you tomorrow at 9:15am for a half-hour intro about the analyst job." },
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'Thursday', text: 'Sam, I will ring you on Thursday at 4pm to talk it through, on the mobile number from your CV.' },
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'See you then', text: 'Hi Sam, good talking earlier. As discussed we will meet on Wednesday 3 June at 11:00 at our studio on King Street.' },
    ]);
  });

  it('is an interview when a round is where the candidate is brought in', () => {
    expectEach('interview', [
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'Final', text: 'Hi Sam, we would love to bring you in for the final round for the designer role next week.' },
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'Good news', text: "Sam, we'd like to have you in (remotely) for the last stage, a working session with the team." },
    ]);
  });

  it('is an interview when the writer points to their own calendar', () => {
    expectEach('interview', [
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'Re: designer role', text: 'Hi Sam, thanks for reaching out. Would be great to chat about the designer role. Grab 30 mins on my calendar here: https://cal.example.com/lee' },
      { from: 'Lee Ward <lee@tallowby.example>', subject: 'Re: your note', text: "Hey Sam, it'd be good to talk more. Pick a slot from my calendar whenever suits: https://book.example.com/lw" },
    ]);
  });
});

describe('a hire announced without "else" or "other"', () => {
  it('is a rejection', () => {
    expectEach('rejection', [
      { from: 'Jo Park <jo@quarrybank.example>', subject: 'Re: the ops role', text: 'Hi Sam, I wanted to let you know we ended up going with someone who has run a warehouse before. Thanks so much for your time.' },
      { from: 'Jo Park <jo@quarrybank.example>', subject: 'Update', text: 'Sam, in the end we went with somebody who can start in January. It was a close call.' },
      { from: 'Jo Park <jo@quarrybank.example>', subject: 'Update', text: "Thanks for coming in. We've gone with a candidate who has more agency experience." },
      { from: 'careers@quarrybank.example', subject: 'Your application', text: 'Thank you for applying. After review, we have selected applicants whose experience more closely fits the brief.' },
      { from: 'careers@quarrybank.example', subject: 'Your application', text: 'We appreciate your interest. I have chosen candidates whose skills better match what the team needs right now.' },
    ]);
  });

  it('still reads a receipt that names shortlisted candidates as a receipt', () => {
    expectEach('confirmation', [
      { from: 'careers@quarrybank.example', subject: 'Application received', text: 'Thank you for applying. Only selected candidates whose experience more closely fits the brief will be contacted.' },
    ]);
  });
});

describe('an event or a test that only names interviews or applications', () => {
  it('is other when the subject names interviews as a topic', () => {
    expectEach('other', [
      { from: 'Careers <careers@uni.example>', subject: 'Interview skills workshop, 3 May', text: 'Hello Sam, join our careers team for an evening on answering competency questions. Book your place online.' },
      { from: 'Careers <careers@uni.example>', subject: 'Free interview preparation masterclass', text: 'Hello Sam, alumni can join a session on presenting their experience. Places are limited.' },
    ]);
  });

  it('is other when it asks for reasoning or judgement tests', () => {
    expectEach('other', [
      { from: 'Grad Team <grad@firm.example>', subject: 'Your tests', text: 'Dear Sam, thank you for your application. The next stage is a verbal reasoning test and a situational judgement test. Please complete both tests within 4 days.' },
      { from: 'Grad Team <grad@firm.example>', subject: 'Next stage', text: 'Dear Sam, thanks for applying to the graduate scheme. Please sit the numerical reasoning assessment by Friday using your link.' },
    ]);
  });
});
