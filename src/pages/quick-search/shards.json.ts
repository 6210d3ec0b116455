import type { APIRoute } from 'astro';
import { getQuickIndex } from '../../data/quick-index.ts';
import { quickShardBundle } from '../../lib/search/quick-index.ts';

/**
 * Every shard of the quick index in one file, which the build splits into the files
 * the browser fetches and then removes (src/integrations/quick-search-files.ts): one
 * route instead of one per shard, because Astro's fixed cost per route, times the
 * thousands of shards of a large site, became a visible part of the render.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(quickShardBundle(await getQuickIndex())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
