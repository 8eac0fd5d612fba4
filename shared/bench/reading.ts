/**
 * `npm run bench:reading`: field-level scores on the project's own labelled mail
 * (test/fixtures/reading), each item flat and hard-wrapped, sent directly and forwarded from Gmail.
 *
 *   --misses         list the tune split's misses (item, rendering, field, expected, got)
 *   --misses-check   list the check split's misses too: reading them is tuning on them, so only
 *                    after the work is done, to write the issue note
 *   --kinds          the 4-class report per split
 *   --tune-only      score only the tune split (for tuning: even the check split's totals steer, if watched)
 */
import { parseArgs } from 'node:util';
import { loadReadingSet, TUNE_SOURCES } from './reading-set.ts';
import { formatKinds, formatMisses, formatScores, formatTargets, readAll, scoreCases } from './reading-eval.ts';

const { values } = parseArgs({
  options: { misses: { type: 'boolean', default: false }, 'misses-check': { type: 'boolean', default: false }, kinds: { type: 'boolean', default: false }, 'tune-only': { type: 'boolean', default: false } },
  strict: true,
});

const tuneOnly = values['tune-only'];
const cases = await readAll(loadReadingSet().filter(({ source }) => !tuneOnly || TUNE_SOURCES.has(source)));
const tune = cases.filter((c) => c.split === 'tune');
const check = cases.filter((c) => c.split === 'check');
console.log('== reading: labelled mail of our own (test/fixtures/reading), flat + wrapped at 72, direct + Gmail forward ==');
if (tuneOnly) {
  console.log(formatScores({ tune: scoreCases(tune) }));
} else {
  console.log(formatScores({ tune: scoreCases(tune), check: scoreCases(check), all: scoreCases(cases) }));
  console.log('\n== targets (issue #10), on the check split ==');
  console.log(formatTargets(scoreCases(check)));
}
if (values.kinds && !tuneOnly) {
  console.log(`\n${formatKinds(tune, 'tune split')}\n\n${formatKinds(check, 'check split')}`);
}
if (values.misses) console.log(`\n== tune split misses ==\n${formatMisses(tune)}`);
if (values['misses-check']) console.log(`\n== check split misses ==\n${formatMisses(check)}`);
