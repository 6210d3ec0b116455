import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { corpusAvailable, corpusDir } from '../../src/check/corpus.ts';
import { compareFigures } from '../../src/lib/figure-comparisons.ts';

const report = checkContent();

describe('the real content', () => {
  it('has no errors', () => {
    expect(report.errors.map((e) => `${e.file} ${e.field}: ${e.message}`)).toEqual([]);
    expect(report.collections.briefs.filter((b) => b.data.status === 'published')).toHaveLength(5);
  });
  it('cites every published brief by its corpus file', () => {
    for (const b of report.collections.briefs) expect(b.data.source.file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
  });
});

describe('figures the briefs report for the same facts', () => {
  const facts = compareFigures(report.collections.briefs);
  it('keep Xiaomi’s 6.3% and more than 9% apart as measured at different times, since only one report says when', () => {
    const xiaomi = [...facts.values()].find((f) => f.entity === 'xiaomi' && f.figures.some((x) => x.figure.unit === 'percent'));
    expect(xiaomi?.status).toBe('different-measures');
  });
  it('explain Great Wall’s 10% and more than 15% as different listings, not a conflict', () => {
    const gw = [...facts.values()].find((f) => f.entity === 'great-wall-motor' && f.figures.some((x) => x.figure.unit === 'percent'));
    expect(gw?.status).toBe('different-measures');
    expect(gw?.pairings.some((p) => p.relation === 'agree' && p.matchedMeasure?.includes('Shanghai'))).toBe(true);
  });
});

describe.skipIf(!corpusAvailable())(`the corpus at ${corpusDir()}`, () => {
  it('matches every brief’s recorded sha256', () => {
    expect(report.corpusChecked).toBe(true);
    // checkContent includes the hash comparison; a mismatch would be an error above.
    expect(report.errors.filter((e) => e.field.startsWith('source.'))).toEqual([]);
  });
});

if (!corpusAvailable()) console.warn(`Corpus not found at ${corpusDir()}: corpus tests skipped (set CORPUS_DIR).`);
