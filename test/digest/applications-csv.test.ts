import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationsCsv, CSV_COLUMNS, type CsvRow } from '../../shared/digest/applications-csv.ts';

/** What the export wrote through csv-stringify 6.9.0 (now a dev dependency), options as they were. */
function throughCsvStringify(rows: readonly CsvRow[]): string {
  return stringify(
    rows.map((row) => CSV_COLUMNS.map((column) => row[column])),
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', bom: true, escape_formulas: true },
  );
}

const rowOf = (cells: readonly string[]): CsvRow => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, cells[i % cells.length] ?? ''])) as CsvRow;

// Every character the quoting and formula rules look at, and a few that they must leave alone.
const TRICKY = ['', 'Acme', ',', '"', '\r\n', '\n', '\r', '=', '+', '-', '@', '\t', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', "'", ' ', 'Zoë', '😀', ';'];

describe('applications.csv', () => {
  it('writes byte for byte what csv-stringify wrote: every tricky cell alone, no rows, and mixes', () => {
    expect(applicationsCsv([])).toBe(throughCsvStringify([]));
    for (const cell of TRICKY) {
      const rows = [rowOf([cell]), rowOf([`${cell}x`, `x${cell}`, `${cell}${cell}`])];
      expect(JSON.stringify(applicationsCsv(rows)), JSON.stringify(cell)).toBe(JSON.stringify(throughCsvStringify(rows)));
    }
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(fc.constantFrom(...TRICKY), { maxLength: 4 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 10 }), { maxLength: 4 }), (table) => {
        const rows = table.map(rowOf);
        expect(applicationsCsv(rows)).toBe(throughCsvStringify(rows));
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('reads back with a CSV parser to the cells, formulas neutralised', () => {
    const rows = [rowOf(['Acme, Inc.', 'QA "Lead"', 'Carriage\r\nReturn', '=HYPERLINK("x")', '-1', ''])];
    const [record] = parse<Record<string, string>>(applicationsCsv(rows), { columns: true, bom: true });
    expect([record?.company, record?.role, record?.stage, record?.applied_on, record?.last_contact, record?.interview_at]).toEqual([
      'Acme, Inc.',
      'QA "Lead"',
      'Carriage\r\nReturn',
      `'=HYPERLINK("x")`,
      "'-1",
      '',
    ]);
  });
});
