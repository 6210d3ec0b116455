// What a reader's browser fetches from a built site, measured in Chromium: the bytes
// and time of a first and a following search, in the header box (names and titles,
// the quick index) or on /search/ (full text, Pagefind), and the HTML, CSS and JS
// bytes of one page. The site is served by the plain static server, which counts
// every byte it sends. Used by `npm run bench:search` and `npm run bench`.
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { createStaticServer } from './static-server.ts';

export type SearchMode = 'paste' | 'type';
/** Where the query is typed: the header box of any page, or the full-text box of /search/. */
export type SearchBox = 'header' | 'search-page';

const BOXES: Record<SearchBox, { input: string; status: string; busy: string }> = {
  header: { input: '#site-search', status: '[data-header-search-status]', busy: '#site-search-popup' },
  'search-page': { input: '#q', status: '[data-search-status]', busy: '[data-search-results]' },
};

export interface Measure {
  raw: number;
  gzip: number;
  requests: number;
  ms: number;
  /** Wire bytes (gzip where a host would compress) by what the file is for, e.g. "index metadata". */
  parts: Record<string, number>;
}

/** What a file fetched for a search is: Pagefind's own files by role, Dossier's code, or other. */
export function searchFilePart(file: string): string {
  const name = file.split(/[\\/]/).pop()!;
  if (name === 'pagefind.js') return 'pagefind.js';
  if (name === 'pagefind-worker.js') return 'pagefind worker';
  if (name.endsWith('.pagefind')) return 'WASM';
  if (name.endsWith('.pf_meta')) return 'index metadata (every record)';
  if (name.endsWith('.pf_index')) return 'index chunks';
  if (name.endsWith('.pf_fragment')) return 'result fragments';
  if (name.endsWith('.pf_filter')) return 'filter index';
  if (name === 'pagefind-entry.json') return 'pagefind-entry.json';
  if (/[\\/]quick-search[\\/]index\.json$/.test(file)) return 'quick index manifest';
  if (/[\\/]quick-search[\\/][^\\/]+[\\/][^\\/]+\.json$/.test(file)) return 'quick index shard';
  if (name.endsWith('.js')) return 'Dossier JS';
  return 'other';
}

export interface SearchRow {
  box: SearchBox;
  mode: SearchMode;
  query: string;
  next: string;
  first: Measure;
  following: Measure;
}

export interface SiteOptions {
  dir: string;
  /** "/" or "/a/b/". */
  base: string;
  /** 0 lets the system choose. */
  port?: number;
}

/** A brisk typist: every keystroke's search may finish before the next key, as in real use. */
export const TYPING_DELAY_MS = 120;

// Pagefind's index files are compressed by Pagefind itself; hosts gzip text, JS and WASM.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.wasm', '.xml', '.svg', '.txt']);
const gzipCache = new Map<string, number>();
export function wireSize(file: string): number {
  if (!COMPRESSIBLE.has(extname(file))) return statSync(file).size;
  let size = gzipCache.get(file);
  if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(file)).length));
  return size;
}

interface Served {
  raw: number;
  gzip: number;
  files: string[];
}

