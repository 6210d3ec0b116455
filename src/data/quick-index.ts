import { buildQuickIndex, quickRows, type QuickIndex } from '../lib/quick-index.ts';
import { getSiteIndex } from './site.ts';

let cached: Promise<QuickIndex> | undefined;

/** The header box's quick index (src/lib/quick-index.ts), built once per build from the site index. */
export function getQuickIndex(): Promise<QuickIndex> {
  cached ??= getSiteIndex().then((index) => buildQuickIndex(quickRows(index)));
  return cached;
}
