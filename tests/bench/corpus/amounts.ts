// Amounts as a news article in each language would write them.
import type { TextLanguage } from './phrases.ts';

export const CURRENCIES = ['USD', 'CNY', 'HKD', 'EUR', 'IDR', 'RUB'] as const;
export type BenchCurrency = (typeof CURRENCIES)[number];

const UNIT_NAMES: Record<TextLanguage, Record<BenchCurrency, string>> = {
  en: { USD: 'US$', CNY: 'yuan', HKD: 'HK$', EUR: 'EUR', IDR: 'Rp', RUB: 'roubles' },
  'zh-Hans': { USD: '美元', CNY: '元', HKD: '港元', EUR: '欧元', IDR: '印尼盾', RUB: '卢布' },
  ru: { USD: 'долларов', CNY: 'юаней', HKD: 'гонконгских долларов', EUR: 'евро', IDR: 'рупий', RUB: 'рублей' },
  bn: { USD: 'ডলার', CNY: 'ইউয়ান', HKD: 'হংকং ডলার', EUR: 'ইউরো', IDR: 'রুপিয়া', RUB: 'রুবল' },
  id: { USD: 'US$', CNY: 'yuan', HKD: 'dolar Hong Kong', EUR: 'euro', IDR: 'Rp', RUB: 'rubel' },
  es: { USD: 'dólares', CNY: 'yuanes', HKD: 'dólares de Hong Kong', EUR: 'euros', IDR: 'rupias', RUB: 'rublos' },
};

const BENGALI_DIGITS = '০১২৩৪৫৬৭৮৯';
const bengaliDigits = (s: string) => s.replace(/[0-9]/g, (d) => BENGALI_DIGITS[Number(d)]!);
const trim = (x: number) => String(Number(x.toFixed(1)));

/** 2_200_000_000 CNY → "2.2 billion yuan", "22亿元", "2,2 млрд юаней", "২২০ কোটি ইউয়ান" … */
export function formatAmount(value: number, currency: BenchCurrency, lang: TextLanguage): string {
  const unit = UNIT_NAMES[lang][currency];
  const billions = value >= 1e9;
  const scaled = trim(billions ? value / 1e9 : value / 1e6);
  switch (lang) {
    case 'en': {
      const number = `${scaled} ${billions ? 'billion' : 'million'}`;
      return ['US$', 'HK$', 'EUR', 'Rp'].includes(unit)
        ? `${unit}${unit === 'EUR' || unit === 'Rp' ? ' ' : ''}${number}`
        : `${number} ${unit}`;
    }
    case 'zh-Hans':
      return value >= 1e8 ? `${trim(value / 1e8)}亿${unit}` : `${trim(value / 1e4)}万${unit}`;
    case 'ru':
      return `${scaled.replace('.', ',')} ${billions ? 'млрд' : 'млн'} ${unit}`;
    case 'bn':
      return `${bengaliDigits(trim(value / 1e7))} কোটি ${unit}`;
    case 'id': {
      const number = `${scaled.replace('.', ',')} ${billions ? 'miliar' : 'juta'}`;
      return unit === 'US$' || unit === 'Rp' ? `${unit} ${number}` : `${number} ${unit}`;
    }
    case 'es':
      return `${scaled.replace('.', ',')} ${billions ? 'mil millones' : 'millones'} de ${unit}`;
  }
}

/** Digits as the language writes them in running text. */
export function formatCount(n: number, lang: TextLanguage): string {
  return lang === 'bn' ? bengaliDigits(String(n)) : String(n);
}
