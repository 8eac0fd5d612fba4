import { describe, it } from 'vitest';
import { expectEach } from './expect-kind.ts';

/**
 * Two ways an application closes that read like something else: the candidate's own withdrawal,
 * confirmed with the polite well-wishes of a decline, and a seat given to someone already inside,
 * told by an agent who also promises to put the candidate forward again. Our own wordings, read flat
 * and hard-wrapped at 72 columns.
 */
const PORTAL = 'Corrin Labs Careers <no-reply@corrinlabs.example>';
const AGENT = 'Ines Marlowe <ines@northgate-talent.example>';
const MANAGER = 'Tobias Grey <tobias@fenwick-mills.example>';

describe('a withdrawal the candidate asked for', () => {
  it('is other, even with a decline’s good wishes', () => {
    expectEach('other', [
      { from: PORTAL, subject: 'Application update', text: 'Dear Sam, this confirms that your application for Buyer (REQ-5512) at Corrin Labs was closed at your request. We wish you every success in your career.' },
      { from: PORTAL, subject: 'Your candidacy', text: 'Hello Sam, as asked, your candidacy for the Lab Technician opening has been removed at your own request. Best of luck in your future search.' },
      { from: MANAGER, subject: 'Re: Mill supervisor', text: 'Hi Sam, no problem at all, I have withdrawn your name from the shortlist per your request. All the best with the new job!' },
    ]);
  });

  it('does not turn an employer’s own cancellation into other', () => {
    expectEach('rejection', [
      { from: PORTAL, subject: 'Buyer vacancy', text: 'Dear Sam, the Buyer position has been cancelled and will not be filled this year. We wish you every success in your search.' },
    ]);
  });
});

describe('a seat given to someone already inside', () => {
  it('is a rejection, even when the agent promises other roles', () => {
    expectEach('rejection', [
      { from: AGENT, subject: 'Fenwick update', text: 'Hi Sam, I heard back from Fenwick Mills: they have decided to fill the Production Planner vacancy with an internal candidate. I have two more planning roles coming and will put you forward for those.' },
      { from: MANAGER, subject: 'Planner role', text: 'Sam, thanks for coming in. In the end we are filling the role internally, as one of the shift leads asked for it. I am sorry it is not better news.' },
      { from: PORTAL, subject: 'Lab Technician', text: 'Dear Sam, the hiring team chose to fill this opening with an existing employee. Thank you for the time you gave us.' },
    ]);
  });

  it('leaves an advert that says whom it wants to fill the role with alone', () => {
    expectEach('other', [
      { from: AGENT, subject: 'Planner role in Leeds', text: 'Hi Sam, my client wants to fill a planner role with a candidate who knows SAP. Would you be open to a quick call this week?' },
    ]);
  });
});

describe('an agent telling the candidate the client has them booked', () => {
  it('is an interview, though the agent also asks for a call', () => {
    expectEach('interview', [
      { from: AGENT, subject: 'All set', text: 'Hi Sam, great news: my client has you down for Thursday at 2pm with their head of finance. Ring me afterwards?' },
      { from: AGENT, subject: 'Confirmed', text: 'Sam, they had you down for Monday 9/14 at 10am ET with the plant manager, so that is confirmed. Call me after if you can.' },
    ]);
  });
});
