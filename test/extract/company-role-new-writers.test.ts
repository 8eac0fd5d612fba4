import { describe, expect, it } from 'vitest';
import type { EventKind } from '../../shared/domain/kinds.ts';
import { extract } from '../../shared/extract/index.ts';
import { isFreeMailDomain } from '../../shared/extract/robots.ts';
import { writtenOutTitle } from '../../shared/extract/role/written-out.ts';
import { message } from './message-builder.ts';

/**
 * Company and role families from two writers new to the tune split (issue #10), written afresh:
 * personal addresses under country domains, places under a signature, lower-case signatures,
 * agencies naming their client, events named for the employer, casual titles written out elsewhere.
 */
type Parts = Parameters<typeof message>[0] & { kind?: Exclude<EventKind, 'other'> };
const read = ({ kind, ...parts }: Parts) => extract(message(parts), { timeZone: 'America/New_York', kind: kind ?? 'confirmation' });
const companyOf = (parts: Parts): string | null => read(parts).company;
const roleOf = (parts: Parts): string | null => read(parts).role;

describe('company: a personal mail provider under any country domain', () => {
  it('knows the big providers whatever their top-level domain', () => {
    for (const domain of ['hotmail.co.uk', 'yahoo.fr', 'gmail.de', 'outlook.com.au', 'hotmail.example', 'mail.yahoo.co.jp']) expect(isFreeMailDomain(domain)).toBe(true);
  });

  it('leaves organisations whose name only contains a provider’s', () => {
    for (const domain of ['outlookgroup.com', 'gmailer.io', 'yahoofinance-partners.co.uk', 'acme.com']) expect(isFreeMailDomain(domain)).toBe(false);
  });

  it('never reads the provider’s name as the employer', () => {
    expect(companyOf({ from: 'Rosa Linde <rosa.linde71@hotmail.co.uk>', subject: 'Re: weekend shifts', text: 'Hi, yes come by on Friday at 3 and we can talk it over.\n\nRosa' })).toBeNull();
    expect(companyOf({ from: 'Dev Patel <devpatel@yahoo.fr>', subject: 'Re: your message', text: 'Thanks for getting in touch, I will read your CV tonight.\n\nDev' })).toBeNull();
  });
});

describe('company: a first name signing "@" its workplace', () => {
  it('reads the workplace after "Name @"', () => {
    expect(companyOf({ from: 'Tess Ormond <tess.ormond@gmail.com>', subject: 'Re: kitchen porter job', text: 'Great to meet you! Could you start Monday at 8? Tess @ Copper Kettle Bakery', kind: 'interview' })).toBe('Copper Kettle Bakery');
    expect(companyOf({ from: 'Lou Baines <lou.b@outlook.com>', subject: 'Re: cover letter', text: 'Got it, thanks. We will ring you this week.\n\nLou @ Harbourside Books' })).toBe('Harbourside Books');
  });

  it('does not read a spelled-out address as one', () => {
    expect(companyOf({ from: 'Kim Rowe <kim.rowe@gmail.com>', subject: 'Re: hello', text: 'You can write to me at kim @ rowe dot net any time.\n\nKim' })).toBeNull();
  });
});

describe('company: a place line under the organisation', () => {
  it('reads the organisation, not the city and region under it', () => {
    expect(companyOf({ from: 'Martin Okafor <m.okafor@brackenridge-u.example>', subject: 'Lecturer in History – outcome', text: 'Dear Dr. Hale,\n\nThank you for visiting us. The panel has chosen another candidate.\n\nWith best wishes,\n\nMartin Okafor\nProfessor and Head, Search Panel\nSchool of History, Brackenridge University\nHalifax, Nova Scotia', kind: 'rejection' })).toBe('Brackenridge University');
    expect(companyOf({ from: 'Jo Pruitt <jo@tallowfield.example>', subject: 'Next steps', text: 'Hi Sam,\n\nWe would love to have you in for a chat next week.\n\nThanks,\nJo Pruitt\nTalent Partner\nTallowfield Outdoor\nBoulder, CO', kind: 'interview' })).toBe('Tallowfield Outdoor');
  });
});

