import type { PartialDate } from '../../schemas/partial-date.ts';
import type { ReportedAmount } from '../../schemas/money.ts';

/**
 * Indicative US-dollar exchange rates (units of currency per US dollar), annual
 * averages rounded to two decimals. Used only where a source reports an amount
 * without a US-dollar figure; every converted figure is shown with its rate and
 * year so a reader can check it. The Hong Kong dollar is pegged in a 7.75–7.85
 * band, so one rate serves every year.
 */
export const USD_RATES: Record<string, { byYear?: Record<number, number>; any?: number }> = {
  CNY: { byYear: { 2017: 6.75, 2018: 6.62, 2019: 6.91, 2020: 6.9, 2021: 6.45, 2022: 6.73, 2023: 7.08, 2024: 7.19 } },
  HKD: { any: 7.8 },
};

export type UsdValue =
  { value: number; basis: 'reported' } | { value: number; basis: 'converted'; rate: number; currency: string; rateYear: number | 'peg' };

/** The amount in US dollars: as the source reports it, or converted at a stated rate; undefined when neither is possible. */
export function usdValue(amount: ReportedAmount, date: PartialDate | undefined): UsdValue | undefined {
  if (amount.currency === 'USD') return { value: amount.value, basis: 'reported' };
  if (amount.usd !== undefined) return { value: amount.usd, basis: 'reported' };
  const table = USD_RATES[amount.currency];
  if (!table) return undefined;
  if (table.any)
    return { value: amount.value / table.any, basis: 'converted', rate: table.any, currency: amount.currency, rateYear: 'peg' };
  const year = date ? Number(date.value.slice(0, 4)) : undefined;
  const rate = year !== undefined ? table.byYear?.[year] : undefined;
  if (!rate || year === undefined) return undefined;
  return { value: amount.value / rate, basis: 'converted', rate, currency: amount.currency, rateYear: year };
}
