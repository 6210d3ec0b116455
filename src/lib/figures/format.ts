import { isCurrencyCode } from '../../schemas/currency.ts';
import type { Figure } from '../../schemas/figure.ts';
import { formatMoney } from '../money/amounts.ts';

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exactly: '',
  about: 'about ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'up-to': 'up to ',
};

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: false });

/** "6.3%", "more than 9%", "US$150 million", "2023": a figure as a reader says it. */
export function formatFigure(f: Figure): string {
  const value =
    f.unit === 'percent'
      ? `${number.format(f.value)}%`
      : isCurrencyCode(f.unit)
        ? formatMoney(f.value, f.unit)
        : f.unit === 'year'
          ? number.format(f.value)
          : `${number.format(f.value)} ${f.unit}`;
  return QUALIFIER_WORDS[f.qualifier] + value;
}
