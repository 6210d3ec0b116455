// `npm run bench:search`: what a reader's search costs in Chromium on a built site.
// Serves the site from a plain static server that counts every byte it sends, types
// queries into the header search box of a page (names and titles: search code, the
// quick index's manifest and a shard) and into the box of /search/ (full text: search
// code, Pagefind runtime, WASM, index chunks, fragments), and reports for a first
// search (cold) and a following search: bytes transferred and the time from the last
// keystroke to the results being shown.
// Prints figures; asserts nothing (see BENCHMARKS.md). The measuring is in
// tests/support/site-measure.ts, shared with `npm run bench`.
import { parseArgs } from 'node:util';
import { kb, measureSearch, searchMedians, TYPING_DELAY_MS, type Measure } from '../support/site-measure.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    page: { type: 'string', default: 'briefs/' },
    queries: { type: 'string', default: 'Xiaomi,小米,электромобиль,এক্সপেং,produksi,Hong Kong AI fund' },
    port: { type: 'string', default: '0' },
  },
});
const base = `/${values.base!.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const rows = await measureSearch({
  dir: values.dir!,
  base,
  page: values.page!,
  queries: values.queries!.split(','),
  port: Number(values.port),
  boxes: ['header', 'search-page'],
});

console.log(`Search in Chromium on ${values.dir} (base ${base}), in the header box of ${base}${values.page} and on ${base}search/.`);
console.log(`paste: the whole query arrives as one input event; type: one key per ${TYPING_DELAY_MS} ms, ms counted from the last key.`);
console.log(
  'box | mode | query → next | first search: bytes (gzip on the wire), requests, ms | following search: bytes (gzip), requests, ms',
);
const show = (m: Measure) => `${kb(m.raw)} (${kb(m.gzip)}), ${m.requests}, ${m.ms.toFixed(0)} ms`;
for (const r of rows) console.log(`${r.box} | ${r.mode} | ${r.query} → ${r.next} | ${show(r.first)} | ${show(r.following)}`);
for (const box of ['header', 'search-page'] as const)
  for (const mode of ['paste', 'type'] as const) {
    const m = searchMedians(rows, mode, box);
    console.log(
      `median ${box} ${mode}: first ${kb(m.first.raw)} (${kb(m.first.gzip)} gzip) in ${m.first.ms.toFixed(0)} ms;` +
        ` following ${kb(m.following.raw)} (${kb(m.following.gzip)} gzip) in ${m.following.ms.toFixed(0)} ms`,
    );
  }
