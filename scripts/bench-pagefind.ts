// `npm run bench:pagefind -- <site>`: the two stages of the search index on a built site,
// timed apart: adding every record to Pagefind (as `npm run build` does while Astro writes
// the pages), then Pagefind building and writing its bundle (<site>/pagefind/), with the
// Pagefind process's peak memory after each. <site> is the output of a plain `astro build`
// run with DOSSIER_INDEX_AFTER_ASTRO=1, which leaves the records the index needs beyond the
// pages (search-records.json) beside them. Prints figures; asserts nothing (BENCHMARKS.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFiles, startSearchIndex } from '../src/integrations/pagefind-index.ts';
import { SEARCH_RECORDS_FILE, type SearchRecords } from '../src/lib/search-records.ts';

const site = resolve(process.argv[2] ?? 'dist');
const recordsFile = join(site, SEARCH_RECORDS_FILE);
if (!existsSync(recordsFile)) {
  console.error(`✖ ${recordsFile} is missing: build the site with \`DOSSIER_INDEX_AFTER_ASTRO=1 npx astro build\` (npm run build indexes the site and removes it).`);
  process.exit(2);
}
const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecords;

/** The Pagefind process's peak resident memory in bytes (Linux /proc), or undefined. */
function pagefindPeak(pid: string | undefined): number | undefined {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
  } catch {
    return undefined;
  }
}
const gb = (bytes: number | undefined) => (bytes === undefined ? '? (no /proc)' : `${(bytes / 1024 ** 3).toFixed(2)} GB`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const started = performance.now();
let files = 0;
const indexer = await startSearchIndex(site, records, { info: (m) => console.log(`  ${m}`) });
let pid: string | undefined;
try {
  pid = execFileSync('pgrep', ['-n', 'pagefind'], { encoding: 'utf8' }).trim();
} catch {
  pid = undefined;
}
for (const file of htmlFiles(site)) {
  indexer.addPage(file);
  files++;
}
await indexer.settled();
const added = performance.now();
const peakAdded = pagefindPeak(pid);
console.log(`added ${records.deals.length} deal records and ${files} HTML files (those with data-pagefind-body are indexed) in ${seconds(added - started)}; Pagefind's peak memory ${gb(peakAdded)}`);
// finish() writes the bundle and then stops Pagefind: its peak is read until it stops.
let peakWritten = peakAdded;
const poll = setInterval(() => (peakWritten = pagefindPeak(pid) ?? peakWritten), 100);
const indexed = await indexer.finish();
clearInterval(poll);
console.log(`built and wrote the bundle of ${indexed} records in ${seconds(performance.now() - added)}; Pagefind's peak memory ${gb(peakWritten)}`);
