import { yearOf } from './dates.ts';
import type { Deal } from './types.ts';

export type DealFacetName = 'kind' | 'year' | 'currency';

export interface DealFacetValue {
  facet: DealFacetName;
  value: string;
  label: string;
  deals: Deal[];
}

export const DEAL_FACET_LABELS: Record<DealFacetName, string> = { kind: 'Kind', year: 'Year', currency: 'Currency' };

const words = (s: string) => s.replace(/-/g, ' ');

/** Deals grouped by kind, year and reported currency in one pass, for /deals/<facet>/<value>/ (no JS needed). */
export function dealFacets(deals: readonly Deal[]): Record<DealFacetName, DealFacetValue[]> {
  const groups: Record<DealFacetName, Map<string, DealFacetValue>> = { kind: new Map(), year: new Map(), currency: new Map() };
  const add = (facet: DealFacetName, value: string, label: string, deal: Deal) => {
    const g = groups[facet].get(value) ?? { facet, value, label, deals: [] };
    g.deals.push(deal);
    groups[facet].set(value, g);
  };
  for (const d of deals) {
    add('kind', d.data.kind, words(d.data.kind), d);
    const year = yearOf(d.data.date);
    if (year) add('year', String(year), String(year), d);
    if (d.data.amount) add('currency', d.data.amount.currency.toLowerCase(), d.data.amount.currency, d);
  }
  const sorted = (m: Map<string, DealFacetValue>, cmp: (a: DealFacetValue, b: DealFacetValue) => number) => [...m.values()].sort(cmp);
  return {
    kind: sorted(groups.kind, (a, b) => a.label.localeCompare(b.label, 'en')),
    year: sorted(groups.year, (a, b) => b.value.localeCompare(a.value)),
    currency: sorted(groups.currency, (a, b) => a.label.localeCompare(b.label, 'en')),
  };
}
