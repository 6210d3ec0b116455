// The published content, checked for what must hold whatever it holds: no test here names a
// brief, counts the briefs or knows a figure, so adding, ingesting or removing content never
// breaks it (tests/build/content-grows.test.ts shows it by publishing one more brief).
// DOSSIER_CONTENT_DIR and CORPUS_DIR point it at another content tree and corpus.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { corpusAvailable, corpusDir } from '../../src/check/corpus.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import { articleLanguage } from '../../src/schemas/brief.ts';

const report = checkContent();
const published = publishedCollections(report.collections);

describe('the content', () => {
  it('has no errors', () => {
    expect(report.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.field}: ${e.message}`)).toEqual([]);
  });

  it('publishes briefs that each carry their provenance: source file, checksum, language and a dated article', () => {
    for (const b of published.briefs) {
      expect(b.data.source.file, b.id).toMatch(/^[^/\\]+$/);
      expect(b.data.source.sha256, b.id).toMatch(/^[0-9a-f]{64}$/);
      expect(b.data.source.date, b.id).toBeDefined();
      expect(b.data.published, b.id).toBeDefined();
      expect(b.body?.trim(), b.id).toBeTruthy();
    }
  });

  it("gives every brief of a non-English source a summary in that language (the original article's, of a translation)", () => {
    for (const b of published.briefs.filter((x) => articleLanguage(x.data.source).split('-')[0] !== 'en')) {
      expect(b.data.sourceSummary?.lang.split('-')[0], b.id).toBe(articleLanguage(b.data.source).split('-')[0]);
    }
  });

  it('publishes only deals that cite a published brief, and every deal has a row to link to', () => {
    const ids = new Set(published.briefs.map((b) => b.id));
    const index = buildCatalog(published);
    for (const d of published.deals) {
      expect(
        d.data.briefs.every((id) => ids.has(id)),
        d.id,
      ).toBe(true);
      expect(index.dealHome.get(d.id), d.id).toBeDefined();
    }
  });

  it('marks every inferred or outside-the-corpus date with how it was found', () => {
    const dates = [
      ...published.briefs.map((b) => [b.id, b.data.source.date] as const),
      ...published.deals.map((d) => [d.id, d.data.date] as const),
    ];
    for (const [id, date] of dates) {
      if (date?.basis === 'inferred') expect(date.note, id).toBeTruthy();
      if (date?.basis === 'outside') expect(date.reference, id).toBeTruthy();
    }
  });
});

describe.skipIf(!corpusAvailable())(`the corpus at ${corpusDir()}`, () => {
  it('holds the file of every published brief, with the recorded sha256', () => {
    expect(report.corpusChecked).toBe(true);
    // checkContent compares each brief's file with its recorded hash; a mismatch or a missing
    // file of a published brief is an error.
    expect(report.errors.filter((e) => e.field.startsWith('source.'))).toEqual([]);
  });
});

if (!corpusAvailable()) console.warn(`Corpus not found at ${corpusDir()}: corpus tests skipped (set CORPUS_DIR).`);
