import { stringify } from 'csv-stringify/sync';
import { reportedUsd } from '../money/amounts.ts';
import type { DealRecord } from '../../schemas/exports.ts';

/** Columns of /data/deals.csv, in order, with what each holds (docs/open-data.md lists them too). */
export const DEAL_CSV_COLUMNS = [
  ['id', 'deal id'],
  ['url', "absolute address of the deal's row on its brief's page"],
  ['date', 'YYYY, YYYY-MM or YYYY-MM-DD; empty when no source dates the deal'],
  ['date_precision', 'day, month or year'],
  ['date_basis', 'stated (by the source), inferred (by us from the source) or outside (from outside the corpus)'],
  ['date_reference', 'where a date with basis outside comes from; empty otherwise'],
  ['kind', 'funding-round, stake-purchase, investment, …'],
  ['status', 'rumoured, in-talks, announced, planned, under-way, completed or abandoned'],
  ['title', 'English title'],
  ['parties', 'entity:role pairs separated by "; "'],
  ['amount_value', 'the amount as the source reports it'],
  ['amount_currency', 'ISO 4217 code of amount_value'],
  ['amount_usd', 'the US-dollar figure the source itself reports (the amount when it is in USD); empty otherwise, never a conversion'],
  ['amount_approximate', 'true when the source hedges the figure; false when it does not; empty without an amount'],
  ['round', 'round label as reported, e.g. "Series B"'],
  ['stake_percent', 'stake bought, in percent'],
  ['stake_basis', 'stated, inferred or outside, as for the date; empty without a stake'],
  ['stake_reference', 'where a stake with basis outside comes from; empty otherwise'],
  ['briefs', 'ids of the briefs the deal comes from, separated by "; "'],
] as const;

export type DealCsvColumn = (typeof DEAL_CSV_COLUMNS)[number][0];

/** Separates several values inside one cell (parties, briefs). */
export const LIST_SEPARATOR = '; ';

/** One CSV row of a deal record; numbers stay numbers so the writer never treats them as text. */
export function dealCsvRow(deal: DealRecord): Record<DealCsvColumn, string | number> {
  const { amount, date } = deal;
  return {
    id: deal.id,
    url: deal.url,
    date: date?.value ?? '',
    date_precision: date?.precision ?? '',
    date_basis: date?.basis ?? '',
    date_reference: date?.reference ?? '',
    kind: deal.kind,
    status: deal.status,
    title: deal.title,
    parties: deal.parties.map((p) => `${p.entity}:${p.role}`).join(LIST_SEPARATOR),
    amount_value: amount?.value ?? '',
    amount_currency: amount?.currency ?? '',
    amount_usd: (amount && reportedUsd(amount)) ?? '',
    amount_approximate: amount ? String(amount.approximate === true) : '',
    round: deal.round ?? '',
    stake_percent: deal.stake?.percent ?? '',
    stake_basis: deal.stake?.basis ?? '',
    stake_reference: deal.stake?.reference ?? '',
    briefs: deal.briefs.join(LIST_SEPARATOR),
  };
}

/** A line start a spreadsheet may read as a formula: =, +, -, @, or a tab or CR before anything. */
const FORMULA_LINE_START = /(^|\n)(?=[=+\-@\t\r])/g;

/**
 * Formula-injection guard on a text cell: a leading ' before every line that starts
 * like a formula, so a spreadsheet shows it as text instead of running it. Every
 * line, not only the first: a reader that splits a quoted cell on line feeds (or a
 * spreadsheet pasting it) sees each line as the start of a cell. Numbers are never
 * passed here, so they stay numbers.
 */
export const guardFormulas = (text: string): string => text.replace(FORMULA_LINE_START, "$1'");

/**
 * /data/deals.csv: one row per deal, header row first. RFC 4180: fields holding a
 * comma, quote or line break are quoted, quotes doubled, CRLF line ends; UTF-8
 * without a byte-order mark. csv-stringify quotes a field holding the record
 * delimiter (CRLF) but not a bare LF or CR, so `quoted_match` quotes any field
 * holding either: otherwise a line feed inside a title would split the row.
 * Text cells pass through guardFormulas; characters XML would refuse never get
 * here (the check refuses them, src/lib/content/unsafe-characters.ts).
 */
export function dealsCsv(deals: DealRecord[]): string {
  return stringify(deals.map(dealCsvRow), {
    header: true,
    columns: DEAL_CSV_COLUMNS.map(([key]) => key),
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: { string: guardFormulas },
  });
}
