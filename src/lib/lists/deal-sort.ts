import { partialDateSortKey } from '../dates/partial-dates.ts';
import { usdValue } from '../money/fx.ts';
import type { Deal } from '../content/entries.ts';
import { compareText } from '../text/compare-text.ts';

/**
 * The orders of the deal table besides newest first (/deals/ itself), each a static list
 * at /deals/sort/<order>/ so a reader without JS can sort too. The in-page form of
 * /deals/ (src/browser/deals-table.ts) offers the same orders and the same rule: a deal
 * without a date, or without a US-dollar figure, goes last whichever way.
 */
export const DEAL_SORTS = [
  { order: 'oldest', label: 'Oldest first' },
  { order: 'largest', label: 'Largest first (USD)' },
  { order: 'smallest', label: 'Smallest first (USD)' },
] as const;

export type DealSortOrder = (typeof DEAL_SORTS)[number]['order'];

/** The label of newest first, the order of /deals/ and of every other deal list. */
export const NEWEST_FIRST = 'Newest first';

/**
 * `deals` (newest first, undated last: the catalog's order) in `order`. Ties keep the
 * order they came in, so the same content always gives the same list.
 */
export function sortDeals(deals: readonly Deal[], order: DealSortOrder): Deal[] {
  if (order === 'oldest') {
    const dated = deals.filter((d) => d.data.date);
    const undated = deals.filter((d) => !d.data.date);
    // A stable sort on the date alone; deals of the same date stay in id order.
    const byDate = dated.map((d) => ({ d, key: partialDateSortKey(d.data.date) }));
    byDate.sort((a, b) => compareText(a.key, b.key) || compareText(a.d.id, b.d.id));
    return [...byDate.map((x) => x.d), ...undated];
  }
  const sign = order === 'largest' ? -1 : 1;
  const sized: { d: Deal; usd: number }[] = [];
  const unsized: Deal[] = [];
  for (const d of deals) {
    const usd = d.data.amount && usdValue(d.data.amount, d.data.date);
    if (usd) sized.push({ d, usd: usd.value });
    else unsized.push(d);
  }
  sized.sort((a, b) => sign * (a.usd - b.usd));
  return [...sized.map((x) => x.d), ...unsized];
}
