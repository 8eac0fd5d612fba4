import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import { buildMessage } from './build-message.ts';
import { expectEach } from './expect-kind.ts';

/**
 * The four misreadings issue #10 found on a real job seeker's mailbox, each as a family of the
 * project's own wordings. Every wording is also read hard-wrapped at 72 columns, the way most
 * plain-text mail arrives (see expect-kind.ts).
 */

describe('a personal note from a hiring manager that the CV arrived', () => {
  it('is a confirmation, however the person words it', () => {
    expectEach('confirmation', [
      { from: 'Marta Ilves <marta@brightkiln.example>', subject: 'Re: Product designer', text: 'Hi Sam,\n\nThanks for sending your CV over, I have it and will go through it with the team.\n\nMarta' },
      { from: 'Joe Park <joe@stonebridge.example>', subject: 'Re: resume', text: 'Thanks for getting your resume to me. I have passed it on to our engineering lead and we will take a look this week.' },
      { from: 'Peter Hale <peter@hale-co.example>', subject: 'Re: Accounts assistant', text: 'Many thanks for sending through your details. I will have a read over the weekend and get back to you.' },
      { from: 'Rosa Bell <rosa@kitefield.example>', subject: 'Portfolio', text: 'Appreciate you sending over your portfolio. I am going to review it with Maria on Thursday.' },
      { from: 'Ben <ben@fernloft.example>', subject: 'Re: the role', text: "Cheers for the application, it's landed with me and I'll take a proper look tomorrow." },
      { from: 'Nadia <nadia@cinder.example>', subject: 'CV received', text: 'Thanks Sam, got it. I have forwarded your CV to the head of finance.' },
      { from: 'Ivy <ivy@mosswood.example>', subject: 'Re: Junior analyst', text: "Thanks for sending this through! I'll have a look and get back to you in a few days." },
    ]);
  });

  it('still reads the same thanks beside an interview request or a decline by what else is said', () => {
    expect(classify(buildMessage({ subject: 'Next steps', text: "Thanks for your application. I've shared your resume with the hiring team and they would like to schedule an interview." })).kind).toBe('interview');
    expect(classify(buildMessage({ subject: 'Update', text: 'Thank you for your CV. Unfortunately we have decided to move forward with other candidates.' })).kind).toBe('rejection');
  });
});

describe('a recruiter replying to an application with a request for a call', () => {
  it('is an interview, not a receipt', () => {
    expectEach('interview', [
      { from: 'Kim Rowe <kim@larchmont.example>', subject: 'Re: Analyst application', text: 'Thanks for applying for the Analyst role! When are you free for a quick call about it this week?' },
      { from: 'Raj <raj@tealstone.example>', subject: 'Re: Support Engineer', text: 'Thanks for your interest in the position. Do you have 15 minutes tomorrow or Thursday to talk it through?' },
      { from: 'Raj <raj@tealstone.example>', subject: 'Re: application', text: 'Got your application. Are you around for a phone call sometime this week?' },
      { from: 'Mia <mia@corvid.example>', subject: 'Re: Ops role', text: "Thanks for applying. What's the best number and time to reach you for a short call?" },
      { from: 'Zoe <zoe@plumtree.example>', subject: 'Re: Account manager', text: 'Thanks for applying, Sam. Would you have time for a short phone conversation on Tuesday or Wednesday?' },
      { from: 'Amir <amir@northgate.example>', subject: 'Re: your CV', text: 'Thanks for the CV. Could I give you a call tomorrow afternoon to talk about the job?' },
      { from: 'Amir <amir@northgate.example>', subject: 'Application - Electrician', text: 'Hello, we got your application. Please send me a number and a time when I can call you.' },
    ]);
  });

  it('stays other when a recruiter writes first about a role the user never applied to', () => {
    expectEach('other', [
      { from: 'Rick <rick@talentbridge.example>', subject: 'Opportunity', text: 'Hi Sam, I came across your profile and think you could be a great match for a Staff Engineer role with my client. When are you free for a call?' },
      { from: 'Luke <luke@headhunt.example>', subject: 'Engineering manager role', text: 'Hi Sam, I am a headhunter working with a well funded health tech startup. Would you be open to a call to hear more?' },
      { from: 'Luke <luke@headhunt.example>', subject: 'Hello', text: 'Hi Sam, your experience at Acme caught my eye. We are hiring a lead engineer and I would love to chat. Are you free on Friday?' },
      { from: 'Ana <ana@searchlane.example>', subject: 'Data role in Berlin', text: 'Hello Sam, I am working on a Head of Data search for a Series B company. Your background looks like a strong fit. Do you have 15 minutes on Thursday for a call?' },
    ]);
  });
});

