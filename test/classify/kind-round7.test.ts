import { describe, it } from 'vitest';
import { expectEach } from './expect-kind.ts';

/**
 * Round 7 of issue #10: who speaks, to whom, about what act. A person saying the documents reached
 * them, an agency saying it put the candidate forward, a meeting moved or a selection day set, a
 * recording to make rather than a meeting, mail written for a list, and a decline told casually. All
 * wordings are the project's own, read flat and hard-wrapped at 72 columns; each family has
 * counter-examples that must keep their kind.
 */
const OWNER = 'Glen Harrow <glen@harrow-joinery.example>';
const HR = 'Mina Patel <mina.patel@copperleaf-hotels.example>';
const AGENT = 'Rhys Dalton <rhys@northgate-search.example>';
const LEAD = 'Jo Almeida <jo@tidewell.example>';

describe('a person saying the documents reached them', () => {
  it('is a receipt, however briefly it is said', () => {
    expectEach('confirmation', [
      { from: OWNER, subject: 'Re: Bench joiner', text: 'Hi Sam, got your letter and CV, thanks. I will look at them properly on Friday.' },
      { from: HR, subject: 'RE: Night auditor', text: 'Dear Sam\n\nThank you for your email and resume for the Night Auditor post. I confirm receipt and will be in touch after the closing date.' },
      { from: HR, subject: 'RE: Application', text: 'Good morning Sam, we acknowledge receipt. The panel meets next month.' },
      { from: OWNER, subject: 'Re: apprentice', text: 'Received, thanks! Give me a week to get through them all.' },
      { from: OWNER, subject: 'Re: apprentice', text: 'Thanks Sam - all received. Back to you soon.' },
      { from: LEAD, subject: 'Re: Barista', text: 'Hey Sam, your application for the barista job is in, and I will show it to the owner tomorrow.' },
      { from: 'Talent <talent@tidewell.example>', subject: 'Your application', text: 'Hi Sam, your CV is in! We read every one and reply within ten days.' },
      { from: OWNER, subject: 'Re: Site joiner', text: 'Sam, your documents arrived fine. I am going through them this weekend.' },
      { from: OWNER, subject: 'Re: Site joiner', text: "Hi Sam, I've got your details here. I'll come back to you next week." },
    ]);
  });

  it('leaves a reply that also fixes a meeting, or a decline, as it was', () => {
    expectEach('interview', [
      { from: OWNER, subject: 'Re: Bench joiner', text: 'Got it, thanks! Can you come in for an interview on Thursday at 3pm?' },
      { from: HR, subject: 'RE: Night auditor', text: 'Thank you for your email and CV. We would like to invite you to an interview on Monday at 10am.' },
    ]);
    expectEach('rejection', [
      { from: HR, subject: 'RE: Night auditor', text: 'Thank you for your email and CV. Unfortunately the position has been filled, and we wish you well in your search.' },
    ]);
    expectEach('other', [
      { from: 'Portal <no-reply@staffhub.example>', subject: 'Action needed', text: 'Hi Sam, your application is incomplete. Log in to add your work history.' },
    ]);
  });
});

describe('an agency saying it put the candidate forward to a named employer', () => {
  it('is a receipt of the submission', () => {
    expectEach('confirmation', [
      { from: AGENT, subject: 'Submitted', text: "Hi Sam, as agreed I've sent your CV to Marlow Freight for the planner role. I'll chase them on Thursday." },
      { from: AGENT, subject: 'Your profile', text: 'Sam, we have now submitted your profile and cover letter to Ashby Dental Group. Feedback usually takes a week.' },
      { from: AGENT, subject: 'Update', text: 'Hello Sam, I have forwarded your CV and portfolio to my client, Fenwick Studio, and will update you when I hear back.' },
    ]);
  });

  it('leaves a pitch, or a request to send a CV, as other', () => {
    expectEach('other', [
      { from: AGENT, subject: 'Opportunity', text: 'Hi Sam, I came across your profile and my client, a logistics firm in Leeds, is hiring planners. Would you be open to a chat?' },
      { from: AGENT, subject: 'Planner role', text: 'Hi Sam, could you send your CV to Marlow Freight directly through their careers page? Their portal needs it.' },
    ]);
  });
});

describe('a meeting already set, moved by the writer', () => {
  it('is an interview', () => {
    expectEach('interview', [
      { from: LEAD, subject: 'Re: Final round', text: 'Sam - apologies, our CTO is travelling. Can we move your final round to Friday at 2pm instead? Same link.' },
      { from: LEAD, subject: 'interview', text: 'hi sam so sorry i have to move ur interview, can we do wed at 11 instead?' },
      { from: LEAD, subject: 'Re: chat', text: 'Could we push the call back to next Tuesday? Something came up on my side.' },
    ]);
  });

  it('does not read moving an application along as a meeting', () => {
    expectEach('confirmation', [
      { from: 'Careers <careers@tidewell.example>', subject: 'Application received', text: 'Thank you for applying. We have received your application and our team is reviewing it. We will be in touch.' },
    ]);
  });
});

