import { z } from 'astro/zod';

// The one list of ISO 4217 codes: the runtime's Intl data, so validation, formatting and ingest agree.
const iso4217 = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is an ISO 4217 currency code the runtime knows (capitals, as "USD"). */
export function isCurrencyCode(code: string): boolean {
  return iso4217.has(code);
}

/** Names and signs written for a currency in place of its code. "$" and "¥" name several, so they get a list. */
const CODE_FOR: Readonly<Record<string, string>> = {
  RMB: 'CNY',
  'CN¥': 'CNY',
  YUAN: 'CNY',
  RENMINBI: 'CNY',
  '€': 'EUR',
  EURO: 'EUR',
  EUROS: 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  US$: 'USD',
  HK$: 'HKD',
  NT$: 'TWD',
  S$: 'SGD',
  A$: 'AUD',
  C$: 'CAD',
  R$: 'BRL',
  '₩': 'KRW',
  '₽': 'RUB',
  RUR: 'RUB',
  YEN: 'JPY',
  RP: 'IDR',
  RM: 'MYR',
  '₺': 'TRY',
  '₴': 'UAH',
  '₫': 'VND',
  '₱': 'PHP',
  '৳': 'BDT',
  '₦': 'NGN',
  $: 'the code of the dollar the source means: USD, HKD, SGD, AUD, CAD…',
  '¥': 'CNY for yuan, JPY for yen',
};

/** An ISO 4217 currency code known to the runtime's Intl data, e.g. "USD", "CNY", "HKD". */
export const currencyCode = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'the currency is missing: add the ISO 4217 code of the amount as reported (examples: USD, CNY, HKD)'
        : 'write the currency as an ISO 4217 code (examples: USD, CNY, HKD)',
  })
  .refine(isCurrencyCode, {
    error: (issue) => {
      const code = String(issue.input);
      const upper = code.toUpperCase();
      if (isCurrencyCode(upper)) return `write the currency code in capitals: "${upper}"`;
      const meant = CODE_FOR[upper.trim()];
      if (meant) return `"${code}" is not an ISO 4217 currency code: write ${meant.length === 3 ? `"${meant}"` : meant}`;
      return `"${code}" is not an ISO 4217 currency code (examples: USD, CNY, HKD, EUR)`;
    },
  })
  // The shape, for the published JSON Schema (the Intl check above does not translate to one).
  .meta({ pattern: '^[A-Z]{3}$' });
