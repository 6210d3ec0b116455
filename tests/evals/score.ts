// Precision and recall of an ingest analysis against hand labels; shared by the tests and
// tests/evals/articles.ts.
import type { Analysis } from '../../src/ingest/analyse.ts';
import { findAmounts } from '../../src/ingest/amounts.ts';
import type { LanguageArticleLabels } from '../fixtures/ingest/multilingual/labels.ts';
import type { ArticleLabels } from '../fixtures/ingest/seed-labels.ts';

export interface PrecisionRecall {
  precision: number;
  recall: number;
  /** Found but not labelled. */
  extra: (number | string)[];
  /** Labelled but not found. */
  missed: (number | string)[];
}

export function precisionRecall<T extends number | string>(found: Iterable<T>, expected: Iterable<T>): PrecisionRecall {
  const f = new Set(found);
  const e = new Set(expected);
  const hit = [...f].filter((x) => e.has(x)).length;
  return {
    precision: f.size ? hit / f.size : 1,
    recall: e.size ? hit / e.size : 1,
    extra: [...f].filter((x) => !e.has(x)),
    missed: [...e].filter((x) => !f.has(x)),
  };
}

export function scoreBoilerplate(a: Analysis, labels: ArticleLabels): PrecisionRecall {
  return precisionRecall(
    a.removed.map((r) => r.line),
    labels.boilerplate,
  );
}

export function scoreEntities(a: Analysis, labels: ArticleLabels): PrecisionRecall {
  return precisionRecall(
    a.entities.map((e) => e.entity),
    labels.entities,
  );
}

/** F1 of found against expected items (1 when both are empty). */
function f1(s: PrecisionRecall): number {
  return s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
}

export interface LanguageScore {
  language: number;
  date: number;
  amounts: PrecisionRecall;
  entities: PrecisionRecall;
  /** Share of the labelled amounts whose sentence is among the key-fact candidates. */
  keyFacts: number;
  outlet: number;
  candidates?: PrecisionRecall;
  /** Mean of the parts above (F1 for amounts, entities; recall for candidates), 0–1. */
  score: number;
}

/** How well one analysis reads a labelled article of the multilingual evaluation. */
export function scoreLanguageArticle(a: Analysis, labels: LanguageArticleLabels): LanguageScore {
  const key = (x: { value: number; currency: string }) => `${Number(x.value.toPrecision(12))} ${x.currency}`;
  const language = a.language.tag.split('-')[0] === labels.lang ? 1 : 0;
  const date = a.date?.value === labels.date.value && a.date.precision === labels.date.precision ? 1 : 0;
  const amounts = precisionRecall(a.amounts.map(key), labels.amounts.map(key));
  const entities = precisionRecall(
    a.entities.map((e) => e.entity),
    labels.entities,
  );
  // An amount is covered when some key-fact candidate, read again, gives it.
  const inFacts = new Set(findAmounts(a.keyFacts, a.language.tag).map(key));
  const covered = labels.amounts.filter((l) => inFacts.has(key(l))).length;
  const keyFacts = labels.amounts.length ? covered / labels.amounts.length : 1;
  const outlet =
    labels.outlet === null
      ? a.outlet === undefined && a.warnings.some((w) => w.includes('no outlet'))
        ? 1
        : 0
      : a.outlet?.includes(labels.outlet)
        ? 1
        : 0;
  const result: LanguageScore = { language, date, amounts, entities, keyFacts, outlet, score: 0 };
  const parts = [language, date, f1(amounts), f1(entities), keyFacts, outlet];
  if (labels.candidates) {
    result.candidates = precisionRecall(
      a.candidates.map((c) => c.name).filter((n) => labels.candidates!.includes(n)),
      labels.candidates,
    );
    parts.push(result.candidates.recall);
  }
  result.score = parts.reduce((s, x) => s + x, 0) / parts.length;
  return result;
}
