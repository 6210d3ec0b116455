// `npm run bench:pagefind -- <site> [<content>]`: the two stages of the search index on a
// built site, timed apart. "Adding": Node reads each page, prepares it for the index and
// sends it to Pagefind, eight requests in flight, as the build does while Astro renders
// (with the deal records). "Writing": Pagefind builds its index and writes the bundle to
// <site>/pagefind/ (removed first: Pagefind skips any hashed file that already exists, which
// would time a write that compresses nothing). The Pagefind process's peak memory is read
// after each. The records the index needs beyond the pages are derived from <content>
// (default: DOSSIER_CONTENT_DIR or content/), which must be what <site> was built from.
// Prints figures; asserts nothing (BENCHMARKS.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import { htmlFiles, sitePath, startSearchIndex } from '../../src/integrations/pagefind-index.ts';
import { countOf } from '../../src/lib/text/counts.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { indexOrder } from '../../src/lib/search/index-order.ts';
import { buildCatalog } from '../../src/lib/content/catalog.ts';
import { gb, seconds } from './measure.ts';

const site = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(site, 'index.html'))) {
  console.error(`✖ ${site} holds no built site: build it first (npm run build).`);
  process.exit(2);
}
const report = checkContent(process.cwd(), process.argv[3] ? { contentDir: resolve(process.argv[3]) } : {});
if (report.errors.length) {
  console.error(`✖ the content has ${countOf(report.errors.length, 'error')}: run npm run check.`);
  process.exit(2);
}
const records = searchRecords(buildCatalog(publishedCollections(report.collections)));

/** The Pagefind process's peak resident memory in bytes (Linux /proc), or undefined. */
function peakOf(pid: string | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
  } catch {
    return undefined;
  }
}
/** This script's own Pagefind process (a child of this one), if pgrep can tell. */
function pagefindChild(): string | undefined {
  try {
    return execFileSync('pgrep', ['-n', '-P', String(process.pid), 'pagefind'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
const memory = (bytes: number | undefined) => gb(bytes, '? (no pgrep or /proc here)');

rmSync(join(site, 'pagefind'), { recursive: true, force: true });
const started = performance.now();
let files = 0;
const indexer = await startSearchIndex(records, { info: (m) => console.log(`  ${m}`) });
const pid = pagefindChild();
// In the index's order, as the build hands the pages over.
const inIndexOrder = indexOrder(records.leading);
for (const file of [...htmlFiles(site)].sort((a, b) => inIndexOrder(sitePath(a), sitePath(b)))) {
  indexer.addPage(sitePath(file), readFileSync(join(site, file), 'utf8'));
  files++;
}
await indexer.settled();
const added = performance.now();
const peakAdded = peakOf(pid);
console.log(
  `added ${records.deals.length} deal records and ${files} HTML files (those with data-pagefind-body are indexed) in ${seconds(added - started)}; Pagefind's peak memory ${memory(peakAdded)}`,
);
// finish() writes the bundle and then stops Pagefind, so its peak is sampled every 100 ms
// while it works (the peak only ever rises; the last sample can be that much early).
let peakWritten = peakAdded;
const poll = setInterval(() => (peakWritten = peakOf(pid) ?? peakWritten), 100);
const indexed = await indexer.finish(site);
clearInterval(poll);
console.log(
  `built and wrote the bundle of ${indexed} records in ${seconds(performance.now() - added)}; Pagefind's peak memory ${memory(peakWritten)}`,
);
