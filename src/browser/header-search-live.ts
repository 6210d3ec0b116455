// Live results under the header search box: entities, briefs and deals whose names or
// titles match as the reader types, from the small quick index (src/lib/search/quick-index.ts);
// the full text is searched on /search/, where Enter in the box goes. The results are
// real links, so the browser's own link behaviour (Enter, middle-click, copy link) keeps
// working: ArrowDown moves focus from the box into the list, arrows move within it, and
// Escape closes the list and returns to the box.
import { countOf } from '../lib/text/counts.ts';
import { escapeHtml } from '../lib/text/escape-html.ts';
import type { QuickMatch } from '../lib/search/quick-match.ts';
import { quickSearch } from './quick-search-client.ts';
import { renderHit } from './render-hit.ts';

const LIMIT = 8;

// Why a result matched when its title alone does not show it.
const VIA = { entity: 'Also known as', brief: 'Original headline', deal: 'Parties' } as const;

/**
 * The label of the names a result matched through, told by its address: a deal's row is on its
 * home brief's page ("briefs/<id>/#deal-<deal>"), so the address's section alone would call a
 * deal's parties the brief's original headline.
 */
export function viaLabel(path: string): string | undefined {
  if (/#deal-/.test(path)) return VIA.deal;
  const section = path.split('/')[0];
  return section === 'entities' ? VIA.entity : section === 'briefs' ? VIA.brief : undefined;
}

function renderMatch({ row: [path, title, meta], via }: QuickMatch, base: string): HTMLLIElement {
  const label = viaLabel(path);
  // Each name isolated (<bdi>), so a right-to-left headline keeps its full stop at its own end, not on the far side of the line.
  const excerpt = via.length && label ? `${label}: ${via.map((name) => `<bdi>${escapeHtml(name)}</bdi>`).join(' · ')}` : '';
  return renderHit({ url: `${base}${path}`, title, type: meta, excerpt }, null, 'popup-hit');
}

/** What the live region says: how many matched, how many are listed, and what the keys do. */
export function quickStatusText(query: string, found: number, shown: number, complete: boolean): string {
  const q = `“${query}”`;
  if (!found && !complete) return `The words of ${q} are too common for a quick answer; type more, or press Enter to search the full text.`;
  if (!found) return `No name or title matches ${q}; press Enter to search the full text.`;
  const count = complete
    ? `${countOf(found, 'name or title matches', 'names and titles match')} ${q}.`
    : `Many names and titles match ${q}; the best are listed.`;
  const listed = complete && found > shown ? ` The first ${shown} are listed.` : '';
  return `${count}${listed} Press the down arrow to browse ${shown === 1 ? 'it' : 'them'}, or Enter to search the full text.`;
}

export function attachLiveSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('.search-popup')!;
  const list = popup.querySelector<HTMLOListElement>('ol')!;
  const more = popup.querySelector<HTMLAnchorElement>('.popup-more a')!;
  const status = form.querySelector<HTMLElement>('[data-header-search-status]')!;
  const base = form.dataset.base ?? '/';
  const searchPath = new URL(form.action, location.href).pathname;
  let generation = 0;

  input.setAttribute('aria-controls', popup.id);
  input.setAttribute('aria-expanded', 'false');

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')].concat(more);
  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
  };
  const close = () => {
    generation++; // drop any search still in flight
    open(false);
  };

  const search = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    popup.setAttribute('aria-busy', 'true');
    try {
      const response = await quickSearch(base, query);
      if (mine !== generation) return; // a newer keystroke owns the popup now
      const shown = response.matches.slice(0, LIMIT);
      list.replaceChildren(...shown.map((match) => renderMatch(match, base)));
      more.href = `${searchPath}?${new URLSearchParams({ q: query })}`;
      const typed = document.createElement('bdi');
      typed.textContent = query;
      more.replaceChildren('Search the full text for “', typed, '”');
      status.textContent = quickStatusText(query, response.matches.length, shown.length, response.complete);
      open(true);
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = 'Search is unavailable right now; press Enter to open the search page.';
      console.error(error);
    } finally {
      if (mine === generation) popup.setAttribute('aria-busy', 'false');
    }
  };

  const move = (from: Element | null, step: number) => {
    const all = links();
    const at = all.indexOf(from as HTMLAnchorElement);
    const next = at + step;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  input.addEventListener('input', () => void search());
  form.addEventListener('keydown', (event) => {
    const onInput = event.target === input;
    if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        close();
        input.focus();
      } else if (onInput && input.value) {
        event.preventDefault();
        input.value = '';
        status.textContent = '';
      }
    } else if (event.key === 'ArrowDown' && !popup.hidden) {
      event.preventDefault();
      move(onInput ? null : document.activeElement, 1);
    } else if (event.key === 'ArrowUp' && !popup.hidden && !onInput) {
      event.preventDefault();
      move(document.activeElement, -1);
    } else if (event.key === 'ArrowDown' && onInput && popup.hidden && input.value.trim()) {
      event.preventDefault();
      void search();
    }
  });
  // Close when focus or a click leaves the search form.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount) open(true);
  });

  if (input.value.trim()) void search();
}
