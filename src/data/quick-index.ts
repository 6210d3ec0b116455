import { buildQuickIndex, quickRows, type QuickIndex } from '../lib/quick-index.ts';
import { loadScriptRules } from '../lib/script-rules.ts';
import { getSiteIndex } from './site.ts';

let cached: Promise<QuickIndex> | undefined;

/** The header box's quick index (src/lib/quick-index.ts), built once per build from the site index. */
export function getQuickIndex(): Promise<QuickIndex> {
  // Names come in every script: the word rules of all of them.
  cached ??= Promise.all([getSiteIndex(), loadScriptRules()]).then(([index]) => buildQuickIndex(quickRows(index)));
  return cached;
}
