import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { dealsCsv } from '../../lib/open-data/deals-csv.ts';
import { exportDeals } from '../../lib/open-data/exports.ts';

/** /data/deals.csv: the records of /data/deals.json as one spreadsheet row each. */
export const GET: APIRoute = async ({ site }) => {
  const csv = dealsCsv(exportDeals(await getCatalog(), site, import.meta.env.BASE_URL));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
