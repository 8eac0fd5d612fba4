import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import { buildMessage } from './build-message.ts';
import { expectEach } from './expect-kind.ts';

/**
 * Phrasing families the blind tune writers (issue #10) showed the classifier misreading, each in
 * wordings of the project's own, read flat and hard-wrapped at 72 columns.
 */
describe('a closing named in a time clause', () => {
  it('is not a decision: the receipt stays a receipt', () => {
    expectEach('confirmation', [
      { from: 'jobs@harbourline.example', subject: 'Application received', text: 'Thank you for applying for the Lab Technician post. We read applications as they arrive and keep going until the post is filled.' },
      { from: 'hr@moorfield.example', subject: 'Thanks for applying', text: 'Thanks for your application. The advert stays up until the vacancy has been filled, and we will be in touch with shortlisted people.' },
      { from: 'careers@quayside.example', subject: 'Your application', text: 'We have received your application. Once the role is filled we take the listing down, so please do not worry if it disappears.' },
      { from: 'careers@quayside.example', subject: 'Your application', text: 'Your application has been received. Screening runs weekly until the opening is closed.' },
    ]);
  });

  it('still reads a closing stated as news as a rejection', () => {
    expectEach('rejection', [
      { from: 'hr@moorfield.example', subject: 'Update', text: 'Thank you for applying. I am writing to let you know the position has been filled.' },
      { from: 'hr@moorfield.example', subject: 'Update', text: 'Thanks for your patience. Sadly the vacancy was withdrawn last week, after the budget review.' },
    ]);
  });
});

describe('a staffing agency reporting on a candidacy it put forward', () => {
  it('is a receipt when the CV went to the client', () => {
    expectEach('confirmation', [
      { from: 'Nora Quist <nora@brightpath-staffing.example>', subject: 'Sent over', text: "Hi Sam,\nAs agreed on the phone, I've sent your resume to my client, a logistics firm in Leeds, for the planner role. I'll update you once I hear back." },
      { from: 'Nora Quist <nora@brightpath-staffing.example>', subject: 'Submitted', text: 'Hi Sam, quick note: we have submitted your profile to our client for the Finance Analyst contract. They normally reply within the week.' },
      { from: 'Emil <emil@talentwerk.example>', subject: 'cv', text: 'Hello Sam,\nlike promised I forwarded your CV to my client (medtech company, name still confidential) for the QA lead vacancy.\nI let you know what they say.' },
      { from: 'Emil <emil@talentwerk.example>', subject: 'Update', text: 'Hi Sam, your details have been passed to my client this morning. Fingers crossed.' },
    ]);
  });

  it('is an interview when the client asks to meet', () => {
    expectEach('interview', [
      { from: 'Hattie <hattie@kinross-search.example>', subject: 'Good news', text: 'Hi Sam,\nGreat news, my client Fenwick Labs would like to meet you.\nTuesday 9 March, 2pm at their Bristol office.\nI will phone you on Monday to prepare.' },
      { from: 'Hattie <hattie@kinross-search.example>', subject: 'Next stage', text: 'Hi Sam, my client has invited you to an interview with their CFO next week. Which mornings suit you?' },
      { from: 'Hattie <hattie@kinross-search.example>', subject: 'Feedback', text: 'Sam, the client liked your CV a lot and wants to see you on Thursday afternoon.' },
    ]);
  });

  it('does not read what the client wants to see in a candidate as a meeting', () => {
    expect(classify(buildMessage({ from: 'Hattie <hattie@kinross-search.example>', subject: 'Update', text: 'Hi Sam, I sent your CV over. The client wants to see a portfolio before they decide anything.' })).kind).not.toBe('interview');
  });

  it('stays other when the agency is pitching a role the user never applied to', () => {
    expectEach('other', [
      { from: 'Rory <rory@apexhire.example>', subject: 'Opportunity', text: 'Hi Sam, my client is growing its platform team. Would you be open to a quick chat about it?' },
      { from: 'Rory <rory@apexhire.example>', subject: 'Role', text: 'Hi Sam, I came across your profile and my client would love to speak with you about a senior role. Are you interested in hearing more?' },
    ]);
  });
});

