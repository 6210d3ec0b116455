import type { Figure } from '../../schemas/figure.ts';
import type { Brief } from '../content/entries.ts';

/** One brief's figure for a fact. */
export interface ReportedFigure {
  brief: string;
  figure: Figure;
}

/** How two reported figures relate. */
export interface FigurePairing {
  a: ReportedFigure;
  b: ReportedFigure;
  /** agree: both can be true; conflict: both cannot; different-measure: they measure different things. */
  relation: 'agree' | 'conflict' | 'different-measure';
  /** For a figure that names no measure, the measure of the figure it agrees with. */
  matchedMeasure?: string | undefined;
  /**
   * In a conflict, the figure that does not say what it measures when the other does: the two
   * may measure different things (another time of day, another listing), which no source settles.
   */
  measureUnstated?: ReportedFigure | undefined;
}

/** Every figure the briefs report for one fact (one `key`), across two or more briefs. */
export interface FactComparison {
  key: string;
  entity: string;
  label: string;
  figures: ReportedFigure[];
  status: 'agree' | 'conflict' | 'different-measures';
  pairings: FigurePairing[];
}

/** The values a figure allows, as an interval. "About" allows ±10 %; "exactly" allows rounding of the last digit given. */
export function figureInterval(f: Figure): { low: number; high: number; lowOpen: boolean; highOpen: boolean } {
  const decimals = (String(f.value).split('.')[1] ?? '').length;
  const rounding = 0.5 * 10 ** -decimals;
  switch (f.qualifier) {
    case 'exactly':
      return { low: f.value - rounding, high: f.value + rounding, lowOpen: false, highOpen: true };
    case 'about': {
      const spread = Math.abs(f.value) * 0.1;
      return { low: f.value - spread, high: f.value + spread, lowOpen: false, highOpen: false };
    }
    case 'more-than':
      return { low: f.value, high: Infinity, lowOpen: true, highOpen: true };
    case 'less-than':
      return { low: -Infinity, high: f.value, lowOpen: true, highOpen: true };
    case 'up-to':
      return { low: -Infinity, high: f.value, lowOpen: true, highOpen: false };
  }
}

/** Whether both figures can be true of one quantity. */
export function figuresCompatible(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit) return false;
  const x = figureInterval(a);
  const y = figureInterval(b);
  const low = Math.max(x.low, y.low);
  const high = Math.min(x.high, y.high);
  if (low < high) return true;
  if (low > high) return false;
  // Touching at one point: only if neither side excludes it.
  const lowOpen = x.low === low ? x.lowOpen : y.lowOpen;
  const highOpen = x.high === high ? x.highOpen : y.highOpen;
  return !lowOpen && !highOpen;
}

function pair(a: ReportedFigure, b: ReportedFigure, others: ReportedFigure[]): FigurePairing {
  const ma = a.figure.measure;
  const mb = b.figure.measure;
  if (ma && mb && ma !== mb) return { a, b, relation: 'different-measure' };
  if (figuresCompatible(a.figure, b.figure)) return { a, b, relation: 'agree', matchedMeasure: ma ?? mb };
  // A figure that names no measure may be about another listing than this one: if it
  // agrees with a figure of a named measure from the same brief as its counterpart,
  // the difference is one of measure, not a conflict.
  const [unnamed, named] = !ma && mb ? [a, b] : ma && !mb ? [b, a] : [undefined, undefined];
  if (unnamed && named) {
    const match = others.find(
      (o) =>
        o.brief === named.brief &&
        o.figure.measure &&
        o.figure.measure !== named.figure.measure &&
        figuresCompatible(unnamed.figure, o.figure),
    );
    if (match) return { a, b, relation: 'different-measure', matchedMeasure: match.figure.measure };
    return { a, b, relation: 'conflict', measureUnstated: unnamed };
  }
  return { a, b, relation: 'conflict' };
}

/**
 * Groups the figures of all briefs by fact key and compares the reports of different
 * briefs: one pass to group (linear in the number of figures), then pairwise within a
 * fact, whose handful of figures is independent of corpus size.
 */
export function compareFigures(briefs: readonly Brief[]): Map<string, FactComparison> {
  const byKey = new Map<string, ReportedFigure[]>();
  for (const b of briefs) {
    for (const figure of b.data.figures ?? []) {
      const list = byKey.get(figure.key);
      if (list) list.push({ brief: b.id, figure });
      else byKey.set(figure.key, [{ brief: b.id, figure }]);
    }
  }
  const out = new Map<string, FactComparison>();
  for (const [key, figures] of byKey) {
    if (new Set(figures.map((f) => f.brief)).size < 2) continue;
    const pairings: FigurePairing[] = [];
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        if (figures[i]!.brief !== figures[j]!.brief) pairings.push(pair(figures[i]!, figures[j]!, figures));
      }
    }
    // A figure conflicts only if it agrees with nothing the other brief reports.
    const conflict = pairings.some(
      (p) =>
        p.relation === 'conflict' &&
        !pairings.some((q) => q !== p && q.relation !== 'conflict' && involves(q, p.a) && involvesBrief(q, p.b.brief)),
    );
    const status = conflict ? 'conflict' : pairings.every((p) => p.relation === 'agree') ? 'agree' : 'different-measures';
    const first = figures[0]!.figure;
    out.set(key, { key, entity: first.entity, label: first.label, figures, status, pairings });
  }
  return out;
}

const involves = (p: FigurePairing, f: ReportedFigure) => p.a === f || p.b === f;
const involvesBrief = (p: FigurePairing, brief: string) => p.a.brief === brief || p.b.brief === brief;

/** Comparisons grouped by brief and by entity, for their pages. */
export function comparisonsByBriefAndEntity(comparisons: Map<string, FactComparison>) {
  const byBrief = new Map<string, FactComparison[]>();
  const byEntity = new Map<string, FactComparison[]>();
  for (const c of comparisons.values()) {
    for (const brief of new Set(c.figures.map((f) => f.brief))) (byBrief.get(brief) ?? byBrief.set(brief, []).get(brief)!).push(c);
    (byEntity.get(c.entity) ?? byEntity.set(c.entity, []).get(c.entity)!).push(c);
  }
  return { byBrief, byEntity };
}
