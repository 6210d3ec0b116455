// The first step of `npm run build`, in a worker thread: checks the content, prints the
// report and, when it passed, derives what the search index needs beyond the pages.
// A worker because the check holds every content file in memory; when the worker ends,
// all of that is released, and the build (Astro and Pagefind side by side) peaks lower.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../../src/check/check-content.ts';
import { printReport } from '../../src/check/print-report.ts';
import { publishedCollections } from '../../src/lib/published.ts';
import { searchRecords } from '../../src/lib/search-records.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';

/** What the worker posts back: whether the content passed and, if so, the search records as JSON. */
export type ContentCheckResult = { ok: false } | { ok: true; records: string };

const started = performance.now();
const report = checkContent((workerData as { root: string }).root);
const ok = printReport(report, Math.round(performance.now() - started));
// The same records Astro renders from its own collections (src/pages/search-records.json.ts).
const result: ContentCheckResult = ok ? { ok, records: JSON.stringify(searchRecords(buildSiteIndex(publishedCollections(report.collections)))) } : { ok };
parentPort!.postMessage(result);
