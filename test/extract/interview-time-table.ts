import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../shared/bench/reading-eml.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

/** One mail of a time table: its text and the one confirmed instant it states, or null. */
export interface TimeRow {
  readonly text: string;
  /** The instant as ISO; null when the mail states no confirmed interview time. */
  readonly at: string | null;
  readonly sent?: string;
  /** The user's zone; the table's default unless given. */
  readonly zone?: string;
  readonly from?: string;
  readonly subject?: string;
  /** Left failing at the deadline: the reason, one line. */
  readonly todo?: string;
}

export interface TimeTableDefaults {
  readonly sent: string;
  readonly zone: string;
  /** Also require the offset `at` is written with ("+01:00"): the zone the time is read in, not only the instant. */
  readonly offsets: boolean;
}

interface Reading {
  readonly instant: string | null;
  readonly offset: string | null;
}

function offsetOf(iso: string): string {
  const offset = /(Z|[+-]\d\d:\d\d)$/.exec(iso)?.[1] ?? '?';
  return offset === 'Z' ? '+00:00' : offset;
}

function readingOf(at: string | null, offsets: boolean): Reading {
  if (at === null) return { instant: null, offset: null };
  return { instant: new Date(at).toISOString(), offset: offsets ? offsetOf(at) : null };
}

function read(row: TimeRow, text: string, defaults: TimeTableDefaults): Reading {
  const parts = { date: row.sent ?? defaults.sent, subject: row.subject ?? 'Interview', text, ...(row.from === undefined ? {} : { from: row.from }) };
  const found = extract(message(parts), { timeZone: row.zone ?? defaults.zone, kind: 'interview' });
  return readingOf(found.interview.at, defaults.offsets);
}

/** Each row read as interview mail, as written and hard-wrapped at 60 columns: both must give its instant. */
export function timeTable(title: string, rows: readonly TimeRow[], defaults: TimeTableDefaults): void {
  describe(title, () => {
    rows.forEach((row, index) => {
      const name = `#${index + 1} ${row.text.replace(/\s+/g, ' ').slice(0, 70)}`;
      if (row.todo !== undefined) {
        it.todo(`${name} (${row.todo})`);
        return;
      }
      it(name, () => {
        const want = readingOf(row.at, defaults.offsets);
        expect(read(row, row.text, defaults), 'as written').toEqual(want);
        expect(read(row, hardWrap(row.text, 60), defaults), 'hard-wrapped at 60 columns').toEqual(want);
      });
    });
  });
}
