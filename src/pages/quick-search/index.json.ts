import type { APIRoute } from 'astro';
import { getQuickIndex } from '../../data/quick-index.ts';

/** The quick index's manifest: every shard key with its row count (src/lib/search/quick-index.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getQuickIndex()).manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