describe('portal housekeeping that names no news', () => {
  it('is other, even from hiring software', () => {
    expectEach('other', [
      { from: 'Birchway <birchway@myworkday.com>', subject: 'Password changed', text: 'The password on your Birchway candidate account was changed today. If this was not you, contact the careers team.' },
      { from: 'no-reply@icims.com', subject: 'Account update', text: 'Your password has been successfully reset. You can now sign in with the new one.' },
      { from: 'Birchway <birchway@myworkday.com>', subject: 'Update on your application', text: 'Hello Sam, the status of your application for Stock Controller has been updated. Log in to your candidate home to view it.' },
      { from: 'no-reply@taleo.net', subject: 'Status update', text: 'There is news on your candidacy: your application status has changed. Sign in to see the details.' },
    ]);
  });

  it('still reads a status the mail names', () => {
    expectEach('confirmation', [
      { from: 'no-reply@taleo.net', subject: 'Status update', text: 'Your application status has been updated to: Received. Thank you for applying to Birchway.' },
      { from: 'no-reply@icims.com', subject: 'Update', text: 'The status of your application has changed. We have received your application and our team is reviewing your experience.' },
    ]);
    expectEach('rejection', [
      { from: 'no-reply@icims.com', subject: 'Status update', text: 'Your application status has been updated. Unfortunately, we will not be moving forward with your application.' },
    ]);
  });
});

describe('a note after a meeting already held', () => {
  it('is other, though the subject names the interview', () => {
    expectEach('other', [
      { from: 'Greta <greta@larchfield.example>', subject: 'Interview on Tuesday', text: 'Hi Sam,\nThanks for coming in to meet the team this morning. We are seeing two more people this week and will let you know by Monday.' },
      { from: 'Greta <greta@larchfield.example>', subject: 'Re: Your interview', text: 'It was a pleasure speaking with you yesterday. We will be in touch once the panel has compared notes.' },
      { from: 'Greta <greta@larchfield.example>', subject: 'Your interview today', text: 'Thank you for your time with Ravi and me earlier today. I expect to have an answer for you next week.' },
    ]);
  });

  it('still reads a further round or a decline in the same mail', () => {
    expectEach('interview', [
      { from: 'Greta <greta@larchfield.example>', subject: 'Next round', text: 'Thanks for your time today. We would like to invite you to a final interview with our director next week.' },
      { from: 'Greta <greta@larchfield.example>', subject: 'Thanks', text: 'Great to meet you yesterday. The team would like you to meet our CFO as well, so I will send some times.' },
    ]);
    expectEach('rejection', [
      { from: 'Greta <greta@larchfield.example>', subject: 'Your interview', text: 'Thank you for chatting with us yesterday. Unfortunately we have decided not to move forward with your application.' },
    ]);
  });
});

