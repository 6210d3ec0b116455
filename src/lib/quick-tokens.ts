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
 * Words: a number keeps its inner point or comma ("2.2"); each Han or kana character
 * is a word of its own, because Chinese is written without spaces and a reader may
 * type any part of a name ("创业者基金" inside "阿里巴巴创业者基金"); any other run of
 * letters, marks and digits is one word.
 */

// U+0300–U+036F: the combining diacritics of Latin, Greek and Cyrillic letters.
const LATIN_DIACRITIC = /[\u0300-\u036f]/g;
const CJK_CHAR = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3005\\u3006';
const WORD = new RegExp(`\\p{N}+(?:[.,]\\p{N}+)*|[${CJK_CHAR}]|(?:(?![${CJK_CHAR}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');

/** A name or query folded for comparison: forms, case and Latin accents; spaces collapsed. */
export function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_DIACRITIC, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The words of a name, title or query, folded, in order (repeats kept). */
export function quickTokens(text: string): string[] {
  return foldName(text).match(WORD) ?? [];
}
