import { partialDateWithBasis, yearOf } from '../dates/partial-dates.ts';
import { formatMoney, formatReportedAmount, reportedUsd } from '../money/amounts.ts';
import { typeFilter } from './facets.ts';
import { MENTION_SEPARATOR, NAME_SEPARATOR } from './text.ts';
import { dealPath, type Catalog } from '../content/catalog.ts';
import type { Deal } from '../content/entries.ts';

export interface DealSearchRecord {
  path: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const words = (s: string) => s.replace(/-/g, ' ');

/**
 * One search record per deal, pointing at its row on its home brief's page, made of the same
 * facts its table row shows (title, parties and roles, amounts, round, status; its kind is in
 * its metadata). The names of its parties go into the `mentions` metadata, as a brief's do: a
 * deal is found by any name of a party, and its excerpt stays the row's facts.
 */
export function dealSearchRecords(index: Catalog): DealSearchRecord[] {
  return index.deals.map((d) => {
    const parties = d.data.parties.map((p) => {
      const e = index.entity.get(p.entity);
      const names = [...new Set([e?.data.name ?? p.entity, ...(e?.data.aliases.map((a) => a.name) ?? [])])];
      return { label: `${names[0]} (${words(p.role)})`, names: names.join(NAME_SEPARATOR) };
    });
    const a = d.data.amount;
    const usd = a && reportedUsd(a);
    const amount = a ? `${formatReportedAmount(a)}${usd && a.currency !== 'USD' ? `, ${formatMoney(usd, 'USD')}` : ''}` : '';
    const year = yearOf(d.data.date);
    // The kind is the result's meta line ("Deal · partnership"), searchable there; an excerpt
    // is cut from the words after the title (src/lib/search/excerpt.ts).
    const status = words(d.data.status);
    const content = [
      d.data.title,
      parties.map((p) => p.label).join(', '),
      amount,
      d.data.round ?? '',
      status.charAt(0).toUpperCase() + status.slice(1),
    ]
      .filter(Boolean)
      .join('. ');
    return {
      path: dealPath(index, d.id),
      content,
      meta: { ...dealSearchMeta(d), mentions: [...new Set(parties.map((p) => p.names))].join(MENTION_SEPARATOR) },
      filters: { type: typeFilter('Deal'), ...(year ? { year: [String(year)] } : {}) },
    };
  });
}

/** What a deal's search result shows: its title, "Deal · kind", and its date with its basis. */
export function dealSearchMeta(d: Deal): Record<string, string> {
  return {
    title: d.data.title,
    type: `Deal · ${words(d.data.kind)}`,
    ...(d.data.date ? { date: partialDateWithBasis(d.data.date) } : {}),
  };
}