describe('company: a lower-case signature from a personal address', () => {
  it('reads the organisation after a title on the line under the signer', () => {
    expect(companyOf({ from: 'Nadia Farrow <nadia.farrow@gmail.com>', subject: 'quick call?', text: 'hey Sam, free for a call thursday at 11? no prep needed.\n\nnadia\n\n--\nnadia farrow\nfounder, quillpost', kind: 'interview' })).toBe('quillpost');
    expect(companyOf({ from: 'Ivo Brandt <ivo.brandt@proton.me>', subject: 're: your note', text: 'thanks for reaching out, I will read it this weekend.\n\nivo brandt\nhead of product @ larkspur', kind: 'confirmation' })).toBe('larkspur');
  });

  it('reads the organisation beside the signer’s name on one line', () => {
    expect(companyOf({ from: 'Mo Castellan <mo.castellan@gmail.com>', subject: 're: hi', text: 'got it! will reply by friday.\n\nmo castellan | fernhollow | tools for small farms' })).toBe('fernhollow');
    expect(companyOf({ from: 'Ada Quist <ada.quist@gmail.com>', subject: 'Re: your CV', text: 'Thanks, I will be in touch next week.\n\nAda Quist | Saltmarsh Studio | Bristol' })).toBe('Saltmarsh Studio');
  });

  it('does not take a lower-case word after a capitalised signature', () => {
    expect(companyOf({ from: 'Bea Lund <bea.lund@gmail.com>', subject: 'Re: hi', text: 'Thanks, speak soon.\n\nBea Lund | available weekdays' })).toBeNull();
  });
});

describe('company: an agency’s client named before what it does', () => {
  it('reads the client across an aside about its parent', () => {
    expect(companyOf({ from: 'Rhea Solis <rsolis@northstaffing.example>', subject: 'Interview', text: 'Hi Sam,\n\nPolar Crate Logistics (part of the Hendry Group) would like to meet you on Monday.\n\nRhea', kind: 'interview' })).toBe('Polar Crate Logistics');
    expect(companyOf({ from: 'Ben Ode <ben@pikesearch.example>', subject: 'Good news', text: 'Hi Sam,\n\nMillbank Ferries (a Tarrow company) wants to see you on Thursday.\n\nBen', kind: 'interview' })).toBe('Millbank Ferries');
  });

  it('keeps a person with a title aside as a person', () => {
    expect(companyOf({ from: 'Lea Morin <l.morin@maison-roche.example>', subject: 'Entretien', text: 'Hello Sam,\n\nJulien Caron (Directeur produit) would like to meet you on Tuesday.\n\nLea Morin\nMaison Roche', kind: 'interview' })).toBe('Maison Roche');
  });

  it('reads the client from a reply’s subject that says it wants to meet', () => {
    expect(companyOf({ from: 'Gil Amato <gamato@crestlinetalent.example>', subject: 'RE: Harrowgate Foods wants to meet you', text: 'Hi Sam,\n\nYou are confirmed for Wednesday at 10.\n\nGil Amato\nSenior Recruiter\nCrestline Talent', kind: 'interview' })).toBe('Harrowgate Foods');
  });
});

describe('company: an event named for the employer, with its length in brackets', () => {
  it('reads the employer before the stage', () => {
    const text = (event: string): string => `Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type:\n${event}\n\nInvitee:\nSam Seeker`;
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'New event', text: text('Quarrymoor Dairy Phone Screen (20 min)'), kind: 'interview' })).toBe('Quarrymoor Dairy');
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'New event', text: text('Ashgrove Mills Recruiter Call (45 minutes)'), kind: 'interview' })).toBe('Ashgrove Mills');
  });
});

