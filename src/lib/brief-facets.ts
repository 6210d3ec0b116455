import { yearOf } from './dates.ts';
import { languageName } from './languages.ts';
import type { Brief, Topic } from './types.ts';

export type FacetName = 'language' | 'topic' | 'year';

export interface FacetValue {
  facet: FacetName;
  value: string;
  label: string;
  briefs: Brief[];
}

/**
 * Groups briefs by source language, topic and article year in one pass, for
 * the static filter pages under /briefs/<facet>/<value>/ (no JS needed).
 * Input order is kept within each group (callers pass newest first).
 */
export function briefFacets(briefs: Brief[], topics: ReadonlyMap<string, Topic>): Record<FacetName, FacetValue[]> {
  const groups: Record<FacetName, Map<string, FacetValue>> = { language: new Map(), topic: new Map(), year: new Map() };
  const add = (facet: FacetName, value: string, label: string, brief: Brief) => {
    const g = groups[facet].get(value) ?? { facet, value, label, briefs: [] };
    g.briefs.push(brief);
    groups[facet].set(value, g);
  };
  for (const b of briefs) {
    add('language', b.data.source.lang.toLowerCase(), languageName(b.data.source.lang), b);
    for (const t of new Set(b.data.topics)) add('topic', t, topics.get(t)?.data.name ?? t, b);
    const year = yearOf(b.data.source.date);
    if (year) add('year', String(year), String(year), b);
  }
  const sorted = (m: Map<string, FacetValue>, cmp: (a: FacetValue, b: FacetValue) => number) => [...m.values()].sort(cmp);
  return {
    language: sorted(groups.language, (a, b) => a.label.localeCompare(b.label, 'en')),
    topic: sorted(groups.topic, (a, b) => a.label.localeCompare(b.label, 'en')),
    year: sorted(groups.year, (a, b) => b.value.localeCompare(a.value)),
  };
}

export const FACET_LABELS: Record<FacetName, string> = { language: 'Source language', topic: 'Topic', year: 'Year' };
