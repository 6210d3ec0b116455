/**
 * Which excerpt a full-text result shows. Pagefind cuts a page's excerpt around its densest
 * matches, and weighs a heading's words above others, so a page whose title holds the query
 * gets an excerpt of its title, which the result already shows above it. Here the excerpt is
 * cut from the text after the title: from the page's head (the text before its first section
 * heading, such as an entity's description, or a deal record's facts), or from one of the
 * sections Pagefind also cuts an excerpt for (its sub-results, one per heading with an id).
 */

/** What the excerpt choice reads of a Pagefind result (its `data()`). */
export interface ExcerptSource {
  /** The page's text with < and > escaped, as Pagefind cuts excerpts from it (its word locations count these words). */
  raw_content?: string;
  content: string;
  excerpt: string;
  /** The words that matched, by their place in the text. */
  locations?: number[];
  meta: Record<string, string | undefined>;
  anchors?: { location: number; text?: string; element?: string }[];
  sub_results?: { locations: number[]; anchor?: { location: number; text?: string; element?: string } }[];
}

/** Where Pagefind splits a page's content into the words its locations count. */
const WORD_BREAK = /[^\S\uFEFF]+/;
/** A word or a run of words without case, punctuation or spaces, for comparing text with a title or a heading. */
const bare = (text: string) =>
  text
    .replace(/<\/?mark>/g, '')
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .toLowerCase();

/** How many words `text` takes when `words` spell it from `at` (case, punctuation and spaces aside), or -1. */
function spelledAt(words: string[], at: number, text: string): number {
  const n = text.split(WORD_BREAK).filter(Boolean).length;
  return n && bare(words.slice(at, at + n).join(' ')) === bare(text) ? n : -1;
}

/** How many of the query's words (as analysed for the index) a section's matched words start with. */
function wordsCovered(locations: number[], words: string[], queryWords: string[]): number {
  const found = locations.map((l) => bare(words[l] ?? ''));
  return queryWords.filter((q) => found.some((w) => w.startsWith(bare(q)))).length;
}

/** Where a section's text starts: after its heading, when its first words are the heading's. */
const afterHeading = (words: string[], anchor: { location: number; text?: string | undefined }) =>
  anchor.location + Math.max(0, spelledAt(words, anchor.location, anchor.text ?? ''));

/**
 * Where the text after the title (`words` from `from`) holds a word that a query word no matched
 * word starts with reaches through the word's forms (`formsOf`): Pagefind matched it in the
 * hidden forms and located nothing in the text.
 */
function hiddenMatches(
  words: string[],
  from: number,
  found: number[],
  queryWords: string[],
  formsOf: (word: string) => string[],
): number[] {
  const located = found.map((l) => bare(words[l] ?? ''));
  const unfound = queryWords.map(bare).filter((q) => q && !located.some((w) => w.startsWith(q)));
  if (!unfound.length) return [];
  const hidden: number[] = [];
  const foundAt = new Set(found);
  for (let at = from; at < words.length; at++) {
    const word = words[at]!;
    if (foundAt.has(at)) continue;
    if (formsOf(word).some((f) => unfound.some((q) => bare(f).startsWith(q)))) hidden.push(at);
  }
  return hidden;
}

type SubResult = NonNullable<ExcerptSource['sub_results']>[number];

/** The sections' matches with the hidden ones (`hidden`) added to the section of each, in the page's order. */
function withHidden(subResults: SubResult[], headings: NonNullable<ExcerptSource['anchors']>, hidden: number[]): SubResult[] {
  if (!hidden.length) return subResults;
  const sections = new Map(subResults.map((s) => [s.anchor?.location ?? -1, { ...s, locations: [...s.locations] }]));
  for (const at of hidden) {
    const heading = headings.findLast((h) => h.location <= at);
    // Before the first heading is the page's head, whose matches are read from all locations.
    if (!heading) continue;
    let section = sections.get(heading.location);
    if (!section) sections.set(heading.location, (section = { locations: [], anchor: heading }));
    section.locations.push(at);
  }
  return [...sections.entries()].sort(([a], [b]) => a - b).map(([, s]) => ({ ...s, locations: s.locations.sort((a, b) => a - b) }));
}

/**
 * `length` words of `words[from, to)` with the most matches (`matches`, sorted), starting a few
 * words before the first of them (or at `from`, when that is near), each match marked as
 * Pagefind marks one; the opening words when there are no matches.
 */