describe('an interview put in a few words', () => {
  it('is an interview when a meeting is moved, confirmed, settled or named as the next step', () => {
    expectEach('interview', [
      { from: 'Priya <priya@coldharbour.example>', subject: 'Small change', text: 'Hi Sam, small change: we have moved your call with Dev from Monday to Wednesday at 10am.' },
      { from: 'Priya <priya@coldharbour.example>', subject: 'Re: Friday', text: "I've pushed our chat back to Friday, same time, same link. Sorry for the shuffle." },
      { from: 'Priya <priya@coldharbour.example>', subject: 'Re: Analyst', text: "Apologies - we've shifted the panel interview to next Thursday at 2pm CET." },
      { from: 'Priya <priya@coldharbour.example>', subject: 'Onsite', text: "You're confirmed for the onsite round at our Leeds office on 3 March." },
      { from: 'Priya <priya@coldharbour.example>', subject: 'Re: tomorrow', text: 'Confirmed for thurs 11am. Nikhil will ring you then.' },
      { from: 'Priya <priya@coldharbour.example>', subject: 'Re: Analyst', text: 'Let us do Monday at 10, I will send the link in the morning.' },
      { from: 'Priya <priya@coldharbour.example>', subject: 'Re: Analyst', text: 'ok, lets say tmrw 2pm then. I call you on teams.' },
      { from: 'Priya <priya@coldharbour.example>', subject: 'Re: Analyst', text: 'Hi Sam, next step is a video call with our head of product. She has time on Tuesday or Wednesday.' },
      { from: 'Priya <priya@coldharbour.example>', subject: 'Re: Analyst', text: 'The next stage will be an onsite interview with three people from the team.' },
      { from: 'Jo <jo@seaholly.example>', subject: 'Mechanic role', text: 'Hi Sam, I would like you to come down to the garage on Friday morning, around 9, to see the workshop and meet the lads.' },
      { from: 'Jo <jo@seaholly.example>', subject: 'Re: Mechanic role', text: 'thanks for application. I want to have 30 min call with you about the job. Send me 2-3 slots next week please.' },
    ]);
  });

  it('stays a receipt when the meeting is only what happens if the candidate is picked', () => {
    expectEach('confirmation', [
      { from: 'careers@coldharbour.example', subject: 'Application received', text: 'Thank you for applying. If you are shortlisted, the next step is a phone screen with a recruiter.' },
    ]);
    expect(classify(buildMessage({ from: 'careers@coldharbour.example', subject: 'Next step', text: 'Thanks for your interest. The next step is a short online assessment on our platform.' })).kind).not.toBe('interview');
  });
});

describe('a person saying they passed the CV on to someone by name', () => {
  it('is a receipt', () => {
    expectEach('confirmation', [
      { from: 'Wen <wen@lowmoor.example>', subject: 'Re: Backend role', text: 'Got it, passing your resume to Dana (our CTO) today. She picks who goes through.' },
      { from: 'Wen <wen@lowmoor.example>', subject: 'Re: Designer', text: "Thanks! I've forwarded your portfolio to Luis, who runs the design team." },
      { from: 'Wen <wen@lowmoor.example>', subject: 'Re: CV', text: 'I am sharing your profile with Anja this afternoon and will come back to you.' },
    ]);
  });

  it('is not a receipt when the candidate is told where to send it', () => {
    expect(classify(buildMessage({ from: 'info@lowmoor.example', subject: 'Jobs', text: 'Please send your CV to jobs@lowmoor.example and mention the role.' })).kind).not.toBe('confirmation');
  });
});

describe('a post closed with no appointment, and a role given to a candidate', () => {
  it('is a rejection', () => {
    expectEach('rejection', [
      { from: 'Ruth Abara <ruth.abara@fenwold.gov.example>', subject: 'Parks Ranger (ref PR-118)', text: 'Dear Sam,\n\nThank you for applying for the Parks Ranger post (ref PR-118). Following a budget review, no appointment will be made to this post.\n\nYours sincerely,\nRuth Abara\nPeople Services' },
      { from: 'hr@ardley-trust.example', subject: 'Update: Ward Clerk vacancy', text: 'Dear Sam,\n\nWe are writing about the Ward Clerk vacancy you applied for. The interview panel met last week and no appointment has been made; the post will not be taken further.\n\nKind regards,\nArdley Trust HR' },
      { from: 'Niamh <niamh@corbelaw.example>', subject: 'The paralegal role', text: 'Hi Sam,\n\nThanks again for coming in on Monday. After a lot of thought we have decided to offer the paralegal role to a candidate with more conveyancing experience. I am happy to talk it through if useful.\n\nAll the best,\nNiamh' },
      { from: 'Dev <dev@tallowworks.example>', subject: 'Site lead', text: 'Hello Sam,\n\nI wanted to tell you myself: we chose to give the site lead job to another applicant who has run a crew before. Thank you for your time.\n\nDev' },
    ]);
  });

  it('is not a rejection when the role is offered to the reader', () => {
    expect(classify(buildMessage({ from: 'Niamh <niamh@corbelaw.example>', subject: 'Good news', text: 'Hi Sam,\n\nWe have decided to offer the paralegal role to you. The formal letter follows tomorrow.\n\nNiamh' })).kind).not.toBe('rejection');
    expect(classify(buildMessage({ from: 'jobs@harbourline.example', subject: 'Application received', text: 'Thank you for applying. We will make an appointment for a short call once screening is done.' })).kind).not.toBe('rejection');
  });
});

