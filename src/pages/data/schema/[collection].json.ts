import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchema } from '../../../lib/open-data/json-schemas.ts';
import { EXPORT_COLLECTIONS, type ExportCollection } from '../../../schemas/exports.ts';

export const getStaticPaths = (() => EXPORT_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** /data/schema/briefs.json, …: the JSON Schema (draft 2020-12) of each /data/<collection>.json. */
export const GET: APIRoute = ({ params, site }) => {
  const schema = exportJsonSchema(params.collection as ExportCollection, site, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
