// Loaded on every page, so kept tiny: the `/` shortcut, and the live-results code
// imported only when the reader first uses the header search box.
const form = document.querySelector<HTMLFormElement>('[data-header-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  let live: Promise<unknown> | undefined;
  const start = () => (live ??= import('./header-search-live.ts').then((m) => m.attachLiveSearch(form, input)));
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  if (document.activeElement === input) void start();

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    // On /search/ the page's own box is the one to type in.
    (document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]') ?? input).focus();
  });
}

export {};
