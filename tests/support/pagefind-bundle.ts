import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * URL → indexed text of every record in a written Pagefind bundle (<site>/pagefind/).
 * Each result fragment is gzip holding a short signature, then the record as JSON.
 */
export function indexedRecords(site: string): Map<string, string> {
  return new Map([...indexedFragments(site)].map(([url, f]) => [url, f.content]));
}

/** URL → indexed text and metadata of every record in a written Pagefind bundle. */
export function indexedFragments(site: string): Map<string, { content: string; meta: Record<string, string> }> {
  const out = new Map<string, { content: string; meta: Record<string, string> }>();
  const fragments = join(site, 'pagefind', 'fragment');
  for (const name of readdirSync(fragments)) {
    const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
    out.set(json.url, { content: json.content, meta: json.meta });
  }
  return out;
}
