import { yearOf } from '../dates/partial-dates.ts';
import { byLabel, byValueDescending, groupFacets, type FacetGroup, type Facets } from './facets.ts';
import { languageName } from '../text/languages.ts';
import type { Brief, Topic } from '../content/entries.ts';

export type FacetName = 'language' | 'topic' | 'year';
export type FacetValue = FacetGroup<Brief, FacetName>;

/** Briefs by source language, topic and article year, for /briefs/<facet>/<value>/ (no JS needed). */
export function briefFacets(briefs: Brief[], topics: ReadonlyMap<string, Topic>): Facets<Brief, FacetName> {
  return groupFacets(briefs, { language: byLabel, topic: byLabel, year: byValueDescending }, function* (b) {
    yield ['language', b.data.source.lang.toLowerCase(), languageName(b.data.source.lang)] as const;
    for (const t of b.data.topics) yield ['topic', t, topics.get(t)?.data.name ?? t] as const;
    const year = yearOf(b.data.source.date);
    if (year) yield ['year', String(year), String(year)] as const;
  });
}

export const FACET_LABELS: Record<FacetName, string> = { language: 'Source language', topic: 'Topic', year: 'Year' };