describe('company and role: a one-line reply over the candidate’s quoted application', () => {
  it('reads the employer the quoted application names when the reply names none', () => {
    const quoted = (line: string): string => `Thanks, passing it on to the manager.\n\nSent from my iPhone\n\n> On 3 Dec 2026, at 09:10, Sam Seeker <sam.seeker@example.net> wrote:\n>\n> ${line}\n>\n> Sam`;
    expect(companyOf({ from: 'Pia <pia.k@gmail.com>', subject: 'Re: Sous Chef - application', text: quoted('Hello, I am applying for the Sous Chef position at Juniper Table, as seen on your website.') })).toBe('Juniper Table');
    expect(companyOf({ from: 'Rob <rob.h@gmail.com>', subject: 'Re: application', text: quoted('Hi, I would love to be considered for the weekend role at Tidewater Cafe. CV attached.') })).toBe('Tidewater Cafe');
  });

  it('keeps the reply’s own employer over the quoted one', () => {
    const text = 'Thanks, see you Monday.\n\nCarla\nOwner, Birchlight Bistro\n\n> On Monday, Sam wrote:\n> I am applying for the Server position at Elmwood Grill.';
    expect(companyOf({ from: 'Carla <carla@birchlightbistro.example>', subject: 'Re: application', text })).toBe('Birchlight Bistro');
  });

  it('reads a cook or a bartender as a title, not the employer, in a subject', () => {
    expect(roleOf({ from: 'Pia <pia.k@gmail.com>', subject: 'Re: Prep Cook - application', text: 'Got it, thanks.' })).toBe('Prep Cook');
    expect(companyOf({ from: 'Pia <pia.k@gmail.com>', subject: 'Re: Head Bartender - application', text: 'Got it, thanks.' })).toBeNull();
  });
});

describe('role: a casual title written out elsewhere in the mail', () => {
  it('finds the capitalised form ending in the same words', () => {
    expect(writtenOutTitle('ops lead', 'we need an Operations Lead soon')).toBe('Operations Lead');
    expect(writtenOutTitle('planner', 'Interview: Fleet Maintenance Planner – Sam Seeker')).toBe('Fleet Maintenance Planner');
    expect(writtenOutTitle('sr dev', 'the Senior Developer post')).toBe('Senior Developer');
    expect(writtenOutTitle('planner', 'nothing capitalised here but Planning')).toBeNull();
  });

  it('reports the title as the mail writes it out', () => {
    expect(roleOf({ from: 'Rae Tolan <rae.tolan@gmail.com>', subject: 'Re: mktg lead role', text: 'thanks Sam, got your CV! the Marketing Lead would be our second hire, more soon.\n\nrae' })).toBe('Marketing Lead');
    expect(roleOf({ from: 'Uma Hart <uma@grainfield.example>', subject: 'Interview: Inventory Control Planner – Sam Seeker', text: 'Hi Sam, looking forward to talking about the planner role here at Grainfield on Monday.', kind: 'interview' })).toBe('Inventory Control Planner');
  });

  it('keeps a casual title that is written out nowhere', () => {
    expect(roleOf({ from: 'Rae Tolan <rae.tolan@gmail.com>', subject: 'Re: ops lead role', text: 'thanks, will read it this weekend.' })).toBe('ops lead');
  });
});

describe('role: "Update application" subjects in a Dutch or German word order', () => {
  it('reads the title after "Update application" or "Status application"', () => {
    expect(roleOf({ from: 'Joost Maas <j.maas@dijkstra.example>', subject: 'Update application Warehouse Coordinator', text: 'Dear Sam, unfortunately we have chosen another candidate.', kind: 'rejection' })).toBe('Warehouse Coordinator');
    expect(roleOf({ from: 'Anke Vos <a.vos@kade.example>', subject: 'Status application – Customs Analyst', text: 'Dear Sam, we are still reviewing.' })).toBe('Customs Analyst');
  });
});
