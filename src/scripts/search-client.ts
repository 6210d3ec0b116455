// Thin wrapper over Pagefind's browser API: loads the bundle under the site base on
// first use, runs the query through the same analyzer the index used, and turns
// results into plain hits for rendering.
import { analyzeQuery, bengaliQueryWords, displayText, matchesBengaliQueryWord } from '../lib/search-text.ts';
import { rankHits } from '../lib/search-rank.ts';

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  language?: string | undefined;
  date?: string | undefined;
  excerpt: string;
  names?: string[] | undefined;
}

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string | string[]> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

function load(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ excerptLength: 24 });
    return module;
  })();
  return pagefind;
}

/** A settled search: how many pages match, and a way to load any slice of them as hits. */
export interface SearchResponse {
  total: number;
  /** Hits from `start` to `end`. The first page is re-ranked so an exact name comes first. */
  hits(start: number, end: number): Promise<SearchHit[]>;
}

export async function runSearch(base: string, query: string, filters: Record<string, string>, firstPage = 20): Promise<SearchResponse> {
  const pf = await load(base);
  const analyzed = query ? analyzeQuery(query) : null;
  const response = await pf.search(analyzed, { filters });
  // See matchesBengaliQueryWord: if the best result holds nothing a Bengali query word
  // can match, Pagefind fell back to an unrelated word, and there are no real results.
  const bengali = analyzed ? bengaliQueryWords(analyzed) : [];
  if (bengali.length && response.results[0]) {
    const top = await response.results[0].data();
    const text = `${top.content} ${Object.values(top.meta).join(' ')}`;
    if (!bengali.every((word) => matchesBengaliQueryWord(word, text))) response.results = [];
  }
  const toHits = async (start: number, end: number) => {
    const data = await Promise.all(response.results.slice(start, end).map((r) => r.data()));
    return data.map((d) => ({
      url: d.url,
      title: displayText(d.meta.title ?? d.url),
      type: d.meta.type ?? '',
      language: d.meta.language,
      date: d.meta.date,
      excerpt: displayText(d.excerpt),
      names: d.meta.names ? displayText(d.meta.names).split(' | ') : undefined,
    }));
  };
  // Fragments are fetched only when asked for, so a search overtaken by the next
  // keystroke costs no fragment requests. Re-ranking only reorders within the first
  // page, so later slices never repeat a hit.
  let first: Promise<SearchHit[]> | undefined;
  const firstHits = () => (first ??= toHits(0, firstPage).then((hits) => rankHits(hits, query)));
  return {
    total: response.results.length,
    hits: async (start, end) => {
      if (start === 0 && end <= firstPage) return (await firstHits()).slice(0, end);
      if (start === 0) return [...(await firstHits()), ...(await toHits(firstPage, end))];
      return start >= firstPage ? toHits(start, end) : [...(await firstHits()).slice(start), ...(await toHits(firstPage, end))];
    },
  };
}
