import { buildValueDigest } from '../lib/incremental/value-digest.ts';
import { sha1 } from './sha1.ts';

/**
 * `getStaticPaths` entries with Astro's `cacheKey` set to a digest of their props. A page
 * reads its props without the catalog's read recorder seeing it, so a route that passes
 * props must key its paths this way: the build reuses a page only when its key and its
 * recorded reads are both unchanged (src/integrations/page-reuse.ts).
 */
export function keyedByProps<E extends { props: object }>(entries: E[]): (E & { cacheKey: string })[] {
  const propsDigest = buildValueDigest(sha1);
  return entries.map((entry) => ({ ...entry, cacheKey: propsDigest(entry.props) }));
}
