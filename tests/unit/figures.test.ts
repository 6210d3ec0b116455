import { describe, expect, it } from 'vitest';
import { compareFigures, comparisonsByBriefAndEntity, figuresCompatible } from '../../src/lib/figures/comparisons.ts';
import { formatFigure } from '../../src/lib/figures/format.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import type { Brief } from '../../src/lib/content/entries.ts';
import { briefData } from '../support/factories.ts';

const fig = (over: Partial<Figure>): Figure => ({
  key: 'acme-share-move',
  entity: 'acme',
  label: 'Rise in Acme shares',
  value: 5,
  unit: 'percent',
  qualifier: 'exactly',
  ...over,
});
const brief = (id: string, figures: Figure[]): Brief => ({ id, data: briefData({ figures }) });

describe('figuresCompatible', () => {
  it('reads qualifiers as ranges', () => {
    expect(figuresCompatible(fig({ value: 6.3 }), fig({ value: 9, qualifier: 'more-than' }))).toBe(false);
    expect(figuresCompatible(fig({ value: 9.5 }), fig({ value: 9, qualifier: 'more-than' }))).toBe(true);
    expect(figuresCompatible(fig({ value: 8.4 }), fig({ value: 9, qualifier: 'more-than' }))).toBe(false);
    expect(figuresCompatible(fig({ value: 9, qualifier: 'up-to' }), fig({ value: 9, qualifier: 'more-than' }))).toBe(false);
    expect(figuresCompatible(fig({ value: 9 }), fig({ value: 9, qualifier: 'up-to' }))).toBe(true);
    expect(figuresCompatible(fig({ value: 100 }), fig({ value: 95, qualifier: 'about' }))).toBe(true);
    expect(figuresCompatible(fig({ value: 120 }), fig({ value: 95, qualifier: 'about' }))).toBe(false);
  });
  it('allows the rounding of the digits given, and never matches across units', () => {
    expect(figuresCompatible(fig({ value: 6.3 }), fig({ value: 6.27 }))).toBe(true);
    expect(figuresCompatible(fig({ value: 6 }), fig({ value: 6.4 }))).toBe(true);
    expect(figuresCompatible(fig({ value: 6 }), fig({ value: 6.6 }))).toBe(false);
    expect(figuresCompatible(fig({ value: 5 }), fig({ value: 5, unit: 'USD' }))).toBe(false);
  });
});

describe('compareFigures', () => {
  it('calls two incompatible figures for the same fact a conflict', () => {
    const c = compareFigures([brief('a', [fig({ value: 6.3 })]), brief('b', [fig({ value: 9, qualifier: 'more-than' })])]);
    expect(c.get('acme-share-move')!.status).toBe('conflict');
  });
  it('explains a difference by measure instead of calling it a conflict', () => {
    // One report gives 10% without saying which listing; the other gives 10% for one listing and >15% for another.
    const c = compareFigures([
      brief('a', [fig({ value: 10 })]),
      brief('b', [fig({ value: 15, qualifier: 'more-than', measure: 'Listing H' }), fig({ value: 10, measure: 'Listing S' })]),
    ]).get('acme-share-move')!;
    expect(c.status).toBe('different-measures');
    const agree = c.pairings.find((p) => p.relation === 'agree')!;
    expect(agree.matchedMeasure).toBe('Listing S');
    const other = c.pairings.find((p) => p.b.figure.measure === 'Listing H' || p.a.figure.measure === 'Listing H')!;
    expect(other.relation).toBe('different-measure');
  });
  it('calls figures a conflict when only one says what it measures, and marks the one that does not', () => {
    const unnamed = fig({ value: 6.3 });
    const c = compareFigures([
      brief('a', [unnamed]),
      brief('b', [fig({ value: 9, qualifier: 'more-than', measure: 'afternoon trading' })]),
    ]).get('acme-share-move')!;
    expect(c.status).toBe('conflict');
    expect(c.pairings[0]!.measureUnstated).toEqual({ brief: 'a', figure: unnamed });
    // Both named, or both unnamed: nothing is left unsaid.
    const named = compareFigures([
      brief('a', [fig({ value: 6.3, measure: 'close' })]),
      brief('b', [fig({ value: 9, qualifier: 'more-than', measure: 'close' })]),
    ]).get('acme-share-move')!;
    expect(named.pairings[0]!.measureUnstated).toBeUndefined();
    const neither = compareFigures([brief('a', [fig({ value: 6.3 })]), brief('b', [fig({ value: 9, qualifier: 'more-than' })])]).get(
      'acme-share-move',
    )!;
    expect(neither.pairings[0]!.measureUnstated).toBeUndefined();
  });
  it('still finds a conflict when the unnamed figure matches no measure of the other report', () => {
    const c = compareFigures([
      brief('a', [fig({ value: 3 })]),
      brief('b', [fig({ value: 15, qualifier: 'more-than', measure: 'Listing H' }), fig({ value: 10, measure: 'Listing S' })]),
    ]).get('acme-share-move')!;
    expect(c.status).toBe('conflict');
  });
  it('reports agreement, ignores facts only one brief reports, and groups by brief and entity', () => {
    const comparisons = compareFigures([
      brief('a', [fig({ value: 2023, unit: 'year', key: 'target-year' }), fig({ key: 'only-here' })]),
      brief('b', [fig({ value: 2023, unit: 'year', key: 'target-year' })]),
    ]);
    expect([...comparisons.keys()]).toEqual(['target-year']);
    expect(comparisons.get('target-year')!.status).toBe('agree');
    const { byBrief, byEntity } = comparisonsByBriefAndEntity(comparisons);
    expect(byBrief.get('a')!.map((c) => c.key)).toEqual(['target-year']);
    expect(byBrief.get('b')!.map((c) => c.key)).toEqual(['target-year']);
    expect(byEntity.get('acme')!.map((c) => c.key)).toEqual(['target-year']);
  });
});

describe('formatFigure', () => {
  it('says a figure as a reader would', () => {
    expect(formatFigure(fig({ value: 6.3 }))).toBe('6.3%');
    expect(formatFigure(fig({ value: 9, qualifier: 'more-than' }))).toBe('more than 9%');
    expect(formatFigure(fig({ value: 150e6, unit: 'USD', qualifier: 'about' }))).toBe('about US$150 million');
    expect(formatFigure(fig({ value: 2023, unit: 'year' }))).toBe('2023');
    expect(formatFigure(fig({ value: 3, unit: 'factories' }))).toBe('3 factories');
  });
});
