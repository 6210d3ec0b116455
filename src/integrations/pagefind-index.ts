import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_FILE, type SearchRecords } from '../lib/search-records.ts';
import { indexableHtml, indexText } from '../lib/search-text.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/** "briefs/x/index.html" → "briefs/x/"; "404.html" → "404.html". */
function sitePath(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Where indexSite reports progress: Astro's integration logger, or the console. */
export interface IndexLogger {
  info(message: string): void;
}

/**
 * Indexes a built site with Pagefind's Node API and throws when Pagefind reports an
 * error (astro-pagefind only logs). Each page goes through the shared analyzer
 * (src/lib/search-text.ts) on its way into the index; the served HTML is left as built.
 * Writes <outDir>/pagefind/ and returns the number of records indexed.
 */
export async function indexSite(outDir: string, logger: IndexLogger): Promise<number> {
  logger.info('indexing the built pages'); // marks the start of the search-index phase in the log
  // Rendered by src/pages/search-records.json.ts from the build's own site index; not served.
  const recordsFile = join(outDir, SEARCH_RECORDS_FILE);
  let records: SearchRecords;
  try {
    records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecords;
  } catch (error) {
    throw new Error(`The search index needs ${recordsFile}, rendered by src/pages/search-records.json.ts: ${(error as Error).message}`);
  }
  rmSync(recordsFile);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for await (const file of htmlFiles(outDir)) {
      const html = await readFile(file, 'utf8');
      // Listings carry no data-pagefind-body, and Pagefind skips such pages once any
      // page has one: not sending them saves rewriting and parsing the largest pages.
      if (!html.includes('data-pagefind-body')) continue;
      const path = sitePath(outDir, file);
      // Site-relative: the browser bundle prefixes the base path it is served from.
      const added = await index.addHTMLFile({ url: `/${path}`, content: indexableHtml(html, records.aliases[path]) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
      pages++;
    }
    // Deals have no page of their own: each becomes a record pointing at its row on /deals/.
    for (const record of records.deals) {
      const added = await index.addCustomRecord({
        url: `/${record.path}`,
        content: indexText(record.content),
        language: 'en',
        meta: Object.fromEntries(Object.entries(record.meta).map(([k, v]) => [k, indexText(v)])),
        filters: record.filters,
      });
      if (added.errors.length) throw new Error(`Pagefind could not index deal ${record.path}: ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
    removeUnusedBundleFiles(join(outDir, 'pagefind'));
    logger.info(`indexed ${pages} pages`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the search index once Astro has written the site, so a plain `astro build`
 * fails when indexing fails. `npm run build` (scripts/build.ts) sets
 * DOSSIER_INDEX_AFTER_ASTRO and calls indexSite itself once Astro has exited: Pagefind
 * then no longer runs beside a process holding every rendered page, and the peak
 * memory of a build is the larger of the two instead of their sum.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.DOSSIER_INDEX_AFTER_ASTRO) {
          logger.info('search index: built by scripts/build.ts once Astro has exited');
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
