/**
 * Joins the site base (import.meta.env.BASE_URL, "/" or "/a/b/") and a
 * site-relative path, so every link works under any base path.
 */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

export const paths = {
  home: () => '',
  briefs: () => 'briefs/',
  brief: (id: string) => `briefs/${id}/`,
  entityBriefs: (id: string) => `entities/${id}/briefs/`,
  entityDeals: (id: string) => `entities/${id}/deals/`,
  entities: () => 'entities/',
  entity: (id: string) => `entities/${id}/`,
  /** All entities of one type, A to Z, in numbered pages. "type" is a fixed segment: no entity page sits two levels down. */
  entityType: (type: string) => `entities/type/${type}/`,
  deals: () => 'deals/',
  /** Every deal in another order than newest first (src/lib/lists/deal-sort.ts). "sort" is a fixed segment beside the filters. */
  dealSort: (order: string) => `deals/sort/${order}/`,
  timeline: () => 'timeline/',
  timelineYear: (year: string) => `timeline/${year}/`,
  network: () => 'network/',
  /** A deal's row on the page of its home brief (src/lib/content/deal-home.ts). */
  deal: (id: string, homeBrief: string) => `briefs/${homeBrief}/#deal-${id}`,
  topics: () => 'topics/',
  topic: (id: string) => `topics/${id}/`,
  search: () => 'search/',
} as const;

/**
 * The href a link written in content (a brief's Markdown) gets on the page. Authors
 * write site links from the site root, "/entities/xpeng/", as if the site had no
 * base path; Astro does not prefix Markdown links with `base`, so this does.
 * Relative links, absolute URLs, "//host" and "#fragment" links are left as written.
 */
export function contentLinkHref(base: string, url: string): string {
  return /^\/(?!\/)/.test(url) ? withBase(base, url) : url;
}
