import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuickIndex } from '../../../data/quick-index.ts';
import { quickShardName } from '../../../lib/search/quick-index-files.ts';
import { keyedByProps } from '../../../data/keyed-paths.ts';

/**
 * One shard of the quick index per key, for `astro dev`. A build writes the same files
 * from one bundle instead (./shards.json.ts), so this route yields no pages there.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const { manifest, shards } = await getQuickIndex();
  return keyedByProps(
    [...shards].map(([key, rows]) => ({ params: { version: manifest.version, shard: quickShardName(key) }, props: { rows } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
