import type { QuickRow } from './quick-index.ts';

/**
 * Words of names and titles as the quick index (the header box's live results) holds
 * them, the same at build time (Node) and in the browser, so that a typed prefix and
 * an indexed word meet whatever their script.
 *
 * Folding: compatibility forms (full-width letters, ligatures) and case are folded,
 * and accents on Latin, Greek and Cyrillic letters are dropped (é → e, ё → е). Other
 * combining marks are kept: Bengali vowel signs and virama are part of the word
 * (কাল, কল and কলা are three words), as are Devanagari and Thai signs.
 *
 * Words: a number keeps its inner point or comma ("2.2"), and any other run of letters,
 * marks and digits is one word, except that a run of Han or kana characters is a word
 * of its own. Chinese is written without spaces and a reader may type any part of a
 * name ("创业者基金" inside "阿里巴巴创业者基金"), so the index holds every suffix of such
 * a run (`quickIndexWords`): a typed run is then the start of an indexed word wherever
 * it sits in the name, and the index can keep cutting shards by the next character.
 */

// U+0300–U+036F: the combining diacritics of Latin, Greek and Cyrillic letters.
const LATIN_DIACRITIC = /[\u0300-\u036f]/g;
const CJK_CHAR = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3005\\u3006';
const CJK_RUN = new RegExp(`^[${CJK_CHAR}]+$`, 'u');
const WORD = new RegExp(`\\p{N}+(?:[.,]\\p{N}+)*|[${CJK_CHAR}]+|(?:(?![${CJK_CHAR}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');

/** A name or query folded for comparison: forms, case, Latin accents, final sigma, dotless i; spaces collapsed. */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_DIACRITIC, '')
    .normalize('NFC')
    .replace(/ς/g, 'σ')
    .replace(/ı/g, 'i')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query (or name), folded, in order (repeats kept). */
export function quickTokens(text: string): string[] {
  return foldName(text).match(WORD) ?? [];
}

/** The words a name or title is indexed under: its words, and every suffix of each Han or kana run. */
export function quickIndexWords(text: string): string[] {
  return quickTokens(text).flatMap((word) => {
    if (!CJK_RUN.test(word)) return [word];
    const chars = [...word];
    return chars.map((_, i) => chars.slice(i).join(''));
  });
}

/**
 * The words each name of a row is found by: the title and other names under
 * quickIndexWords, except a brief's original headline, a sentence rather than a name,
 * which is indexed by its words as written (the suffixes of thousands of headlines
 * would more than double the number of shards).
 */
export function quickNameWords(row: QuickRow): { name: string; words: string[] }[] {
  const headline = row[0].startsWith('briefs/');
  return [
    { name: row[1], words: quickIndexWords(row[1]) },
    ...(row[3] ?? []).map((name) => ({ name, words: headline ? quickTokens(name) : quickIndexWords(name) })),
  ];
}

/** Every word a row is indexed under. */
export const quickRowWords = (row: QuickRow): string[] => quickNameWords(row).flatMap((n) => n.words);
