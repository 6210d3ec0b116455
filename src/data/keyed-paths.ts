import { hash } from 'node:crypto';
import { buildValueDigest } from '../lib/incremental/value-digest.ts';

// SHA-1 in one call, as src/integrations/sha1.ts (which data/ may not import) hashes: the
// page reuse shares these digests.
const sha1 = (text: string) => hash('sha1', text, 'base64url');

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
