import type { AstroConfig, AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { KeptPack, PAGE_CACHE_FOLDER, removeRetiredPacks } from './kept-pack.ts';
import { sha1 as sha1Of } from './sha1.ts';
import { pagefindIndexFiles, readAnalysedRecords, WordDictionary, type AnalysedRecord, type PagefindEntry } from './pagefind-bundle.ts';
import { startSearchIndexer, type RemoteSearchIndexer } from './search-index-thread.ts';
import { astroBuildFingerprint } from './build-fingerprint.ts';
import { startPageReuse, type PageReuse, type ReusedPage } from './page-reuse.ts';
import { bodyBytes, responseOf, responseWithBytes } from './prerender-result.ts';
import { linkUnchangedSync, stampFile, type FileStamp } from './file-stamp.ts';

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
 * Where the indexer keeps each record as Pagefind analysed it, for the next build: a record
 * whose page bytes and aliases (or, for a deal, whose record) are unchanged is not given to
 * Pagefind again (./pagefind-bundle.ts).
 */
export interface AnalysedRecordsCache {
  folder: string;
  /** The build's fingerprint (./build-fingerprint.ts): the word rules and Pagefind are code. */
  fingerprint: string;
  /** A cold build: nothing of the previous build is used. */
  cold: boolean;
  /**
   * The site the previous build wrote, where the build runs beside it (src/cli/build.ts):
   * the fragment files of records kept unchanged are linked from it, not written again.
   */
  previousSite?: string | undefined;
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
   * Queues one page's HTML under its site-relative path ("briefs/x/"). A page without
   * data-pagefind-body is skipped. Resolves once the page is taken (or was skipped or failed;
   * a failure surfaces from finish), so a caller can bound how many pages wait in memory.
   */
  addPage(path: string, html: string): Promise<void>;
  /**
   * Queues a page the build took from the previous build unchanged: taken as the previous
   * build's Pagefind analysed it when that is kept under the page's digest, otherwise read
   * from its file and given to Pagefind like a rendered page.
   */
  addUnchangedPage(page: UnchangedPage): Promise<void>;
  /**
   * Resolves when no record is waiting or in flight: every page queued before then has been
   * answered by Pagefind (used to time the stages apart; a failure still surfaces from finish()).
   */
  settled(): Promise<void>;
  /** Waits for every queued page, writes <outDir>/pagefind/; returns the record count. */
  finish(outDir: string): Promise<number>;
}

/** What the cache keeps of a record: see AnalysedRecord; its bytes are its fragment file, then its places. */
interface KeptRecord {
  /** Digest of what Pagefind was given for it. */
  hash: string;
  /** False for a page Pagefind does not take (a listing): the next build skips it unread. */
  indexed?: false;
  fragmentHash?: string;
  fragmentLength?: number;
  wordCount?: number;
  filters?: Record<string, string[]>;
  metaKeys?: string[];
  /** Its fragment file as the build wrote it into its site, to be linked from there by the next build. */
  fragmentFile?: KeptFragmentFile;
}

/** A fragment file a build left in its site: its name in pagefind/fragment/ and its stamp. */
interface KeptFragmentFile {
  name: string;
  stamp: FileStamp;
}

/** The pack of analysed records, and the item in it that holds their word dictionary. */
const ANALYSED_RECORDS_PACK = 'search-records';
const DICTIONARY_ITEM = 'dictionary';

/**
 * A page given to the index of changed records in every build, so that Pagefind writes its
 * files (its script and WASM) even when no record changed; it is not read back.
 */
const FILES_PAGE = {
  path: 'dossier-pagefind-files/',
  html: '<html lang="en"><body><main data-pagefind-body><p>Dossier</p></main></body></html>',
};
/** Packs of the cache that earlier versions kept and none reads now. */
const RETIRED_PACKS = ['index-pages', 'fragments'];

/** The word dictionary the previous build kept, when it kept one that reads as a list of words. */
function readDictionary(kept: KeptPack<KeptRecord>): string[] | undefined {
  const bytes = kept.previous(DICTIONARY_ITEM) && kept.previousBytes(DICTIONARY_ITEM);
  if (!bytes) return undefined;
  try {
    const words = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    return Array.isArray(words) && words.every((word) => typeof word === 'string') ? words : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the search indexer. Each page goes through the shared analyzer
 * (src/lib/search/text.ts) on its way into the index; the served HTML is left as built.
 * Records go into the index in the order they are offered, which is the index order: the
 * leading pages (records.leading), the deal records (which need no page), then the other
 * pages, each part in the order given. Pagefind analyses only the records the cache does not
 * hold unchanged; the index is written from every record (./pagefind-bundle.ts). Throws, from
 * finish, when Pagefind reports an error.
 */
export async function startSearchIndex(records: SearchRecords, logger: IndexLogger, cache?: AnalysedRecordsCache): Promise<SearchIndexer> {
  // Pages come in every script: the word rules of all of them, before the first page.
  await Promise.all([loadScriptRules(), loadSpellingVariants()]);
  const leadingPages = new Set(records.leading);
  const index = await createPagefindIndex();
  const queue = new PQueue({ concurrency: PAGEFIND_IN_FLIGHT });
  const seen = new Set<string>();
  let failure: Error | undefined;
  const fail = (error: unknown) => {
    failure ??= error as Error;
  };
  if (cache) removeRetiredPacks(cache.folder, RETIRED_PACKS);
  const kept = cache && new KeptPack<KeptRecord>(cache.folder, ANALYSED_RECORDS_PACK, cache.fingerprint, { ignorePrevious: cache.cold });
  // The kept records number their words by this dictionary: without it none of them is used.
  const keptDictionary = kept && readDictionary(kept);
  const dictionary = new WordDictionary(keptDictionary ?? []);
  // So that every index of changed records parses pages as a cold build's does: Pagefind leaves
  // out a page without data-pagefind-body once any page has it. Not read back.
  await addPagefindPage(index, FILES_PAGE.path, FILES_PAGE.html);
  /** Every record in the index's order: taken as kept, or to be read back from Pagefind. */
  const order: { url: string; digest: string | undefined; kept?: AnalysedRecord; skipped?: true }[] = [];
  /** The URLs of the records given to Pagefind this build. */
  const analysing = new Set<string>();
  const sha1 = (...parts: string[]) => sha1Of(parts.join('\0'));
  /** What a page is kept under: its bytes' digest and its aliases, all that Pagefind's analysis of it depends on. */
  const preparedKey = (path: string, bytes: string) => sha1(bytes, JSON.stringify(records.aliases[path] ?? null));

  /** The record as the previous build analysed it, when kept under the same digest. */
  const keptRecord = (url: string, digest: string | undefined): AnalysedRecord | undefined => {
    const before = digest === undefined || !keptDictionary ? undefined : kept!.previous(url);
    if (!before || before.hash !== digest || before.indexed === false) return undefined;
    const bytes = kept!.previousBytes(url);
    if (!bytes || before.fragmentLength === undefined) return undefined;
    return {
      url,
      fragmentHash: before.fragmentHash!,
      wordCount: before.wordCount!,
      filters: before.filters!,
      metaKeys: before.metaKeys!,
      fragment: bytes.subarray(0, before.fragmentLength),
      places: bytes.subarray(before.fragmentLength),
    };
  };

  const skipped = Promise.resolve();
  const indexable = (html: string) => html.includes('data-pagefind-body');
  /**
   * Notes a record the index does not take, so that the next build skips it unread: listings
   * carry no data-pagefind-body, and Pagefind skips such pages once any page has one.
   */
  const noteLeftOut = (url: string, key: string | undefined) => {
    if (key !== undefined) kept!.keep(url, { hash: key, indexed: false }, new Uint8Array());
  };

  let dealsQueued = false;
  /**
   * Queues the deal records, once: after the leading pages, before any other. Deals need no
   * page: each becomes a record pointing at its row on its home brief's page. A deal is kept
   * under a digest of its record as the site gives it; only one Pagefind analyses is prepared
   * for it (its text split into words in every script, which takes a while for 5,000 deals).
   */
  const queueDeals = () => {
    if (dealsQueued) return;
    dealsQueued = true;
    for (const record of records.deals) {
      const url = `/${record.path}`;
      const digest = kept && sha1(JSON.stringify(record));
      const before = kept && keptRecord(url, digest);
      order.push({ url, digest, kept: before });
      if (before) continue;
      analysing.add(url);
      queue
        .add(async () => {
          // Prepared here, so that a failure is the build's (fail below), like Pagefind's.
          const deal = { url, ...indexableRecord(record.content, record.meta), language: 'en', filters: record.filters };
          const added = await index.addCustomRecord(deal);
          if (added.errors.length) throw new Error(`Pagefind could not index deal ${record.path}: ${added.errors.join('; ')}`);
        })
        .catch(fail);
    }
  };

  /** Takes a page with data-pagefind-body into the index, in the order offered; one without it is only noted. */
  function take(path: string, key: string | undefined, html: () => string): Promise<void> {
    if (!leadingPages.has(path)) queueDeals();
    const url = `/${path}`;
    const before = kept && keptRecord(url, key);
    if (before) {
      order.push({ url, digest: key, kept: before });
      return skipped;
    }
    // Its place in the order now; Pagefind's analysis of it is read back when the index is written.
    const place: (typeof order)[number] = { url, digest: key };
    order.push(place);
    return queue
      .add(async () => {
        // Read here, one page at a time.
        const text = html();
        if (!indexable(text)) {
          place.skipped = true;
          return noteLeftOut(url, key);
        }
        analysing.add(url);
        await addPagefindPage(index, path, indexableHtml(text, records.aliases[path]));
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
      noteLeftOut(`/${path}`, key);
      return skipped;
    }
    return take(path, key, () => html);
  }
  function addUnchangedPage({ path, bytes, file }: UnchangedPage): Promise<void> {
    if (!first(path)) return skipped;
    const key = kept && preparedKey(path, bytes);
    const before = kept?.previous(`/${path}`);
    if (before && before.hash === key && before.indexed === false) {
      noteLeftOut(`/${path}`, key);
      return skipped;
    }
    return take(path, key, () => readFileSync(file, 'utf8'));
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
    addUnchangedPage,
    settled: () => queue.onIdle(),
    async finish(outDir: string) {
      const bundleDir = join(outDir, 'pagefind');
      const analysis = mkdtempSync(join(tmpdir(), 'dossier-pagefind-'));
      try {
        queueDeals();
        if (queue.size) logger.info(`${queue.size} records still queued for Pagefind when the site was complete`);
        await queue.onIdle();
        if (failure) throw failure;
        const written = await index.writeFiles({ outputPath: analysis });
        if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        // Its process holds every record it took: gone before the index is put together.
        await close();
        const analysed = readAnalysedRecords((path) => readIfThere(join(analysis, path)), dictionary, analysing);
        const inOrder: AnalysedRecord[] = [];
        /** Per record in order: its digest, and whether it was taken as the previous build kept it. */
        const taken: { digest: string; wasKept: boolean }[] = [];
        for (const { url, digest, kept: before, skipped: left } of order) {
          if (left) continue;
          const record = before ?? analysed.get(url);
          // Pagefind left it out (a page with no words, say), as a cold build's Pagefind does.
          if (!record) {
            noteLeftOut(url, digest);
            continue;
          }
          inOrder.push(record);
          taken.push({ digest: digest!, wasKept: before !== undefined });
        }
        const entry = JSON.parse(readFileSync(join(analysis, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
        const { files, fragmentNames } = await pagefindIndexFiles(inOrder, dictionary, entry);
        rmSync(bundleDir, { recursive: true, force: true });
        for (const folder of ['fragment', 'index', 'filter']) mkdirSync(join(bundleDir, folder), { recursive: true });
        for (const name of readdirSync(analysis, { withFileTypes: true }))
          if (
            name.isFile() &&
            !name.name.endsWith('.pf_meta') &&
            name.name !== 'pagefind-entry.json' &&
            !UNUSED_BUNDLE_FILES.includes(name.name)
          )
            copyFileSync(join(analysis, name.name), join(bundleDir, name.name));
        for (const { path, bytes } of files) writeFileSync(join(bundleDir, path), bytes);
        const fragmentFiles = writeFragments(inOrder, fragmentNames, join(bundleDir, 'fragment'), {
          folder: cache?.previousSite && join(cache.previousSite, 'pagefind', 'fragment'),
          fileOf: (i) => (taken[i]!.wasKept ? kept?.previous(inOrder[i]!.url)?.fragmentFile : undefined),
          stamp: kept !== undefined,
        });
        if (kept) {
          inOrder.forEach((record, i) => {
            const url = record.url;
            const fragmentFile = fragmentFiles[i];
            const description: KeptRecord = {
              hash: taken[i]!.digest,
              fragmentHash: record.fragmentHash,
              fragmentLength: record.fragment.length,
              wordCount: record.wordCount,
              filters: record.filters,
              metaKeys: record.metaKeys,
              ...(fragmentFile ? { fragmentFile } : {}),
            };
            // A record taken as kept keeps its bytes where they are.
            if (!taken[i]!.wasKept || !kept.keepPrevious(url, description))
              kept.keep(url, description, Buffer.concat([record.fragment, record.places]));
          });
        }
        kept?.keep(DICTIONARY_ITEM, { hash: '' }, Buffer.from(JSON.stringify(dictionary.words), 'utf8'));
        kept?.commit();
        const analysedCount = inOrder.filter((record) => analysed.get(record.url) === record).length;
        logger.info(
          `indexed ${inOrder.length} records (${analysedCount} analysed by Pagefind, ${inOrder.length - analysedCount} as the previous build's Pagefind analysed them)`,
        );
        return inOrder.length;
      } catch (error) {
        kept?.discard();
        throw error;
      } finally {
        rmSync(analysis, { recursive: true, force: true });
        await close();
      }
    },
  };
}

/**
 * Puts each record's fragment file into `folder`: linked from the previous site when the record
 * was kept unchanged and its file there is still the one the last build left (17,000 files
 * written cost 1.6 s, linked 0.15 s), written otherwise. Returns each file's name and stamp
 * for the next build; none where nothing is kept.
 */
export function writeFragments(
  records: readonly AnalysedRecord[],
  names: readonly string[],
  folder: string,
  previous: {
    /** The previous site's fragment folder, if there is a previous site. */
    folder: string | undefined;
    /** The fragment file the last build left for a record taken as it kept it; undefined for any other. */
    fileOf: (record: number) => KeptFragmentFile | undefined;
    /** Whether the files are stamped for the next build. */
    stamp: boolean;
  },
): (KeptFragmentFile | undefined)[] {
  /** Files already in place: a name is its content's hash, so one file serves every record that has it. */
  const placed = new Map<string, FileStamp | undefined>();
  return records.map((record, i) => {
    const name = `${names[i]!}.pf_fragment`;
    if (placed.has(name)) {
      const stamp = placed.get(name);
      return stamp && { name, stamp };
    }
    const target = join(folder, name);
    const before = previous.folder === undefined ? undefined : previous.fileOf(i);
    let stamp: FileStamp | undefined;
    if (before && linkUnchangedSync(join(previous.folder!, before.name), target, before.stamp)) stamp = before.stamp;
    else {
      // "wx": never through a file that is there already, which could be the previous site's.
      writeFileSync(target, record.fragment, { flag: 'wx' });
      stamp = previous.stamp ? stampFile(target) : undefined;
    }
    placed.set(name, stamp);
    return stamp && { name, stamp };
  });
}

const readIfThere = (file: string) => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

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
 * (search-index-thread.ts), which, unless it keeps the page's record unchanged, prepares
 * it and hands it to Pagefind on the other core while Astro renders the next page: a thread of Astro's process under `astro build`, the
 * `npm run build` process under that command. The records the
 * index needs beyond the pages (src/pages/search-records.json.ts: aliases per brief, one
 * record per deal, derived from the same validated content as the pages) are rendered
 * first, in getStaticPaths. Pages the build reuses (./page-reuse.ts) go to the indexer in
 * their place among the rendered ones. Pagefind's bundle is written when the build is done
 * (by `npm run build` once Astro's process has handed over every page: src/cli/build.ts),
 * and a Pagefind error fails the build. Both index the same pages in the same order, so they write the same bundle.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let recordsPath = `/${SEARCH_RECORDS_FILE}`;
  let indexer: ReturnType<typeof startSearchIndexer> | undefined;
  let logger: IndexLogger = console;
  let handOverOrder = startOrder();
  let config: AstroConfig | undefined;
  let reuse: PageReuse | undefined;
  let analysedRecords: AnalysedRecordsCache | undefined;
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
        // Set by `npm run build` (src/cli/build.ts), which builds beside the site it replaces.
        const previousSite = process.env.DOSSIER_PREVIOUS_SITE || undefined;
        reuse = startPageReuse({
          cacheDir,
          base,
          cold,
          fingerprint,
          layout: { outDir: fileURLToPath(config!.outDir), format: config!.build.format, trailingSlash: config!.trailingSlash },
          previousSite,
          publicDir: fileURLToPath(config!.publicDir),
        });
        analysedRecords = {
          folder: join(cacheDir, PAGE_CACHE_FOLDER),
          fingerprint,
          cold,
          previousSite,
        };
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
            indexer = startSearchIndexer(searchRecords, logger, analysedRecords);
            // The indexer starts (it reads the kept records) while the paths are checked below;
            // the reused pages found meanwhile are handed over once it has.
            handedOver = indexer.then((started) => {
              remote = started;
              logger.info('indexing pages as they are rendered');
            });
            handedOver.catch(() => {}); // surfaces where the hand-overs are awaited
            // Pages the build can reuse are written from the cache and never reach Astro; the
            // index takes them while the others are checked. The paths go in the index's order
            // (the briefs by publication date, then every other page by name), which is the
            // order Pagefind numbers the pages in: the pages Astro renders again after a small
            // change (lists, mostly) are then spread among the reused ones, and the index takes
            // reused pages while Astro renders, instead of after it.
            let found = 0;
            const inIndexOrder = indexOrder(searchRecords.leading);
            const toRender = await reuse!.select(
              paths.filter((p) => p !== records).sort((a, b) => inIndexOrder(sitePathOf(a.pathname), sitePathOf(b.pathname))),
              { onReused: () => void (++found % 256 === 0 && handOverUnchanged(reuse!.takeReusedReady())) },
            );
            void handOverUnchanged(reuse!.takeReusedReady());
            await indexer; // an indexer that failed to start stops the build here, before any render
            return toRender;
          },
          render: async (request, options) => {
            // Astro renders several pages at once (build.concurrency) and starts them in the
            // order of getStaticPaths; each page is handed to the indexer in that order, so
            // the index numbers the pages, and is written, the same way every build.
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
              const html = await bodyBytes(response);
              // Waits while the indexer has many pages in hand (search-index-thread.ts).
              await (await indexer!).addPage(sitePathOf(pathname), html);
              return responseWithBytes(html, response);
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
        await (await indexer).finish(outDir, { renderedMost: Boolean(pages.fullRender) || pages.rendered.length > pages.reused });
      },
    },
  };
}

/**
 * Pagefind always writes its ready-made UIs and the WASM for pages of unknown language.
 * Dossier has its own search UI and one forced-language index, so these are never
 * requested; leaving them out saves about half a megabyte per deploy.
 */
const UNUSED_BUNDLE_FILES: readonly string[] = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];