/** Serves the site and counts what it sends until `reset()`. */
async function serve(options: SiteOptions) {
  let served: Served = { raw: 0, gzip: 0, files: [] };
  const server = createStaticServer({
    dir: options.dir,
    base: options.base,
    onResponse: (_path, _status, file) => {
      if (!file) return;
      served.raw += statSync(file).size;
      served.gzip += wireSize(file);
      served.files.push(file);
    },
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take: () => served,
    reset: () => (served = { raw: 0, gzip: 0, files: [] }),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Types a query into a search box and resolves with ms from the last keystroke to the announced results. */
async function timedSearch(page: Page, query: string, mode: SearchMode, where: SearchBox): Promise<number> {
  const selectors = BOXES[where];
  const box = page.locator(selectors.input);
  await box.fill('');
  await page.evaluate(() => {
    // `input`, not `keydown`: characters outside the keyboard layout (CJK, Bengali) arrive without key events.
    const w = window as unknown as { lastKey: number };
    document.addEventListener('input', (e) => (w.lastKey = e.timeStamp), { capture: true });
  });
  if (mode === 'paste') await box.fill(query);
  else await box.pressSequentially(query, { delay: TYPING_DELAY_MS });
  const shownAt = await page.waitForFunction(
    ({ q, status, busy }) => {
      const said = document.querySelector(status)?.textContent ?? '';
      return said.includes(`“${q}”`) && document.querySelector(busy)?.getAttribute('aria-busy') === 'false' && performance.now();
    },
    { q: query, status: selectors.status, busy: selectors.busy },
    { polling: 'raf', timeout: 60_000 },
  );
  const lastKey = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
  return ((await shownAt.jsonValue()) as number) - lastKey;
}

/**
 * For each query, in a fresh browser context (empty cache): opens `page` (for the
 * header box) or /search/, searches for the query (first search), then for the next
 * query in the list (following search).
 */
export async function measureSearch(
  options: SiteOptions & { page: string; queries: string[]; modes?: SearchMode[]; boxes?: SearchBox[] },
): Promise<SearchRow[]> {
  const site = await serve(options);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const rows: SearchRow[] = [];
  const take = (ms: number): Measure => {
    const s = site.take();
    const parts: Record<string, number> = {};
    for (const file of s.files) parts[searchFilePart(file)] = (parts[searchFilePart(file)] ?? 0) + wireSize(file);
    return { raw: s.raw, gzip: s.gzip, requests: s.files.length, ms, parts };
  };
  try {
    for (const box of options.boxes ?? ['header']) {
      for (const mode of options.modes ?? ['paste', 'type']) {
        for (const [i, query] of options.queries.entries()) {
          const next = options.queries[(i + 1) % options.queries.length]!;
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.goto(`${site.origin}${options.base}${box === 'header' ? options.page : 'search/'}`, { waitUntil: 'networkidle' });
          site.reset();
          const firstMs = await timedSearch(page, query, mode, box);
          await page.waitForLoadState('networkidle');
          const first = take(firstMs);
          site.reset();
          const followingMs = await timedSearch(page, next, mode, box);
          await page.waitForLoadState('networkidle');
          rows.push({ box, mode, query, next, first, following: take(followingMs) });
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Medians of the first and following searches of one mode in one box. */
export function searchMedians(rows: SearchRow[], mode: SearchMode, box: SearchBox = 'header') {
  const mine = rows.filter((r) => r.mode === mode && r.box === box);
  const med = (f: (r: SearchRow) => number) => median(mine.map(f));
  // The parts of the first search whose total is the median (an actual search, not a mix).
  const byGzip = [...mine].sort((a, b) => a.first.gzip - b.first.gzip);
  return {
    first: {
      raw: med((r) => r.first.raw),
      gzip: med((r) => r.first.gzip),
      ms: med((r) => r.first.ms),
      parts: byGzip[Math.floor(byGzip.length / 2)]?.first.parts ?? {},
    },
    following: { raw: med((r) => r.following.raw), gzip: med((r) => r.following.gzip), ms: med((r) => r.following.ms) },
  };
}

export type ByKind = Record<'html' | 'css' | 'js' | 'other', { raw: number; gzip: number }>;

const kindOf = (file: string): keyof ByKind => {
  const ext = extname(file);
  return ext === '.html' ? 'html' : ext === '.css' ? 'css' : ext === '.js' || ext === '.mjs' ? 'js' : 'other';
};

/** Bytes of everything a fresh browser loads to show `page` (before any interaction), by kind. */
export async function measurePageWeight(options: SiteOptions & { page: string }): Promise<ByKind> {
  const site = await serve(options);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    site.reset();
    await page.goto(`${site.origin}${options.base}${options.page}`, { waitUntil: 'networkidle' });
    const out: ByKind = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
    for (const file of site.take().files) {
      const k = out[kindOf(file)];
      k.raw += statSync(file).size;
      k.gzip += wireSize(file);
    }
    await context.close();
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
