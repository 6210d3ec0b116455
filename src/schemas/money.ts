import { z } from 'astro/zod';
import { currencyCode } from './currency.ts';

const positive = (what: string, whenMissing: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? whenMissing : `${what} must be a number (write 2200000000, not "2.2 billion")`) })
    .positive({ error: `${what} must be greater than zero` });

/**
 * An amount as the source reports it. `usd` is only the US-dollar figure the
 * source itself gives; conversions are derived at build time, never stored here.
 */
export const reportedAmount = z
  .strictObject({
    value: positive('amount value', 'the amount as the source reports it is missing: add value and currency (usd is only the US-dollar figure the source gives besides it)'),
    currency: currencyCode,
    usd: positive('usd', 'usd needs a number').optional().describe('US-dollar figure stated by the source, if any'),
    approximate: z.boolean().optional().describe('the source hedges the figure ("about", "more than")'),
    note: z.string().min(1).optional(),
  })
  .superRefine((amount, ctx) => {
    // In dollars already, the source's dollar figure is the amount itself.
    if (amount.currency === 'USD' && amount.usd !== undefined && amount.usd !== amount.value) {
      ctx.addIssue({ code: 'custom', path: ['usd'], message: `usd (${amount.usd}) differs from value (${amount.value}) although the currency is USD: make them equal or remove usd` });
    }
  });

export type ReportedAmount = z.infer<typeof reportedAmount>;
