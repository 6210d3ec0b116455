import { z } from 'astro/zod';
import { text } from './text.ts';
import { currencyCode } from './currency.ts';

/**
 * The largest amount accepted: beyond 2^53 - 1 a number is no longer stored
 * exactly (123456789012345678901234567890 would be silently rounded), and no
 * deal in any currency comes near it.
 */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;
/** The smallest: one hundredth, the precision amounts are displayed with. */
export const MIN_AMOUNT = 0.01;

/** Why `value` is not an amount that can be stored exactly and displayed honestly, or undefined. */
export function amountProblem(what: string, value: number): string | undefined {
  if (Number.isNaN(value)) return `${what} is not a number (.nan): write the amount in digits, e.g. 2200000000`;
  if (!Number.isFinite(value))
    return `${what} is too large to be a number (it overflows to infinity): write the amount in digits, e.g. 2200000000`;
  if (value <= 0) return `${what} must be greater than zero: write the amount as the source reports it`;
  if (value > MAX_AMOUNT)
    return `${what} is larger than ${MAX_AMOUNT}, beyond which numbers are rounded: check the figure (write it in full digits, without exponent)`;
  if (value < MIN_AMOUNT) return `${what} is smaller than ${MIN_AMOUNT}, which would be displayed as 0: check the figure`;
  if (Number(value.toFixed(2)) !== value) return `${what} has more than two decimals, which are not displayed: round it to cents`;
  return undefined;
}

const positive = (what: string, whenMissing: string) =>
  z
    .number({
      error: (issue) => {
        if (issue.input === undefined) return whenMissing;
        // zod refuses Infinity and NaN as "not a number" before any refinement: say what they are.
        if (typeof issue.input === 'number') return amountProblem(what, issue.input);
        return `${what} must be a number (write 2200000000, not "2.2 billion")`;
      },
    })
    .superRefine((value, ctx) => {
      const problem = amountProblem(what, value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/**
 * An amount as the source reports it. `usd` is only the US-dollar figure the
 * source itself gives; conversions are derived at build time, never stored here.
 */
export const reportedAmount = z
  .strictObject({
    value: positive(
      'amount value',
      'the amount as the source reports it is missing: add value and currency (usd is only the US-dollar figure the source gives besides it)',
    ),
    currency: currencyCode,
    usd: positive('usd', 'usd needs a number').optional().describe('US-dollar figure stated by the source, if any'),
    approximate: z.boolean().optional().describe('the source hedges the figure ("about", "more than")'),
    note: text.optional(),
  })
  .superRefine((amount, ctx) => {
    // In dollars already, the source's dollar figure is the amount itself.
    if (amount.currency === 'USD' && amount.usd !== undefined && amount.usd !== amount.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['usd'],
        message: `usd (${amount.usd}) differs from value (${amount.value}) although the currency is USD: make them equal or remove usd`,
      });
    }
  });

export type ReportedAmount = z.infer<typeof reportedAmount>;
