import { z } from 'astro/zod';

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
 * Astro's YAML reader turns an unquoted 2021-03-28 into a Date and 2021 into a
 * number; the checker's reader keeps strings. Both become the same string here.
 */
export function dateText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
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

/** A calendar day written YYYY-MM-DD (quoted or not). */
export const isoDay = z.preprocess(
  dateText,
  z.iso.date({ error: 'write the date as YYYY-MM-DD' }).refine((value) => !yearProblem(value), { error: (issue) => yearProblem(String(issue.input)) }),
);

/**
 * A date known only as precisely as the source allows. `basis` says whether the
 * source states it or we inferred it; an inferred date must say how in `note`.
 */
export const partialDate = z
  .strictObject({
    value: z.preprocess(dateText, z.string()).meta({
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, matching precision',
      // For the published JSON Schema only; the superRefine below checks it with a better message.
      pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$',
    }),
    precision: z.enum(DATE_PRECISIONS),
    basis: z.enum(['stated', 'inferred']),
    note: z.string().min(1).optional(),
  })
  .superRefine((date, ctx) => {
    const expected = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' }[date.precision];
    if (!SHAPE[date.precision].test(date.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${date.value}" does not match precision "${date.precision}": write it as ${expected}`,
      });
    } else if (yearProblem(date.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: yearProblem(date.value)! });
    } else if (date.precision === 'day' && !isRealDay(date.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${date.value} is not a real calendar day` });
    }
    if (date.basis === 'inferred' && !date.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'an inferred date needs a note saying how it was inferred',
      });
    }
  });

export type PartialDate = z.infer<typeof partialDate>;
