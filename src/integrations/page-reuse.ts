import type { AstroPrerenderer } from 'astro';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRead, type Read } from '../lib/incremental/read-tracker.ts';
import { offeredCatalog, recordingReads, type ReadRecorder } from '../lib/incremental/render-reads.ts';
import { createValueDigest } from '../lib/incremental/value-digest.ts';
import { KeptPack, PAGE_CACHE_FOLDER } from './kept-pack.ts';
import { responseOf } from './prerender-result.ts';

/*
 * Page reuse: a build renders a page only when something it showed has changed since the
 * build before. Each page is rendered with its reads of the catalog recorded
 * (src/lib/incremental/read-tracker.ts); the page's bytes, its reads and a digest of what
 * they found are kept in the cache folder (./kept-pack.ts). The next build, with the same
 * fingerprint (./build-fingerprint.ts: code, packages, settings, corpus), looks every read up
 * again in its own catalog: when all find what they found before, and the path's `cacheKey`
 * (a digest of its props, src/data/keyed-paths.ts) is the same, the kept bytes are the page.
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
}

/** What one build did with its pages, written beside the cache for people and tests. */
export interface PageReuseReport {
  /** Why no page could be reused, when none could: "no previous build", "cold build requested", "the fingerprint changed". */
  fullRender?: string;
  reused: number;
  rendered: string[];
}

export interface PageReuse {
  /** The prerenderer, with reused pages answered from the cache and rendered pages recorded. */
  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer;
  /** Keeps this build's pages for the next build; call once Astro has written every page. */
  commit(): PageReuseReport;
}

/** "/dossier/briefs/x/" under base "/dossier/" and "/briefs/x" both → "briefs/x". */
function pathKey(pathname: string, base: string): string {
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return inSite.replace(/^\/+|\/+$/g, '');
}

export function startPageReuse(options: { cacheDir: string; base: string; fingerprint: string; cold: boolean }): PageReuse {
  const folder = join(options.cacheDir, PAGE_CACHE_FOLDER);
  const pages = new KeptPack<KeptPage>(folder, 'pages', options.fingerprint, { ignorePrevious: options.cold });
  const fullRender = options.cold ? 'cold build requested' : pages.unavailable;
  const keys = new Map<string, string>();
  const rendered: string[] = [];
  let reused = 0;

  // What each read finds in this build's catalog, looked up once however many pages made it.
  const readDigests = new Map<Read, string>();
  const valueDigest = createValueDigest((text) => createHash('sha1').update(text).digest('base64url'));
  const recorders = new AsyncLocalStorage<ReadRecorder>();
  let catalog: Promise<object | undefined> | undefined;
  async function digestOf(reads: Read[]): Promise<string> {
    const hash = createHash('sha1');
    if (reads.length) {
      catalog ??= offeredCatalog()?.() ?? Promise.resolve(undefined);
      const root = await catalog;
      if (!root) throw new Error('no page module offered the catalog');
      for (const read of reads) {
        let digest = readDigests.get(read);
        if (digest === undefined) readDigests.set(read, (digest = valueDigest(resolveRead(root, read))));
        hash.update(`${read}\0${digest}\n`);
      }
    }
    return hash.digest('base64url');
  }

  async function reusable(path: string, route: string, key: string): Promise<KeptPage | undefined> {
    const kept = pages.previous(path);
    if (!kept || kept.route !== route || kept.key !== key || kept.reads === null) return undefined;
    try {
      return (await digestOf(kept.reads)) === kept.digest ? kept : undefined;
    } catch {
      return undefined; // a value read last time has no digest now: the page is rendered
    }
  }

  return {
    wrap: (prerenderer) => ({
      ...prerenderer,
      getStaticPaths: async () => {
        const paths = await prerenderer.getStaticPaths();
        for (const { pathname, cacheKey } of paths) if (cacheKey !== undefined) keys.set(pathKey(pathname, '/'), cacheKey);
        return paths;
      },
      render: async (request, renderOptions) => {
        const path = pathKey(decodeURI(new URL(request.url).pathname), options.base);
        const key = keys.get(path) ?? '';
        const route = renderOptions.routeData.component;
        const kept = await reusable(path, route, key);
        const keptBytes = kept && pages.previousBytes(path);
        if (kept && keptBytes) {
          reused++;
          pages.keep(path, kept, keptBytes);
          return new Response(keptBytes, { status: kept.status, headers: { 'content-type': kept.type } });
        }
        const reads = new Set<Read>();
        // The body is read inside the recording: Astro renders a page's components as its body streams.
        const { response, bytes } = await recordingReads(
          recorders,
          (read) => reads.add(read),
          async () => {
            const response = responseOf(await prerenderer.render(request, renderOptions));
            return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
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
          pages.keep(path, { route, key, reads: checkable, digest, status, type: response.headers.get('content-type') ?? '' }, bytes);
        }
        return new Response(bytes, response);
      },
    }),
    commit() {
      pages.commit();
      const report: PageReuseReport = { ...(fullRender ? { fullRender } : {}), reused, rendered };
      writeFileSync(join(folder, REPORT), JSON.stringify(report));
      return report;
    },
  };
}

/** The report of the last build that used this cache folder, if any. */
export function lastPageReuseReport(cacheDir: string): PageReuseReport | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, PAGE_CACHE_FOLDER, REPORT), 'utf8')) as PageReuseReport;
  } catch {
    return undefined;
  }
}
