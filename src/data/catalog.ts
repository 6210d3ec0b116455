import { getCollection } from 'astro:content';
import { publishedCollections } from '../lib/content/published.ts';
import { buildCatalog, type Catalog } from '../lib/content/catalog.ts';
import { COLLECTION_NAMES, type Brief } from '../lib/content/entries.ts';
import { trackReads } from '../lib/incremental/read-tracker.ts';
import { currentRecorder, offerCatalog } from '../lib/incremental/render-reads.ts';
import { knownBuildDigest } from '../lib/incremental/value-digest.ts';
import { sha1 } from './sha1.ts';

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
  // Each entry's stored digest covers its collection, id, file, data and body (and a brief's
  // rendered body): the pages' reads of it are checked by that digest, not field by field.
  for (const entries of [briefs, entities, deals, topics])
    for (const entry of entries) if (typeof entry.digest === 'string') knownBuildDigest(entry, entry.digest, sha1);
  return buildCatalog(publishedCollections({ briefs: briefs as Brief[], entities, deals, topics }, showDrafts));
}

const untracked = (): Promise<Catalog> => (cached ??= load());
offerCatalog(untracked);

/**
 * The catalog, built once per build and shared by every page. While a page renders in a
 * build, it comes seen through the page's read recorder, so the build knows what the page
 * showed (src/integrations/page-reuse.ts).
 */
export async function getCatalog(): Promise<Catalog> {
  const record = currentRecorder();
  const catalog = await untracked();
  return record ? trackReads(catalog, record) : catalog;
}

/**
 * Records, for the page rendering now, a read of everything the catalog is made from: for
 * what is computed once per build from the whole catalog and kept, whose reads only its
 * first page would otherwise see.
 */
export function readsWholeCatalog(): void {
  const record = currentRecorder();
  if (record) for (const collection of COLLECTION_NAMES) record(collection);
}
