import type { Collections } from './entries.ts';

/**
 * What a site shows: published briefs (all briefs when drafts are shown), and only
 * the deals that cite at least one of them, since a deal stands on its briefs.
 */
export function publishedCollections(c: Collections, includeDrafts = false): Collections {
  const briefs = includeDrafts ? c.briefs : c.briefs.filter((b) => b.data.status === 'published');
  const ids = new Set(briefs.map((b) => b.id));
  return { ...c, briefs, deals: c.deals.filter((d) => d.data.briefs.some((id) => ids.has(id))) };
}
