// `npm run bench:pagefind -- <site>`: the two stages of the search index on a built site,
// timed apart. "Adding": Node reads each page, prepares it for the index and sends it to
// Pagefind, eight requests in flight, as `npm run build` does while Astro writes the pages
// (with the deal records). "Writing": Pagefind builds its index and writes the bundle to
// <site>/pagefind/ (removed first: Pagefind skips any hashed file that already exists, which
// would time a write that compresses nothing). The Pagefind process's peak memory is read
// after each. <site> is the output of a plain `astro build` run with
// DOSSIER_INDEX_AFTER_ASTRO=1, which leaves the records the index needs beyond the pages
// (search-records.json) beside them. Prints figures; asserts nothing (BENCHMARKS.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFiles, startSearchIndex } from '../src/integrations/pagefind-index.ts';
import { gb, seconds } from './bench/measure.ts';
import { SEARCH_RECORDS_FILE, type SearchRecords } from '../src/lib/search-records.ts';

const site = resolve(process.argv[2] ?? 'dist');
const recordsFile = join(site, SEARCH_RECORDS_FILE);
if (!existsSync(recordsFile)) {
  console.error(`✖ ${recordsFile} is missing: build the site with \`DOSSIER_INDEX_AFTER_ASTRO=1 npx astro build\` (npm run build indexes the site and removes it).`);
  process.exit(2);
}
const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecords;

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
const indexer = await startSearchIndex(site, records, { info: (m) => console.log(`  ${m}`) });
const pid = pagefindChild();
for (const file of htmlFiles(site)) {
  indexer.addPage(file);
  files++;
}
await indexer.settled();
const added = performance.now();
const peakAdded = peakOf(pid);
console.log(`added ${records.deals.length} deal records and ${files} HTML files (those with data-pagefind-body are indexed) in ${seconds(added - started)}; Pagefind's peak memory ${memory(peakAdded)}`);
// finish() writes the bundle and then stops Pagefind, so its peak is sampled every 100 ms
// while it works (the peak only ever rises; the last sample can be that much early).
let peakWritten = peakAdded;
const poll = setInterval(() => (peakWritten = peakOf(pid) ?? peakWritten), 100);
const indexed = await indexer.finish();
clearInterval(poll);
console.log(`built and wrote the bundle of ${indexed} records in ${seconds(performance.now() - added)}; Pagefind's peak memory ${memory(peakWritten)}`);
