import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { searchRecords } from '../lib/search/records.ts';

/**
 * Build-time input of the Pagefind step (see src/lib/search/records.ts), which removes
 * it from the output: derived from the same catalog as the pages, in one pass.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchRecords(await getCatalog())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
