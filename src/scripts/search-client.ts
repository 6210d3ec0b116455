// Thin wrapper over Pagefind's browser API: loads the bundle under the site base on
// first use, runs the query through the same analyzer the index used, and turns
// results into plain hits for rendering.
import { analyzeQuery, unsegmentCjk } from '../lib/search-text.ts';
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

export async function runSearch(base: string, query: string, filters: Record<string, string>, limit = 20): Promise<SearchHit[]> {
  const pf = await load(base);
  const response = await pf.search(query ? analyzeQuery(query) : null, { filters });
  const top = response.results.slice(0, limit);
  const data = await Promise.all(top.map((r) => r.data()));
  const hits = data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    type: d.meta.type ?? '',
    language: d.meta.language,
    date: d.meta.date,
    excerpt: unsegmentCjk(d.excerpt),
    names: d.meta.names?.split(' | '),
  }));
  return rankHits(hits, query);
}
