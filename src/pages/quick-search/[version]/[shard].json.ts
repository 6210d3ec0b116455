import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuickIndex } from '../../../data/quick-index.ts';
import { quickShardName } from '../../../lib/quick-index.ts';

/** One shard of the quick index per key, under the index's version (src/lib/quick-index.ts, quickShardPath). */
export const getStaticPaths = (async () => {
  const { manifest, shards } = await getQuickIndex();
  return [...shards].map(([key, rows]) => ({ params: { version: manifest.version, shard: quickShardName(key) }, props: { rows } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
