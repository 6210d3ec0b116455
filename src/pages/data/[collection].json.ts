import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { exportBriefs, exportDeals, exportEntities } from '../../lib/open-data/exports.ts';

const EXPORTS = { briefs: exportBriefs, entities: exportEntities, deals: exportDeals };

export const getStaticPaths = (() => Object.keys(EXPORTS).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** /data/briefs.json, /data/entities.json, /data/deals.json: every published record with its page url. */
export const GET: APIRoute = async ({ params, site }) => {
  const build = EXPORTS[params.collection as keyof typeof EXPORTS];
  const records = build(await getCatalog(), site, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
