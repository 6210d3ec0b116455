/**
 * Which excerpt a full-text result shows. Pagefind cuts a page's excerpt around its densest
 * matches, and weighs a heading's words above others, so a brief whose title holds the query
 * gets an excerpt of its title, which the result already shows above it. Pagefind also cuts an
 * excerpt per section (its sub-results, one per heading with an id); where the text before the
 * first section is only the title, the excerpt is taken from a section instead.
 */

/** What the excerpt choice reads of a Pagefind result (its `data()`). */
export interface ExcerptSource {
  /** The page's text with < and > escaped, as Pagefind cuts excerpts from it (its word locations count these words). */
  raw_content?: string;
  content: string;
  excerpt: string;
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
 * The excerpt to show for a result. The page's head is its text before its first section
 * heading: its title, and on some pages a description after it (an entity's).
 * - A head with a description that matched the query: Pagefind's excerpt of the head.
 * - Otherwise, a section that matched: the excerpt of the one that holds the most of the
 *   query's words (the first such section, in the page's order), without its heading.
 * - Otherwise (the query matched only the title or the page's metadata: an alias of an
 *   entity it mentions, a topic): the opening words after the title.
 * A page whose text does not start with its title, or that has no sections, keeps Pagefind's
 * excerpt, and so does text whose words are not separated by spaces. `length`: the excerpt
 * length in words Pagefind was given.
 */
export function chooseExcerpt(source: ExcerptSource, queryWords: string[], length: number): string {
  const text = source.raw_content ?? source.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (text.includes('\u200B')) return source.excerpt;
  const words = text.split(WORD_BREAK);
  const first = source.anchors?.filter((a) => /^h\d$/i.test(a.element ?? '')).sort((a, b) => a.location - b.location)[0];
  const titleEnd = titleLength(source.meta.title, words);
  if (!first || titleEnd < 0 || first.location < titleEnd) return source.excerpt;
  const described = first.location > titleEnd;
  const subResults = (source.sub_results ?? []).filter((s) => s.locations.length);
  const head = subResults.find((s) => !s.anchor);
  if (described && head) return head.excerpt;
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
  if (described) return words.slice(titleEnd, titleEnd + length).join(' ');
  const heading = first.text?.split(WORD_BREAK).filter(Boolean).length ?? 0;
  return withoutHeading(words.slice(first.location, first.location + heading + length).join(' '), first.text);
}
