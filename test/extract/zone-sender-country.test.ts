import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../shared/bench/reading-eml.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

/**
 * Zone abbreviations that other countries read otherwise ("CST" in Mexico, "IST" in Dublin, "EST"
 * in Sydney), read with the evidence of the sender's country. Sentences written for this test.
 */

interface Row {
  readonly name: string;
  readonly text: string;
  /** The instant expected, in any offset. */
  readonly at: string | null;
  readonly from?: string;
  readonly replyTo?: readonly string[];
  readonly sent?: string;
  /** The Date header's offset in minutes. */
  readonly offset?: number;
  readonly zone?: string;
}

function readAt(row: Row, text: string): string | null {
  const base = message({ from: row.from ?? 'Recruiting <jobs@example.com>', replyTo: row.replyTo, date: row.sent ?? '2026-10-14T15:00:00Z', subject: 'Interview', text });
  const found = extract({ ...base, dateOffsetMinutes: row.offset ?? null }, { timeZone: row.zone ?? 'America/New_York', kind: 'interview' });
  return found.interview.at === null ? null : new Date(found.interview.at).toISOString();
}

const instant = (iso: string | null) => (iso === null ? null : new Date(iso).toISOString());

// October: Chicago is on CDT (UTC-5), Mexico City on UTC-6 all year, Dublin on IST (UTC+1), Sydney on AEDT (UTC+11).
const ROWS: readonly Row[] = [
  // Mexico: CST is UTC-6 all year.
  { name: 'Mexican address domain', from: 'Talento <talento@grupoandes.com.mx>', text: 'Hola Ana,\n\nYour interview is confirmed for Thursday, October 22 at 10:00 AM CST.\n\nSaludos', at: '2026-10-22T10:00:00-06:00' },
  { name: 'Spanish zone words beside CST', text: 'Hi Ana,\n\nYour interview is confirmed for Thursday, October 22 at 4:30 PM (horario del centro, CST).\n\nBest', at: '2026-10-22T16:30:00-06:00' },
  { name: 'Mexican city beside CST', text: 'Hi Ana,\n\nYour interview is booked for Thursday, October 22 at 9:00 AM CST (Guadalajara).\n\nThanks', at: '2026-10-22T09:00:00-06:00' },
  { name: 'Monterrey signature and a -06:00 Date in October', offset: -360, sent: '2026-10-14T15:00:00Z', text: 'Hi Ana,\n\nWe have you down for Friday, October 23 at 11:00 AM CST for the panel.\n\nRegards,\nLuis Ortega\nOperations, Planta Norte\nMonterrey, Nuevo León', at: '2026-10-23T11:00:00-06:00' },
  { name: 'Mexico on a Reply-To', from: 'Hiring via ATS <no-reply@ats-mail.example>', replyTo: ['rh@ferreteriasol.mx'], text: 'Hi Ana,\n\nInterview confirmed: Wednesday, October 21, 3:00 PM CT.\n\nThanks', at: '2026-10-21T15:00:00-06:00' },
  // Ireland and Israel: IST.
  { name: 'Irish sender writes IST', from: 'Aoife Byrne <aoife@harbourlabs.ie>', text: 'Hi Sam,\n\nYour interview is confirmed for Tuesday 20 October at 14:00 IST.\n\nThanks,\nAoife', at: '2026-10-20T14:00:00+01:00' },
  { name: 'IST with Dublin beside it', text: 'Hi Sam,\n\nWe will see you on Tuesday 20 October at 09:30 IST (Dublin office).\n\nBest', at: '2026-10-20T09:30:00+01:00' },
  { name: 'Israeli sender writes IST', from: 'Noa Levi <noa@quarrytech.co.il>', text: 'Hi Sam,\n\nThe interview is scheduled for Monday, October 19 at 16:00 IST.\n\nBest,\nNoa', at: '2026-10-19T16:00:00+03:00' },
  // Australia: EST is their eastern time.
  { name: 'Australian sender writes EST', from: 'Mia Clarke <mia.clarke@bluegum.com.au>', text: 'Hi Sam,\n\nYour video interview is booked for Thursday 22 October at 10am EST.\n\nCheers,\nMia', at: '2026-10-22T10:00:00+11:00' },
  { name: 'EST with Melbourne in the signature and a +11:00 Date', offset: 660, text: 'Hi Sam,\n\nConfirming your interview on Thursday 22 October at 2pm EST.\n\nCheers,\nTom Nguyen\nTalent Partner\nLevel 4, 100 Collins St, Melbourne VIC 3000', at: '2026-10-22T14:00:00+11:00' },
  // Philippines: PST is UTC+8.
  { name: 'Philippine sender writes PST', from: 'HR <careers@islandbpo.com.ph>', text: 'Hi Sam,\n\nYour interview is confirmed for October 21, 2026 at 9:00 AM PST.\n\nThank you', at: '2026-10-21T09:00:00+08:00' },
];

/** Nothing says another country: the US reading stands, whatever else the mail holds. */
const US_ROWS: readonly Row[] = [
  { name: 'CST with nothing else', text: 'Hi Ana,\n\nYour interview is confirmed for Thursday, October 22 at 4:30 PM CST.\n\nBest', at: '2026-10-22T16:30:00-05:00' },
  { name: 'CST from Dallas with a Mexican city in passing', from: 'Kim <kim@lonestar-freight.com>', text: 'Hi Ana,\n\nYour interview is confirmed for Thursday, October 22 at 4:30 PM CST. The role supports our Monterrey lane.\n\nBest,\nKim\nDallas, TX', at: '2026-10-22T16:30:00-05:00' },
  { name: 'IST from an Indian domain', from: 'Talent <talent@kaveri.co.in>', text: 'Dear Sam,\n\nYour technical round is on 20 October at 11:00 AM IST.\n\nRegards', at: '2026-10-20T11:00:00+05:30' },
  { name: 'IST with a Dublin, Ohio office', text: 'Hi Sam,\n\nYour interview is on October 20 at 11:00 AM IST. Our team sits in Dublin, OH.\n\nBest', at: '2026-10-20T11:00:00+05:30' },
  { name: 'EST from a US sender with a Sydney colleague named once', text: 'Hi Sam,\n\nYour call is confirmed for Thursday, October 22 at 10am EST. Our Sydney team may join.\n\nBest', at: '2026-10-22T10:00:00-04:00' },
  { name: 'an Irish domain and a zone that is not ambiguous', from: 'Aoife <aoife@harbourlabs.ie>', text: 'Hi Sam,\n\nYour interview is confirmed for Tuesday 20 October at 10:00 ET.\n\nAoife', at: '2026-10-20T10:00:00-04:00' },
];

describe('an ambiguous zone abbreviation read with the sender country', () => {
  for (const row of [...ROWS, ...US_ROWS]) {
    it(row.name, () => {
      expect(readAt(row, row.text), 'as written').toBe(instant(row.at));
      expect(readAt(row, hardWrap(row.text, 60)), 'hard-wrapped').toBe(instant(row.at));
    });
  }
});

describe('Mexico names its central zone in Spanish', () => {
  it('reads "hora del centro" alone as Mexico City', () => {
    const row = { name: '', text: 'Hola Ana,\n\nInterview confirmed: Thursday, October 22, 17:00 (hora del centro).\n\nSaludos', at: '2026-10-22T17:00:00-06:00' };
    expect(readAt(row, row.text)).toBe(instant(row.at));
  });
});
