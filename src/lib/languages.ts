const names = new Intl.DisplayNames(['en'], { type: 'language' });
// Recent CLDR names bn "Bangla"; English-language news and our readers say "Bengali".
const PREFERRED: Record<string, string> = { bn: 'Bengali' };

/** "Bengali", "Simplified Chinese": the English name of a BCP 47 tag. */
export function languageName(tag: string): string {
  return PREFERRED[tag] ?? names.of(tag) ?? tag;
}

// Scripts written right to left; Intl.Locale#getTextInfo is not in every runtime yet.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
  const info = locale.getTextInfo?.();
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** True when `tag` is a different language from the page's, so the element needs its own lang. */
export function differsFromPage(tag: string, pageLang = 'en'): boolean {
  return new Intl.Locale(tag).language !== new Intl.Locale(pageLang).language;
}
