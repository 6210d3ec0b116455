import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuickIndex } from '../../data/quick-index.ts';
import { quickShardName } from '../../lib/quick-index.ts';

/** One shard of the quick index per key, named by the key's bytes in hex (src/lib/quick-index.ts). */
export const getStaticPaths = (async () =>
  [...(await getQuickIndex()).shards].map(([key, rows]) => ({ params: { shard: quickShardName(key) }, props: { rows } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
