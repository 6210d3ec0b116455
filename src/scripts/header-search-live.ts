// Live results under the header search box. The results are real links, so the
// browser's own link behaviour (Enter, middle-click, copy link) keeps working:
// ArrowDown moves focus from the box into the list, arrows move within it, Escape
// closes the list and returns to the box, and Enter in the box submits to /search/.
import { countText, renderHit } from './render-hit.ts';
import { runSearch } from './search-client.ts';

const LIMIT = 8;

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
      const response = await runSearch(base, query, {}, LIMIT);
      if (mine !== generation) return;
      const shown = await response.hits(0, LIMIT);
      if (mine !== generation) return; // a newer keystroke owns the popup now
      list.replaceChildren(...shown.map((hit) => renderHit(hit, null, 'popup-hit')));
      more.href = `${searchPath}?${new URLSearchParams({ q: query })}`;
      more.textContent = response.total > shown.length ? `All ${response.total} results for “${query}”` : `Open “${query}” on the search page`;
      const count = countText(response.total, query);
      const listed = response.total > shown.length ? ` The first ${shown.length} are listed;` : '';
      status.textContent = shown.length ? `${count}${listed} press the down arrow to browse them.` : count;
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
