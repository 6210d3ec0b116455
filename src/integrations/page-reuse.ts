import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import PQueue from 'p-queue';
import { resolveRead, type Read } from '../lib/incremental/read-tracker.ts';
import { offeredCatalog, recordingReads, type ReadRecorder } from '../lib/incremental/render-reads.ts';
import { buildValueDigest, startBuildDigests } from '../lib/incremental/value-digest.ts';
import { linkUnchangedSync, stampFile, stampOpenFile, type FileStamp } from './file-stamp.ts';
import { filesUnder } from './files-under.ts';
import { sha1 } from './sha1.ts';
import { KeptPack, PAGE_CACHE_FOLDER } from './kept-pack.ts';
import { bodyBytes, responseOf, responseWithBytes } from './prerender-result.ts';

/*
 * Page reuse: a build renders a page only when something it showed has changed since the
 * build before. Each page is rendered with its reads of the catalog recorded
 * (src/lib/incremental/read-tracker.ts); the page's bytes, its reads and a digest of what
 * they found are kept in the cache folder (./kept-pack.ts). The next build, with the same
 * fingerprint (./build-fingerprint.ts: code, packages, settings, corpus), looks every read up
 * again in its own catalog: when all find what they found before, and the path's `cacheKey`
 * (a digest of its props, src/data/keyed-paths.ts) is the same, the kept bytes are the page.
 *
 * A page found reusable never reaches Astro: the prerenderer's getStaticPaths leaves it out,
 * and its kept bytes are written where Astro would have written them. Handing an unchanged
 * page through Astro's render and write cost more than rendering the changed ones. Where the
 * site the last build wrote is still there, and its file of the page is the very file that
 * build left (./file-stamp.ts), the new file is a hard link to it:
 * one system call instead of creating and writing a file.
 */

/** The reuse report of the last build, in the cache folder. */
const REPORT = 'last-build.json';

interface KeptPage {
  /** The route that rendered the page (its component). */
  route: string;
  /** The path's cacheKey from getStaticPaths ("" when it has none). */
  key: string;
  /** The catalog reads the page made, sorted; null when they cannot be checked (a read whose value has no digest). */
  reads: Read[] | null;
  /** Digest of every read and the digest of what it found. */
  digest: string;
  status: number;
  type: string;
  /** The path Astro requested the page at, base included, as the request's URL has it. */
  requestPath: string;
  /** Where Astro wrote the page, relative to the output folder. */
  file: string;
  /** Digest of the page's bytes: the search index knows the page by it (./pagefind-index.ts). */
  bytes: string;
  /** Its name among the pages astro:build:done lists, for a page route (an endpoint is not listed). */
  pageName?: string;
  /** The file as the build left it, when it could be read: a later build links it only while this is unchanged. */
  stamp?: FileStamp;
}

/** A page this build took from the previous build, in the place it has among all the paths. */
export interface ReusedPage {
  /** The path Astro requested the page at when it was rendered, base included, as the request's URL has it. */
  requestPath: string;
  /** Its file in the output folder. */
  file: string;
  /** Digest of its bytes. */
  bytes: string;
  status: number;
  type: string;
}

/** What one build did with its pages, written beside the cache for people and tests. */
export interface PageReuseReport {
  /** Why no page could be reused, when none could: "no previous build", "cold build requested", "the fingerprint changed". */
  fullRender?: string;
  reused: number;
  rendered: string[];
}

/** What a prerenderer's getStaticPaths lists: each path with its route (and cacheKey). */
export type StaticPaths = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>;

export interface PageReuse {
  /**
   * The paths to render, in order: `paths` without the pages that can be reused, whose kept
   * bytes are written where Astro would have written them. `mustRender` names paths rendered
   * whatever the cache holds; `onReused` is called as reused pages are found, so they can be
   * handed on (takeReusedReady) while the others are checked.
   */
  select(paths: StaticPaths, options?: { mustRender?: (pathname: string) => boolean; onReused?: () => void }): Promise<StaticPaths>;
  /** Renders a page with `prerenderer`, its catalog reads recorded, and keeps it for the next build. */
  render(prerenderer: AstroPrerenderer, request: Request, options: { routeData: RouteData }): Promise<Response>;
  /** The prerenderer with getStaticPaths going through select and render through render. */
  wrap(prerenderer: AstroPrerenderer, options?: { mustRender?: (pathname: string) => boolean }): AstroPrerenderer;
  /**
   * The reused pages that come, among all the paths in getStaticPaths order, before the
   * path of `pathname` (a request's path, base included), or all that are left when it is
   * undefined; each is returned once, when its file is written. The search index takes
   * pages in that order.
   */
  takeReusedBefore(pathname: string | undefined): Promise<ReusedPage[]>;
  /** The reused pages found so far that come before every path to render: they can be handed on now. */
  takeReusedReady(): Promise<ReusedPage[]>;
  /** The reused pages' names as astro:build:done lists the pages Astro built. */
  reusedPageNames(): string[];
  /** Keeps this build's pages for the next build; call once Astro has written every page. */
  commit(): Promise<PageReuseReport>;
}

