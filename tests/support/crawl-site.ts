// Crawls a served Dossier site over HTTP the way a visitor's browser and a search
// engine would: starts from the sitemap, fetches every page, and follows every link,
// stylesheet, script, image, feed and export URL it finds, checking each answers 200
// with a fitting content type, without redirects, and that every "#fragment" names
// an id on its page. Hand-written (fetch + htmlparser2) because link checkers on npm
// either drive a browser (slow) or do not know a site's public URL differs from the
// address it is tested at.
import {
  cssReferences,
  htmlFacts,
  jsonReferences,
  scriptReferences,
  xmlReferences,
  type Reference,
  type ReferenceKind,
} from './site-links.ts';

export interface CrawlOptions {
  /** Where the site is served for the test, base path included: "http://127.0.0.1:4472/a/b/c/". */
  root: string;
  /** The site's public URL, base included, as SITE_URL made the build write it (canonical, sitemap). */
  siteUrl: string;
  /** Addresses that must answer 404 with the site's error page; their links are checked too. */
  missing?: string[];
  concurrency?: number;
}

export interface Broken {
  url: string;
  problem: string;
  /** Where it was referenced: "page → via". */
  from: string[];
}

export interface CrawlResult {
  /** Every URL fetched (no fragment), with its status. */
  fetched: Map<string, number>;
  /** The HTML pages among them. */
  pages: string[];
  /** Pages the sitemap lists. */
  sitemapPages: string[];
  /** Links to other sites: reported, not fetched (the tests run offline). */
  external: Set<string>;
  broken: Broken[];
}

/** Content types a reference kind must be served with; browsers refuse a stylesheet or module script with another. */
const EXPECTED_TYPE: Partial<Record<ReferenceKind, RegExp>> = {
  page: /^text\/html\b/,
  stylesheet: /^text\/css\b/,
  script: /^(?:text|application)\/(?:x-)?javascript\b/,
  image: /^image\//,
  feed: /^(?:application\/(?:rss\+xml|atom\+xml|feed\+json|xml|json)|text\/xml)\b/,
};

/** Fragments every HTML page has without an element: "" and "top" scroll to the top (HTML spec). */
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);

interface Fetched {
  status: number;
  type: string;
  body: string;
  location?: string | undefined;
}

