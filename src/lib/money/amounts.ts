import type { ReportedAmount } from '../../schemas/money.ts';

const compact = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/**
 * "US$348 million", "CNY 2.2 billion", "HKD 22.5": an amount as a reader says it.
 * ISO codes rather than symbols, except for US dollars: "CN¥" or "HK$" next to "$" misleads.
 */
export function formatMoney(value: number, currency: string): string {
  const number = (Math.abs(value) >= 1e6 ? compact : plain).format(value);
  return currency === 'USD' ? `US$${number}` : `${currency} ${number}`;
}

export function formatReportedAmount(amount: ReportedAmount): string {
  const prefix = amount.approximate ? 'about ' : '';
  return prefix + formatMoney(amount.value, amount.currency);
}

/** The US-dollar figure the source itself reports, if any (also when the amount is in USD). */
export function reportedUsd(amount: ReportedAmount): number | undefined {
  if (amount.currency === 'USD') return amount.value;
  return amount.usd;
}