/** "/dossier/briefs/x/" under base "/dossier/" and "/briefs/x" both → "briefs/x". */
function pathKey(pathname: string, base: string): string {
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return inSite.replace(/^\/+|\/+$/g, '');
}

/** How Astro lays out its output (the build.format and trailingSlash settings); the reuse supports "directory". */
export interface OutputLayout {
  outDir: string;
  format: 'directory' | 'file' | 'preserve';
  trailingSlash: 'always' | 'never' | 'ignore';
}

/** Pages Astro writes as "<name>.html" at their folder's top, whatever the format. */
const STATUS_PAGES = new Set(['404', '500']);

/**
 * The file Astro writes for a path (its build.format "directory" layout): an endpoint at its
 * own path, a page as <path>/index.html, a status page as <name>.html.
 */
function outputFile(path: string, routeType: string): string {
  if (routeType === 'endpoint') return path;
  if (STATUS_PAGES.has(path)) return `${path}.html`;
  return path ? `${path}/index.html` : 'index.html';
}

/** A page's name in astro:build:done's list: its path, with a final slash where the site's URLs have one. */
function pageNameOf(path: string, layout: OutputLayout): string {
  const slash = layout.trailingSlash === 'always' || (layout.trailingSlash === 'ignore' && layout.format === 'directory');
  return slash ? `${path}/`.replace(/^\//, '') : path;
}

/**
 * The order @astrojs/sitemap lists pages in (it sorts their URLs with `localeCompare("en",
 * {numeric: true})`). Handed the pages in that order, its sort makes one comparison a page:
 * the 15,000 pages of a 10k-brief site in render order cost it a second of comparisons, each
 * setting up a collator of its own, where one collator sorts them here in a tenth of that.
 */
const listingOrder = new Intl.Collator('en', { numeric: true });

/** The page reuse of the build running in this process, whose pages withReusedPages adds. */
let running: PageReuse | undefined;

/**
 * The integration, with the pages this build reused added to the pages its astro:build:done
 * hook is given: Astro lists only the pages it built, and an integration that lists the
 * site's pages (the sitemap) must see every page, as after a cold build. They are given in
 * the order the sitemap lists them (listingOrder).
 */
export function withReusedPages(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': (params) => {
        const pages = [...params.pages, ...(running?.reusedPageNames() ?? []).map((pathname) => ({ pathname }))];
        return done({ ...params, pages: pages.sort((a, b) => listingOrder.compare(a.pathname, b.pathname)) });
      },
    },
  };
}