describe('a position cancelled, left unfilled or put on hold', () => {
  it('is a rejection even when the mail opens by thanking for the application', () => {
    expectEach('rejection', [
      { from: 'careers@pinewood.example', subject: 'Your application', text: 'Thank you for applying. The Data Analyst position will not be filled this year, so we are closing all applications.' },
      { from: 'no-reply@myworkday.com', subject: 'Requisition cancelled', text: 'Thank you for your interest. The requisition has been cancelled, and your application will not receive further consideration.' },
      { from: 'hr@pinewood.example', subject: 'Update', text: 'Thanks for applying. Due to budget constraints, the vacancy will remain unfilled.' },
      { from: 'hr@pinewood.example', subject: 'Update', text: "Thanks for applying to Pinewood. We won't be filling this role after all." },
      { from: 'jobs@pinewood.example', subject: 'Application status', text: 'Thank you for your application. The hiring manager has withdrawn the vacancy and it will not be re-advertised.' },
      { from: 'no-reply@taleo.net', subject: 'Application status', text: 'Thank you for your interest in the Clerk position. The position has been cancelled and there will be no further consideration of your application.' },
      { from: 'hr@marigold.example', subject: 'Payroll clerk', text: 'Thank you for applying. The vacancy has been put on hold indefinitely and no further applications will be considered.' },
    ]);
  });

  it('stays a receipt when the closing is only a supposition or a hiring practice', () => {
    expectEach('confirmation', [
      { from: 'careers@pinewood.example', subject: 'Application', text: 'Thank you for applying. If the position is cancelled or filled, we will let you know by email.' },
      { from: 'careers@pinewood.example', subject: 'Application', text: 'Thank you for applying. Positions are filled on a rolling basis, so we review applications as they come in.' },
      { from: 'careers@pinewood.example', subject: 'Application', text: 'Thanks for applying. We are still reviewing, and the role will not be filled until March.' },
    ]);
  });
});

describe('portal housekeeping about an application not yet sent', () => {
  it('is other, not a receipt, even from hiring software', () => {
    expectEach('other', [
      { from: 'no-reply@myworkday.com', subject: 'Your application was saved', text: 'Your application for Barista has been saved. You can return at any time to finish it and submit.' },
      { from: 'no-reply@smartrecruiters.com', subject: 'Your form was saved', text: 'Your form was saved. You can finish it later from your candidate home.' },
      { from: 'no-reply@icims.com', subject: 'Complete your application', text: 'You started an application for Barista but have not submitted it yet. Complete your application before the posting closes.' },
      { from: 'no-reply@taleo.net', subject: 'Application incomplete', text: 'Your application is incomplete. Please log in to complete it.' },
      { from: 'no-reply@icims.com', subject: 'Verify your email', text: 'Please verify your email address to continue your application.' },
      { from: 'no-reply@lever.co', subject: 'Missing documents', text: 'To complete your application, please upload your cover letter.' },
      { from: 'no-reply@greenhouse.io', subject: 'Almost done', text: 'You are almost done! Your application has not been submitted yet.' },
      { from: 'no-reply@ashbyhq.com', subject: 'Your progress', text: 'We saved your progress. Pick up where you left off whenever you are ready.' },
    ]);
  });

  it('still reads a finished application as a receipt', () => {
    expectEach('confirmation', [
      { from: 'no-reply@greenhouse.io', subject: 'Thanks for applying', text: 'Thank you for completing your application for Barista. We will review it shortly.' },
      { from: 'no-reply@greenhouse.io', subject: 'Application received', text: 'Thank you for taking the time to complete your application for Cashier. We will be in touch.' },
      { from: 'no-reply@icims.com', subject: 'Thanks', text: 'Thanks for applying! You can verify your email address to track your application status in the portal.' },
    ]);
  });
});

describe('an invitation that puts one slot or a visit to the candidate without saying "interview"', () => {
  it('is an interview', () => {
    expectEach('interview', [
      { from: 'Lee <lee@fjord.example>', subject: 'Re: Sales role', text: 'Hi Sam, thanks for the application. Would Friday at 10:30 work for a first conversation with me?' },
      { from: 'Lee <lee@fjord.example>', subject: 'Next step', text: "Thanks for applying. Let's pencil in Tuesday at 2pm for a chat with our head of sales." },
      { from: 'Pat <pat@orchard.example>', subject: 'Shift lead', text: 'Hi Sam, I would like to have you come by the store on Monday morning to meet the team. Does 9:30 suit?' },
      { from: 'Ola <ola@brine.example>', subject: 'Re: Designer', text: 'You will be speaking with Hana Ito, our design lead, on Wednesday at 4pm Pacific.' },
      { from: 'Ola <ola@brine.example>', subject: 'Re: Designer', text: 'Good news: I managed to book an hour on Thursday for a video call with the studio director.' },
      { from: 'Calendly <notifications@calendly.com>', subject: 'New event: Sam Seeker', text: 'A new event has been scheduled. Event type: 30 minute screen. Invitee: Sam Seeker.' },
    ]);
  });

  it('stays what it was when the slot is the user accepting, or a webinar', () => {
    expectEach('other', [
      { from: 'Sam Seeker <sam.seeker@example.org>', subject: 'Re: Interview', text: 'Thursday at 10am works for me. I will be there.' },
      { from: 'events@meetup.example', subject: 'Webinar confirmed', text: 'Your webinar registration is confirmed. The session has been scheduled for Tuesday at 5pm CET.' },
    ]);
  });
});

