import { paths } from '../site/urls.ts';
import type { Brief } from '../content/entries.ts';

/**
 * The brief pages in the order the search index takes them first: by publication date, then
 * by id. The index numbers its pages in this order, so it is a function of the content
 * alone: a cold and an incremental build agree (src/integrations/pagefind-bundle.ts).
 */
export function leadingIndexPages(briefs: readonly Pick<Brief, 'id' | 'data'>[]): string[] {
  return briefs
    .map((b) => ({ id: b.id, published: b.data.published ?? '' }))
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => paths.brief(b.id));
}

/**
 * Compares two site paths ("briefs/x/") in the index's order: the leading pages in their
 * order, then every other path by name.
 */
export function indexOrder(leading: readonly string[]): (a: string, b: string) => number {
  const rank = new Map(leading.map((path, i) => [path, i]));
  return (a, b) => {
    const ra = rank.get(a) ?? Infinity;
    const rb = rank.get(b) ?? Infinity;
    if (ra !== rb) return ra < rb ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}
