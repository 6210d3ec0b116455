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

/** The stemmers the box uses (./box-stemmers.ts, whose list a unit test holds to this one), by the names the word rules give them. */
export const BOX_STEMMED = new Set(['russian', 'ukrainian', 'hindi']);

/**
 * The query's word rules, then, for a query with a word one of the box's stemmers cuts (a Russian,
 * Ukrainian or Hindi name typed in another case: Газпрома, Небесного Щита), those stemmers and
 * the function that applies them; a query in another script fetches neither.
 */
async function loadQueryWords(query: string): Promise<((name: string, word: string) => string) | undefined> {
  await loadScriptRules(query);
  const names = new Set(quickQueryTokens(query).flatMap((word) => stemmerOf(word) ?? []));
  if (![...names].some((name) => BOX_STEMMED.has(name))) return undefined;
  const { loadBoxStemmers } = await import('./box-stemmers.ts');
  return loadBoxStemmers(names);
}

async function searchOnce(base: string, query: string): Promise<QuickResponse> {
  const [m, stem] = await Promise.all([loadManifest(base), loadQueryWords(query)]);
  const plan = planQuickSearch(query, m, stem);
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
