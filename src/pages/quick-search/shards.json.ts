import type { APIRoute } from 'astro';
import { getQuickIndex } from '../../data/quick-index.ts';
import { quickShardBundle } from '../../lib/quick-index.ts';

/**
 * Every shard of the quick index in one file, which the build splits into the files
 * the browser fetches and then removes (src/integrations/quick-search-files.ts): one
 * route instead of one per shard, because Astro's per-route cost (about 1 ms) made
 * the 2,800 shards of a 10,000-brief site take 3 s of the render.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(quickShardBundle(await getQuickIndex())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