describe('a selection day or a trial in person', () => {
  it('is an interview even when the day holds tests', () => {
    expectEach('interview', [
      { from: HR, subject: 'Assessment centre', text: 'Dear Sam, we are pleased to invite you to our assessment centre on 3 March. The day includes a group exercise, a written test and an interview with two partners.' },
      { from: HR, subject: 'Superday', text: 'Hi Sam, congratulations! We would like you to attend our superday in London next Thursday, with three case interviews.' },
      { from: OWNER, subject: 'Re: Line cook', text: 'Sam, come in for a trial shift on Sunday from 9 and we will see how you get on.' },
      { from: OWNER, subject: 'Re: Junior stylist', text: 'Hi Sam, can you come by for a chat at the salon tomorrow at 4?' },
    ]);
  });

  it('leaves a test alone, or a trial said to be unnecessary, as it was', () => {
    expectEach('other', [
      { from: 'Tests <noreply@skillcheck.example>', subject: 'Your assessment', text: 'Hi Sam, please complete the online assessment for the Analyst role within five days.' },
      { from: 'City HR <hr@westford.example>', subject: 'Written exam', text: 'Dear Applicant, you have been selected to sit the written exam on Saturday at 9am. Candidates who pass the exam will be invited to a panel interview.' },
    ]);
    expectEach('confirmation', [
      { from: 'City HR <hr@westford.example>', subject: 'Acknowledgement', text: 'This email acknowledges receipt of your application. Applicants who meet the requirements will be invited to a written test.' },
    ]);
  });
});

describe('slots put to a shortlisted candidate', () => {
  it('is an interview', () => {
    expectEach('interview', [
      { from: HR, subject: 'Receptionist - interview', text: 'Thank you for applying. Interviews will take place on Friday 12/3. Please pick one of these times and reply: 9:30, 10:15 or 11:00.' },
      { from: HR, subject: 'Shortlist', text: 'Dear Sam, thank you for your application. The panel will be held on Wednesday; please choose one of the following slots.' },
    ]);
  });
});

describe('an interview that is a recording to make', () => {
  it('is other, like any test', () => {
    expectEach('other', [
      { from: 'Graduate Team <noreply@video-screen.example>', subject: 'Next step: your video interview', text: 'Thank you for your application. The next step is an on-demand video interview: five questions, at a time that suits you. Please complete it by Monday.' },
      { from: 'Talent <talent@tidewell.example>', subject: 'Video interview invitation', text: 'Hi Sam, please record a one-way video interview for the Support Lead role. It takes about 15 minutes; finish it by Friday.' },
      { from: 'Talent <talent@tidewell.example>', subject: 'Next step', text: 'We would like to invite you to complete an asynchronous video interview with four questions.' },
    ]);
  });

  it('leaves a live interview, on the same platforms, as an interview', () => {
    expectEach('interview', [
      { from: 'Scheduling <noreply@video-screen.example>', subject: 'Interview confirmed', text: 'Hello Sam, your live interview with Tidewell has been scheduled for Tuesday at 10am. Interviewer: Jo Almeida.' },
      { from: 'Talent <talent@tidewell.example>', subject: 'Final round', text: 'Thank you for completing your one-way video interview. We would like to invite you to a final round interview on Thursday at 2pm.' },
    ]);
  });
});

describe('mail written for a list', () => {
  it('is other when only its subject names interviews, and a board newsletter is no receipt', () => {
    expectEach('other', [
      { from: 'Career Letter <hello@careerletter.example>', subject: 'Issue 88: panel interviews, decoded', text: 'This week we look at how hiring teams run panels, plus twenty remote roles. Unsubscribe | Manage preferences' },
      { from: 'Warehouse Jobs Co <jobs@warehousejobs.example>', subject: 'Open interviews this Saturday', text: 'Forklift and picker jobs across the county. Walk in with two forms of ID. You are receiving this email because you registered with us. Unsubscribe.' },
      { from: 'Glassdoor Community <community@glassdoor.com>', subject: 'Salary talk this week', text: 'Members shared what they earn in operations roles. Read the discussion. You are receiving this email because you subscribed. Unsubscribe.' },
    ]);
  });

  it('leaves a receipt or an interview with a footer as it was', () => {
    expectEach('confirmation', [
      { from: 'Tidewell Careers <no-reply@tidewell.greenhouse.io>', subject: 'Thank you for applying', text: 'Hi Sam, thank you for applying to Tidewell. We have received your application. Unsubscribe from these emails.' },
    ]);
    expectEach('interview', [
      { from: 'Talent <talent@tidewell.example>', subject: 'Your interview', text: 'Hi Sam, your interview is confirmed for Tuesday at 10am with our design lead. Manage preferences | Unsubscribe' },
    ]);
  });
});

describe('a decline told casually', () => {
  it('is a rejection', () => {
    expectEach('rejection', [
      { from: LEAD, subject: 'Re: Designer', text: 'Sam, thanks for the portfolio review. The studio has decided to move ahead with another illustrator. It was close.' },
      { from: LEAD, subject: 'Re: Staff engineer', text: "Hi Sam, after talking it over we've decided we really need someone in our time zone for the on-call work. Sorry it's not better news." },
      { from: LEAD, subject: 'Re: Lead', text: 'Thanks for your time last week. We realised we need someone with more people management for this one.' },
      { from: 'Ana Souza <ana@vento.example>', subject: 'Retorno', text: 'Oi Sam, obrigada pela conversa. Infelizmente decidimos seguir com outro candidato para a vaga.' },
    ]);
  });

  it('does not read another round, or praise, as a decline', () => {
    expectEach('interview', [
      { from: LEAD, subject: 'Next steps', text: "Great news, we've decided to move ahead with another round: a call with our CEO on Friday at 11am." },
      { from: LEAD, subject: 'Hello', text: 'We decided we need someone like you on the advisory panel; happy to talk about it whenever suits.' },
    ]);
  });
});
