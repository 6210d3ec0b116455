// Language-independent measures of a line that the classifiers share.

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Number of words; Intl's segmenter splits Chinese, Japanese and Thai by dictionary, so counts are comparable. */
export function wordCount(text: string): number {
  let n = 0;
  for (const s of words.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** The words of a line, lower-cased, for overlap measures. */
export function wordList(text: string): string[] {
  const out: string[] = [];
  for (const s of words.segment(text.toLocaleLowerCase('und'))) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Ends like a sentence: . ! ? … and their CJK, Arabic and Indic forms, before closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?。！？…؟।॥]["'”’»)\]）」』]*$/u.test(text.trim());
}

/** A paragraph of running text rather than a title, a label or a link. */
export function isProse(text: string, words = wordCount(text)): boolean {
  const n = words;
  return (endsSentence(text) && n >= 4) || n >= 30;
}

/** Scripts whose words are not separated by spaces. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew', 'Bengali', 'Devanagari', 'Thai', 'Tamil', 'Telugu', 'Georgian', 'Armenian', 'Ethiopic'].map(
  (script) => ({ script, re: new RegExp(`\\p{Script=${script}}`, 'gu') }),
);

/** The main script of a text's letters, e.g. "Latin", "Han", "Bengali". */
export function dominantScript(text: string): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const { script, re } of SCRIPTS) {
    const n = text.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = script;
      bestCount = n;
    }
  }
  // Kana and Han together are Japanese; count them as one script family.
  return best === 'Hiragana' || best === 'Katakana' ? 'Han' : best;
}
