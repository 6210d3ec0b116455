import type { APIRoute } from 'astro';
import { getQuickIndex } from '../../data/quick-index.ts';

/** The quick index's manifest: every shard key with its size class, as a tree (src/lib/search/quick-index-files.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getQuickIndex()).manifestFile), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
