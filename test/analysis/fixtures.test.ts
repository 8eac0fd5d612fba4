import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { analyzeMessage } from '../../shared/analyze.ts';
import type { Analysis } from '../../shared/domain/analysis.ts';
import { EVENT_KINDS } from '../../shared/domain/kinds.ts';

const FIXTURES = new URL('../fixtures/eml/', import.meta.url);

/** One row of test/fixtures/eml/expected.json: the README's table in a form a test can read. */
const ExpectedSchema = z.object({
  file: z.string().endsWith('.eml'),
  userZone: z.string(),
  kind: z.enum(EVENT_KINDS),
  company: z.string().nullable(),
  role: z.string().nullable(),
  /** ISO-8601 instant with an offset; compared as an instant. */
  interviewAt: z.iso.datetime({ offset: true }).nullable(),
});
const expectations = z.array(ExpectedSchema).parse(JSON.parse(readFileSync(new URL('expected.json', FIXTURES), 'utf8')));

const instant = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

describe('every .eml fixture has an expectation', () => {
  it('lists each fixture in the folder exactly once', () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.eml')).sort();
    expect(expectations.map((row) => row.file).sort()).toEqual(files);
  });
});

describe.each(expectations)('analyzing $file', (expected) => {
  // Analyzed once, on first use by a test (so a parse error fails that test, not the collection).
  let result: Promise<Analysis> | undefined;
  const analyzed = (): Promise<Analysis> => (result ??= analyzeMessage(readFileSync(new URL(expected.file, FIXTURES)), { timeZone: expected.userZone }));

  it('names the employer and the role the mail states', async () => {
    const { company, role } = await analyzed();
    expect(company).toBe(expected.company);
    expect(role).toBe(expected.role);
  });

  it('decides the kind of mail', async () => {
    expect((await analyzed()).kind).toBe(expected.kind);
  });

  it('reads the interview time the mail confirms (or the override gives), as the same instant', async () => {
    expect(instant((await analyzed()).interviewAt)).toBe(instant(expected.interviewAt));
  });

  it('never lists a contact under an email address instead of a name', async () => {
    for (const contact of (await analyzed()).contacts) expect(contact.name).not.toMatch(/@/);
  });
});
