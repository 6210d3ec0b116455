import { foldCase } from '../text/fold-case.ts';

/**
 * Pagefind's order, except that a result one of whose names (title or, for entities,
 * an alias) is exactly the query comes first, then one whose name starts with the
 * query as a whole word: a reader who types a name wants the page of
 * that name, even when a long brief mentions the name more often.
 */
export function rankHits<T extends { title: string; names?: string[] | undefined }>(hits: T[], query: string): T[] {
  const q = foldCase(query);
  if (!q) return hits;
  const tier = (hit: T) => {
    const names = [hit.title, ...(hit.names ?? [])].map(foldCase);
    if (names.includes(q)) return 0;
    if (names.some((n) => n.startsWith(`${q} `))) return 1;
    return 2;
  };
  return hits
    .map((hit, order) => ({ hit, order, tier: tier(hit) }))
    .sort((a, b) => a.tier - b.tier || a.order - b.order)
    .map((x) => x.hit);
}
