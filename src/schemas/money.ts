import { z } from 'astro/zod';
import { currencyCode } from './currency.ts';

const positive = (what: string) =>
  z.number({ error: `${what} must be a number (write 2200000000, not "2.2 billion")` }).positive({
    error: `${what} must be greater than zero`,
  });

/**
 * An amount as the source reports it. `usd` is only the US-dollar figure the
 * source itself gives; conversions are derived at build time, never stored here.
 */
export const reportedAmount = z.strictObject({
  value: positive('amount value'),
  currency: currencyCode,
  usd: positive('usd').optional().describe('US-dollar figure stated by the source, if any'),
  approximate: z.boolean().optional().describe('the source hedges the figure ("about", "more than")'),
  note: z.string().min(1).optional(),
});

export type ReportedAmount = z.infer<typeof reportedAmount>;
