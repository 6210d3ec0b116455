import { compareText } from '../text/compare-text.ts';

/** One value of a facet and the items that have it. */
export interface FacetGroup<T, F extends string = string> {
  facet: F;
  value: string;
  label: string;
  items: T[];
}

export type Facets<T, F extends string> = Record<F, FacetGroup<T, F>[]>;

/**
 * Groups items by several facets in one pass, for static filter pages such as
 * /briefs/<facet>/<value>/. `values` lists an item's [facet, value, label] triples;
 * input order is kept within each group, and each facet's groups are sorted by `order`.
 */
export function groupFacets<T, F extends string>(
  items: readonly T[],
  order: Record<F, (a: FacetGroup<T, F>, b: FacetGroup<T, F>) => number>,
  values: (item: T) => Iterable<readonly [F, string, string]>,
): Facets<T, F> {
  const names = Object.keys(order) as F[];
  const groups = new Map<F, Map<string, FacetGroup<T, F>>>(names.map((f) => [f, new Map()]));
  for (const item of items) {
    const seen = new Set<string>();
    for (const [facet, value, label] of values(item)) {
      const key = `${facet}\u0000${value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const byValue = groups.get(facet)!;
      const group = byValue.get(value) ?? { facet, value, label, items: [] };
      group.items.push(item);
      byValue.set(value, group);
    }
  }
  return Object.fromEntries(names.map((f) => [f, [...groups.get(f)!.values()].sort(order[f])])) as Facets<T, F>;
}

/** A facet value as a filter link shows it: its count only where the page shows whole-list figures. */
export interface FacetLink {
  value: string;
  label: string;
  count?: number;
}

/**
 * The filter links of `facets`, with each value's count or without. A list's numbered pages
 * show them without: a count changes with every row added, and the page would change with it.
 */
export function facetLinks<F extends string>(facets: Facets<unknown, F>, withCounts: boolean): Record<F, FacetLink[]> {
  const links = {} as Record<F, FacetLink[]>;
  for (const facet of Object.keys(facets) as F[]) {
    links[facet] = facets[facet].map((g) =>
      withCounts ? { value: g.value, label: g.label, count: g.items.length } : { value: g.value, label: g.label },
    );
  }
  return links;
}

/**
 * The filter nav's props for the pages of a list: with every value's count and the list's
 * `total` at the list's address, without them on its numbered pages (for `frontOnly`).
 */
export function filterNavProps<F extends string>(
  facets: Facets<unknown, F>,
  total: number,
): { front: { facets: Record<F, FacetLink[]>; total: number }; rest: { facets: Record<F, FacetLink[]> } } {
  return { front: { facets: facetLinks(facets, true), total }, rest: { facets: facetLinks(facets, false) } };
}

export const byLabel = (a: { label: string }, b: { label: string }) => compareText(a.label, b.label);
export const byValueDescending = (a: { value: string }, b: { value: string }) => compareText(b.value, a.value);