export function startPageReuse(options: {
  cacheDir: string;
  base: string;
  fingerprint: string;
  cold: boolean;
  layout: OutputLayout;
  /** The folder holding the site the last build wrote, if any: its files of reused pages are linked, not written again. */
  previousSite?: string;
  /** The project's public folder: Astro copies it into the output and skips a page whose file it holds. */
  publicDir?: string;
}): PageReuse {
  const folder = join(options.cacheDir, PAGE_CACHE_FOLDER);
  const pages = new KeptPack<KeptPage>(folder, 'pages', options.fingerprint, { ignorePrevious: options.cold });
  const { layout } = options;
  /** The files of the public folder, relative to it: a page at one of them goes to Astro, which skips it as a cold build does. */
  const publicFiles = new Set(
    options.publicDir ? [...filesUnder(options.publicDir)].map((file) => relative(options.publicDir!, file).split(sep).join('/')) : [],
  );
  // Another layout puts files where outputFile does not look: every page is rendered.
  const fullRender = options.cold
    ? 'cold build requested'
    : layout.format !== 'directory'
      ? `build.format is "${layout.format}"`
      : pages.unavailable;
  const keys = new Map<string, string>();
  const rendered: string[] = [];
  /** The output file of each rendered page this build keeps, stamped once Astro has written them all. */
  const renderedFiles = new Map<string, string>();
  /** Reused pages in getStaticPaths order, each with its place; the first `taken` have been written and handed out. */
  const reusedPages: { path: string; kept: KeptPage; place: number }[] = [];
  const pageNames: string[] = [];
  let taken = 0;
  /** Each rendered path's place among all the paths. */
  const places = new Map<string, number>();

  // What each read finds in this build's catalog, looked up once however many pages made it.
  const readDigests = new Map<Read, string>();
  startBuildDigests();
  // SHA-1, as src/data/keyed-paths.ts hashes: the two share their digests.
  const valueDigest = buildValueDigest(sha1);
  const recorders = new AsyncLocalStorage<ReadRecorder>();
  let catalog: Promise<object | undefined> | undefined;
  async function digestOf(reads: Read[]): Promise<string> {
    const found: string[] = [];
    if (reads.length) {
      catalog ??= offeredCatalog()?.() ?? Promise.resolve(undefined);
      const root = await catalog;
      if (!root) throw new Error('no page module offered the catalog');
      for (const read of reads) {
        let digest = readDigests.get(read);
        if (digest === undefined) readDigests.set(read, (digest = valueDigest(resolveRead(root, read))));
        found.push(`${read}\0${digest}\n`);
      }
    }
    return sha1(found.join(''));
  }

  async function reusable(path: string, route: string, key: string): Promise<KeptPage | undefined> {
    if (fullRender) return undefined;
    const kept = pages.previous(path);
    if (!kept || kept.route !== route || kept.key !== key || kept.reads === null) return undefined;
    try {
      return (await digestOf(kept.reads)) === kept.digest ? kept : undefined;
    } catch {
      return undefined; // a value read last time has no digest now: the page is rendered
    }
  }

  /** Each folder made once in the output folder, whatever number of pages it holds. */
  const madeFolders = new Set<string>();
  /**
   * Links a reused page's file from the previous site where that is its file unchanged, and
   * returns its stamp; undefined when the page must be written. One after another on this
   * thread: for the 14,500 reused pages of a 10k-brief site, making folders and links through
   * libuv's threads cost 2 s of this thread's time, done here 1 s.
   */
  function linkOutput(kept: KeptPage): FileStamp | undefined {
    const target = join(layout.outDir, kept.file);
    const folder = dirname(target);
    if (!madeFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeFolders.add(folder);
    }
    if (options.previousSite && kept.stamp && linkUnchangedSync(join(options.previousSite, kept.file), target, kept.stamp))
      return kept.stamp;
    return undefined;
  }
  /**
   * The writes of reused pages' files that could not be linked: a few at a time, each done on
   * libuv's threads, so the render goes on beside them.
   */
  const writes = new PQueue({ concurrency: 16 });
  async function writeOutput(kept: KeptPage, bytes: Uint8Array): Promise<FileStamp> {
    // 'wx': a new file, never one shared with the previous site.
    const file = await open(join(layout.outDir, kept.file), 'wx');
    try {
      await file.writeFile(bytes);
      return await stampOpenFile(file);
    } finally {
      await file.close();
    }
  }

  /** The place of the first path selected for rendering, once there is one. */
  let firstRendered = Infinity;
  /**
   * Hands out the reused pages placed before `limit`, each once, once their files are
   * written. Written as they are handed out, not as they are found, so that Astro starts
   * rendering, and the index starts taking pages, without waiting for thousands of files.
   */
  async function takeBefore(limit: number): Promise<ReusedPage[]> {
    const handed: ReusedPage[] = [];
    const written: Promise<void>[] = [];
    try {
      linkBefore(limit, handed, written);
    } catch (error) {
      // The writes already queued end first, so that none fails unheard.
      await Promise.allSettled(written);
      throw error;
    }
    await Promise.all(written);
    return handed;
  }

  /** takeBefore's work: links what it can at once, and queues the writes of the other files. */
  function linkBefore(limit: number, handed: ReusedPage[], written: Promise<void>[]): void {
    while (taken < reusedPages.length && reusedPages[taken]!.place < limit) {
      const { path, kept } = reusedPages[taken++]!;
      handed.push({
        requestPath: kept.requestPath,
        file: join(layout.outDir, kept.file),
        bytes: kept.bytes,
        status: kept.status,
        type: kept.type,
      });
      const unreadable = () => new Error(`the kept page ${path} could not be read from the cache (${folder}); build again with --cold`);
      const stamp = linkOutput(kept);
      if (stamp) {
        if (!pages.keepPrevious(path, { ...kept, stamp })) throw unreadable();
        continue;
      }
      written.push(
        writes.add(async () => {
          const bytes = pages.previousBytes(path);
          if (!bytes) throw unreadable();
          const stamp = await writeOutput(kept, bytes);
          if (!pages.keepPrevious(path, { ...kept, stamp })) throw unreadable();
        }),
      );
    }
  }

  running = {
    async select(paths, { mustRender, onReused } = {}) {
      // A path listed twice is Astro's to report (prerenderConflictBehavior): never reused.
      const listed = new Map<string, number>();
      for (const { pathname } of paths) listed.set(pathKey(pathname, '/'), (listed.get(pathKey(pathname, '/')) ?? 0) + 1);
      const toRender: StaticPaths = [];
      for (const [place, entry] of paths.entries()) {
        const path = pathKey(entry.pathname, '/');
        const key = entry.cacheKey ?? '';
        const kept =
          listed.get(path) === 1 && !mustRender?.(entry.pathname) && !publicFiles.has(outputFile(path, entry.route.type))
            ? await reusable(path, entry.route.component, key)
            : undefined;
        if (kept && pages.hasBytes(path)) {
          reusedPages.push({ path, kept, place });
          if (kept.pageName !== undefined) pageNames.push(kept.pageName);
          onReused?.();
        } else {
          keys.set(path, key);
          places.set(path, place);
          firstRendered = Math.min(firstRendered, place);
          toRender.push(entry);
        }
      }
      return toRender;
    },
    async render(prerenderer, request, renderOptions) {
      const requestPath = new URL(request.url).pathname;
      const path = pathKey(decodeURI(requestPath), options.base);
      const { routeData } = renderOptions;
      const reads = new Set<Read>();
      // The body is read inside the recording: Astro renders a page's components as its body streams.
      const { response, bytes } = await recordingReads(
        recorders,
        (read) => reads.add(read),
        async () => {
          const response = responseOf(await prerenderer.render(request, renderOptions));
          return { response, bytes: await bodyBytes(response) };
        },
      );
      rendered.push(path);
      const status = response.status;
      // A redirect's page is written by Astro from its headers, which are not kept.
      if (status < 300 || status >= 400) {
        const sorted = [...reads].sort();
        let digest = '';
        let checkable: Read[] | null = sorted;
        try {
          digest = await digestOf(sorted);
        } catch {
          checkable = null;
        }
        const file = outputFile(path, routeData.type);
        renderedFiles.set(path, file);
        pages.keep(
          path,
          {
            route: routeData.component,
            key: keys.get(path) ?? '',
            reads: checkable,
            digest,
            status,
            type: response.headers.get('content-type') ?? '',
            requestPath,
            file,
            bytes: sha1(bytes),
            ...(routeData.type === 'page' ? { pageName: pageNameOf(path, layout) } : {}),
          },
          bytes,
        );
      }
      return responseWithBytes(bytes, response);
    },
    wrap: (prerenderer, selectOptions) => ({
      ...prerenderer,
      getStaticPaths: async () => running!.select(await prerenderer.getStaticPaths(), selectOptions),
      render: (request, renderOptions) => running!.render(prerenderer, request, renderOptions),
    }),
    takeReusedBefore(pathname) {
      if (pathname === undefined) return takeBefore(Infinity);
      const place = places.get(pathKey(decodeURI(pathname), options.base));
      if (place === undefined) return Promise.reject(new Error(`${pathname} was not among the paths selected for this build`));
      return takeBefore(place);
    },
    takeReusedReady: () => takeBefore(firstRendered),
    reusedPageNames: () => pageNames,
    async commit() {
      await takeBefore(Infinity); // every reused page is written, whether or not it was handed out
      await writes.onIdle(); // and those handed out earlier, whoever awaited them
      // A file not written where expected has no stamp: the next build writes it from the cache rather than link it.
      for (const [path, file] of renderedFiles) pages.amend(path, { stamp: stampFile(join(layout.outDir, file)) });
      pages.commit();
      const report: PageReuseReport = { ...(fullRender ? { fullRender } : {}), reused: reusedPages.length, rendered };
      writeFileSync(join(folder, REPORT), JSON.stringify(report));
      return report;
    },
  };
  return running;
}

/** The report of the last build that used this cache folder, if any. */
export function lastPageReuseReport(cacheDir: string): PageReuseReport | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, PAGE_CACHE_FOLDER, REPORT), 'utf8')) as PageReuseReport;
  } catch {
    return undefined;
  }
}
