import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentDir } from '../check/content-dir.ts';
import { readContent } from '../check/read-content.ts';
import { dealSearchRecords } from '../lib/deal-search-records.ts';
import { publishedCollections } from '../lib/published.ts';
import { aliasMetadataByPath } from '../lib/search-metadata.ts';
import { buildSiteIndex } from '../lib/site-index.ts';
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

/**
 * Indexes the built site with Pagefind's Node API once the build is done and fails
 * the build when Pagefind reports an error (astro-pagefind only logs). Each page
 * goes through the shared analyzer (src/lib/search-text.ts) on its way into the
 * index; the served HTML is left as built.
 */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        logger.info('indexing the built pages'); // marks the start of the search-index phase in the log
        const collections = publishedCollections(readContent(contentDir(root), root).collections);
        const metadata = aliasMetadataByPath(collections);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let pages = 0;
          for await (const file of htmlFiles(outDir)) {
            const path = sitePath(outDir, file);
            const html = indexableHtml(await readFile(file, 'utf8'), metadata.get(path));
            // Site-relative: the browser bundle prefixes the base path it is served from.
            const added = await index.addHTMLFile({ url: `/${path}`, content: html });
            if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
            if (html.includes('data-pagefind-body')) pages++;
          }
          // Deals have no page of their own: each becomes a record pointing at its row on /deals/.
          for (const record of dealSearchRecords(buildSiteIndex(collections))) {
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
        } finally {
          await pagefind.close();
        }
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