describe('a time held for the candidate, said in the first person', () => {
  it('is an interview', () => {
    expectEach('interview', [
      { from: 'Kai <kai@lumen.example>', subject: 'Onsite', text: "The panel wants to move you to the final round. I'm locking in Friday at 9:30am at our Leeds office." },
      { from: 'Kai <kai@lumen.example>', subject: 'Quick chat', text: "Thank you for applying. I've booked us a 15-minute call on Monday at 4pm your time, and I will ring your mobile." },
      { from: 'Kai <kai@lumen.example>', subject: 'Next round', text: 'Good news! I have lined up a video interview with our CTO for next Wednesday.' },
    ]);
  });
});

describe('an offer or a decline that offers a call about it', () => {
  it('keeps the decision as the kind', () => {
    expectEach('other', [
      { from: 'Rae <rae@quill.example>', subject: 'Your offer letter', text: 'Attached is your offer for the Staff Accountant role. Let me know if you would like to set up a call to go through it.' },
      { from: 'Rae <rae@quill.example>', subject: 'Offer', text: 'We are delighted to offer you the position. Are you free on Thursday for a quick call about the start date?' },
    ]);
    expectEach('rejection', [
      { from: 'Rae <rae@quill.example>', subject: 'Update', text: 'We have decided not to move forward with your application. If it helps, I am happy to set up a call to share feedback. Would Friday at 10am work?' },
    ]);
  });
});

describe('a staffing agency saying it put the candidate forward', () => {
  it('is a confirmation', () => {
    expectEach('confirmation', [
      { from: 'Tess <tess@placewell.example>', subject: 'CV sent', text: 'Hi Sam, just a quick one to say your CV has gone over to the client this morning. I will chase them for feedback next week.' },
      { from: 'Tess <tess@placewell.example>', subject: 'Submitted', text: 'I have put you forward to Harlow Foods for the planner role and will let you know as soon as I hear back.' },
      { from: 'Tess <tess@placewell.example>', subject: 'Update', text: 'Just to confirm that I have submitted your CV to our client for the planner role.' },
    ]);
  });
});

describe('signals that explain the kind', () => {
  const FAMILY = /^(?:confirmation|interview|rejection|other|subject|sender|calendar|voice|fallback|decide):[a-z0-9-]+(?:\((?:confirmation|interview|rejection|other):[a-z0-9-]+\))?$/;

  it('name a rule family each, the families behind the chosen kind first', () => {
    const result = classify(buildMessage({ subject: 'Re: Analyst application', text: 'Thanks for applying for the Analyst role! When are you free for a quick call about it this week?' }));
    expect(result.kind).toBe('interview');
    expect(result.signals.every((signal) => FAMILY.test(signal)), result.signals.join(', ')).toBe(true);
    expect(result.signals[0]?.startsWith('interview:')).toBe(true);
    expect(result.signals).toContain('confirmation:thanks-for-applying');
  });

  it('say when a receipt phrase was discounted because the mail asks for the candidate’s time', () => {
    const result = classify(buildMessage({ text: 'Thank you for your application. Could you let me know a good time to call?' }));
    expect(result.kind).toBe('interview');
    expect(result.signals).toContain('decide:receipt-in-passing');
  });

  it('say when a call request was set aside as cold outreach', () => {
    const result = classify(buildMessage({ text: 'Hi Sam, I came across your profile and have a role with my client. Does Thursday at 11am work for a quick call?' }));
    expect(result.kind).toBe('other');
    expect(result.signals).toContain('decide:call-in-cold-outreach');
  });

  it('say when a call offered after a decline was read as a call about the decision', () => {
    const result = classify(
      buildMessage({ text: 'Thank you for interviewing with us. We have decided to move forward with another candidate. Would Friday at 10am work for a short feedback call?' }),
    );
    expect(result.kind).toBe('rejection');
    expect(result.signals).toContain('decide:call-about-decision');
  });

  it('name the family a negated or conditional phrase came through', () => {
    expect(classify(buildMessage({ text: 'We are unable to schedule an interview with you for this role.' })).signals).toContain(
      'rejection:negated-interview(interview:schedule)',
    );
  });
});
