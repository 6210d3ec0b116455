import type { AstroConfig, AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import * as pagefind from 'pagefind';
import { loadScriptRules } from '../lib/search/script-rules.ts';
import { loadSpellingVariants } from '../lib/search/spelling-variants.ts';
import { SEARCH_RECORDS_FILE, type SearchRecords } from '../lib/search/records.ts';
import { indexOrder } from '../lib/search/index-order.ts';
import { indexableHtml, indexableRecord } from '../lib/search/text.ts';
import { addPagefindPage, createPagefindIndex, PAGEFIND_IN_FLIGHT } from './pagefind-calls.ts';
import { KeptPack, PAGE_CACHE_FOLDER } from './kept-pack.ts';
import { KeptFragments, type SentRecord } from './kept-fragments.ts';
import { startSearchIndexer, type RemoteSearchIndexer } from './search-index-thread.ts';
import { astroBuildFingerprint } from './build-fingerprint.ts';
import { startPageReuse, type PageReuse, type ReusedPage } from './page-reuse.ts';
import {
  HeadStartPlaces,
  headStartFits,
  INDEX_PAGES_PACK,
  type HeadStart,
  type HeadStartPage,
  type KeptIndexPage,
} from './search-index-head-start.ts';
import { responseOf } from './prerender-result.ts';

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
export function sitePath(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Where the indexer reports progress: Astro's integration logger, or the console. */
export interface IndexLogger {
  info(message: string): void;
}

/**
 * Where the indexer keeps each page as it prepared it for Pagefind, for the next build: a
 * page whose HTML and aliases are unchanged is not analysed again (./kept-pack.ts).
 */
export interface PreparedPagesCache {
  folder: string;
  /** The build's fingerprint (./build-fingerprint.ts): the word rules are code. */
  fingerprint: string;
  /** A cold build: nothing of the previous build is used. */
  cold: boolean;
}

/** A page written from the previous build's bytes (src/integrations/page-reuse.ts). */
export interface UnchangedPage {
  /** Its site-relative path, as addPage takes it. */
  path: string;
  /** Digest (sha1, base64url) of its bytes. */
  bytes: string;
  /** Its file in the site being built. */
  file: string;
}

/** A search index being built: pages go in while the site is still being rendered. */
export interface SearchIndexer {
  /**
   * Queues one page's HTML under its site-relative path ("briefs/x/"). Pages are sent to
   * Pagefind in the order they are queued, so a build that renders its pages in a fixed
   * order gets the same bundle every time. A page without data-pagefind-body is skipped.
   * Resolves once Pagefind has the page (or it was skipped or failed; a failure surfaces
   * from finish), so a caller can bound how many pages wait in memory.
   */
  addPage(path: string, html: string): Promise<void>;
  /**
   * Queues a page the build took from the previous build unchanged, in its place among the
   * pages: sent as the previous build prepared it when that is kept under the page's digest,
   * otherwise read from its file and prepared like a rendered page.
   */
  addUnchangedPage(page: UnchangedPage): Promise<void>;
  /**
   * Resolves when no record is waiting or in flight: every page queued before then has been
   * answered by Pagefind (used to time the stages apart; a failure still surfaces from finish()).
   */
  settled(): Promise<void>;
  /**
   * Waits for every queued page, writes <outDir>/pagefind/; returns the record count. With a
   * cache and `previousSite` (the site the last build wrote), Pagefind's page files for
   * unchanged records are taken from that site where provably the same (./kept-fragments.ts).
   */
  finish(outDir: string, options?: { previousSite?: string }): Promise<number>;
}

/** What a page is sent as to end its place in Pagefind's page table: without data-pagefind-body it is left out of the index. */
const LEFT_OUT_PAGE = '<html><body></body></html>';

/**
 * Starts Pagefind's indexer. Each page goes through the shared analyzer
 * (src/lib/search/text.ts) on its way into the index; the served HTML is left as built.
 * Pagefind numbers records in the order it takes them, which is the index order: the
 * leading pages (records.leading), the deal records (which need no page), then the other
 * pages, each part in the order given. With a head start (./search-index-head-start.ts)
 * whose pages prove to be this build's in the same places, Pagefind keeps them. Throws,
 * from finish, when Pagefind reports an error.
 */
export async function startSearchIndex(
  records: SearchRecords,
  logger: IndexLogger,
  cache?: PreparedPagesCache,
  headStart?: HeadStart,
): Promise<SearchIndexer> {
  // Pages come in every script: the word rules of all of them, before the first page.
  await Promise.all([loadScriptRules(), loadSpellingVariants()]);
  const leadingPages = new Set(records.leading);
  const early = await takeHeadStart(headStart, records.leading, cache, logger);
  let index = early?.index ?? (await createPagefindIndex());
  const queue = new PQueue({ concurrency: PAGEFIND_IN_FLIGHT });
  const seen = new Set<string>();
  let failure: Error | undefined;
  let pages = 0;
  const fail = (error: unknown) => {
    failure ??= error as Error;
  };
  /** Each page as sent to Pagefind, under a digest of its bytes and aliases; `indexed: false` for a page Pagefind does not take. */
  const kept = cache && new KeptPack<KeptIndexPage>(cache.folder, INDEX_PAGES_PACK, cache.fingerprint, { ignorePrevious: cache.cold });
  let analysed = 0;
  let preparedBefore = 0;
  let leadingKept = 0;
  /**
   * Each record in the order it was sent to Pagefind, with a digest of what was sent (with a
   * cache only); what a new index is given again if the head start's places fail.
   */
  const sent: SentRecord[] = [];
  const utf8 = { encoder: new TextEncoder(), decoder: new TextDecoder() };
  const sha1 = (...parts: string[]) =>
    parts.reduce((hash, part, i) => hash.update(i ? `\0${part}` : part), createHash('sha1')).digest('base64url');
  /** What a page is kept under: its bytes' digest and its aliases, all that its prepared text depends on. */
  const preparedKey = (path: string, bytes: string) => sha1(bytes, JSON.stringify(records.aliases[path] ?? null));
  /** The page as Pagefind gets it: analysed again only when its bytes or aliases changed. */
  const prepared = (path: string, key: string | undefined, html: () => string): string => {
    const aliases = records.aliases[path];
    if (!kept || key === undefined) return indexableHtml(html(), aliases);
    let text: string;
    let bytes: Uint8Array;
    const keptBytes = kept.previous(path)?.hash === key ? kept.previousBytes(path) : undefined;
    if (keptBytes) {
      preparedBefore++;
      bytes = keptBytes;
      text = utf8.decoder.decode(bytes);
    } else {
      analysed++;
      text = indexableHtml(html(), aliases);
      bytes = utf8.encoder.encode(text);
    }
    kept.keep(path, { hash: key, ...(leadingPages.has(path) ? { leading: leadingKept++ } : {}) }, bytes);
    sent.push({ url: `/${path}`, digest: key });
    return text;
  };

  /** Ends a head-start page's place in Pagefind's table: this build does not index it. */
  const leaveOut = (path: string) => void queue.add(() => addPagefindPage(index, path, LEFT_OUT_PAGE)).catch(fail);

  const skipped = Promise.resolve();
  const indexable = (html: string) => html.includes('data-pagefind-body');
  /**
   * Notes a page Pagefind is not given, so that the next build skips it unread: listings carry
   * no data-pagefind-body, and Pagefind skips such pages once any page has one, so sending them
   * would only cost rewriting and parsing the largest pages.
   */
  const noteSkipped = (path: string, key: string | undefined) => {
    if (key !== undefined) kept!.keep(path, { hash: key, indexed: false }, new Uint8Array());
    if (early?.places.leaveOut(path)) leaveOut(path);
  };

  // Deals need no page: each becomes a record pointing at its row on its home brief's page.
  const deals = records.deals.map((record) => ({
    url: `/${record.path}`,
    ...indexableRecord(record.content, record.meta),
    language: 'en',
    filters: record.filters,
  }));
  const addDeal = async (deal: (typeof deals)[number]) => {
    const added = await index.addCustomRecord(deal);
    if (added.errors.length) throw new Error(`Pagefind could not index deal ${deal.url.slice(1)}: ${added.errors.join('; ')}`);
  };
  let dealsQueued = false;
  /** Queues the deal records, once: after the leading pages, before any other. */
  const queueDeals = () => {
    if (dealsQueued) return;
    dealsQueued = true;
    for (const deal of deals) {
      queue
        .add(async () => {
          if (kept) sent.push({ url: deal.url, digest: createHash('sha1').update(JSON.stringify(deal)).digest('base64url') });
          await addDeal(deal);
          pages++;
        })
        .catch(fail);
    }
  };

  /** Sends a page with data-pagefind-body to Pagefind, in the order queued; one without it is only noted. */
  function send(path: string, key: string | undefined, html: () => string): Promise<void> {
    if (!leadingPages.has(path)) queueDeals();
    // p-queue starts jobs in the order they were added, and each sends its page before
    // yielding, so Pagefind receives the pages in that order.
    return queue
      .add(async () => {
        // Read here, one page at a time, and only when the page was not kept prepared.
        let text: string | undefined;
        if (key === undefined || kept!.previous(path)?.hash !== key) {
          text = html();
          if (!indexable(text)) return noteSkipped(path, key);
        }
        pages++;
        const content = prepared(path, key, () => text ?? html());
        // Pagefind already has the page, in its place, as the head start gave it.
        if (early?.places.arrive(path, key!)) return;
        await addPagefindPage(index, path, content);
      })
      .catch(fail);
  }
  /** True the first time a path is offered: a page is indexed once. */
  const first = (path: string) => !failure && !seen.has(path) && !!seen.add(path);

  function addPage(path: string, html: string): Promise<void> {
    if (!first(path)) return skipped;
    const key = kept && preparedKey(path, sha1(html));
    // Noted at once, so the render never waits behind Pagefind's queue for a listing.
    if (!indexable(html)) {
      noteSkipped(path, key);
      return skipped;
    }
    return send(path, key, () => html);
  }
  function addUnchangedPage({ path, bytes, file }: UnchangedPage): Promise<void> {
    if (!first(path)) return skipped;
    const key = kept && preparedKey(path, bytes);
    const before = kept?.previous(path);
    if (before && before.hash === key && before.indexed === false) {
      noteSkipped(path, key);
      return skipped;
    }
    return send(path, key, () => readFileSync(file, 'utf8'));
  }

  /**
   * When the head start's pages did not keep their places, a new index is given every record
   * sent again, in order, each page from the pack this build kept it in.
   */
  const startAfresh = async () => {
    logger.info("the pages Pagefind took early were not in this build's order; it takes every record again");
    await index.deleteIndex();
    index = await createPagefindIndex();
    const dealAt = new Map(deals.map((deal) => [deal.url, deal]));
    const again = new PQueue({ concurrency: PAGEFIND_IN_FLIGHT });
    for (const { url } of sent) {
      void again
        .add(async () => {
          const deal = dealAt.get(url);
          if (deal) return addDeal(deal);
          const bytes = kept!.keptBytes(url.slice(1));
          if (!bytes) throw new Error(`the page ${url.slice(1)} kept for the search index could not be read back`);
          await addPagefindPage(index, url.slice(1), utf8.decoder.decode(bytes));
        })
        .catch(fail);
    }
    await again.onIdle();
  };

  const close = async () => {
    queue.clear();
    // Closing first settles any request still waiting for an answer (its job fails and
    // is ignored): if the Pagefind process died, waiting for the queue would never end.
    await pagefind.close();
    await queue.onIdle();
  };

  return {
    addPage,
    addUnchangedPage,
    settled: () => queue.onIdle(),
    async finish(outDir: string, { previousSite }: { previousSite?: string } = {}) {
      const bundleDir = join(outDir, 'pagefind');
      let fragments: KeptFragments | undefined;
      try {
        if (cache) fragments = new KeptFragments(cache.folder, cache.fingerprint, cache.cold);
        queueDeals();
        // Head-start pages this build never offered are not in its index.
        for (const path of early?.places.neverArrived() ?? []) leaveOut(path);
        if (queue.size) logger.info(`${queue.size} records still queued for Pagefind when the site was complete`);
        await queue.onIdle();
        if (failure) throw failure;
        if (early?.places.misplaced) await startAfresh();
        if (failure) throw failure;
        const write = async () => {
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        };
        const placed =
          fragments && previousSite ? fragments.place(sent, join(previousSite, 'pagefind'), bundleDir) : new Map<string, string>();
        await write();
        const reuse = fragments && (await fragments.settle(sent, bundleDir, placed, write));
        removeUnusedBundleFiles(bundleDir);
        kept?.commit();
        fragments?.commit();
        logger.info(
          `indexed ${pages} records${kept ? ` (pages: ${analysed} analysed, ${preparedBefore} as the previous build prepared them)` : ''}` +
            (early?.places.kept ? `; ${early.places.kept} pages kept as Pagefind took them before the content was known` : '') +
            (reuse?.reused ? `; ${reuse.reused} of Pagefind's page files taken from the previous site` : ''),
        );
        return pages;
      } catch (error) {
        kept?.discard();
        fragments?.discard();
        throw error;
      } finally {
        await close();
      }
    },
  };
}

/**
 * The head start's index with the places of its pages, when this build can use them: the
 * same cache and fingerprint, not a cold build, and its pages first among the leading pages
 * in the same order. Otherwise its index is dropped, with the reason logged.
 */
async function takeHeadStart(
  headStart: HeadStart | undefined,
  leading: readonly string[],
  cache: PreparedPagesCache | undefined,
  logger: IndexLogger,
): Promise<{ index: pagefind.PagefindIndex; places: HeadStartPlaces } | undefined> {
  if (!headStart) return undefined;
  let taken: HeadStartPage[] | undefined;
  let refused: string | undefined;
  try {
    taken = await headStart.stop();
  } catch (error) {
    refused = (error as Error).message;
  }
  const unusable =
    refused ??
    (!cache || cache.cold
      ? 'this build reuses nothing'
      : headStart.folder !== cache.folder
        ? 'this build keeps its cache elsewhere'
        : headStart.fingerprint !== cache.fingerprint
          ? 'the code, packages or configuration changed'
          : !headStartFits(taken!, leading)
            ? 'a brief was added or moved among them'
            : undefined);
  if (unusable) {
    logger.info(`the pages Pagefind took before the content was known are dropped: ${unusable}`);
    await headStart.discard();
    return undefined;
  }
  return { index: headStart.index, places: new HeadStartPlaces(taken!) };
}

/**
 * Turns taken in the order work starts, whatever order it finishes in: a turn is ready once
 * every turn started before it is done (done also when that work failed).
 */
export function startOrder(): { start(): { ready: Promise<void>; done(): void } } {
  let last = Promise.resolve();
  return {
    start() {
      const ready = last;
      let done!: () => void;
      last = new Promise<void>((resolve) => (done = resolve));
      return { ready, done };
    },
  };
}

/**
 * Indexes every page as Astro renders it, through Astro's prerenderer hook: the default
 * prerenderer renders, and each HTML page it returns also goes to the indexer
 * (search-index-thread.ts), which prepares it and hands it to Pagefind on the other core
 * while Astro renders the next page: a thread of Astro's process under `astro build`, the
 * `npm run build` process under that command. The records the
 * index needs beyond the pages (src/pages/search-records.json.ts: aliases per brief, one
 * record per deal, derived from the same validated content as the pages) are rendered
 * first, in getStaticPaths. Pages the build reuses (./page-reuse.ts) go to the indexer in
 * their place among the rendered ones. Pagefind's bundle is written when the build is done
 * (by `npm run build` once Astro's process has ended), and a Pagefind error fails the
 * build. Both index the same pages in the same order, so they write the same bundle.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let recordsPath = `/${SEARCH_RECORDS_FILE}`;
  let indexer: ReturnType<typeof startSearchIndexer> | undefined;
  let logger: IndexLogger = console;
  let handOverOrder = startOrder();
  let config: AstroConfig | undefined;
  let reuse: PageReuse | undefined;
  let preparedPages: PreparedPagesCache | undefined;
  /** A request's path within the site, as the indexer takes it ("briefs/x/"). */
  const sitePathOf = (pathname: string) => (pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));
  /** The indexer once started; set together with `indexer`. */
  let remote: RemoteSearchIndexer | undefined;
  /** The reused pages handed to the indexer so far; each batch goes after the one before. */
  let handedOver = Promise.resolve();
  /** Hands the indexer reused pages, in order, once their files are written: those it indexes, as rendered pages are. */
  const handOverUnchanged = (taken: Promise<ReusedPage[]>) => {
    // Awaited in turn below; a failure before that turn is not an unhandled rejection.
    taken.catch(() => {});
    handedOver = handedOver.then(async () => {
      const unchanged = (await taken).filter((page) => page.status === 200 && page.type.startsWith('text/html'));
      if (unchanged.length)
        remote!.addUnchangedPages(unchanged.map(({ requestPath, bytes, file }) => ({ path: sitePathOf(requestPath), bytes, file })));
    });
    // A failure reaches the render or the hook that awaits the next hand-over; never unhandled meanwhile.
    handedOver.catch(() => {});
    return handedOver;
  };
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        recordsPath = `${base}${SEARCH_RECORDS_FILE}`;
      },
      'astro:build:start': ({ setPrerenderer, logger: astroLogger }) => {
        logger = astroLogger;
        indexer = undefined;
        handOverOrder = startOrder();
        // Astro's own incremental build would skip pages on their cacheKey alone, without the
        // check of what each page read: Dossier's page reuse does that work instead.
        if ((config!.experimental as { incrementalBuild?: boolean }).incrementalBuild)
          throw new Error(
            "experimental.incrementalBuild is on: turn it off; Dossier's own page reuse renders only the pages whose content changed (src/integrations/page-reuse.ts)",
          );
        const cacheDir = fileURLToPath(config!.cacheDir);
        const cold = process.env.DOSSIER_COLD_BUILD === '1';
        const fingerprint = astroBuildFingerprint(config!);
        reuse = startPageReuse({
          cacheDir,
          base,
          cold,
          fingerprint,
          layout: { outDir: fileURLToPath(config!.outDir), format: config!.build.format, trailingSlash: config!.trailingSlash },
          // Set by `npm run build` (src/cli/build.ts), which builds beside the site it replaces.
          previousSite: process.env.DOSSIER_PREVIOUS_SITE || undefined,
          publicDir: fileURLToPath(config!.publicDir),
        });
        preparedPages = { folder: join(cacheDir, PAGE_CACHE_FOLDER), fingerprint, cold };
        setPrerenderer((defaultPrerenderer) => ({
          ...defaultPrerenderer,
          name: `${defaultPrerenderer.name}+dossier:pagefind`,
          getStaticPaths: async () => {
            const paths = await defaultPrerenderer.getStaticPaths();
            // The index starts from the records, so they are rendered before any page: here,
            // and not by Astro, since they are not part of the site.
            const records = paths.find((p) => p.pathname === `/${SEARCH_RECORDS_FILE}`);
            if (!records) throw new Error(`no route renders the search records (${recordsPath}), so there is no search index`);
            const response = responseOf(
              await defaultPrerenderer.render(new Request(new URL(recordsPath, config!.site ?? 'http://localhost')), {
                routeData: records.route,
              }),
            );
            if (!response.ok) throw new Error(`the search records (${recordsPath}) could not be rendered: HTTP ${response.status}`);
            const searchRecords = (await response.json()) as SearchRecords;
            indexer = startSearchIndexer(searchRecords, logger, preparedPages);
            remote = await indexer;
            logger.info('indexing pages as they are rendered');
            // Pages the build can reuse are written from the cache and never reach Astro; the
            // index takes them while the others are checked. The paths go in the index's order
            // (the briefs by publication date, then every other page by name), which is the
            // order Pagefind numbers the pages in: the pages Astro renders again after a small
            // change (lists, mostly) are then spread among the reused ones, and the index takes
            // reused pages while Astro renders, instead of after it.
            let found = 0;
            handedOver = Promise.resolve();
            const inIndexOrder = indexOrder(searchRecords.leading);
            const toRender = await reuse!.select(
              paths.filter((p) => p !== records).sort((a, b) => inIndexOrder(sitePathOf(a.pathname), sitePathOf(b.pathname))),
              { onReused: () => void (++found % 256 === 0 && handOverUnchanged(reuse!.takeReusedReady())) },
            );
            void handOverUnchanged(reuse!.takeReusedReady());
            return toRender;
          },
          render: async (request, options) => {
            // Astro renders several pages at once (build.concurrency) and starts them in the
            // order of getStaticPaths; each page is handed to the indexer in that order, so
            // Pagefind numbers the pages, and writes its bundle, the same way every build.
            const turn = handOverOrder.start();
            try {
              const response = await reuse!.render(defaultPrerenderer, request, options);
              const type = response.headers.get('content-type') ?? '';
              const { pathname } = new URL(request.url);
              await turn.ready;
              // The reused pages that come before this one among all the paths go first.
              await handOverUnchanged(reuse!.takeReusedBefore(pathname));
              if (response.status !== 200 || !type.startsWith('text/html')) return response;
              // The page's bytes as Astro will write them: read once, for both the file and the index.
              const html = new Uint8Array(await response.arrayBuffer());
              // Waits while the indexer has many pages in hand (search-index-thread.ts).
              await (await indexer!).addPage(sitePathOf(pathname), html);
              return new Response(html, response);
            } finally {
              turn.done();
            }
          },
        }));
      },
      // The reused pages after the last rendered one are written once Astro has written its
      // pages, before any integration's astro:build:done reads the output folder.
      'astro:build:generated': async () => {
        if (reuse) await handOverUnchanged(reuse.takeReusedBefore(undefined));
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        if (!indexer) throw new Error(`the search records (${recordsPath}) were never rendered, so there is no search index`);
        await handedOver; // the last reused pages, handed over in astro:build:generated
        const pages = await reuse!.commit();
        logger.info(
          pages.fullRender
            ? `rendered every page (${pages.fullRender}); kept them for the next build`
            : `reused ${pages.reused} pages of the previous build, rendered ${pages.rendered.length}`,
        );
        await (await indexer).finish(outDir);
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
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];
function removeUnusedBundleFiles(bundleDir: string): void {
  for (const name of UNUSED_BUNDLE_FILES) rmSync(join(bundleDir, name), { force: true });
}
