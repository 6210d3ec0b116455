import type { QuickRow } from './quick-index-files.ts';
import { foldScripts, respellWord, rulesFor, stemmerOf, stripPrefix, stripSuffix, UNSPACED_PART } from './script-rules.ts';
import { CJK_CHAR, segmentRun } from './segmentation.ts';

/**
 * Words of names and titles as the quick index (the header box's live results) holds
 * them, the same at build time (Node) and in the browser, so that a typed prefix and
 * an indexed word meet whatever their script.
 *
 * Folding: compatibility forms (full-width letters, ligatures) and case are folded,
 * and accents on Latin, Greek and Cyrillic letters are dropped (é → e, ё → е). Other
 * combining marks are kept: Bengali vowel signs and virama are part of the word
 * (কাল, কল and কলা are three words), as are Devanagari and Thai signs. The fold rules
 * of src/lib/search/languages.ts apply as in the full-text search (đ → d, Arabic
 * harakat and hamza forms, Hebrew niqqud, Devanagari nasals).
 *
 * Words: a number keeps its inner point or comma ("2.2"), and any other run of letters,
 * marks and digits is one word, except that a run of Han or kana characters is a word
 * of its own. Chinese is written without spaces and a reader may type any part of a
 * name ("创业者基金" inside "阿里巴巴创业者基金"), so the index holds every suffix of such
 * a run (`quickIndexWords`): a typed run is then the start of an indexed word wherever
 * it sits in the name, and the index can keep cutting shards by the next character.
 * Thai and the other scripts the table segments are indexed under each suffix that
 * starts at a word boundary, and a word that carries clitics (Arabic "al-", Hebrew
 * "b-") also without each in turn; a query word loses its clitics and particles the same way.
 * Two words are also indexed joined where a reader may leave out a space that does not show
 * (Persian, after a letter that joins no next letter).
 * A Latin word with an apostrophe or middle dot inside (l'usine) is indexed apart and joined,
 * and read joined in a query.
 *
 * The word rules of the text's scripts must be loaded first (loadScriptRules in
 * src/lib/search/script-rules.ts): the build loads them all, the browser those of the query and
 * of the rows it fetched.
 */

