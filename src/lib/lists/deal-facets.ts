import { yearOf } from '../dates/partial-dates.ts';
import { byLabel, byValueDescending, groupFacets, type FacetGroup, type Facets } from './facets.ts';
import type { Deal } from '../content/entries.ts';

export type DealFacetName = 'kind' | 'year' | 'currency';
export type DealFacetValue = FacetGroup<Deal, DealFacetName>;

export const DEAL_FACET_LABELS: Record<DealFacetName, string> = { kind: 'Kind', year: 'Year', currency: 'Currency' };

/** Deals by kind, year and reported currency, for /deals/<facet>/<value>/ (no JS needed). */
export function dealFacets(deals: readonly Deal[]): Facets<Deal, DealFacetName> {
  return groupFacets(deals, { kind: byLabel, year: byValueDescending, currency: byLabel }, function* (d) {
    yield ['kind', d.data.kind, d.data.kind.replace(/-/g, ' ')] as const;
    const year = yearOf(d.data.date);
    if (year) yield ['year', String(year), String(year)] as const;
    if (d.data.amount) yield ['currency', d.data.amount.currency.toLowerCase(), d.data.amount.currency] as const;
  });
}
