// The /search/ page: runs ?q= on load, keeps the URL in step while typing, and renders
// ranked results as links, a page at a time. Pagefind is loaded on first use from <base>pagefind/.
import { countOf } from '../lib/text/counts.ts';
import { renderHit } from './render-hit.ts';
import { runSearch, type SearchResponse } from './search-client.ts';

// Each result costs a fragment request; ten fill a screen. The index itself ranks a page
// whose name matches the query above pages that only repeat it (see search-client.ts).
const PAGE_SIZE = 10;

// Here, not in render-hit.ts: the header box shares that module, and its first search should not fetch this.
/** The results status; `missing` are query words no page has, left out of the search. */
export function countText(count: number, query: string, missing: string[] = []): string {
  if (count === 0) return `No results for “${query}”.`;
  const found = `${countOf(count, 'result')} for “${query}”.`;
  if (!missing.length) return found;
  const words = missing.map((w) => `“${w}”`).join(', ');
  return `${found} No page has ${words}: these results are for the other words.`;
}
const FILTERS = ['type', 'language', 'topic', 'year'] as const;

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) {
  const form = page.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = page.querySelector<HTMLElement>('[data-search-status]')!;
  const results = page.querySelector<HTMLElement>('[data-search-results]')!;
  const list = results.querySelector('ol')!;
  const moreButton = page.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const base = page.dataset.base ?? '/';
  // The languages of the site's briefs, whose stemmers a query word no page has is retried with.
  const langs = (page.dataset.langs ?? '').split(' ').filter(Boolean);
  let generation = 0;
  let current: { response: SearchResponse; shown: number; query: string } | undefined;

  const filtersFromForm = () => {
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
      if (value) filters[name] = value;
    }
    return filters;
  };

  const syncUrl = (query: string, filters: Record<string, string>) => {
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
  };

  const updateMore = () => {
    const left = current ? current.response.total - current.shown : 0;
    moreButton.hidden = left <= 0;
    moreButton.textContent =
      left === 1 ? 'Show the last result' : left <= PAGE_SIZE ? `Show the last ${left}` : `Show ${PAGE_SIZE} more of ${left} remaining`;
  };

  const search = async () => {
    const query = input.value.trim();
    const filters = filtersFromForm();
    syncUrl(query, filters);
    const mine = ++generation;
    results.setAttribute('aria-busy', 'true');
    try {
      const response = query || Object.keys(filters).length ? await runSearch(base, query, filters, PAGE_SIZE, langs) : undefined;
      if (mine !== generation) return;
      const hits = response ? await response.hits(0, PAGE_SIZE) : [];
      if (mine !== generation) return; // a newer keystroke owns the results now
      current = response && { response, shown: hits.length, query };
      list.replaceChildren(...hits.map((hit) => renderHit(hit, 'h2', 'card')));
      const total = response?.total ?? 0;
      status.textContent = query ? countText(total, query, response?.missing) : response ? `${countOf(total, 'result')}.` : '';
      updateMore();
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = 'Search is unavailable right now.';
      console.error(error);
    } finally {
      if (mine === generation) results.setAttribute('aria-busy', 'false');
    }
  };

  const showMore = async () => {
    if (!current) return;
    const mine = generation;
    const from = current.shown;
    results.setAttribute('aria-busy', 'true');
    const hits = await current.response.hits(from, from + PAGE_SIZE);
    if (mine !== generation) return;
    list.append(...hits.map((hit) => renderHit(hit, 'h2', 'card')));
    current.shown += hits.length;
    results.setAttribute('aria-busy', 'false');
    updateMore();
    // Keyboard and screen-reader users continue from the first new result.
    list.children[from]?.querySelector('a')?.focus();
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value) select.value = value;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  input.addEventListener('input', () => void search());
  // Only the filters: the text box also fires `change` when it loses focus, which would
  // re-run the search and drop results the reader just loaded with “Show more”.
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void search();
  });
  moreButton.addEventListener('click', () => void showMore());
  if (input.value || params.size) void search();
}
