import type { ContentIssue } from './issue.ts';
import type { Collections } from '../lib/content/entries.ts';
import type { PartialDate } from '../schemas/partial-date.ts';

/** Kiribati's offset, the furthest ahead of UTC: a day has begun somewhere once it has begun there. */
const FURTHEST_AHEAD_MS = 14 * 60 * 60 * 1000;

/**
 * Today as YYYY-MM-DD, in the time zone furthest ahead (UTC+14): the latest day anywhere on
 * Earth. A date after it has begun nowhere, so an editor ahead of the machine that runs the
 * check (a build server on UTC) is never told that their today is in the future.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + FURTHEST_AHEAD_MS).toISOString().slice(0, 10);
}

/**
 * True when a date written YYYY, YYYY-MM or YYYY-MM-DD lies wholly after `today` (YYYY-MM-DD):
 * it is compared at its own precision, so on 2026-12-03 the month 2026-12 and the year 2026
 * are not in the future, and 2027-01 is. Validated dates are zero-padded, so text order is
 * date order.
 */
export function isAfter(value: string, today: string): boolean {
  return value > today.slice(0, value.length);
}

/** "the article's date" and, at month or year precision, "(the month 2027-01)". */
const describe = (what: string, date: { value: string; precision: PartialDate['precision'] }) =>
  date.precision === 'day' ? what : `${what} (the ${date.precision} ${date.value})`;

/**
 * Warnings for dates after today: a published brief's `published`, `updated` and article date
 * (`source.date`), and a deal's `date`. Usually a slip of the year, but an editor may date a
 * brief ahead on purpose, and the site publishes it as dated, so they are warnings. A draft's
 * dates are left alone until it is published: the date may be when it is meant to appear.
 *
 * This depends on the day it runs, so it runs on every check from the validated entries and
 * is never part of a file's reading, which the build keeps while the file is unchanged
 * (src/loaders/kept-readings.ts): a kept warning would outlive the day it was true.
 */
export function checkFutureDates(c: Collections, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const warn = (issue: Omit<ContentIssue, 'severity'>) => issues.push({ severity: 'warning', ...issue });
  for (const b of c.briefs) {
    if (b.data.status !== 'published') continue;
    const at = { collection: 'briefs' as const, id: b.id, file: b.filePath };
    const { published, updated } = b.data;
    // Each day-precision date of the brief itself, with what the next build does with it.
    const own = [
      [
        'published',
        'publication',
        published,
        `the site does not wait for the date: the next build publishes the brief, dated ${published}`,
      ],
      ['updated', 'update', updated, `the next build shows the brief as updated ${updated}`],
    ] as const;
    for (const [field, what, value, then] of own)
      if (value && isAfter(value, today))
        warn({ ...at, field, value, message: `the ${what} date is after today (${today})`, fix: `check the year, month and day; ${then}` });
    const date = b.data.source.date;
    if (date && isAfter(date.value, today))
      warn({
        ...at,
        field: 'source.date.value',
        value: date.value,
        message: `${describe("the article's date", date)} is after today (${today})`,
        fix: 'check the year: an article cannot be dated later than today (the brief is published as dated)',
      });
  }
  for (const d of c.deals) {
    const date = d.data.date;
    if (date && isAfter(date.value, today))
      warn({
        collection: 'deals',
        id: d.id,
        file: d.filePath,
        field: 'date.value',
        value: date.value,
        message: `${describe("the deal's date", date)} is after today (${today})`,
        fix: 'check the year: a deal is dated when it was made or reported, and lists and timelines show it under that date',
      });
  }
  return issues;
}
