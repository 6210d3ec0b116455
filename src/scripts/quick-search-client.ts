// The header box's search over names and titles (src/lib/quick-index.ts): fetches the
// manifest once, then for each query the one shard (rarely a few) its plan names.
import { QUICK_MANIFEST_PATH, quickShardPath, type QuickManifest, type QuickRow } from '../lib/quick-index.ts';
import { matchQuickRows, planQuickSearch, type QuickMatch } from '../lib/quick-match.ts';

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

function loadManifest(base: string): Promise<QuickManifest> {
  // Revalidated, not taken from cache unchecked: it names the build the shards must come from.
  manifest ??= fetchJson<QuickManifest>(`${base}${QUICK_MANIFEST_PATH}`, { cache: 'no-cache' }).catch((error: unknown) => {
    manifest = undefined; // let the next keystroke try again
    throw error;
  });
  return manifest;
}

function loadShard(base: string, version: string, key: string): Promise<QuickRow[]> {
  let rows = shards.get(key);
  if (!rows) {
    rows = fetchJson<QuickRow[]>(`${base}${quickShardPath(key)}?v=${version}`);
    rows.catch(() => shards.delete(key));
    shards.set(key, rows);
  }
  return rows;
}

export async function quickSearch(base: string, query: string): Promise<QuickResponse> {
  const m = await loadManifest(base);
  const plan = planQuickSearch(query, m);
  const rows = (await Promise.all(plan.keys.map((key) => loadShard(base, m.version, key)))).flat();
  return { matches: matchQuickRows(rows, query, plan.words), complete: plan.complete };
}
