// Digits of every numbering system, and number parsing that copes with the world's separators.
// Hand-written because no registry library both maps all decimal digit systems and reads
// "1.234,5" / "1,234.5" / "22,50" / "১.৮" by the source language's convention.

/** Each decimal digit (\p{Nd}) of every numbering system ICU knows, mapped to its value 0–9. */
const DIGIT_VALUE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const system of Intl.supportedValuesOf('numberingSystem')) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
    } catch {
      continue;
    }
    for (let d = 0; d <= 9; d++) {
      const glyph = format.format(d);
      // Only true decimal digits ("hanidec" spells 一二三 with letters that are words too), and only
      // those in the Basic Multilingual Plane, so that replacing them keeps every string offset.
      if (glyph.length === 1 && /^\p{Nd}$/u.test(glyph)) map.set(glyph, d);
    }
  }
  return map;
})();

/** Arabic decimal and thousands separators, and fullwidth punctuation, as their ASCII counterparts. */
const SEPARATORS: Record<string, string> = { '\u066B': '.', '\u066C': ',', '\uFF0E': '.', '\uFF0C': ',', '\u060C': ',' };

/**
 * Replaces every decimal digit of any script with its ASCII digit, and script separators with ASCII
 * ones. The result has the same length as the input, so offsets found in it point into the original.
 */
export function asciiDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const d = DIGIT_VALUE.get(ch);
    out += d !== undefined ? String(d) : (SEPARATORS[ch] ?? ch);
  }
  return out;
}

/** Languages that write a decimal comma ("6,3 %", "HK$22,50"); others use a decimal point. */
const DECIMAL_COMMA = new Set([
  'af',
  'az',
  'be',
  'bg',
  'bs',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'gl',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'ka',
  'kk',
  'ky',
  'lt',
  'lv',
  'mk',
  'mn',
  'ms',
  'nb',
  'nl',
  'nn',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
  'uz',
  'vi',
]);

export function usesDecimalComma(lang: string | undefined): boolean {
  return DECIMAL_COMMA.has((lang ?? '').split('-')[0]!);
}

/**
 * A number written with ASCII digits and separators, as one regex source: digits with optional
 * grouping (comma, point, apostrophe or spaces) and an optional decimal part.
 */
export const NUMBER_SOURCE = String.raw`(?:\d{1,3}(?:[\u00A0\u202F\u2009 ]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,']\d+)*)`;

/**
 * Reads a number written with ASCII digits ("1,234.5", "1.234,5", "22,50", "10 000", "1,00,000").
 * A lone separator followed by exactly three digits is a thousands separator unless the language
 * writes a decimal comma/point that way; any other lone separator is the decimal mark.
 */
export function parseNumber(raw: string, lang?: string): number | undefined {
  const text = raw.replace(/[\u00A0\u202F\u2009 ']/g, (m) => (m === "'" ? ',' : ' ')).trim();
  if (!/^\d[\d., ]*$/.test(text)) return undefined;
  // Spaces only ever group thousands.
  const compact = text.replace(/ (?=\d{3}(?!\d))/g, '');
  if (/ /.test(compact)) return undefined;
  const seps = compact.match(/[.,]/g) ?? [];
  let normal: string;
  if (seps.length === 0) {
    normal = compact;
  } else {
    const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
    const lastSep = compact[last]!;
    const distinct = new Set(seps);
    if (distinct.size === 2) {
      // "1.234,56" or "1,234.56": the last one is the decimal mark.
      const group = lastSep === '.' ? ',' : '.';
      if (compact.slice(last + 1).includes(group)) return undefined;
      normal = compact.slice(0, last).split(group).join('') + '.' + compact.slice(last + 1);
    } else if (seps.length > 1) {
      // "1,234,567", "1.234.567" or Indian "1,00,00,000": all grouping.
      normal = compact.split(lastSep).join('');
    } else {
      const after = compact.slice(last + 1);
      const decimalMark = usesDecimalComma(lang) ? ',' : '.';
      const isGrouping = after.length === 3 && lastSep !== decimalMark && !compact.startsWith('0' + lastSep);
      normal = isGrouping ? compact.replace(lastSep, '') : compact.replace(lastSep, '.');
    }
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}
