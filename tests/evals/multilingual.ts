// `npm run ingest:multilingual`: how well ingest reads articles in many languages, on one invented
// article per language (tests/fixtures/ingest/multilingual, hand labels in labels.ts): the language,
// the dateline's date, the amounts, the entities, key-fact candidates for the amounts and the outlet
// (or the warning that there is none), with a score per language (the mean of those parts, F1 for
// amounts and entities). Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/check/corpus.ts';
import { readContent } from '../../src/check/read-content.ts';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { buildAliasLookup } from '../../src/ingest/entity-mentions.ts';
import { decodeArticle } from '../../src/ingest/read-text.ts';
import { LANGUAGE_LABELS } from '../fixtures/ingest/multilingual/labels.ts';
import { scoreLanguageArticle, type PrecisionRecall } from './score.ts';

const dir = 'tests/fixtures/ingest/multilingual';
const index = buildAliasLookup(readContent(join(dir, 'content')).collections.entities);
const pct = (x: number) => `${Math.round(100 * x)}%`.padStart(5);
const pr = (s: PrecisionRecall) => `${pct(s.precision)}/${pct(s.recall)}`;
const verbose = process.argv.includes('--verbose');

console.log(`lang  language  date  amounts P/R   entities P/R  key facts  outlet  score`);
let total = 0;
for (const labels of LANGUAGE_LABELS) {
  const bytes = readFileSync(join(dir, 'articles', labels.file));
  const a = analyseArticle({ fileName: labels.file, sha256: sha256(bytes), text: decodeArticle(bytes, labels.file).text }, index);
  const s = scoreLanguageArticle(a, labels);
  total += s.score;
  const flag = (x: number) => (x === 1 ? '  ✔ ' : '  ✖ ');
  console.log(
    `${labels.lang.padEnd(4)} ${flag(s.language).padEnd(9)} ${flag(s.date)}  ${pr(s.amounts)}   ${pr(s.entities)}   ${pct(s.keyFacts).padStart(7)}   ${flag(s.outlet)}  ${pct(s.score)}` +
      (s.candidates ? `  candidates ${pct(s.candidates.recall)}` : ''),
  );
  if (verbose) {
    const miss = [
      ...s.amounts.missed.map((m) => `amount missed ${m}`),
      ...s.amounts.extra.map((m) => `amount extra ${m}`),
      ...s.entities.missed.map((m) => `entity missed ${m}`),
      ...s.entities.extra.map((m) => `entity extra ${m}`),
    ];
    if (!s.date) miss.push(`date ${a.date?.value ?? a.dateline?.text ?? 'none'} (expected ${labels.date.value})`);
    if (!s.language) miss.push(`language ${a.language.tag}`);
    if (!s.outlet) miss.push(`outlet ${a.outlet ?? 'none'}`);
    for (const m of miss) console.log(`       ${m}`);
  }
}
console.log(`mean score over ${LANGUAGE_LABELS.length} languages: ${pct(total / LANGUAGE_LABELS.length)}`);
