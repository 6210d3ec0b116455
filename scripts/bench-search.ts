// `npm run bench:search`: what a reader's search costs in Chromium on a built site.
// Serves the site from a plain static server that counts every byte it sends, types
// queries into the header search box of a brief page, and reports for a first search
// (cold: search code, Pagefind runtime, WASM, index chunks) and a following search:
// bytes transferred and the time from the last keystroke to the results being shown.
// Prints figures; asserts nothing (see BENCHMARKS.md).
import { statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { createStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    page: { type: 'string', default: 'briefs/' },
    queries: { type: 'string', default: 'Xiaomi,小米,электромобиль,এক্সপেং,produksi,Hong Kong AI fund' },
  },
});
const base = `/${values.base!.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const queries = values.queries!.split(',');

// Pagefind's index files are compressed by Pagefind itself; hosts gzip text, JS and WASM.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.wasm', '.xml', '.svg', '.txt']);
const gzipCache = new Map<string, number>();
const wireSize = (file: string) => {
  if (!COMPRESSIBLE.has(extname(file))) return statSync(file).size;
  let size = gzipCache.get(file);
  if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(file)).length));
  return size;
};

let served = { raw: 0, gzip: 0, files: [] as string[] };
const server = createStaticServer({
  dir: values.dir!,
  base,
  onResponse: (path, status, file) => {
    if (!file) return;
    served.raw += statSync(file).size;
    served.gzip += wireSize(file);
    served.files.push(path);
  },
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** Types a query into the header box and resolves with ms from the last keystroke to the announced results. */
async function timedSearch(page: Page, query: string, mode: 'paste' | 'type'): Promise<number> {
  const box = page.locator('#site-search');
  await box.fill('');
  await page.evaluate(() => {
    // `input`, not `keydown`: characters outside the keyboard layout (CJK, Bengali) arrive without key events.
    const w = window as unknown as { lastKey: number };
    document.addEventListener('input', (e) => (w.lastKey = e.timeStamp), { capture: true });
  });
  if (mode === 'paste') await box.fill(query);
  else await box.pressSequentially(query, { delay: TYPING_DELAY_MS });
  const shownAt = await page.waitForFunction(
    (q) => {
      const status = document.querySelector('[data-header-search-status]')?.textContent ?? '';
      const popup = document.querySelector('#site-search-popup');
      return status.includes(`“${q}”`) && popup?.getAttribute('aria-busy') === 'false' && performance.now();
    },
    query,
    { polling: 'raf' },
  );
  const lastKey = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
  return (await shownAt.jsonValue()) as number - lastKey;
}

/** A brisk typist: every keystroke's search may finish before the next key, as in real use. */
const TYPING_DELAY_MS = 120;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

type Measure = { raw: number; gzip: number; requests: number; ms: number };
const take = (ms: number): Measure => ({ raw: served.raw, gzip: served.gzip, requests: served.files.length, ms });
const reset = () => (served = { raw: 0, gzip: 0, files: [] });

const browser = await chromium.launch(chromiumLaunchOptions());
const rows: { mode: 'paste' | 'type'; query: string; next: string; first: Measure; following: Measure }[] = [];
for (const mode of ['paste', 'type'] as const) {
  for (const [i, query] of queries.entries()) {
    const next = queries[(i + 1) % queries.length]!;
    const context = await browser.newContext(); // a cold cache for every first search
    const page = await context.newPage();
    await page.goto(`${origin}${base}${values.page}`, { waitUntil: 'networkidle' });
    reset();
    const firstMs = await timedSearch(page, query, mode);
    await page.waitForLoadState('networkidle');
    const first = take(firstMs);
    reset();
    const followingMs = await timedSearch(page, next, mode);
    await page.waitForLoadState('networkidle');
    rows.push({ mode, query, next, first, following: take(followingMs) });
    await context.close();
  }
}
await browser.close();
server.close();

console.log(`Search in Chromium on ${values.dir} (base ${base}), in the header box of ${base}${values.page}.`);
console.log(`paste: the whole query arrives as one input event; type: one key per ${TYPING_DELAY_MS} ms, ms counted from the last key.`);
console.log('mode | query → next | first search: bytes (gzip on the wire), requests, ms | following search: bytes (gzip), requests, ms');
const show = (m: Measure) => `${kb(m.raw)} (${kb(m.gzip)}), ${m.requests}, ${m.ms.toFixed(0)} ms`;
for (const r of rows) console.log(`${r.mode} | ${r.query} → ${r.next} | ${show(r.first)} | ${show(r.following)}`);
for (const mode of ['paste', 'type'] as const) {
  const mine = rows.filter((r) => r.mode === mode);
  const med = (f: (r: (typeof rows)[number]) => number) => median(mine.map(f));
  console.log(
    `median ${mode}: first ${kb(med((r) => r.first.raw))} (${kb(med((r) => r.first.gzip))} gzip) in ${med((r) => r.first.ms).toFixed(0)} ms;` +
      ` following ${kb(med((r) => r.following.raw))} (${kb(med((r) => r.following.gzip))} gzip) in ${med((r) => r.following.ms).toFixed(0)} ms`,
  );
}
