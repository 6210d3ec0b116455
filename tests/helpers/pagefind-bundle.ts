import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * URL → indexed text of every record in a written Pagefind bundle (<site>/pagefind/).
 * Each result fragment is gzip holding a short signature, then the record as JSON.
 */
export function indexedRecords(site: string): Map<string, string> {
  const out = new Map<string, string>();
  const fragments = join(site, 'pagefind', 'fragment');
  for (const name of readdirSync(fragments)) {
    const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    out.set(json.url, json.content);
  }
  return out;
}
