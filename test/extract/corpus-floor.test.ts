import { describe, expect, it } from 'vitest';
import { corpusAvailable, loadCorpus } from '../../shared/bench/corpus.ts';
import { EVENT_KINDS } from '../../shared/domain/kinds.ts';
import { extract } from '../../shared/extract/index.ts';
import { isPlatformName } from '../../shared/extract/robots.ts';
import { message } from './message-builder.ts';

/** Share of labeled confirmations whose employer must be found (measured 35/49 when written). */
const CONFIRMATION_COMPANY_FLOOR = 0.6;

const available = corpusAvailable();
if (!available) console.log('corpus not found beside the checkout: extraction floor skipped');

describe.skipIf(!available)('extraction on the labeled corpus', () => {
  const items = available ? loadCorpus() : [];
  const read = (item: (typeof items)[number], kind: (typeof EVENT_KINDS)[number]) =>
    extract(message({ from: item.from === '' ? null : item.from, subject: item.subject, text: item.body, date: '2026-12-01T15:00:00Z' }), {
      timeZone: 'America/New_York',
      kind,
    });

  it('never throws, whatever kind the classifier picked', () => {
    for (const item of items) for (const kind of EVENT_KINDS) expect(() => read(item, kind), item.id).not.toThrow();
  });

  it('finds the employer of most confirmations', () => {
    const confirmations = items.filter((item) => item.label === 'confirmation');
    const found = confirmations.filter((item) => read(item, 'confirmation').company !== null).length;
    expect(found / confirmations.length).toBeGreaterThanOrEqual(CONFIRMATION_COMPANY_FLOOR);
  });

  it('never names a job board as the employer, nor runs a name into the next sentence', () => {
    for (const item of items) {
      const { company, role } = read(item, item.label);
      if (company) {
        expect(isPlatformName(company), item.id).toBe(false);
        expect(company, item.id).not.toMatch(/\. [A-Z]/);
      }
      if (role) expect(role, item.id).not.toMatch(/[[\]{}%]/);
    }
  });
});
