import { z } from 'astro/zod';
import { text } from './text.ts';
import { BASES, checkBasis } from './basis.ts';

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const SHAPE: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** True when a YYYY-MM-DD string names a day that exists (no 30 February). */
export function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * YAML reads an unquoted year (`value: 2021`) as a number; it is the same date as
 * "2021". Unquoted days (2021-03-28) stay text in YAML 1.2, which the content reader uses.
 */
export function yearAsText(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
}

/**
 * The earliest year a date may name. Years before it are typing slips ("0000",
 * "0202"), and JavaScript dates read years 0-99 as 1900-1999.
 */
export const MIN_YEAR = 1000;

const yearProblem = (value: string): string | undefined => {
  const year = Number(value.slice(0, 4));
  return year < MIN_YEAR ? `year ${value.slice(0, 4)} is before ${MIN_YEAR}: write the year in full, e.g. 2021` : undefined;
};

/** Written like a day (YYYY-MM-DD, YYYY-MM) whatever the numbers; a real one or not. */
const DAY_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_LIKE = /^\d{4}-\d{2}$/;

/** The fix for a YYYY-MM-DD date that names no day (30 February, month 13). */
export const REAL_DAY_FIX = 'write a day that exists: month 01 to 12, and a day the month has (e.g. 2025-02-28, not 2025-02-30)';

/** The message and fix for a value of a YYYY-MM-DD date field that is not a real day. */
export function dayProblem(value: unknown): { message: string; fix: string } {
  return typeof value === 'string' && DAY_LIKE.test(value)
    ? { message: `${value} is not a real calendar day`, fix: REAL_DAY_FIX }
    : { message: 'write the date as YYYY-MM-DD', fix: 'write the day as YYYY-MM-DD, e.g. 2025-02-28' };
}

/**
 * A calendar day written YYYY-MM-DD (quoted or not). The format check aborts, so a value
 * that is no date is not also read for its year. Its fix is added by src/check/zod-issues.ts.
 */
export const isoDay = z.preprocess(
  yearAsText,
  z.iso
    .date({ error: (issue) => dayProblem(issue.input).message, abort: true })
    .refine((value) => !yearProblem(value), { error: (issue) => yearProblem(String(issue.input)) }),
);

/**
 * The first day a date written YYYY, YYYY-MM or YYYY-MM-DD can be (2026-11 → 2026-11-01): a
 * date is after a day only if its first day is, so "2026-11" is after 2026-10-31 and not after
 * 2026-11-05. Valid values are zero-padded, so the days compare as text.
 */
export function earliestDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/**
 * A date known only as precisely as the source allows. `basis` says whether the
 * source states it, we inferred it from the source (saying how in `note`), or it
 * comes from outside the corpus (naming where in `reference`).
 */
export const partialDate = z
  .strictObject({
    value: z.preprocess(yearAsText, z.string()).meta({
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, matching precision',
      // For the published JSON Schema only; the superRefine below checks it with a better message.
      pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$',
    }),
    precision: z.enum(DATE_PRECISIONS),
    basis: z.enum(BASES),
    note: text.optional(),
    reference: text.optional().describe('with basis "outside" only: the publication, filing or URL the date comes from'),
  })
  .superRefine((date, ctx) => {
    const expected = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' }[date.precision];
    const shaped = date.precision === 'day' ? DAY_LIKE : date.precision === 'month' ? MONTH_LIKE : SHAPE.year;
    if (shaped.test(date.value) && !SHAPE[date.precision].test(date.value)) {
      // Written as the precision asks, but month 13 or day 32: no such day (or month).
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${date.value} is not a real calendar ${date.precision}`,
        params: { fix: date.precision === 'day' ? REAL_DAY_FIX : 'write a month from 01 to 12 (e.g. 2025-02)' },
      });
    } else if (!SHAPE[date.precision].test(date.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${date.value}" does not match precision "${date.precision}": write it as ${expected}`,
      });
    } else if (yearProblem(date.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: yearProblem(date.value)! });
    } else if (date.precision === 'day' && !isRealDay(date.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${date.value} is not a real calendar day`, params: { fix: REAL_DAY_FIX } });
    }
    checkBasis(date, ctx, 'date');
  });

export type PartialDate = z.infer<typeof partialDate>;
