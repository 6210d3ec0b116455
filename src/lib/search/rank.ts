import { foldCase } from '../text/fold-case.ts';

/**
 * How well a result's names (title and, for entities, aliases) answer the query as a
 * whole: 0 one of them is the query, 1 one starts with it as a whole word, 2 neither.
 */
export function nameTier(hit: { title: string; names?: string[] | undefined }, query: string): number {
  const q = foldCase(query);
  const names = [hit.title, ...(hit.names ?? [])].map(foldCase);
  if (names.includes(q)) return 0;
  if (names.some((n) => n.startsWith(`${q} `))) return 1;
  return 2;
}

/**
 * Pagefind's order, except that a result one of whose names is exactly the query comes
 * first, then one whose name starts with the query as a whole word (see nameTier): a
 * reader who types a name wants the page of that name, even when a long brief mentions
 * the name more often.
 */
export function rankHits<T extends { title: string; names?: string[] | undefined }>(hits: T[], query: string): T[] {
  if (!foldCase(query)) return hits;
  return hits
    .map((hit, order) => ({ hit, order, tier: nameTier(hit, query) }))
    .sort((a, b) => a.tier - b.tier || a.order - b.order)
    .map((x) => x.hit);
}
