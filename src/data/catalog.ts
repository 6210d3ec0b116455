import { getCollection } from 'astro:content';
import { publishedCollections } from '../lib/content/published.ts';
import { buildCatalog, type Catalog } from '../lib/content/catalog.ts';
import type { Brief } from '../lib/content/entries.ts';

/**
 * Drafts exist only in `astro dev`; a production build never sees them. MODE is "production" in every
 * `astro build`, whereas DEV alone follows NODE_ENV (a build run with NODE_ENV=test would show drafts).
 */
export const showDrafts = import.meta.env.DEV && import.meta.env.MODE === 'development';

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [briefs, entities, deals, topics] = await Promise.all([
    getCollection('briefs'),
    getCollection('entities'),
    getCollection('deals'),
    getCollection('topics'),
  ]);
  return buildCatalog(publishedCollections({ briefs: briefs as Brief[], entities, deals, topics }, showDrafts));
}

/** The catalog, built once per build and shared by every page. */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}