describe('a slot held in few words, with no word for interview', () => {
  it('is an interview', () => {
    expectEach('interview', [
      { from: 'Ilya <ilya@cobaltfern.example>', subject: 'tmrw', text: "Sam, we've got you down for tomorrow at 9 for the onsite. Ask for me at the front desk." },
      { from: 'Ilya <ilya@cobaltfern.example>', subject: 'Monday', text: 'Hi Sam, I have you down for Monday 3pm with our head of data. Bring your laptop.' },
      { from: 'Rosa <rosa.quill@gmail.example>', subject: 'Re: the ops job', text: 'Perfect, locked in: next Wednesday, 10am my time. My business partner will sit in too.' },
      { from: 'Rosa <rosa.quill@gmail.example>', subject: 'Re: chat', text: 'Great, booked in for Thursday at 4:30 then, I will send the video link on the day.' },
      { from: 'Tove <tove@larchandloom.example>', subject: 'Re: Thursday', text: 'Hi Sam, looking forward to Thursday at 2. We will walk through your portfolio in the studio.' },
      { from: 'Tove <tove@larchandloom.example>', subject: 'See you soon', text: 'Looking forward to seeing you tomorrow at 10:30, the studio is on the second floor.' },
      { from: 'Ben <ben@mossgate.example>', subject: 'Your application', text: 'Thanks for applying for the support analyst opening! I put Tuesday at 11am on my calendar since it was the first slot you gave, and I will ring you then.' },
      { from: 'Ben <ben@mossgate.example>', subject: 'Call', text: 'Hello Sam, I pencilled Friday 9.30am into the diary for us. It will be about twenty minutes.' },
    ]);
  });

  it('is an interview when the writer asks the candidate back or over', () => {
    expectEach('interview', [
      { from: 'Hal <hal@quarrybank.example>', subject: 'Round two', text: 'Good to meet you on Tuesday. I would like you back in for another chat, this time with our site manager.' },
      { from: 'Hal <hal@quarrybank.example>', subject: 'Next', text: 'We would love to have you back in next week so the team can meet you.' },
      { from: 'Jess <jess@ironleaf.example>', subject: 'Your application', text: 'Thanks for applying for the barista job. Can you come in on Saturday morning for an interview with me?' },
      { from: 'Jess <jess@ironleaf.example>', subject: 'Hi', text: 'Hi Sam, could you pop by the shop this week for a quick chat about the role?' },
    ]);
  });

  it('is an interview when a meeting is locked in or a screen is asked for by name', () => {
    expectEach('interview', [
      { from: 'Mia <mia@tidewell.example>', subject: 'Chat with Omar', text: 'Omar, our product lead, has some room this afternoon, so let us lock in your chat with him at 3.' },
      { from: 'Mia <mia@tidewell.example>', subject: 'Next step', text: 'I would love to do a quick 15-minute phone screen with you, and I will ring the number on your CV.' },
      { from: 'Mia <mia@tidewell.example>', subject: 'Hello', text: 'We would like to have a short video interview with you before the panel.' },
    ]);
  });

  it('is not an interview when nothing is put to the candidate', () => {
    expect(classify(buildMessage({ from: 'jobs@tidewell.example', subject: 'Application received', text: 'Thank you for applying. We look forward to reviewing your application and will be in touch.' })).kind).not.toBe('interview');
    expect(classify(buildMessage({ from: 'jobs@tidewell.example', subject: 'Your application', text: 'Thanks for applying. I have added a reminder to my calendar to look at applications once the posting closes.' })).kind).not.toBe('interview');
    expect(classify(buildMessage({ from: 'hr@tidewell.example', subject: 'Onboarding', text: 'Could you come in to the office to sign the paperwork? HR is open all week.' })).kind).not.toBe('interview');
  });
});

