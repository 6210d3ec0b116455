import { usdValue } from './fx.ts';
import type { Deal } from '../content/entries.ts';
import { compareText } from '../text/compare-text.ts';

const INVESTOR_ROLES = new Set(['lead', 'co-lead', 'participant', 'investor', 'acquirer']);

/** Amounts in one currency that have no US-dollar figure: summed in that currency, never mixed with others. */
export interface UnconvertedTotal {
  currency: string;
  value: number;
  deals: number;
  /** Whether any amount in the sum is one the source hedges ("about"). */
  approximate: boolean;
}

export interface InvestorTotal {
  entity: string;
  deals: number;
  /** Sum in US dollars of the deals with a US-dollar figure (whole deal sizes, not the investor's share). */
  usd: number;
  /** How many deals the US-dollar sum holds. */
  inUsd: number;
  /** How many of those US-dollar figures were converted rather than reported. */
  converted: number;
  /** Whether any amount in the US-dollar sum is one the source hedges ("about"). */
  usdApproximate: boolean;
  /**
   * Reported amounts with no US-dollar figure (no rate for their currency or year),
   * one sum per currency, by currency code: different currencies are never added up.
   */
  unconverted: UnconvertedTotal[];
  /** Deals whose size is not reported. */
  withoutAmount: number;
}

/** Per investor: how many deals, and the total size of those with an amount. One pass over the deals. */
export function investorTotals(deals: readonly Deal[]): InvestorTotal[] {
  const totals = new Map<string, InvestorTotal & { byCurrency: Map<string, UnconvertedTotal> }>();
  for (const d of deals) {
    const amount = d.data.amount;
    const usd = amount ? usdValue(amount, d.data.date) : undefined;
    for (const entity of new Set(d.data.parties.filter((p) => INVESTOR_ROLES.has(p.role)).map((p) => p.entity))) {
      let t = totals.get(entity);
      if (!t) {
        t = {
          entity,
          deals: 0,
          usd: 0,
          inUsd: 0,
          converted: 0,
          usdApproximate: false,
          unconverted: [],
          withoutAmount: 0,
          byCurrency: new Map(),
        };
        totals.set(entity, t);
      }
      t.deals++;
      if (!amount) {
        t.withoutAmount++;
        continue;
      }
      if (usd) {
        t.usd += usd.value;
        t.inUsd++;
        if (amount.approximate) t.usdApproximate = true;
        if (usd.basis === 'converted') t.converted++;
      } else {
        let sum = t.byCurrency.get(amount.currency);
        if (!sum) t.byCurrency.set(amount.currency, (sum = { currency: amount.currency, value: 0, deals: 0, approximate: false }));
        sum.value += amount.value;
        sum.deals++;
        if (amount.approximate) sum.approximate = true;
      }
    }
  }
  return [...totals.values()]
    .map(({ byCurrency, ...t }) => ({ ...t, unconverted: [...byCurrency.values()].sort((a, b) => compareText(a.currency, b.currency)) }))
    .sort((a, b) => b.usd - a.usd || b.deals - a.deals || compareText(a.entity, b.entity));
}