export async function crawlSite(options: CrawlOptions): Promise<CrawlResult> {
  const root = new URL(options.root);
  const siteUrl = options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`;
  const concurrency = options.concurrency ?? 8;

  const fetched = new Map<string, number>();
  const pages: string[] = [];
  const external = new Set<string>();
  const brokenBy = new Map<string, Broken>();
  const anchorsOf = new Map<string, Set<string> | 'not-html'>();
  /** page url → fragment → where it was referenced. */
  const wantedFragments = new Map<string, Map<string, string[]>>();
  /** url → the kinds it was referenced as (so a stylesheet's type is checked even if an <a> linked it first). */
  const kindsOf = new Map<string, Set<ReferenceKind>>();
  const typeOf = new Map<string, string>();
  const queue: string[] = [];
  const queued = new Set<string>();

  /** url (no fragment) → the first few places that reference it. */
  const referrers = new Map<string, string[]>();

  const report = (url: string, problem: string, from: string) => {
    const key = `${url}\n${problem}`;
    const entry = brokenBy.get(key) ?? { url, problem, from: [] };
    if (from && !entry.from.includes(from) && entry.from.length < 5) entry.from.push(from);
    brokenBy.set(key, entry);
  };
  /** A problem with a fetched URL, reported with the places that link to it. */
  const reportUrl = (url: string, problem: string) => {
    const froms = referrers.get(url) ?? [];
    if (!froms.length) report(url, problem, '');
    for (const from of froms) report(url, problem, from);
  };

  /** The served address for a URL written in the site: public site URLs map onto the test root. */
  const toServed = (absolute: URL): URL | undefined => {
    const href = absolute.href;
    if (href.startsWith(siteUrl)) return new URL(href.slice(siteUrl.length), root);
    if (absolute.origin === root.origin) return absolute;
    return undefined;
  };

  const enqueue = (url: string, kind: ReferenceKind) => {
    const kinds = kindsOf.get(url) ?? new Set();
    kinds.add(kind);
    kindsOf.set(url, kinds);
    if (queued.has(url)) return;
    queued.add(url);
    queue.push(url);
  };

  const follow = (ref: Reference, documentUrl: string) => {
    const from = `${documentUrl} → ${ref.via}`;
    const written = ref.url.trim();
    if (/^(?:data|mailto|tel):/i.test(written)) return;
    if (/^javascript:/i.test(written)) return report(written, 'javascript: URL', from);
    let absolute: URL;
    try {
      absolute = new URL(written, documentUrl);
    } catch {
      return report(written, 'not a valid URL', from);
    }
    if (!/^https?:$/.test(absolute.protocol)) return external.add(absolute.href);
    const served = toServed(absolute);
    if (!served) return external.add(absolute.href);
    if (!served.pathname.startsWith(root.pathname)) {
      return report(absolute.href, `outside the site's base path ${root.pathname}: the link drops the base`, from);
    }
    let fragment: string | undefined;
    try {
      fragment = served.hash ? decodeURIComponent(served.hash.slice(1)) : undefined;
    } catch {
      return report(absolute.href, 'fragment is not valid percent-encoding', from);
    }
    served.hash = '';
    const url = served.href;
    // A same-document link ("#main") needs no fetch, only its fragment checked.
    if (url !== documentUrl) enqueueFrom(url, ref.kind, from);
    if (fragment !== undefined) {
      const wanted = wantedFragments.get(url) ?? new Map<string, string[]>();
      const froms = wanted.get(fragment) ?? [];
      if (froms.length < 5) froms.push(from);
      wanted.set(fragment, froms);
      wantedFragments.set(url, wanted);
    }
  };

  const enqueueFrom = (url: string, kind: ReferenceKind, from: string) => {
    const froms = referrers.get(url) ?? [];
    if (froms.length < 5 && !froms.includes(from)) froms.push(from);
    referrers.set(url, froms);
    enqueue(url, kind);
  };

  const get = async (url: string): Promise<Fetched> => {
    // Redirects are reported, not followed: a plain static host has none, so a link that relies on one breaks there.
    const response = await fetch(url, { redirect: 'manual' });
    const type = response.headers.get('content-type') ?? '';
    const textual = /^(?:text\/|application\/(?:json|xml|javascript|[\w.+-]*\+(?:xml|json)))/.test(type);
    const body = textual ? await response.text() : (await response.arrayBuffer(), '');
    return { status: response.status, type, body, location: response.headers.get('location') ?? undefined };
  };

  /** Reads a fetched document's references and, for HTML, its fragment targets. */
  const analyse = (url: string, doc: Fetched) => {
    const mime = doc.type.split(';')[0]!.trim().toLowerCase();
    if (mime === 'text/html') {
      const facts = htmlFacts(doc.body);
      anchorsOf.set(url, facts.anchors);
      for (const ref of facts.references) follow(ref, url);
      return;
    }
    anchorsOf.set(url, 'not-html');
    const refs =
      mime === 'text/css'
        ? cssReferences(doc.body)
        : /javascript$/.test(mime)
          ? scriptReferences(doc.body)
          : /(?:^|\+|\/)xml$/.test(mime)
            ? xmlReferences(doc.body)
            : /(?:^|\+|\/)json$/.test(mime)
              ? jsonReferences(doc.body, siteUrl)
              : [];
    for (const ref of refs) follow(ref, url);
  };

  const visit = async (url: string) => {
    let doc: Fetched;
    try {
      doc = await get(url);
    } catch (error) {
      fetched.set(url, 0);
      return reportUrl(url, `request failed: ${(error as Error).message}`);
    }
    fetched.set(url, doc.status);
    typeOf.set(url, doc.type);
    if (doc.status >= 300 && doc.status < 400)
      return reportUrl(url, `redirects (${doc.status}) to ${doc.location ?? '?'}: link to the final address`);
    if (doc.status !== 200) return reportUrl(url, `HTTP ${doc.status}`);
    if (/^text\/html\b/.test(doc.type)) pages.push(url);
    analyse(url, doc);
  };

  // Start: the sitemap index and the sitemaps it lists.
  const sitemapPages: string[] = [];
  const indexUrl = new URL('sitemap-index.xml', root).href;
  const index = await get(indexUrl);
  fetched.set(indexUrl, index.status);
  if (index.status !== 200) {
    report(indexUrl, `HTTP ${index.status}: no sitemap index`, '');
  } else {
    for (const ref of xmlReferences(index.body)) {
      const sitemapUrl = toServed(new URL(ref.url))?.href;
      if (!sitemapUrl) {
        report(ref.url, `sitemap is not under the site URL ${siteUrl}`, indexUrl);
        continue;
      }
      const sitemap = await get(sitemapUrl);
      fetched.set(sitemapUrl, sitemap.status);
      if (sitemap.status !== 200) {
        report(sitemapUrl, `HTTP ${sitemap.status}`, indexUrl);
        continue;
      }
      for (const page of xmlReferences(sitemap.body)) {
        const served = toServed(new URL(page.url));
        if (!served) report(page.url, `sitemap entry is not under the site URL ${siteUrl}`, sitemapUrl);
        else sitemapPages.push(served.href);
        follow(page, sitemapUrl);
      }
    }
  }

  // Addresses that do not exist: the host must answer 404 with the site's error page, whose links must work from there.
  for (const missing of options.missing ?? []) {
    const url = new URL(missing, root).href;
    const doc = await get(url);
    fetched.set(url, doc.status);
    if (doc.status !== 404) report(url, `expected HTTP 404 for a missing page, got ${doc.status}`, '');
    if (!/^text\/html\b/.test(doc.type)) report(url, `the 404 answer is ${doc.type || 'untyped'}, not the site's HTML error page`, '');
    else analyse(url, doc);
  }

  // Breadth-first over everything found, a few requests at a time.
  while (queue.length) {
    const batch = queue.splice(0, queue.length);
    let next = 0;
    const worker = async () => {
      while (next < batch.length) await visit(batch[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, worker));
  }

  // Content types, once every reference to a URL is known.
  for (const [url, kinds] of kindsOf) {
    const type = typeOf.get(url);
    if (type === undefined || fetched.get(url) !== 200) continue;
    for (const kind of kinds) {
      const expected = EXPECTED_TYPE[kind];
      if (expected && !expected.test(type)) reportUrl(url, `served as "${type}", but referenced as ${kind}`);
    }
  }

  // Fragments.
  for (const [url, wanted] of wantedFragments) {
    const anchors = anchorsOf.get(url);
    if (!anchors) continue; // not fetched successfully: already reported as broken
    for (const [fragment, froms] of wanted) {
      if (IMPLICIT_FRAGMENTS.has(fragment)) continue;
      if (anchors === 'not-html') {
        for (const from of froms) report(`${url}#${fragment}`, 'fragment on a file that is not an HTML page', from);
      } else if (!anchors.has(fragment)) {
        for (const from of froms) report(`${url}#${fragment}`, `no element with id or name "${fragment}" on the page`, from);
      }
    }
  }

  return { fetched, pages, sitemapPages, external, broken: [...brokenBy.values()] };
}

/** One line per broken URL, for an assertion message. */
export function formatBroken(broken: Broken[]): string {
  return broken.map((b) => `✖ ${b.url}: ${b.problem}${b.from.length ? `\n    from ${b.from.join('\n    from ')}` : ''}`).join('\n');
}
