import { z } from 'astro/zod';

const iso4217 = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code known to the runtime's Intl data, e.g. "USD", "CNY", "HKD". */
export const currencyCode = z.string().refine((code) => iso4217.has(code), {
  error: (issue) =>
    `"${String(issue.input)}" is not an ISO 4217 currency code (examples: USD, CNY, HKD, EUR)`,
});