describe('a choice told from the other side', () => {
  it('is a rejection', () => {
    expectEach('rejection', [
      { from: 'HR Office <hr@fenwold.gov.example>', subject: 'Selection status', text: 'This notice concerns your application for Records Officer. The hiring official reviewed the referral list and another candidate has been selected.' },
      { from: 'Kit <kit@saltmarsh.example>', subject: 're: warehouse lead', text: 'Hi Sam, I wanted to tell you myself. We have decided to hire someone who can be on site every day, which is not what you were looking for.' },
      { from: 'Kit <kit@saltmarsh.example>', subject: 'The coordinator role', text: 'Thanks for talking with us. In the end we chose to go with someone from the local team for the coordinator role.' },
      { from: 'hr@ardley-trust.example', subject: 'Porter vacancy', text: 'Dear Sam, a different applicant was appointed to the Porter vacancy. We thank you for your interest.' },
    ]);
  });

  it('is not a rejection when the reader is the one chosen, or the hire is still ahead', () => {
    expect(classify(buildMessage({ from: 'Kit <kit@saltmarsh.example>', subject: 'Good news', text: 'Hi Sam, we have decided to hire someone like you, and we would like to invite you to an interview on Monday.' })).kind).toBe('interview');
    expect(classify(buildMessage({ from: 'jobs@saltmarsh.example', subject: 'Application received', text: 'Thank you for applying. If another candidate is selected, we will let you know by email.' })).kind).not.toBe('rejection');
  });
});

describe('the portal keeping the candidate account', () => {
  it('is other, even from hiring software', () => {
    expectEach('other', [
      { from: 'Careers <donotreply@icims.com>', subject: 'Password help', text: 'We got a request to reset the password for your careers account. If it was not you, ignore this email.' },
      { from: 'Workday <acme@myworkday.com>', subject: 'Your account', text: 'Your candidate profile has been inactive for a year and will be removed in 14 days unless you sign in.' },
      { from: 'Workday <acme@myworkday.com>', subject: 'Data retention', text: 'Under our data retention rules, your profile and uploaded files will be permanently deleted next month. Sign in to keep them.' },
      { from: 'Careers <careers@greenhouse.io>', subject: 'Account', text: 'Your candidate account is scheduled to be deactivated on 1 March. No action is needed if you no longer need it.' },
    ]);
  });
});

describe('no offer, said of the offer itself', () => {
  it('is a rejection, even beside a past interview and a feedback call', () => {
    expectEach('rejection', [
      { from: 'Lena <lena@quillmoor.example>', subject: 'Your candidacy', text: 'Thanks again for the final interview on Tuesday at 3pm. After a long discussion we decided not to extend an offer. Happy to set up a call if feedback would help.' },
      { from: 'Lena <lena@quillmoor.example>', subject: 'Update', text: 'Hi Sam, we will not be making you an offer for the analyst role this time.' },
      { from: 'hr@quillmoor.example', subject: 'Update', text: 'Dear Sam, following your second round interview we are not able to offer you the position.' },
    ]);
  });

  it('is not a rejection when the offer is only conditional or coming', () => {
    expect(classify(buildMessage({ from: 'hr@quillmoor.example', subject: 'Next steps', text: 'If we do not extend an offer after the panel, we will tell you within a week. The panel is on Thursday at 10am.' })).kind).not.toBe('rejection');
    expect(classify(buildMessage({ from: 'Lena <lena@quillmoor.example>', subject: 'Great news', text: "We can't wait to make you an offer, the paperwork comes tomorrow." })).kind).not.toBe('rejection');
  });
});
