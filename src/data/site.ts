import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import type { Brief } from '../lib/types.ts';

/** Drafts exist only in `astro dev`; a production build never sees them. */
export const showDrafts = import.meta.env.DEV;

let cached: Promise<SiteIndex> | undefined;

async function load(): Promise<SiteIndex> {
  const [briefs, entities, deals, topics] = await Promise.all([
    getCollection('briefs', (b) => showDrafts || b.data.status === 'published'),
    getCollection('entities'),
    getCollection('deals'),
    getCollection('topics'),
  ]);
  const briefIds = new Set(briefs.map((b) => b.id));
  // A deal cited only by drafts has nothing published to stand on yet.
  const visibleDeals = deals.filter((d) => d.data.briefs.some((id) => briefIds.has(id)));
  return buildSiteIndex({ briefs: briefs as Brief[], entities, deals: visibleDeals, topics });
}

/** The cross-collection index, built once per build and shared by every page. */
export function getSiteIndex(): Promise<SiteIndex> {
  cached ??= load();
  return cached;
}
