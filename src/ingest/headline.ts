// The headline: the first title-like line before the article's first paragraph, and a version of it
// in another script right after it (pages that print the original headline and a translation).
import { domainsIn } from './byline.ts';
import { consentButtonsAtEnd } from './consent.ts';
import { dominantScript, endsSentence, isLinkRow, wordCount } from './text-features.ts';
import type { SourceLine } from './types.ts';

export interface Headline {
  main: SourceLine;
  /** The same headline in another script or language, printed right after it. */
  alternate?: SourceLine;
}

const MAX_HEADLINE_WORDS = 40;

/**
 * A sentence end inside the line with a sentence after it: a full stop after a lower-case word of four
 * letters or more (not "Corp.", "Mio.", "U.S.") or after an uncased word, before a capital or an
 * uncased letter; or a CJK full stop before more text.
 */
const INNER_SENTENCE_END = /(?:\p{Ll}{4}|[\p{Lo}\p{M}]{3})[.!?؟۔।]["'”’»)]*\s+(?=[\p{Lu}\p{Lo}])|[。！？](?=[^\s」』）)])/u;

/** Two sentences or more ("This site uses cookies. By continuing …"): a banner or a paragraph, not a title. */
export function severalSentences(text: string): boolean {
  const m = INNER_SENTENCE_END.exec(text);
  return m !== null && wordCount(text.slice(m.index + m[0].length)) >= 2;
}

/**
 * A title: two to forty words (two suffice in CJK scripts), and not a row of links or account
 * prompts, not several sentences, and not a line ending in buttons after a sentence ("… OK").
 */
function titleLike(text: string): boolean {
  if (isLinkRow(text) || severalSentences(text) || consentButtonsAtEnd(text, true)) return false;
  const n = wordCount(text);
  // Unspaced scripts count a word per dictionary word, so two is a short headline there.
  return (
    n >= 2 && n <= MAX_HEADLINE_WORDS && (n >= 3 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text))
  );
}

/**
 * Picks the headline among the lines before the first paragraph (`head`, blank and removed lines
 * already left out). When there are none, a short first paragraph is the headline.
 */
export function pickHeadline(head: readonly SourceLine[], firstParagraph: SourceLine | undefined): Headline | undefined {
  const index = head.findIndex((l) => titleLike(l.text));
  if (index < 0) {
    if (firstParagraph && wordCount(firstParagraph.text) <= 15 && !endsSentence(firstParagraph.text.replace(/[!?]$/, '')))
      return { main: firstParagraph };
    return undefined;
  }
  const main = head[index]!;
  const headline: Headline = { main };
  // The next title-like line, in a different script, of comparable length: a translated headline
  // (not a line naming the site, "المصدر: example.sa", whose domain is Latin).
  const next = head[index + 1] ?? firstParagraph;
  if (
    next &&
    titleLike(next.text) &&
    !domainsIn(next.text).length &&
    dominantScript(next.text) !== dominantScript(main.text) &&
    next.text.length <= Math.max(3 * main.text.length, 120)
  ) {
    headline.alternate = next;
  }
  return headline;
}
