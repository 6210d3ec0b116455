// Thin wrapper over Pagefind's browser API: loads the bundle under the site base on
// first use, runs the query through the same analyzer the index used (with the rules of
// the query's scripts, fetched beside Pagefind), and turns results into plain hits for rendering.
import { analyzeQuery, displayText, loadQueryRules, matchesQueryWord, mentionNote, readerWords } from '../lib/search/text.ts';
import { nameTier, rankHits } from '../lib/search/rank.ts';

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  language?: string | undefined;
  date?: string | undefined;
  excerpt: string;
  names?: string[] | undefined;
  /** Why the result matched when its title and excerpt do not show it ("Mentions Xiaomi (小米)"). */
  via?: string | undefined;
}

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindResult[] }>;
}

/**
 * Entities looked up apart for a query that may be a name: enough for the few entities
 * that share a word of one name ("Alibaba Group", "Alibaba Cloud", "Alibaba Pictures").
 */
const NAME_CANDIDATES = 3;

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
  /** Query words no page has: the results are for the other words. */
  missing: string[];
  /** Hits from `start` to `end`. The first page is re-ranked so an exact name comes first. */
  hits(start: number, end: number): Promise<SearchHit[]>;
}

export async function runSearch(base: string, query: string, filters: Record<string, string>, firstPage = 20): Promise<SearchResponse> {
  const [pf] = await Promise.all([load(base), loadQueryRules(query)]);
  const analyzed = query ? analyzeQuery(query) : null;
  /** What Pagefind was last asked: the analysed query, less any word that found nothing. */
  let searchedQuery = analyzed;
  let response = await pf.search(searchedQuery, { filters });
  // A query word that no indexed word starts with makes Pagefind fall back to a word the
  // query word starts with, down to one letter (see matchesQueryWord). Such words are
  // dropped and the search is run again for the others; the status names them.
  const missing: string[] = [];
  if (analyzed && response.results[0]) {
    const top = await response.results[0].data();
    const text = `${top.content} ${Object.values(top.meta).join(' ')}`;
    const words = analyzed.split(' ');
    const kept = words.filter((word) => matchesQueryWord(word, text));
    if (kept.length < words.length) {
      // Named as the reader typed them: the query words whose analysis lost a word.
      const lost = new Set(words.filter((w) => !kept.includes(w)));
      missing.push(
        ...query.split(/\s+/).filter((raw) =>
          analyzeQuery(raw)
            .split(' ')
            .some((w) => lost.has(w)),
        ),
      );
      if (!missing.length) missing.push(...[...lost].map(displayText));
      searchedQuery = kept.join(' ');
      response = kept.length ? await pf.search(searchedQuery, { filters }) : { results: [] };
    }
  }
  const asked = readerWords(query);
  const results = response.results;
  // Each fragment is fetched once, whichever search found its page.
  const fragments = new Map<string, Promise<PagefindResultData>>();
  const dataOf = (r: PagefindResult) => {
    let data = fragments.get(r.id);
    if (!data) fragments.set(r.id, (data = r.data()));
    return data;
  };
  const toHit = (d: PagefindResultData): SearchHit => ({
    url: d.url,
    title: displayText(d.meta.title ?? d.url),
    type: d.meta.type ?? '',
    language: d.meta.language,
    date: d.meta.date,
    excerpt: displayText(d.excerpt),
    names: d.meta.names ? displayText(d.meta.names).split(' | ') : undefined,
    via: mentionNote(asked, `${displayText(d.meta.title ?? '')} ${displayText(d.excerpt)}`, d.meta.mentions),
  });
  const toHits = async (list: PagefindResult[]) => (await Promise.all(list.map(dataOf))).map(toHit);

  // Pagefind may rank briefs and deals that repeat a name above the entity of that name,
  // even below the first page. The best few entities for the query are looked up apart
  // (the same search, filtered to entities), and one the query names joins the first
  // page, where rankHits puts it first. Only their small fragments are fetched.
  const namedEntities = async (): Promise<PagefindResult[]> => {
    if (!searchedQuery || filters.type) return [];
    const inFirst = new Set(results.slice(0, firstPage).map((r) => r.id));
    const byId = new Map(results.map((r) => [r.id, r]));
    const entities = (await pf.search(searchedQuery, { filters: { ...filters, type: 'Entity' } })).results
      .slice(0, NAME_CANDIDATES)
      .filter((r) => !inFirst.has(r.id) && byId.has(r.id));
    const hits = await toHits(entities);
    return entities.filter((_, i) => nameTier(hits[i]!, query) < 2).map((r) => byId.get(r.id)!);
  };

  // Fragments are fetched only when asked for, so a search overtaken by the next
  // keystroke costs no fragment requests. Re-ranking only reorders within the first
  // window (the first page and any entity it gained), so later slices never repeat a hit.
  let order = results;
  let first: Promise<{ hits: SearchHit[]; size: number }> | undefined;
  const firstHits = () =>
    (first ??= (async () => {
      const promoted = await namedEntities();
      const gained = new Set(promoted.map((r) => r.id));
      const window = [...results.slice(0, firstPage), ...promoted];
      order = [...window, ...results.slice(firstPage).filter((r) => !gained.has(r.id))];
      return { hits: rankHits(await toHits(window), query), size: window.length };
    })());
  return {
    total: results.length,
    missing,
    hits: async (start, end) => {
      const { hits: top, size } = await firstHits();
      if (end <= size) return top.slice(start, end);
      const rest = await toHits(order.slice(Math.max(start, size), end));
      return start >= size ? rest : [...top.slice(start), ...rest];
    },
  };
}
