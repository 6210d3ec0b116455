import { loadScriptRules, rulesFor, stemmersNamed } from './script-rules.ts';

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

/** The virama of the Brahmic scripts, which joins a consonant to the next. */
const VIRAMA = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\u0DCA]/u;

const loaded = new Map<string, (word: string) => string>();

/** Fetches the stemmer `name`; resolves at once when it is here. */
export async function loadStemmer(name: string): Promise<void> {
  if (loaded.has(name)) return;
  const load = STEMMERS[name];
  if (!load) throw new Error(`No stemmer is named "${name}" (see src/lib/search/stemmers.ts).`);
  const { stemmer } = await load();
  // Words of three letters are left whole, and a word of four loses one letter at most (Russian
  // щита → щит). A stem of fewer than three letters matches too much (Hindi करेगी → कर): a longer
  // word keeps its own next letters up to three instead (करे, which करेगा and करेंगे start with;
  // दवाइयां → दवा), and one more after a virama, which joins the letter to the next (क्ष).
  loaded.set(name, (word) => {
    const letters = [...word];
    if (letters.length < 4) return word;
    const stemmed = stemmer(word);
    if ([...stemmed].length >= 3) return stemmed;
    if (letters.length < 5 || !word.startsWith(stemmed)) return word;
    let n = 3;
    while (n < letters.length && VIRAMA.test(letters[n - 1]!)) n++;
    return letters.slice(0, n).join('');
  });
}

/** The stem of `word` by the stemmer `name`, which must be loaded. */
export function stem(name: string, word: string): string {
  const stemmer = loaded.get(name);
  if (!stemmer) throw new Error(`The ${name} stemmer is not loaded: await loadStemmer("${name}") before analysing a query.`);
  return stemmer(word);
}

/**
 * Fetches what analysing the query `text` needs: the word rules of its scripts and the
 * stemmers they name; without `text`, those of every script. Resolves at once when they are
 * here. /search/ and the header box both await it before analysing a query.
 */
export async function loadQueryRules(text?: string): Promise<void> {
  const entries = await loadScriptRules(text);
  await Promise.all(entries.flatMap((e) => stemmersNamed(e).map(loadStemmer)));
}

/**
 * The stems of an analysed query word that no page has, by the retry stemmers its entry names
 * (`retryStemmers` in src/lib/search/languages.ts) for the languages `langs` the site's briefs are
 * written in, each fetched on demand: distinct, and other than the word.
 */
export async function retryStems(word: string, langs: string[]): Promise<string[]> {
  const load = rulesFor(word)?.retryStemmers;
  if (!load) return [];
  const retry: Record<string, string> = (await load()).default;
  const names = [...new Set(langs.flatMap((lang) => retry[lang.split('-')[0]!.toLowerCase()] ?? []))];
  await Promise.all(names.map(loadStemmer));
  const lower = word.toLowerCase();
  return [...new Set(names.map((name) => stem(name, lower)))].filter((s) => s !== lower);
}
