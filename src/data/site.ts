import { getCollection } from 'astro:content';
import { publishedCollections } from '../lib/published.ts';
import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import type { Brief } from '../lib/types.ts';

/**
 * Drafts exist only in `astro dev`; a production build never sees them. MODE is "production" in every
 * `astro build`, whereas DEV alone follows NODE_ENV (a build run with NODE_ENV=test would show drafts).
 */
export const showDrafts = import.meta.env.DEV && import.meta.env.MODE === 'development';

let cached: Promise<SiteIndex> | undefined;

async function load(): Promise<SiteIndex> {
  const [briefs, entities, deals, topics] = await Promise.all([
    getCollection('briefs'),
    getCollection('entities'),
    getCollection('deals'),
    getCollection('topics'),
  ]);
  return buildSiteIndex(publishedCollections({ briefs: briefs as Brief[], entities, deals, topics }, showDrafts));
}

/** The cross-collection index, built once per build and shared by every page. */
export function getSiteIndex(): Promise<SiteIndex> {
  cached ??= load();
  return cached;
}