// U+0300–U+036F: the combining diacritics of Latin, Greek and Cyrillic letters.
const LATIN_DIACRITIC = /[\u0300-\u036f]/g;
const CJK_RUN = new RegExp(`^[${CJK_CHAR}]+$`, 'u');
const WORD = new RegExp(`\\p{N}+(?:[.,]\\p{N}+)*|[${CJK_CHAR}]+|(?:(?![${CJK_CHAR}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');

/**
 * A name or query folded for quick search's loose matching: what `foldCase` folds, and also Latin
 * accents, final sigma, dotless i and each script's fold rules, so a query typed without accents still matches.
 */
export function foldCaseAndAccents(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      .replace(LATIN_DIACRITIC, '')
      .normalize('NFC')
      .replace(/ς/g, 'σ')

      .replace(/ı/g, 'i')
      // An ASCII apostrophe goes along with the letters around it: a script's rules may fold it inside a word.
      .replace(/(?:[^\s\x00-\x7F]|')+/g, foldScripts)
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The words of a query (or name), folded, in order (repeats kept). */
export function quickTokens(text: string): string[] {
  return foldCaseAndAccents(text).match(WORD) ?? [];
}

/**
 * An apostrophe or middle dot inside a Latin word (French l'usine, Uzbek farg'ona, Catalan
 * col·laboració). The box reads a query word across one as one word, and indexes a name's
 * such words both apart and joined: l'usine and usine, farg'ona and fargona, col·laboració
 * and collaboracio all find theirs.
 */
const INNER_MARK = /(?<=\p{Script=Latin})['\u2018\u2019\u00B7](?=\p{Script=Latin})/gu;

/** The words of `text` read across its inner marks, where they differ from its words. */
function joinedWords(text: string): string[] {
  const joined = text.replace(INNER_MARK, '');
  if (joined === text) return [];
  const apart = new Set(quickTokens(text));
  return quickTokens(joined).filter((word) => !apart.has(word));
}

/**
 * The words of a query, as quickTokens, each without the clitics and particles its script's rules
 * take off, and, with `stem` (the stemmers of the query's words loaded), cut to the stem its
 * script's stemmer gives when that starts the word: a name typed in another case form (Небесного
 * Щита) starts the words of the name as written (Небесний Щит).
 */
export function quickQueryTokens(text: string, stem?: (name: string, word: string) => string): string[] {
  return quickTokens(text.replace(INNER_MARK, '')).map((word) => {
    const rules = rulesFor(word);
    const bare = rules?.prefixes || rules?.suffixes ? stripSuffix(stripPrefix(word, rules), rules) : word;
    const stemmer = stem && stemmerOf(bare, rules);
    if (!stemmer) return bare;
    const stemmed = stem!(stemmer, bare);
    return bare.startsWith(stemmed) ? stemmed : bare;
  });
}

/**
 * The words a name or title is indexed under: its words, every suffix of each Han or
 * kana run, each suffix of a run of another unspaced script that starts a word, and a
 * word without its clitics or respelled (see `respell` in src/lib/search/languages.ts).
 */
export function quickIndexWords(text: string): string[] {
  const tokens = quickTokens(text);
  const words = tokens.flatMap((word) => {
    if (CJK_RUN.test(word)) {
      const chars = [...word];
      return chars.map((_, i) => chars.slice(i).join(''));
    }
    const rules = rulesFor(word);
    if (rules?.segment) {
      const parts = segmentRun(word);
      return parts.map((_, i) => parts.slice(i).join(''));
    }
    return withoutClitics(word);
  });
  return [...words, ...unspacedJoins(tokens), ...joinedWords(text), ...respelledWords(text)];
}

/**
 * Two words of a name read as one where a reader may leave out the space between them, which
 * does not show after a letter that joins no letter after it (`unspacedAfter` in
 * src/lib/search/languages.ts): Persian آریا خودرو typed آریاخودرو. Both of UNSPACED_PART letters or
 * more, as /search/ splits a word.
 */
function unspacedJoins(words: string[]): string[] {
  const joins: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const [before, after] = [words[i - 1]!, words[i]!];
    const letters = [...before];
    if (letters.length < UNSPACED_PART || [...after].length < UNSPACED_PART || !/^\p{L}/u.test(after)) continue;
    const rules = rulesFor(before);
    if (rules?.unspacedLetter?.test(letters.at(-1)!) && rulesFor(after) === rules) joins.push(before + after);
  }
  return joins;
}

const LETTERS = /[\p{L}\p{M}]+/gu;

/**
 * The words of `text` that its scripts' respell rules spell otherwise, so spelled and then
 * folded as quickTokens folds ("Großhändler" → "grosshaendler"): a reader may type either.
 */
function respelledWords(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.normalize('NFC').toLowerCase().matchAll(LETTERS)) {
    const respelled = respellWord(word);
    if (respelled !== word) out.push(...quickTokens(respelled));
  }
  return out;
}

/**
 * A word and, where its script's rules list clitics, the word without each of them in turn
 * ("והמשרד", "משרד", "שרד"): a query word loses its longest clitic, and a reader may type the
 * word with all of its clitics, some of them or none.
 */
function withoutClitics(word: string): string[] {
  const rules = rulesFor(word);
  const forms = [word];
  if (!rules?.prefixes) return forms;
  for (let bare = stripPrefix(word, rules); bare !== forms.at(-1); bare = stripPrefix(bare, rules)) forms.push(bare);
  return forms;
}

/** The words a brief's original headline is indexed under: its words as written, each also without its clitics, and respelled. */
export function quickHeadlineWords(text: string): string[] {
  return [...quickTokens(text).flatMap(withoutClitics), ...joinedWords(text), ...respelledWords(text)];
}

/**
 * The words each name of a row is found by: the title and other names under
 * quickIndexWords, except a brief's original headline, a sentence rather than a name,
 * which is indexed under quickHeadlineWords: a run of an unspaced script is one word
 * there, found by its start only. The suffixes of thousands of headlines would more than
 * double the number of shards, and so would their words: segmenting the Chinese headlines
 * of the 10,000-brief bench corpus took the manifest every first search fetches from 8.9
 * to 19.8 KB gzip. The full text on /search/ finds a word anywhere in a headline.
 */
export function quickNameWords(row: QuickRow): { name: string; words: string[] }[] {
  const headline = row[0].startsWith('briefs/');
  return [
    { name: row[1], words: quickIndexWords(row[1]) },
    ...(row[3] ?? []).map((name) => ({ name, words: headline ? quickHeadlineWords(name) : quickIndexWords(name) })),
  ];
}

/** Every word a row is indexed under. */
export const quickRowWords = (row: QuickRow): string[] => quickNameWords(row).flatMap((n) => n.words);