function windowAround(words: string[], from: number, to: number, matches: number[], length: number): string {
  if (!matches.length) return cut(words.slice(from, Math.min(to, from + length)), false, from + length < to);
  let best = matches[0]!;
  let most = 0;
  for (const start of matches) {
    const count = matches.filter((l) => l >= start && l < start + length).length;
    if (count > most) [best, most] = [start, count];
  }
  // Near the start of the text, the excerpt starts with it, not inside a name or a sentence.
  const start = best - from < length / 2 ? from : Math.max(from, Math.min(best - Math.floor(length / 4), to - length));
  const marked = new Set(matches);
  const shown = words.slice(start, Math.min(to, start + length)).map((w, i) => (marked.has(start + i) ? `<mark>${w}</mark>` : w));
  return cut(shown, start > from, start + length < to);
}

/** Words as an excerpt, with an ellipsis where the text goes on before or after them, as Pagefind writes one (`ELLIPSIS`). */
function cut(shown: string[], before: boolean, after: boolean): string {
  return [...(before ? [ELLIPSIS] : []), ...shown, ...(after ? [ELLIPSIS] : [])].join(' ');
}

/** What stands for the text an excerpt leaves out, before or after it; Pagefind is given the same. */
export const ELLIPSIS = '…';

/**
 * The excerpt to show for a result, from the text after its title:
 * - a head with more than the title (a description) that matched the query: the words around
 *   the matches there; its opening when only the title matched;
 * - otherwise a section that matched: the words around the matches of the one that holds the
 *   most of the query's words (the first such section, in the page's order), without its heading;
 * - otherwise (the query matched only the title or the page's metadata: an alias of an entity
 *   it mentions, a topic): the opening words after the title, up to the next section, without
 *   a section's heading.
 * A page whose text does not start with its title, or holds nothing else, keeps Pagefind's
 * excerpt, and so does text whose words are not separated by spaces. `length`: the excerpt
 * length in words Pagefind was given. `formsOf`: the words a query would be analysed into for
 * a word of the text, when the text may hold a word the query found only through the forms the
 * index keeps out of sight (a clitic taken off, letters folded); such words count as matches.
 */
export function chooseExcerpt(source: ExcerptSource, queryWords: string[], length: number, formsOf?: (word: string) => string[]): string {
  const text = source.raw_content ?? source.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (text.includes('\u200B')) return source.excerpt;
  const words = text.split(WORD_BREAK);
  const titleEnd = spelledAt(words, 0, source.meta.title ?? '');
  if (titleEnd < 0) return source.excerpt;
  const headings = (source.anchors ?? []).filter((a) => /^h\d$/i.test(a.element ?? '')).sort((a, b) => a.location - b.location);
  const first = headings[0];
  const headEnd = first?.location ?? words.length;
  if (headEnd < titleEnd || (!first && headEnd === titleEnd)) return source.excerpt;
  const found = source.locations ?? (source.sub_results ?? []).flatMap((s) => s.locations);
  const hidden = formsOf ? hiddenMatches(words, titleEnd, found, queryWords, formsOf) : [];
  const subResults = withHidden(source.sub_results ?? [], headings, hidden).filter((s) => s.locations.length);
  const locations = [...found, ...hidden].sort((a, b) => a - b);
  const headMatches = locations.filter((l) => l >= titleEnd && l < headEnd);
  if (headMatches.length) return windowAround(words, titleEnd, headEnd, headMatches, length);
  // A page found by its title, with a description under it: the description says what it is.
  if (headEnd > titleEnd && locations.some((l) => l < titleEnd)) return windowAround(words, titleEnd, headEnd, [], length);
  const sectionEnd = (at: number) => headings.find((h) => h.location > at)?.location ?? words.length;
  // A section's heading says only which part of the page it is: it is shown only when the query
  // names it, a query word being most of a heading word (Pagefind also matches a shorter start
  // of a query word no page has, and "al" starts "Also known as").
  const namesHeading = (word: string) =>
    queryWords.some((q) => {
      const [b, w] = [bare(q), bare(word)];
      return b.length > 0 && w.startsWith(b) && b.length * 2 > w.length;
    });
  const sections = subResults.flatMap((s) => {
    if (!s.anchor) return [];
    const body = afterHeading(words, s.anchor);
    const from = s.locations.some((l) => l < body && namesHeading(words[l] ?? '')) ? s.anchor.location : body;
    const to = sectionEnd(s.anchor.location);
    const matches = s.locations.filter((l) => l >= from && l < to);
    return matches.length ? [{ from, to, matches }] : [];
  });
  if (sections.length) {
    let best = sections[0]!;
    let bestCovered = wordsCovered(best.matches, words, queryWords);
    for (const s of sections.slice(1)) {
      const covered = wordsCovered(s.matches, words, queryWords);
      if (covered > bestCovered) [best, bestCovered] = [s, covered];
    }
    return windowAround(words, best.from, best.to, best.matches, length);
  }
  // An opening ends where the next section starts: its heading would read as part of the text.
  if (headEnd > titleEnd) return windowAround(words, titleEnd, headEnd, [], length);
  return windowAround(words, afterHeading(words, first!), sectionEnd(first!.location), [], length);
}
