import { z } from 'astro/zod';
import { text } from './text.ts';
import { isCurrencyCode } from './currency.ts';
import { entityId, slug } from './ids.ts';

export const FIGURE_QUALIFIERS = ['exactly', 'about', 'more-than', 'less-than', 'up-to'] as const;

/** Digits after the point a figure is displayed with (src/lib/figures/format.ts). */
const FIGURE_DECIMALS = 6;

/**
 * A figure's number: finite, exactly stored (at most 2^53 - 1 in size) and shown
 * as written (no more decimals than are displayed, so 5e-324 is not shown as 0).
 */
export const figureValue = z
  .number({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `the figure is ${Number.isNaN(issue.input) ? 'not a number (.nan)' : 'infinite (too large to be a number)'}: write it in digits, e.g. 48.5`
        : undefined,
  })
  .superRefine((value, ctx) => {
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      ctx.addIssue({
        code: 'custom',
        message: `the figure is larger than ${Number.MAX_SAFE_INTEGER}, beyond which numbers are rounded: check it, or give it in a larger unit (e.g. billion)`,
      });
    } else if (Number(value.toFixed(FIGURE_DECIMALS)) !== value) {
      ctx.addIssue({
        code: 'custom',
        message: `the figure has more than ${FIGURE_DECIMALS} decimals, which are not displayed: round it, or give it in a smaller unit`,
      });
    }
  });

/** Ways of writing "percent" that the page would not read as one (it writes a percent as 48.5%). */
const PERCENT_WORDS = new Set(['%', 'per cent', 'per-cent', 'percent', 'percentage', 'pct']);

/**
 * A figure's unit, written as the page reads it: "percent" (shown 48.5%), "year" (a calendar
 * year, shown 2023), an ISO 4217 currency code in capitals (shown US$150 million), or any
 * other unit word ("vehicles", shown 300 vehicles). A currency code in lower case, or "%",
 * would be shown as a word, and compared as another unit than the same figure written right.
 */
export const figureUnit = text.superRefine((unit, ctx) => {
  const upper = unit.toUpperCase();
  const word = unit.trim().toLowerCase();
  const write = (to: string, message: string) => ctx.addIssue({ code: 'custom', message, params: { fix: `write unit: ${to}` } });
  if (unit !== upper && isCurrencyCode(upper))
    write(upper, `"${unit}" is the currency code ${upper} in lower case: currency codes are ISO 4217 codes, in capitals`);
  else if (PERCENT_WORDS.has(word) && unit !== 'percent')
    write('percent', `a percentage is written "percent" (the page shows it as 48.5%), not "${unit}"`);
  else if (word === 'year' && unit !== 'year')
    write('year', `a calendar year is written "year" (the page shows it as 2023), not "${unit}"`);
});

/**
 * A reported number about a fact. Briefs that report the same fact share its
 * `key`, which lets the site show where sources agree and where they disagree.
 */
export const figure = z.strictObject({
  key: slug.describe('shared id of the fact, e.g. "xiaomi-share-move-2021-03-26"'),
  entity: entityId,
  label: text.describe('what the number is, in English'),
  value: figureValue,
  unit: figureUnit.describe('"percent", "year", an ISO 4217 code in capitals, or a unit word'),
  qualifier: z.enum(FIGURE_QUALIFIERS).default('exactly'),
  measure: text.optional().describe('what exactly is measured when sources could mean different things, e.g. "Hong Kong-listed shares"'),
  note: text.optional(),
});

export type Figure = z.infer<typeof figure>;
