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
  sub_results?: { excerpt: string; locations: number[]; anchor?: { location: number; text?: string; element?: string } }[];
}

/** Where Pagefind splits a page's content into the words its locations count. */
const WORD_BREAK = /[^\S\uFEFF]+/;
/** A word or a run of words without case, punctuation or spaces, for comparing text with a title or a heading. */
const bare = (text: string) =>
  text
    .replace(/<\/?mark>/g, '')
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .toLowerCase();

/** How many words the page's title takes at the start of its text, or -1 when its text does not start with its title. */
function titleLength(title: string | undefined, words: string[]): number {
  if (!title) return -1;
  const n = title.split(WORD_BREAK).filter(Boolean).length;
  return bare(words.slice(0, n).join(' ')) === bare(title) ? n : -1;
}

/** How many of the query's words (as analysed for the index) a section's matched words start with. */
function wordsCovered(locations: number[], words: string[], queryWords: string[]): number {
  const found = locations.map((l) => bare(words[l] ?? ''));
  return queryWords.filter((q) => found.some((w) => w.startsWith(bare(q)))).length;
}

/** The section's excerpt without its heading in front, which says only which part of the page it is. */
function withoutHeading(excerpt: string, heading: string | undefined): string {
  if (!heading) return excerpt;
  const words = excerpt.split(' ');
  const n = heading.split(WORD_BREAK).filter(Boolean).length;
  const lead = words.slice(0, n).join(' ');
  return !lead.includes('<mark>') && bare(lead) === bare(heading) ? words.slice(n).join(' ') : excerpt;
}

/**
 * `length` words of `words[from, to)` with the most matches (`matches`, sorted), starting a few
 * words before the first of them (or at `from`, when that is near), each match marked as
 * Pagefind marks one.
 */
function windowAround(words: string[], from: number, to: number, matches: number[], length: number): string {
  let best = matches[0]!;
  let most = 0;
  for (const start of matches) {
    const count = matches.filter((l) => l >= start && l < start + length).length;
    if (count > most) [best, most] = [start, count];
  }
  // Near the start of the text, the excerpt starts with it, not inside a name or a sentence.
  const start = best - from < length / 2 ? from : Math.max(from, Math.min(best - Math.floor(length / 4), to - length));
  const marked = new Set(matches);
  return words
    .slice(start, Math.min(to, start + length))
    .map((w, i) => (marked.has(start + i) ? `<mark>${w}</mark>` : w))
    .join(' ');
}

/**
 * The excerpt to show for a result, from the text after its title:
 * - a head with more than the title that matched the query: the words around the matches there;
 * - otherwise a section that matched: the excerpt of the one that holds the most of the query's
 *   words (the first such section, in the page's order), without its heading;
 * - otherwise (the query matched only the title or the page's metadata: an alias of an entity
 *   it mentions, a topic): the opening words after the title, up to the next section, without
 *   a section's heading.
 * A page whose text does not start with its title, or holds nothing else, keeps Pagefind's
 * excerpt, and so does text whose words are not separated by spaces. `length`: the excerpt
 * length in words Pagefind was given.
 */
export function chooseExcerpt(source: ExcerptSource, queryWords: string[], length: number): string {
  const text = source.raw_content ?? source.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (text.includes('\u200B')) return source.excerpt;
  const words = text.split(WORD_BREAK);
  const titleEnd = titleLength(source.meta.title, words);
  if (titleEnd < 0) return source.excerpt;
  const headings = (source.anchors ?? []).filter((a) => /^h\d$/i.test(a.element ?? '')).sort((a, b) => a.location - b.location);
  const first = headings[0];
  const headEnd = first?.location ?? words.length;
  if (headEnd < titleEnd || (!first && headEnd === titleEnd)) return source.excerpt;
  const subResults = (source.sub_results ?? []).filter((s) => s.locations.length);
  const locations = [...(source.locations ?? subResults.flatMap((s) => s.locations))].sort((a, b) => a - b);
  const headMatches = locations.filter((l) => l >= titleEnd && l < headEnd);
  if (headMatches.length) return windowAround(words, titleEnd, headEnd, headMatches, length);
  const sections = subResults.filter((s) => s.anchor);
  if (sections.length) {
    let best = sections[0]!;
    let bestCovered = wordsCovered(best.locations, words, queryWords);
    for (const s of sections.slice(1)) {
      const covered = wordsCovered(s.locations, words, queryWords);
      if (covered > bestCovered) [best, bestCovered] = [s, covered];
    }
    return withoutHeading(best.excerpt, best.anchor!.text);
  }
  // An opening ends where the next section starts: its heading would read as part of the text.
  if (headEnd > titleEnd) return words.slice(titleEnd, Math.min(headEnd, titleEnd + length)).join(' ');
  const heading = first!.text?.split(WORD_BREAK).filter(Boolean).length ?? 0;
  const sectionEnd = headings.find((h) => h.location > headEnd)?.location ?? words.length;
  return withoutHeading(words.slice(headEnd, Math.min(sectionEnd, headEnd + heading + length)).join(' '), first!.text);
}
