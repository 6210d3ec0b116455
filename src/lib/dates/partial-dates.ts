import { BASIS_LABELS } from '../../schemas/basis.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function toUtc(value: string): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

// Formatted dates by value: a build formats the same few thousand days again on every listing.
const formatted = new Map<string, string>();

/** "2018", "Jan 2018" or "28 Mar 2021": a date written no more precisely than it is known. */
export function formatPartialDate(date: Pick<PartialDate, 'value' | 'precision'>): string {
  if (date.precision === 'year') return date.value.slice(0, 4);
  const key = `${date.precision}:${date.value}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = (date.precision === 'month' ? MONTH : DAY).format(toUtc(date.value))));
  return text;
}

/** "Jan 2018, inferred": the date with its basis, for places where readers weigh it. */
export function describePartialDate(date: PartialDate): string {
  return `${formatPartialDate(date)}, ${BASIS_LABELS[date.basis]}`;
}

/** "Jan 2018 (inferred)", "Mar 2017 (outside the corpus)", or just "28 Mar 2021" when the source states it. */
export function partialDateWithBasis(date: PartialDate): string {
  return date.basis === 'stated' ? formatPartialDate(date) : `${formatPartialDate(date)} (${BASIS_LABELS[date.basis]})`;
}

/** Sort key that orders partial dates chronologically; a bare year sorts before its months. */
export function partialDateSortKey(date: Pick<PartialDate, 'value'> | undefined): string {
  return date?.value ?? '';
}

export function yearOf(date: Pick<PartialDate, 'value'> | undefined): number | undefined {
  return date ? Number(date.value.slice(0, 4)) : undefined;
}

/** Machine-readable value for <time datetime>: valid for year, month and day precision alike. */
export function datetimeAttribute(date: Pick<PartialDate, 'value'>): string {
  return date.value;
}

export function formatIsoDay(value: string): string {
  return DAY.format(toUtc(value));
}
