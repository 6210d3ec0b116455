import { buildQuickIndex, quickRows, type QuickIndex } from '../lib/search/quick-index.ts';
import { loadScriptRules } from '../lib/search/script-rules.ts';
import { getCatalog, readsWholeCatalog } from './catalog.ts';

let cached: Promise<QuickIndex> | undefined;

/** The header box's quick index (src/lib/search/quick-index.ts), built once per build from the catalog. */
export function getQuickIndex(): Promise<QuickIndex> {
  // Kept for every page that asks, so each of them depends on all of the catalog.
  readsWholeCatalog();
  // Names come in every script: the word rules of all of them.
  cached ??= Promise.all([getCatalog(), loadScriptRules()]).then(([index]) => buildQuickIndex(quickRows(index)));
  return cached;
}
