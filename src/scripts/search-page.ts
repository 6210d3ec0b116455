// The /search/ page: runs ?q= on load, keeps the URL in step while typing, and renders
// ranked results as links. Pagefind is loaded on first use from <base>pagefind/.
import { runSearch, type SearchHit } from './search-client.ts';

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) {
  const form = page.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = page.querySelector<HTMLElement>('[data-search-status]')!;
  const results = page.querySelector<HTMLElement>('[data-search-results]')!;
  const list = results.querySelector('ol')!;
  const base = page.dataset.base ?? '/';
  let generation = 0;

  const filtersFromForm = () => {
    const filters: Record<string, string> = {};
    for (const name of ['type', 'language', 'topic', 'year']) {
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

  const render = (hits: SearchHit[], query: string) => {
    list.replaceChildren(
      ...hits.map((hit) => {
        const li = document.createElement('li');
        li.className = 'card';
        const h = document.createElement('h2');
        const a = document.createElement('a');
        a.href = hit.url;
        a.textContent = hit.title;
        h.append(a);
        const meta = document.createElement('p');
        meta.className = 'meta';
        meta.textContent = [hit.type, hit.language, hit.date].filter(Boolean).join(' · ');
        const excerpt = document.createElement('p');
        excerpt.innerHTML = hit.excerpt; // Pagefind escapes page text and adds only <mark>
        li.append(h, meta, excerpt);
        return li;
      }),
    );
    status.textContent = query
      ? `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`
      : '';
  };

  const search = async () => {
    const query = input.value.trim();
    const filters = filtersFromForm();
    syncUrl(query, filters);
    const mine = ++generation;
    results.setAttribute('aria-busy', 'true');
    try {
      const hits = query || Object.keys(filters).length ? await runSearch(base, query, filters) : [];
      if (mine !== generation) return; // a newer keystroke owns the results now
      render(hits, query);
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = 'Search is unavailable right now.';
      console.error(error);
    } finally {
      if (mine === generation) results.setAttribute('aria-busy', 'false');
    }
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const name of ['type', 'language', 'topic', 'year']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value) select.value = value;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  input.addEventListener('input', () => void search());
  form.addEventListener('change', () => void search());
  if (input.value || params.size) void search();
}
