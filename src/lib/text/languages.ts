const names = new Intl.DisplayNames(['en'], { type: 'language' });
// Recent CLDR names bn "Bangla"; English-language news and our readers say "Bengali".
const PREFERRED: Record<string, string> = { bn: 'Bengali' };

/**
 * Per-tag answers, computed once per build: every brief card and every foreign word
 * asks again, tens of thousands of times at scale, and the Intl lookups are not free.
 */
function memo<T>(compute: (tag: string) => T): (tag: string) => T {
  const cache = new Map<string, T>();
  return (tag) => {
    let value = cache.get(tag);
    if (value === undefined) cache.set(tag, (value = compute(tag)));
    return value;
  };
}

/** "Bengali", "Simplified Chinese": the English name of a BCP 47 tag. */
export const languageName = memo((tag: string): string => PREFERRED[tag] ?? names.of(tag) ?? tag);

// Scripts written right to left; Intl.Locale#getTextInfo is not in every runtime yet.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

export const textDirection = memo((tag: string): 'ltr' | 'rtl' => {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
  const info = locale.getTextInfo?.();
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
});

const primaryLanguage = memo((tag: string) => new Intl.Locale(tag).language);

/** The lang and dir an element of text in `tag` carries: none when it is the page's language. */
export function ownLanguage(tag: string): { lang: string; dir: 'ltr' | 'rtl' } | undefined {
  return differsFromPage(tag) ? { lang: tag, dir: textDirection(tag) } : undefined;
}

/** True when `tag` is a different language from the page's, so the element needs its own lang. */
export function differsFromPage(tag: string, pageLang = 'en'): boolean {
  return primaryLanguage(tag) !== primaryLanguage(pageLang);
}
