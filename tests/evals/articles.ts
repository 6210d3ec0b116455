// `npm run ingest:eval`: precision and recall of boilerplate removal and entity linking on the seed
// articles (CORPUS_DIR, hand labels in tests/fixtures/ingest/seed-labels.ts) and on the articles
// written for the tests, and how many articles a second the analysis handles. Prints figures; asserts
// nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../src/check/corpus.ts';
import { readContent } from '../../src/check/read-content.ts';
import { analyseArticle, type Analysis } from '../../src/ingest/analyse.ts';
import { renderDraft } from '../../src/ingest/draft-writer.ts';
import { buildAliasLookup, type AliasLookup } from '../../src/ingest/entity-mentions.ts';
import { decodeArticle } from '../../src/ingest/read-text.ts';
import { sha256 } from '../../src/check/corpus.ts';
import { FIXTURE_LABELS } from '../fixtures/ingest/fixture-labels.ts';
import { scoreBoilerplate, scoreEntities, type PrecisionRecall } from './score.ts';
import { SEED_LABELS, type ArticleLabels } from '../fixtures/ingest/seed-labels.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const show = (s: PrecisionRecall) =>
  `P ${pct(s.precision)} R ${pct(s.recall)}${s.extra.length ? `  extra: ${s.extra.join(', ')}` : ''}${s.missed.length ? `  missed: ${s.missed.join(', ')}` : ''}`;

interface Input {
  labels: ArticleLabels;
  text: string;
  sha: string;
}

function load(dir: string, labels: ArticleLabels[]): Input[] {
  return labels.map((l) => {
    const bytes = readFileSync(join(dir, l.file));
    return { labels: l, text: decodeArticle(bytes, l.file).text, sha: sha256(bytes) };
  });
}

function evaluate(title: string, inputs: Input[], index: AliasLookup): void {
  console.log(`\n${title}`);
  const totals = { bp: [0, 0, 0], en: [0, 0, 0] }; // hits, found, expected
  for (const { labels, text, sha } of inputs) {
    const a: Analysis = analyseArticle({ fileName: labels.file, sha256: sha, text }, index);
    const bp = scoreBoilerplate(a, labels);
    const en = scoreEntities(a, labels);
    console.log(`  ${labels.file.padEnd(26)} boilerplate ${show(bp)}`);
    console.log(`  ${''.padEnd(26)} entities    ${show(en)}`);
    const add = (t: number[], found: number, expected: number, s: PrecisionRecall) => {
      t[0] += found - s.extra.length;
      t[1] += found;
      t[2] += expected;
    };
    add(totals.bp, a.removed.length, labels.boilerplate.length, bp);
    add(totals.en, a.entities.length, labels.entities.length, en);
  }
  const micro = ([hit, found, expected]: number[]) =>
    `P ${pct(found ? hit! / found : 1)} R ${pct(expected ? hit! / expected : 1)} (${hit}/${found} found, ${hit}/${expected} labelled)`;
  console.log(`  all (micro-averaged)        boilerplate ${micro(totals.bp)}`);
  console.log(`  ${''.padEnd(26)} entities    ${micro(totals.en)}`);
}

function throughput(inputs: Input[], index: AliasLookup): void {
  // Warm up once, then time enough rounds for a stable figure.
  for (const { labels, text, sha } of inputs) analyseArticle({ fileName: labels.file, sha256: sha, text }, index);
  const rounds = 20;
  const started = performance.now();
  for (let r = 0; r < rounds; r++)
    for (const { labels, text, sha } of inputs) renderDraft(analyseArticle({ fileName: labels.file, sha256: sha, text }, index));
  const seconds = (performance.now() - started) / 1000;
  const n = rounds * inputs.length;
  const kb = inputs.reduce((sum, i) => sum + Buffer.byteLength(i.text), 0) / inputs.length / 1024;
  console.log(
    `Throughput: ${n} articles (mean ${kb.toFixed(1)} KiB) analysed and rendered as drafts in ${seconds.toFixed(2)} s = ${(n / seconds).toFixed(1)} articles per second (one core, files already read).`,
  );
}

const real = readContent('content');
const realIndex = buildAliasLookup(real.collections.entities);
const seeds = corpusDir();
let all: Input[] = [];
if (existsSync(seeds)) {
  const inputs = load(seeds, SEED_LABELS);
  evaluate(`Seeds (${seeds}), entities of content/entities (${real.collections.entities.length})`, inputs, realIndex);
  all = inputs;
} else {
  console.log(`Corpus not found at ${seeds}: seeds skipped (set CORPUS_DIR).`);
}
const fixtureContent = readContent('tests/fixtures/ingest/content');
const fixtureIndex = buildAliasLookup(fixtureContent.collections.entities);
const fixtures = load('tests/fixtures/ingest/articles', FIXTURE_LABELS);
evaluate('Articles written for the tests (tests/fixtures/ingest), their own entities', fixtures, fixtureIndex);
console.log('');
if (all.length) throughput(all, realIndex);
throughput(fixtures, fixtureIndex);
