import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckReport } from '../check/check-content.ts';
import { contentDir } from '../check/content-dir.ts';
import { ContentValidationError } from '../check/errors.ts';
import { formatIssues } from '../check/format-issues.ts';
import type { ContentIssue } from '../check/issue.ts';
import { countOf } from '../lib/text/counts.ts';
import { COLLECTION_NAMES, type CollectionName } from '../lib/content/entries.ts';
import { briefMarkdownOptions, renderBriefBody, type BriefMarkdownOptions, type SiteMarkdownConfig } from './render-brief-body.ts';
import { sourceDigest } from './source-digest.ts';
import { astroBuildFingerprint } from '../integrations/build-fingerprint.ts';
import { PAGE_CACHE_FOLDER } from '../integrations/kept-pack.ts';
import { KeptReadings } from './kept-readings.ts';
import { sha1 } from '../integrations/sha1.ts';

/** Packages whose code turns a body into HTML. */
const RENDER_PACKAGES = ['satteri', '@astrojs/markdown-satteri', 'hastscript', 'hast-util-to-html', 'astro'];

/**
 * What a brief's stored HTML depends on besides its own file: this renderer and the
 * Markdown plugins (everything astro.config.mjs imports, followed through imports), the
 * versions of the packages above as installed, the base path and the Markdown settings.
 * The build's fingerprint is added to it (see store): the packages these reach (Shiki and
 * its themes), Node and its ICU data.
 */
