import { paths } from './urls.ts';
import type { Collections } from './types.ts';

/**
 * Alias metadata for the search index, keyed by site-relative page path: for each
 * brief, the names and aliases of the entities it mentions. Entity pages already
 * show their own aliases. Linear in the number of brief→entity links.
 */
export function aliasMetadataByPath(c: Pick<Collections, 'briefs' | 'entities'>): Map<string, string[]> {
  const names = new Map(c.entities.map((e) => [e.id, [e.data.name, ...e.data.aliases.map((a) => a.name)]]));
  const out = new Map<string, string[]>();
  for (const b of c.briefs) {
    const list = new Set<string>();
    for (const id of b.data.entities) for (const n of names.get(id) ?? []) list.add(n);
    out.set(paths.brief(b.id), [...list]);
  }
  return out;
}
