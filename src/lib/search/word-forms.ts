import { rulesFor, stripPrefix, UNSPACED_PART, type ScriptRules } from './script-rules.ts';
import type { SpellingStandard } from './languages.ts';

// Word forms only /search/ and the index need (other spellings, clitic-free forms, other inflected
// forms, the stemmers an entry names), kept apart from src/lib/search/script-rules.ts, which the header box also loads:
// its first search fetches none of this.

const length = (s: string) => [...s].length;

/** The other-spelling converters the index has loaded (src/lib/search/spelling-variants.ts). */
const SPELLINGS = new Map<SpellingStandard, (word: string) => string[]>();

/** Makes `convert` give the other spellings of words whose entry names `standard`. */
export function registerSpellingVariants(standard: SpellingStandard, convert: (word: string) => string[]): void {
  SPELLINGS.set(standard, convert);
}

/**
 * The word as the other standards of its script write it (none when they agree or the entry names
 * none). Throws when the entry's converter is not loaded, rather than index the word without them.
 */
export function spellingVariants(word: string, rules: ScriptRules): string[] {
  if (!rules.variants) return [];
  const convert = SPELLINGS.get(rules.variants);
  if (!convert)
    throw new Error(
      `The ${rules.variants} spelling variants are not loaded: await loadSpellingVariants() (src/lib/search/spelling-variants.ts) before indexing text.`,
    );
  return convert(word).filter((variant) => variant !== word);
}

/**
 * The forms a query may reach a word by, once stripPrefix has taken a clitic off the query
 * word too: the word without each clitic it starts with, and that rest without its own. A
 * query strips one clitic from what the reader typed, which may be a letter of the word
 * (Hebrew מחיר → חיר): the text's במחיר must then be found by חיר as well as by מחיר.
 */
export function cliticFreeForms(word: string, rules = rulesFor(word)): string[] {
  const forms = new Set([stripPrefix(word, rules)]);
  for (const p of rules?.prefixes ?? []) {
    if (!word.startsWith(p) || length(word) - length(p) < rules!.minLetters) continue;
    const rest = word.slice(p.length);
    forms.add(rest).add(stripPrefix(rest, rules));
  }
  forms.delete(word);
  return [...forms];
}

/** A folded word's other forms by its entry's alternate rules (сделок → сделк), each rule applied alone; none when none applies. */
export function alternateForms(word: string, rules = rulesFor(word)): string[] {
  const forms = new Set<string>();
  for (const [re, to] of rules?.alternations ?? []) {
    const form = word.replace(re, to);
    if (form !== word && length(form) >= (rules?.minLetters ?? 3)) forms.add(form);
  }
  return [...forms];
}

/** A compound's first part keeps at least this many letters (`tails`). */
const COMPOUND_HEAD = 3;
/**
 * The longest word given tails or splits, in letters: a word's tails hold about the square of its
 * length in letters, and a run of letters far longer than any compound (a hostile file's) would
 * take the build with it. German's longest compounds in use run to about 40.
 */
const LONGEST_WORD = 64;

const NOT_A_LETTER = /[^\p{L}\p{M}]/u;

/**
 * The tails of a folded word of a language that writes compounds as one word (the entry's
 * `tails`: their least length), each starting after the word's first three letters
 * (grossbäckerei → bäckerei, among others). None when the entry names no tails, or the word
 * holds anything but letters (a number's tail is no number the text gives), or is longer than
 * any compound.
 */
export function compoundTails(word: string, rules = rulesFor(word)): string[] {
  const least = rules?.tails;
  if (!least || NOT_A_LETTER.test(word)) return [];
  const letters = [...word];
  if (letters.length > LONGEST_WORD) return [];
  const tails: string[] = [];
  for (let at = COMPOUND_HEAD; at <= letters.length - least; at++) tails.push(letters.slice(at).join(''));
  return tails;
}

/**
 * The two words a word typed without the space between them may be (the entry's `unspacedAfter`):
 * split after each letter that does not join the next, both parts of two letters or more
 * (شیرخشک → شیر خشک). None when the entry names no such letters, or the word is longer than two
 * words typed together.
 */
export function unspacedSplits(word: string, rules = rulesFor(word)): [string, string][] {
  const letter = rules?.unspacedLetter;
  if (!letter) return [];
  const letters = [...word];
  if (letters.length > LONGEST_WORD) return [];
  const splits: [string, string][] = [];
  for (let at = UNSPACED_PART; at <= letters.length - UNSPACED_PART; at++) {
    if (letter.test(letters[at - 1]!)) splits.push([letters.slice(0, at).join(''), letters.slice(at).join('')]);
  }
  return splits;
}

/** Every stemmer an entry may name. */
export function stemmersNamed(rules: ScriptRules): string[] {
  return [...(rules.stemmer ? [rules.stemmer] : []), ...rules.stemmersFor.map(([, name]) => name)];
}
