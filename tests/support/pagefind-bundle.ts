import { decode } from 'cbor2';
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

/** Every word of a written Pagefind bundle's word index (its chunks, as the page table lists them). */
export function indexedWords(site: string): Set<string> {
  const bundle = join(site, 'pagefind');
  const unpack = (file: string) => decode(gunzipSync(readFileSync(join(bundle, file))).subarray('pagefind_dcd'.length)) as unknown[];
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const words = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const chunks = unpack(`pagefind.${hash}.pf_meta`)[2] as [string, string, string][];
    for (const [, , chunk] of chunks) for (const [word] of unpack(`index/${chunk}.pf_index`)[0] as [string][]) words.add(word);
  }
  return words;
}
