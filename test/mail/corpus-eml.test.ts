import { describe, expect, it } from 'vitest';
import { corpusAvailable, loadCorpus, type CorpusItem } from '../../shared/bench/corpus.ts';
import { corpusItemToEml, EML_FORMATS, type EmlFormat } from '../../shared/bench/corpus-eml.ts';
import { readMail } from '../../shared/mail/index.ts';

const originalDate = new Date('2026-11-16T15:03:00Z');
const userAddress = 'user@example.net';

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Compares without printing: a failure names the item and format, never its body or addresses. */
async function roundTrip(item: CorpusItem, format: EmlFormat, timeZone: string): Promise<string[]> {
  const raw = await corpusItemToEml(item, format, { userAddress, date: originalDate, timeZone });
  const mail = await readMail(raw, { timeZone });
  const problems: string[] = [];
  if (normalize(mail.original.subject) !== normalize(item.subject)) problems.push('subject');
  if (normalize(mail.original.text) !== normalize(item.body)) problems.push('body');
  if (mail.original.date?.getTime() !== originalDate.getTime()) problems.push('date');
  if ((mail.depth === 0) !== (format === 'direct')) problems.push('depth');
  return problems;
}

const invented: CorpusItem = {
  id: 'invented-1',
  label: 'interview',
  subject: 'Interview: Platform Engineer – Wrenfield Labs',
  from: 'Odile Brannigan <odile@wrenfield.example>',
  body: 'Hi,\n\nWe would like to invite you to a video interview on Thursday at 2 PM.\n\n— Odile, Wrenfield Labs\nCafé Square 3, Zürich',
  source: 'jobnudge test',
  note: null,
};

describe('corpus items built as mail come back through readMail', () => {
  it.each(EML_FORMATS)('recovers subject, body and date of an invented item sent as %s', async (format) => {
    expect(await roundTrip(invented, format, 'America/New_York')).toEqual([]);
  });

  it('recovers the original sender of a forwarded item', async () => {
    for (const format of EML_FORMATS) {
      const raw = await corpusItemToEml(invented, format, { userAddress, date: originalDate });
      const mail = await readMail(raw, { timeZone: 'UTC' });
      expect(mail.original.from, format).toEqual({ name: 'Odile Brannigan', address: 'odile@wrenfield.example' });
    }
  });

  it('recovers subject and body of a sample of corpus items in every format', async () => {
    if (!corpusAvailable()) {
      console.log('corpus not found beside the checkout: skipped the corpus round trip');
      return;
    }
    const items = loadCorpus();
    // Every 13th item, plus the first with no sender, no subject and a non-ASCII body: the awkward cases.
    const sample = new Set(items.filter((_, index) => index % 13 === 0));
    for (const pick of [(i: CorpusItem) => i.from === '', (i: CorpusItem) => i.subject === '', (i: CorpusItem) => /[^\x00-\x7f]/.test(i.body)]) {
      const found = items.find(pick);
      if (found !== undefined) sample.add(found);
    }
    const failures: string[] = [];
    for (const item of sample) {
      for (const format of EML_FORMATS) {
        const problems = await roundTrip(item, format, 'Asia/Kolkata');
        if (problems.length > 0) failures.push(`${item.id}/${format}: ${problems.join(',')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
