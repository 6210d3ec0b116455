// Whole articles against hand labels: the five seeds of the corpus (skipped without CORPUS_DIR) and
// the articles written for these tests in German, French, Spanish, Japanese, Arabic, Korean and English.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, sha256 } from '../../src/check/corpus.ts';
import { readContent } from '../../src/check/read-content.ts';
import { analyseArticle, type Analysis } from '../../src/ingest/analyse.ts';
import { renderDraft } from '../../src/ingest/draft-writer.ts';
import { buildAliasLookup, type AliasLookup } from '../../src/ingest/entity-mentions.ts';
import { decodeArticle } from '../../src/ingest/read-text.ts';
import { FIXTURE_LABELS } from '../fixtures/ingest/fixture-labels.ts';
import { scoreBoilerplate, scoreEntities } from '../evals/score.ts';
import { SEED_LABELS, type ArticleLabels } from '../fixtures/ingest/seed-labels.ts';

function checkArticle(dir: string, labels: ArticleLabels, index: AliasLookup) {
  const bytes = readFileSync(join(dir, labels.file));
  const { text } = decodeArticle(bytes, labels.file);
  const a: Analysis = analyseArticle({ fileName: labels.file, sha256: sha256(bytes), text }, index);
  const lines = text.split('\n');

  it('detects the language', () => {
    expect(a.language.tag.split('-')[0]).toBe(labels.lang);
  });
  it('finds the headline', () => {
    expect(a.headline?.line).toBe(labels.headlineLine);
  });
  it('reads the dateline with its precision', () => {
    if (!labels.date) return expect(a.date).toBeUndefined();
    if (labels.date.value) expect(a.date).toMatchObject({ value: labels.date.value, precision: labels.date.precision, basis: 'stated' });
    else {
      expect(a.date).toBeUndefined();
      expect(a.dateline).toMatchObject({ month: labels.date.month, day: labels.date.day, precision: labels.date.precision });
    }
  });
  it('removes boilerplate and never a line of the article', () => {
    const score = scoreBoilerplate(a, labels);
    expect(score.extra, 'article lines removed as boilerplate').toEqual([]);
    expect(score.recall, `missed boilerplate lines ${score.missed.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    for (const r of a.removed) expect(r.reason.length).toBeGreaterThan(5);
  });
  it('extracts the amounts and percentages', () => {
    const found = a.amounts.map(({ value, currency, usd }) => ({ value, currency, ...(usd ? { usd } : {}) }));
    expect(found).toEqual(expect.arrayContaining(labels.amounts));
    expect(found).toHaveLength(labels.amounts.length);
    if (labels.percentages) expect(new Set(a.percentages.map((p) => p.value))).toEqual(new Set(labels.percentages));
  });
  it('links the entities the article names', () => {
    const score = scoreEntities(a, labels);
    expect(score.precision, `linked but not named: ${score.extra.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    expect(score.recall, `named but not linked: ${score.missed.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
  it('names the outlet and author where the page does', () => {
    if (labels.outlet) expect(a.outlet).toContain(labels.outlet);
    if (labels.outlet === null) {
      expect(a.outlet).toBeUndefined();
      expect(a.warnings.join('\n')).toMatch(/no outlet found/);
    }
    if (labels.author) expect(a.author).toBe(labels.author);
  });
  it('reports machine-translation damage where there is some', () => {
    expect([...new Set(a.mtDamage.map((d) => d.line))]).toEqual(labels.mtDamageLines ?? []);
  });
  it('writes a draft that holds the article text and none of the removed lines', () => {
    const draft = renderDraft(a);
    for (const { line: n } of a.removed) {
      const line = lines[n - 1]!.trim();
      // The author's name line is the only one whose words the frontmatter keeps (source.author).
      if (line.split(/\s+/).length >= 3 && line !== a.author) expect(draft, `boilerplate line ${n} in the draft`).not.toContain(line);
    }
    for (const b of a.body) expect(draft).toContain(b.text.trim());
  });
}

describe('articles written for the tests', () => {
  const index = buildAliasLookup(readContent('tests/fixtures/ingest/content').collections.entities);
  for (const labels of FIXTURE_LABELS) describe(labels.file, () => checkArticle('tests/fixtures/ingest/articles', labels, index));
});

const seeds = corpusDir();
// checkArticle reads its file while the tests are collected, so without the corpus the
// suite is not collected at all; a skipped placeholder says why.
if (existsSync(seeds)) {
  describe(`the seed articles at ${seeds}`, () => {
    const index = buildAliasLookup(readContent('content').collections.entities);
    for (const labels of SEED_LABELS) describe(labels.file, () => checkArticle(seeds, labels, index));
  });
} else {
  describe('the seed articles', () => {
    it.skip(`need the corpus at ${seeds} (set CORPUS_DIR)`, () => {});
  });
}
if (!existsSync(seeds)) console.warn(`Corpus not found at ${seeds}: the seed ingest tests are skipped (set CORPUS_DIR).`);
