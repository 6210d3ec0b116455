// Thin wrapper over Pagefind's browser API: loads the bundle under the site base on
// first use and turns its results into plain hits for rendering.

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  language?: string | undefined;
  date?: string | undefined;
  excerpt: string;
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
  const response = await pf.search(query || null, { filters });
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    type: d.meta.type ?? '',
    language: d.meta.language,
    date: d.meta.date,
    excerpt: d.excerpt,
  }));
}
