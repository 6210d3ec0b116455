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
  entities: () => 'entities/',
  entity: (id: string) => `entities/${id}/`,
  deals: () => 'deals/',
  timeline: () => 'timeline/',
  network: () => 'network/',
  deal: (id: string) => `deals/#deal-${id}`,
  topics: () => 'topics/',
  topic: (id: string) => `topics/${id}/`,
  search: () => 'search/',
} as const;