function rendererDigest(root: string, settings: string[]): string {
  const versions = RENDER_PACKAGES.map((name) => {
    try {
      return `${name}@${(JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, 'utf8')) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
  return sourceDigest(
    root,
    ['astro.config.mjs', fileURLToPath(new URL('./render-brief-body.ts', import.meta.url))],
    [...versions, ...settings],
  );
}

/** One reading of content/: the report of `npm run check`, and which loaders have taken it. */
interface Reading {
  report: Promise<CheckReport>;
  /** The build's fingerprint (src/integrations/build-fingerprint.ts), worked out once for the readings kept and the bodies stored. */
  fingerprint: string;
  takenBy: Set<CollectionName>;
}

/**
 * The loaders of the four collections. They share one reading of the content folder:
 * the first loader Astro starts runs the whole content check (src/check/check-content.ts,
 * exactly what `npm run check` runs: the same file selection, parser, schemas, reference
 * rules and corpus hashes), and every loader stores the entries that reading validated.
 * Any error fails the content sync, and with it the build, listing every problem at once,
 * before a page is rendered. Nothing reads a content file again afterwards, so what is
 * stored, rendered, indexed and exported is what was checked, even if a file changes
 * while the site is being built.
 */
export function contentLoaders(): Record<CollectionName, Loader> {
  let reading: Reading | undefined;

  /**
   * The current reading, started by whichever loader asks first. Once all four loaders
   * have taken it, the next content sync (or a change in `astro dev`) starts a new one.
   */
  const read = (context: LoaderContext, collection: CollectionName): Reading => {
    if (!reading || reading.takenBy.has(collection)) {
      const root = fileURLToPath(context.config.root).replace(/\/$/, '');
      const started = performance.now();
      // `astro dev` keeps no readings and renders bodies as edits come: hashing every code and
      // corpus file on each save would buy it nothing.
      const fingerprint = context.watcher ? 'astro dev' : astroBuildFingerprint(context.config);
      const report = Promise.resolve().then(() => {
        const store = keptReadings(context, fingerprint);
        let r: CheckReport;
        try {
          r = checkContent(root, { store });
          store?.commit();
        } catch (error) {
          store?.discard();
          throw error;
        }
        const ms = Math.round(performance.now() - started);
        if (r.warnings.length) context.logger.warn(`${countOf(r.warnings.length, 'content warning')}:\n${formatIssues(r.warnings)}`);
        if (!r.corpusChecked) context.logger.warn('corpus folder not found: source hashes not checked (set CORPUS_DIR)');
        const reused = store?.reused ? `; ${store.reused} as the last build read them` : '';
        if (!r.errors.length) context.logger.info(`${countOf(r.files, 'content file')} valid (${ms} ms${reused})`);
        return r;
      });
      reading = { report, fingerprint, takenBy: new Set() };
    }
    const current = reading;
    current.takenBy.add(collection);
    if (COLLECTION_NAMES.every((c) => current.takenBy.has(c))) reading = undefined;
    return current;
  };

  const loader = (collection: CollectionName): Loader => ({
    name: `dossier:${collection}`,
    load: async (context) => {
      const { report: reported, fingerprint } = read(context, collection);
      const report = await reported;
      if (report.errors.length) throw new ContentValidationError(report.errors);
      await store(collection, report, fingerprint, context);
      // `astro dev`: a change anywhere in content/ may change what any collection shows
      // (references, drafts, derived pages), so every collection reloads, all from one new reading.
      const folder = `${contentDir(fileURLToPath(context.config.root))}/`;
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(folder)) return;
        const { report: next, fingerprint: now } = read(context, collection);
        void next.then(async (checked) => {
          if (checked.errors.length) context.logger.error(new ContentValidationError(checked.errors).message);
          else await store(collection, checked, now, context);
        });
      });
    },
  });

  return { briefs: loader('briefs'), entities: loader('entities'), deals: loader('deals'), topics: loader('topics') };
}

/**
 * A build keeps the check's readings for the next build, under the build's fingerprint, in
 * Astro's cache folder; `npm run build -- --cold` reads every file afresh. `astro dev` (which
 * has a watcher) reads afresh too: its readings follow edits, not builds.
 */
function keptReadings(context: LoaderContext, fingerprint: string): KeptReadings | undefined {
  if (context.watcher) return undefined;
  const folder = join(fileURLToPath(context.config.cacheDir), PAGE_CACHE_FOLDER);
  return new KeptReadings(folder, fingerprint, process.env.DOSSIER_COLD_BUILD === '1');
}

/**
 * An entry's digest: SHA-1 of everything the entry holds (its collection, id, file, data, and a
 * brief's body with what renders it). Astro compares it to skip unchanged entries, and the
 * page reuse checks pages' reads of an entry by it (src/data/catalog.ts), so it must change
 * whenever anything a page could show of the entry does.
 */
const entryDigest = (...parts: (string | undefined)[]): string => sha1(parts.map((part) => part ?? '').join('\0'));

let markdown: { settings: string; options: Promise<BriefMarkdownOptions> } | undefined;

/**
 * Puts a collection's validated entries into Astro's store, and removes entries whose file
 * is gone. A brief's body is rendered to HTML here, once (see src/loaders/render-brief-body.ts);
 * an entry whose file, renderer and build fingerprint (src/integrations/build-fingerprint.ts:
 * code, locked packages, Node) are unchanged since the last build keeps its stored HTML,
 * except in a cold build (`npm run build -- --cold`), which renders every body again.
 */
async function store(collection: CollectionName, report: CheckReport, fingerprint: string, context: LoaderContext): Promise<void> {
  const entries = report.collections[collection];
  const wanted = new Set(entries.map((e) => e.id));
  for (const id of context.store.keys()) if (!wanted.has(id)) context.store.delete(id);
  if (collection !== 'briefs') {
    for (const { id, data, filePath } of entries) {
      context.store.set({
        id,
        data: data as Record<string, unknown>,
        filePath,
        digest: entryDigest(collection, id, filePath, JSON.stringify(data)),
      });
    }
    return;
  }
  const config = context.config.markdown as unknown as SiteMarkdownConfig;
  const settings = JSON.stringify([context.config.base, config.syntaxHighlight, config.shikiConfig]);
  if (markdown?.settings !== settings) markdown = { settings, options: briefMarkdownOptions(config) };
  const options = await markdown.options;
  const renderer = rendererDigest(fileURLToPath(context.config.root).replace(/\/$/, ''), [
    settings,
    JSON.stringify(options.features ?? {}),
    fingerprint,
  ]);
  const cold = process.env.DOSSIER_COLD_BUILD === '1';
  const failed: ContentIssue[] = [];
  let kept = 0;
  for (const brief of report.collections.briefs) {
    const body = brief.body ?? '';
    const digest = entryDigest('briefs', brief.id, brief.filePath, renderer, JSON.stringify(brief.data), body);
    const stored = context.store.get(brief.id);
    if (!cold && stored?.digest === digest && stored.rendered?.html !== undefined) {
      kept++;
      continue;
    }
    try {
      const rendered = await renderBriefBody(body, brief.filePath ?? brief.id, options);
      context.store.set({ id: brief.id, data: brief.data as Record<string, unknown>, filePath: brief.filePath, body, digest, rendered });
    } catch (error) {
      context.store.delete(brief.id);
      failed.push({
        severity: 'error',
        collection: 'briefs',
        id: brief.id,
        file: brief.filePath,
        field: '(body)',
        message: `the body could not be rendered: ${(error as Error).message}`,
        fix: 'correct the body as the message says (npm run check lists the MDX rules)',
      });
    }
  }
  if (failed.length) throw new ContentValidationError(failed);
  const briefs = report.collections.briefs.length;
  context.logger.info(`${countOf(briefs, 'brief body', 'brief bodies')} stored (${kept} as the last build rendered them)`);
}
