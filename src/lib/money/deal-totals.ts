import { usdValue } from './fx.ts';
import type { Deal } from '../content/entries.ts';
import { compareText } from '../text/compare-text.ts';

const INVESTOR_ROLES = new Set(['lead', 'co-lead', 'participant', 'investor', 'acquirer']);

export interface InvestorTotal {
  entity: string;
  deals: number;
  /** Sum in US dollars of the deals with a known amount (whole deal sizes, not the investor's share). */
  usd: number;
  /** How many of those US-dollar figures were converted rather than reported. */
  converted: number;
  /** Deals whose size is not reported. */
  withoutAmount: number;
}

/** Per investor: how many deals, and the total size of those with an amount. One pass over the deals. */
export function investorTotals(deals: readonly Deal[]): InvestorTotal[] {
  const totals = new Map<string, InvestorTotal>();
  for (const d of deals) {
    const usd = d.data.amount ? usdValue(d.data.amount, d.data.date) : undefined;
    for (const entity of new Set(d.data.parties.filter((p) => INVESTOR_ROLES.has(p.role)).map((p) => p.entity))) {
      let t = totals.get(entity);
      if (!t) totals.set(entity, (t = { entity, deals: 0, usd: 0, converted: 0, withoutAmount: 0 }));
      t.deals++;
      if (usd) {
        t.usd += usd.value;
        if (usd.basis === 'converted') t.converted++;
      } else t.withoutAmount++;
    }
  }
  return [...totals.values()].sort((a, b) => b.usd - a.usd || b.deals - a.deals || compareText(a.entity, b.entity));
}
