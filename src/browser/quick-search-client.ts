// The header box's search over names and titles (src/lib/search/quick-index.ts): fetches the
// manifest once, then for each query the one shard (rarely a few) its plan names, the word
// rules of the query's scripts and the stemmers its words need, and the word rules of the rows' scripts.
import {
  QUICK_MANIFEST_PATH,
  quickShardPath,
  readQuickManifest,
  type QuickManifest,
  type QuickManifestFile,
  type QuickRow,
} from '../lib/search/quick-index-files.ts';
import { matchQuickRows, planQuickSearch, type QuickMatch } from '../lib/search/quick-match.ts';
import { quickQueryTokens } from '../lib/search/quick-tokens.ts';
import { loadScriptRules, stemmerOf } from '../lib/search/script-rules.ts';
import { hasStemmer, registerStemmer, stem } from '../lib/search/stem-registry.ts';

export interface QuickResponse {
  matches: QuickMatch[];
  /** False when the query's words are so common that only their best rows were searched. */
  complete: boolean;
}

let manifest: Promise<QuickManifest> | undefined;
const shards = new Map<string, Promise<QuickRow[]>>();

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Promises that failed are forgotten, so the next keystroke asks again. */
function remember<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

function loadManifest(base: string): Promise<QuickManifest> {
  // Revalidated, not taken from cache unchecked: it names the build the shards come from.
  manifest ??= remember(
    fetchJson<QuickManifestFile>(`${base}${QUICK_MANIFEST_PATH}`, { cache: 'no-cache' }).then(readQuickManifest),
    () => (manifest = undefined),
  );
  return manifest;
}

function loadShard(base: string, version: string, key: string): Promise<QuickRow[]> {
  const path = quickShardPath(version, key);
  let rows = shards.get(path);
  if (!rows) shards.set(path, (rows = remember(fetchJson<QuickRow[]>(`${base}${path}`), () => shards.delete(path))));
  return rows;
}

/** Every name of the rows, for finding the scripts they are written in. */
const rowNames = (rows: QuickRow[]) => rows.map(([, title, , names]) => (names ? `${title} ${names.join(' ')}` : title)).join(' ');

/**
 * The stemmers the box cuts query words with, so that a Russian, Ukrainian or Hindi name typed in
 * another case is found (Газпрома, Небесного Щита), named as the word rules name them. Not Greek's:
 * at 6.2 KB gzip it alone would take a Greek query's first search over the box's 20 KB budget
 * (/search/ stems Greek). A list of its own, not src/lib/search/stemmers.ts's: that one's loaders
 * would add 1 KB to every first search.
 */
const BOX_STEMMERS: Record<string, () => Promise<{ stemmer: (word: string) => string }>> = {
  russian: () => import('@orama/stemmers/russian'),
  ukrainian: () => import('@orama/stemmers/ukrainian'),
  hindi: () => import('@orama/stemmers/indian'),
};
const boxStem = (name: string, word: string) => (Object.hasOwn(BOX_STEMMERS, name) ? stem(name, word) : word);

/** The query's word rules, then the box's stemmers its words need (a Russian word fetches no Ukrainian stemmer). */
async function loadQueryWords(query: string): Promise<void> {
  await loadScriptRules(query);
  const names = new Set(quickQueryTokens(query).map((word) => stemmerOf(word)));
  await Promise.all(
    [...names]
      .filter((name) => name && Object.hasOwn(BOX_STEMMERS, name) && !hasStemmer(name))
      .map(async (name) => registerStemmer(name!, (await BOX_STEMMERS[name!]!()).stemmer)),
  );
}

async function searchOnce(base: string, query: string): Promise<QuickResponse> {
  const [m] = await Promise.all([loadManifest(base), loadQueryWords(query)]);
  const plan = planQuickSearch(query, m, boxStem);
  const rows = (await Promise.all(plan.keys.map((key) => loadShard(base, m.version, key)))).flat();
  // Matching cuts the rows' names into words as the build did, by their scripts' rules.
  await loadScriptRules(rowNames(rows));
  return { matches: matchQuickRows(rows, query, plan.words, plan.stemmedWords), complete: plan.complete };
}

export async function quickSearch(base: string, query: string): Promise<QuickResponse> {
  try {
    return await searchOnce(base, query);
  } catch (error) {
    // A page opened before a redeploy holds the old manifest, whose shards are gone: fetch the new one and try once more.
    if (!manifest) throw error;
    manifest = undefined;
    return searchOnce(base, query);
  }
}
