import { foldWord, loadScriptRules, rulesFor } from './script-rules.ts';
import { stemmersNamed } from './word-forms.ts';
import { hasStemmer, registerStemmer, stem } from './stem-registry.ts';

/**
 * Stemmers named by the word rules of src/lib/search/languages.ts, applied to query
 * words: each cuts a word to a stem that the word's other forms start with, and Pagefind
 * matches query words as prefixes, so "электромобиль" finds "электромобили" and
 * "δορυφόρων" finds "δορυφόρους". Each is fetched only when a query is in its script
 * (one stemmer outweighs the rest of the search page's code): loadStemmer first.
 */
const STEMMERS: Record<string, () => Promise<{ stemmer: (word: string) => string }>> = {
  russian: () => import('@orama/stemmers/russian'),
  ukrainian: () => import('@orama/stemmers/ukrainian'),
  greek: () => import('@orama/stemmers/greek'),
  hindi: () => import('@orama/stemmers/indian'),
  // Retried on a Latin query word that no page has (`retryStemmers` in src/lib/search/languages.ts).
  turkish: () => import('@orama/stemmers/turkish'),
  // Not a Snowball stemmer: takes a Swahili noun's class prefix off (viwanda → wanda, as kiwanda is indexed).
  swahili: () => import('./languages/swahili-classes.ts'),
  // Not Snowball stemmers either: Zulu's prefixes, Somali's endings, Catalan's plurals, Basque's cases (each file says why).
  nguni: () => import('./languages/nguni-prefixes.ts'),
  somali: () => import('./languages/somali-suffixes.ts'),
  catalan: () => import('./languages/catalan-plurals.ts'),
  basque: () => import('./languages/basque-cases.ts'),
  serbian: () => import('@orama/stemmers/serbian'),
  // Bulgarian's and Macedonian's definite articles (the file says why these and not Snowball's).
  bulgarian: () => import('./languages/south-slavic-articles.ts').then((m) => ({ stemmer: m.bulgarian })),
  macedonian: () => import('./languages/south-slavic-articles.ts').then((m) => ({ stemmer: m.macedonian })),
  // Mongolian's case endings that Russian words end in too (the file says which).
  mongolian: () => import('./languages/mongolian-cases.ts'),
  // Serbian's stemmer for a Cyrillic word, its stem given back in Cyrillic letters (the file says why).
  'serbian-cyrillic': () => import('./languages/serbian-cyrillic.ts'),
  spanish: () => import('@orama/stemmers/spanish'),
  portuguese: () => import('@orama/stemmers/portuguese'),
  italian: () => import('@orama/stemmers/italian'),
  french: () => import('@orama/stemmers/french'),
  german: () => import('@orama/stemmers/german'),
  dutch: () => import('@orama/stemmers/dutch'),
  danish: () => import('@orama/stemmers/danish'),
  swedish: () => import('@orama/stemmers/swedish'),
  norwegian: () => import('@orama/stemmers/norwegian'),
  finnish: () => import('@orama/stemmers/finnish'),
  romanian: () => import('@orama/stemmers/romanian'),
  hungarian: () => import('@orama/stemmers/hungarian'),
  lithuanian: () => import('@orama/stemmers/lithuanian'),
  irish: () => import('@orama/stemmers/irish'),
};

/** The fewest letters a retry stem keeps (retryStems). */
const MIN_RETRY_STEM = 4;

/** Fetches the stemmer `name`; resolves at once when it is here. */
export async function loadStemmer(name: string): Promise<void> {
  if (hasStemmer(name)) return;
  const load = STEMMERS[name];
  if (!load) throw new Error(`No stemmer is named "${name}" (see src/lib/search/stemmers.ts).`);
  registerStemmer(name, (await load()).stemmer);
}

export { stem };

/**
 * Fetches what analysing the query `text` needs: the word rules of its scripts and the
 * stemmers they name; without `text`, those of every script. Resolves at once when they are
 * here. /search/ awaits it before analysing a query (the header box fetches only the few stemmers it uses:
 * src/browser/quick-search-client.ts).
 */
export async function loadQueryRules(text?: string): Promise<void> {
  const entries = await loadScriptRules(text);
  await Promise.all(entries.flatMap((e) => stemmersNamed(e).map(loadStemmer)));
}

/**
 * The stems of an analysed query word that no page has, by the retry stemmers its entry names
 * (`retryStemmers` in src/lib/search/languages.ts) for the languages `langs` the site's briefs are
 * written in, each fetched on demand: distinct, other than the word, and of four letters or more
 * (a stemmer may cut a word of another language to a letter or two, which the bounds above lengthen
 * to three from the word's start: Swahili tunda cut as Turkish found Yoruba tuntun). `typed`: the
 * word as the reader typed it, stemmed too, since the analysis folds letters some stemmers read
 * (Turkish and Azerbaijani ı: zavodları is cut to zavod, zavodlari is not).
 */
export async function retryStems(word: string, langs: string[], typed?: string): Promise<string[]> {
  return [...new Set([...(await retryStemsByStemmer(word, langs, typed)).values()].flat())];
}

/** retryStems, by the name of the stemmer that gave each (the stemmers of one language cut each word of a query alike). */
export async function retryStemsByStemmer(word: string, langs: string[], typed?: string): Promise<Map<string, string[]>> {
  const load = rulesFor(word)?.retryStemmers;
  if (!load) return new Map();
  const retry: Record<string, string> = (await load()).default;
  const names = [...new Set(langs.flatMap((lang) => retry[lang.split('-')[0]!.toLowerCase()] ?? []))];
  await Promise.all(names.map(loadStemmer));
  const lower = word.toLowerCase();
  const asTyped = typed
    ?.normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  const words = asTyped && asTyped !== lower ? [asTyped, lower] : [lower];
  const byName = names.map((name) => [name, [...new Set(words.map((w) => stem(name, w)))]] as const);
  // Folded as the index's words are (a stem of what was typed keeps its ı), by the rules of the
  // stem's own script.
  await loadScriptRules(byName.flatMap(([, stems]) => stems).join(' '));
  const kept = new Map<string, string[]>();
  for (const [name, stems] of byName) {
    const folded = [...new Set(stems.map((s) => foldWord(s)))].filter((s) => !words.includes(s) && [...s].length >= MIN_RETRY_STEM);
    if (folded.length) kept.set(name, folded);
  }
  return kept;
}
