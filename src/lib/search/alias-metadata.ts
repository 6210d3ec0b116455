import { NAME_SEPARATOR } from './text.ts';
import { paths } from '../site/urls.ts';
import type { Collections } from '../content/entries.ts';

/**
 * Alias metadata for the search index, keyed by site-relative page path: for each
 * brief, one string per entity it mentions: the entity's name and aliases joined
 * by " | " (so a result found through an alias can say which entity it mentions).
 * Entity pages carry their own names. Linear in the number of brief→entity links.
 */
export function aliasMetadataByPath(c: Pick<Collections, 'briefs' | 'entities'>): Map<string, string[]> {
  const names = new Map(
    c.entities.map((e) => [e.id, [...new Set([e.data.name, ...e.data.aliases.map((a) => a.name)])].join(NAME_SEPARATOR)]),
  );
  const out = new Map<string, string[]>();
  for (const b of c.briefs) {
    const list = new Set<string>();
    for (const id of b.data.entities) {
      const entry = names.get(id);
      if (entry) list.add(entry);
    }
    out.set(paths.brief(b.id), [...list]);
  }
  return out;
}
