import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_FILE, type SearchRecords } from '../lib/search-records.ts';
import { indexableHtml, indexText } from '../lib/search-text.ts';

/** The HTML files under `dir`, as paths relative to it with "/" separators. */
export function* htmlFiles(dir: string, prefix = ''): Generator<string> {
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (path !== 'pagefind' && path !== '_astro') yield* htmlFiles(dir, path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/** "briefs/x/index.html" → "briefs/x/"; "404.html" → "404.html". */
function sitePath(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Where the indexer reports progress: Astro's integration logger, or the console. */
export interface IndexLogger {
  info(message: string): void;
}

/**
 * Requests sent to Pagefind before waiting for an answer. Pagefind works on its own
 * process; with a few requests queued it never waits while Node reads and rewrites the
 * next page. Measured on the 10k-brief bench site: adding 17,000 records took 24 s
 * instead of 32 s.
 */
const IN_FLIGHT = 8;

/** A search index being built: pages go in while the site is still being written. */
export interface SearchIndexer {
  /**
   * Queues one built page, by its path inside the output folder ("briefs/x/index.html").
   * Pages are sent to Pagefind in the order they are queued, so a build that writes its
   * pages in a fixed order gets the same bundle every time.
   */
  addPage(file: string): void;
  /**
   * Resolves when no record is waiting or in flight: every page queued before then has been
   * answered by Pagefind (used to time the stages apart; a failure still surfaces from finish()).
   */
  settled(): Promise<void>;
  /** Adds every page not added yet, writes <outDir>/pagefind/; returns the record count. */
  finish(): Promise<number>;
  /** Stops Pagefind without writing anything (the build failed). */
  abort(): Promise<void>;
}

/**
 * Starts Pagefind's indexer for a site being written to `outDir`. Each page goes
 * through the shared analyzer (src/lib/search-text.ts) on its way into the index;
 * the served HTML is left as built. Throws, from addPage's queue via finish, when
 * Pagefind reports an error (astro-pagefind only logs).
 */
export async function startSearchIndex(outDir: string, records: SearchRecords, logger: IndexLogger): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const queue = new PQueue({ concurrency: IN_FLIGHT });
  const seen = new Set<string>();
  let failure: Error | undefined;
  let pages = 0;
  const fail = (error: unknown) => {
    failure ??= error as Error;
  };

  async function sendPage(file: string): Promise<void> {
    const full = join(outDir, file);
    if (!existsSync(full)) {
      // Reported but not (or not yet) there: the final sweep adds it if it appears.
      seen.delete(file);
      return;
    }
    const html = readFileSync(full, 'utf8');
    // Listings carry no data-pagefind-body, and Pagefind skips such pages once any
    // page has one: not sending them saves rewriting and parsing the largest pages.
    if (!html.includes('data-pagefind-body')) return;
    const path = sitePath(file);
    pages++;
    // Site-relative: the browser bundle prefixes the base path it is served from.
    const added = await index!.addHTMLFile({ url: `/${path}`, content: indexableHtml(html, records.aliases[path]) });
    if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
  }

  function addPage(file: string): void {
    if (seen.has(file) || failure) return;
    seen.add(file);
    // p-queue starts jobs in the order they were added, and each reads its page and
    // sends it before yielding, so Pagefind receives the pages in that order.
    queue.add(() => sendPage(file)).catch(fail);
  }

  // A deal has no page: each becomes a record pointing at its row on its home brief's page.
  // They need no built page, so they go first, while Astro is still rendering.
  for (const record of records.deals) {
    queue
      .add(async () => {
        const added = await index.addCustomRecord({
          url: `/${record.path}`,
          content: indexText(record.content),
          language: 'en',
          meta: Object.fromEntries(Object.entries(record.meta).map(([k, v]) => [k, indexText(v)])),
          filters: record.filters,
        });
        if (added.errors.length) throw new Error(`Pagefind could not index deal ${record.path}: ${added.errors.join('; ')}`);
        pages++;
      })
      .catch(fail);
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    queue.clear();
    // Closing first settles any request still waiting for an answer (its job fails and
    // is ignored): if the Pagefind process died, waiting for the queue would never end.
    await pagefind.close();
    await queue.onIdle();
  };

  return {
    addPage,
    settled: () => queue.onIdle(),
    abort: close,
    async finish() {
      try {
        if (queue.size) logger.info(`${queue.size} records still queued for Pagefind when the site was complete`);
        // Whatever was not streamed in while the site was written (all of it, for a
        // plain `astro build`), in a fixed order.
        for (const file of htmlFiles(outDir)) addPage(file);
        await queue.onIdle();
        if (failure) throw failure;
        const written = await index!.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        removeUnusedBundleFiles(join(outDir, 'pagefind'));
        logger.info(`indexed ${pages} pages`);
        return pages;
      } finally {
        await close();
      }
    },
  };
}

/** Reads the records the build rendered into the output folder (and removes them: they are not served). */
export function takeSearchRecords(outDir: string): SearchRecords {
  // Rendered by src/pages/search-records.json.ts from the build's own site index.
  const recordsFile = join(outDir, SEARCH_RECORDS_FILE);
  try {
    return JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecords;
  } catch (error) {
    throw new Error(`The search index needs ${recordsFile}, rendered by src/pages/search-records.json.ts: ${(error as Error).message}`);
  } finally {
    rmSync(recordsFile, { force: true });
  }
}

/** Indexes a site Astro has finished writing. Writes <outDir>/pagefind/ and returns the number of records. */
export async function indexSite(outDir: string, logger: IndexLogger): Promise<number> {
  logger.info('indexing the built pages'); // marks the start of the search-index phase in the log
  const indexer = await startSearchIndex(outDir, takeSearchRecords(outDir), logger);
  return indexer.finish();
}

/**
 * Builds the search index once Astro has written the site, so a plain `astro build`
 * fails when indexing fails. `npm run build` (scripts/build.ts) sets
 * DOSSIER_INDEX_AFTER_ASTRO and indexes each page as Astro reports it written, in
 * Pagefind's own process on the other core, instead of all of them afterwards.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.DOSSIER_INDEX_AFTER_ASTRO) {
          logger.info('search index: built by scripts/build.ts as the pages are written');
          return;
        }
        await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}

/**
 * Pagefind always writes its ready-made UIs and the WASM for pages of unknown language.
 * Dossier has its own search UI and one forced-language index, so these are never
 * requested; leaving them out saves about half a megabyte per deploy.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'wasm.unknown.pagefind',
];
function removeUnusedBundleFiles(bundleDir: string): void {
  for (const name of UNUSED_BUNDLE_FILES) rmSync(join(bundleDir, name), { force: true });
}
