// Builds a synthetic corpus large enough to need more than one page of every long
// list (the bench's generator, 400 briefs), under a base path, and checks that no
// list page holds more rows than its page size, that following the pager reaches
// every row exactly once in order, that entity pages preview their lists and link
// to the whole list, that every deal's row is on its home brief's page, and that no
// link or fragment is broken. It also reads the search bundle of the same site.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/corpus/generate.ts';
import { crawlSite, formatBroken, type CrawlResult } from '../support/crawl-site.ts';
import { createStaticServer } from '../support/static-server.ts';
import { PAGE_SIZE } from '../../src/lib/lists/pagination.ts';
import { buildSite } from '../support/build-site.ts';
import { indexedRecords } from '../support/pagefind-bundle.ts';

const BRIEFS = 400;
const SITE_ORIGIN = 'https://news.example.org';
const BASE = '/archive/';

const work = mkdtempSync(join(tmpdir(), 'dossier-pages-'));
const site = join(work, 'site');
let output = '';
let status: number | null = null;
let crawl: CrawlResult;

interface Exported {
  id: string;
  url: string;
}
interface ExportedEntity extends Exported {
  name: string;
  type: string;
  briefs: string[];
  deals: { deal: string }[];
}

const exported = <T>(name: string): T[] => JSON.parse(readFileSync(join(site, 'data', `${name}.json`), 'utf8')) as T[];
/** The built HTML of a site-relative page path ("briefs/page/2/"), or undefined when there is none. */
const html = (path: string): string | undefined => {
  const file = join(site, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const doc = (path: string) => {
  const text = html(path);
  if (text === undefined) throw new Error(`${path} was not built`);
  return parseDocument(text);
};
const hasClass = (el: { attribs: Record<string, string> }, name: string) => (el.attribs.class ?? '').split(/\s+/).includes(name);
/** Site-relative paths of the briefs a page's card lists link to, in order. */
function cardTargets(path: string): string[] {
  const lists = DomUtils.findAll((el) => el.name === 'ul' && hasClass(el, 'card-list'), doc(path).children);
  return lists.flatMap((list) =>
    DomUtils.findAll((el) => (el.name === 'h2' || el.name === 'h3') && hasClass(el.parent as never, 'card'), list.children).flatMap((h) =>
      DomUtils.findAll((el) => el.name === 'a', h.children).map((a) => a.attribs.href!.slice(BASE.length)),
    ),
  );
}
/** Site-relative paths of the deals a page's tables link to, in order. */
function dealTargets(path: string): string[] {
  const rows = DomUtils.findAll(
    (el) => el.name === 'tr' && el.parent?.type === 'tag' && (el.parent as { name: string }).name === 'tbody',
    doc(path).children,
  );
  return rows.flatMap((row) => {
    const cell = DomUtils.findAll((el) => el.name === 'td', row.children)[1];
    return cell
      ? DomUtils.findAll((el) => el.name === 'a', cell.children)
          .slice(0, 1)
          .map((a) => a.attribs.href!.slice(BASE.length))
      : [];
  });
}
/** Site-relative paths of the entities the name lists (ul.entity-names) inside `root` link to, in order. */
function nameTargets(root: ReturnType<typeof doc>['children']): string[] {
  return DomUtils.findAll((el) => el.name === 'ul' && hasClass(el, 'entity-names'), root).flatMap((list) =>
    DomUtils.findAll((el) => el.name === 'a', list.children).map((a) => a.attribs.href!.slice(BASE.length)),
  );
}
/** The href of the pager's "Next" link, site-relative, or undefined on the last page. */
function nextPage(path: string): string | undefined {
  const next = DomUtils.findOne((el) => el.name === 'a' && el.attribs.rel === 'next', doc(path).children);
  return next?.attribs.href?.slice(BASE.length);
}
/** Follows "Next" from the first page of a list; every page's path, in order. */
function pagesOf(listPath: string): string[] {
  const pages = [listPath];
  for (let next = nextPage(listPath); next; next = nextPage(next)) {
    if (pages.includes(next)) throw new Error(`the pager of ${listPath} loops back to ${next}`);
    pages.push(next);
  }
  return pages;
}
/** Site-relative path of an absolute URL, with its fragment: "briefs/x/#deal-y". */
const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname.slice(BASE.length) + u.hash;
};

beforeAll(async () => {
  const content = join(work, 'content');
  writeCorpus(content, generateCorpus({ briefs: BRIEFS, seed: 7 }));
  ({ status, output } = buildSite({ content, out: site, work, base: BASE, siteUrl: SITE_ORIGIN, timeout: 170_000 }));
  if (status !== 0) return;
  const server = createStaticServer({ dir: site, base: BASE });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    crawl = await crawlSite({ root: `http://127.0.0.1:${port}${BASE}`, siteUrl: `${SITE_ORIGIN}${BASE}` });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe(`a site of ${BRIEFS} synthetic briefs`, () => {
  it('builds', () => {
    expect(status, output.slice(-3000)).toBe(0);
  });

  it('lists every brief once, newest first, across the numbered pages of /briefs/', () => {
    const briefs = exported<Exported>('briefs');
    const pages = pagesOf('briefs/');
    // Numbered from the oldest: /briefs/ holds the newest, then page N-1 down to page 1, the oldest, each full.
    const count = Math.floor(briefs.length / PAGE_SIZE.briefs);
    expect(count).toBeGreaterThan(2);
    expect(pages).toEqual(['briefs/', ...Array.from({ length: count - 1 }, (_, i) => `briefs/page/${count - 1 - i}/`)]);
    const listed = pages.flatMap((p, i) => {
      const cards = cardTargets(p);
      if (i === 0) expect(cards.length, p).toBe(briefs.length - (count - 1) * PAGE_SIZE.briefs);
      else expect(cards.length, p).toBe(PAGE_SIZE.briefs);
      return cards;
    });
    expect(listed).toEqual(briefs.map((b) => pathOf(b.url)));
  });

  it('runs the pager of /briefs/ from the newest page to the oldest, each page linking the newest and its neighbours', () => {
    const pages = pagesOf('briefs/');
    const pagerLinks = (path: string) =>
      DomUtils.findAll(
        (el) => el.name === 'a',
        DomUtils.findOne((el) => el.name === 'nav' && hasClass(el, 'pager'), doc(path).children)!.children,
      );
    const rel = (path: string, value: string) =>
      pagerLinks(path)
        .find((a) => a.attribs.rel === value)
        ?.attribs.href?.slice(BASE.length);
    pages.forEach((path, i) => {
      expect(rel(path, 'prev'), path).toBe(pages[i - 1]);
      expect(rel(path, 'next'), path).toBe(pages[i + 1]);
      const current = pagerLinks(path).filter((a) => a.attribs['aria-current'] === 'page');
      expect(
        current.map((a) => a.attribs.href!.slice(BASE.length)),
        path,
      ).toEqual([path]);
      const latest = pagerLinks(path).find((a) => DomUtils.textContent(a).trim() === 'Latest');
      expect(latest?.attribs.href, path).toBe(`${BASE}briefs/`);
    });
  });

  it("lists every deal once across the pages of /deals/, each linked to its row on its home brief's page", () => {
    const deals = exported<Exported>('deals');
    const pages = pagesOf('deals/');
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.flatMap((p, i) => {
      const rows = dealTargets(p);
      // The list's own page holds one to two pages' rows less one; a numbered page, one page's.
      if (i === 0) expect(rows.length, p).toBeLessThan(2 * PAGE_SIZE.deals);
      else expect(rows.length, p).toBe(PAGE_SIZE.deals);
      return rows;
    });
    expect(listed).toEqual(deals.map((d) => pathOf(d.url)));
    for (const d of deals) {
      const [page, fragment] = pathOf(d.url).split('#');
      expect(page, d.id).toMatch(/^briefs\/[^/]+\/$/);
      expect(html(page!), d.id).toContain(`<tr id="${fragment}"`);
    }
  });

  it('cuts the facet and topic lists into pages too, each page within its size', () => {
    const listPages = crawl.pages.map(pathOf).filter((p) => /^(briefs|deals)\/(?!page\/)[^/]+\/[^/]+\/$|^topics\/[^/]+\/$/.test(p));
    const paged = listPages.filter((p) => nextPage(p));
    expect(paged.length, 'facet or topic lists long enough to need a second page').toBeGreaterThan(0);
    for (const first of paged) {
      // Numbered from the oldest, like /briefs/: the list's own page holds up to two pages' rows less one, the others one page's.
      pagesOf(first).forEach((p, i) => {
        const rows = cardTargets(p).length || dealTargets(p).length;
        const size = p.startsWith('deals/') ? PAGE_SIZE.deals : PAGE_SIZE.briefs;
        if (i === 0) expect(rows, p).toBeLessThan(2 * size);
        else expect(rows, p).toBe(size);
      });
    }
  });

  it("lists every dated brief and deal once across the timeline's year pages, each within its page size", () => {
    const dated = exported<Exported>('briefs').length + exported<Exported & { date?: unknown }>('deals').filter((d) => d.date).length;
    const years = crawl.pages.map(pathOf).filter((p) => /^timeline\/\d{4}\/$/.test(p));
    expect(years.length).toBeGreaterThan(1);
    const events = years.flatMap(pagesOf).map((p) => {
      const count = DomUtils.findAll((el) => el.name === 'li' && hasClass(el, 'event'), doc(p).children).length;
      expect(count, p).toBeLessThanOrEqual(PAGE_SIZE.events);
      return count;
    });
    expect(events.reduce((a, b) => a + b, 0)).toBe(dated);
  });

  it('shows the first rows of a busy entity and links to all of them', () => {
    const entities = exported<ExportedEntity>('entities');
    const dealPaths = new Map(exported<Exported>('deals').map((d) => [d.id, pathOf(d.url)]));
    const busy = entities.filter((e) => e.briefs.length > PAGE_SIZE.preview);
    const dealMakers = entities.filter((e) => e.deals.length > PAGE_SIZE.preview);
    expect(busy.length, 'entities mentioned in more briefs than a page previews').toBeGreaterThan(0);
    expect(dealMakers.length, 'entities in more deals than a page previews').toBeGreaterThan(0);
    for (const e of entities) {
      const page = pathOf(e.url);
      const briefLinks = cardTargets(page);
      expect(briefLinks, e.id).toEqual(e.briefs.slice(0, PAGE_SIZE.preview).map((id) => `briefs/${id}/`));
      const allBriefs = `${page}briefs/`;
      const allDeals = `${page}deals/`;
      expect(html(page)!.includes(`href="${BASE}${allBriefs}"`), `${e.id} links to its briefs`).toBe(e.briefs.length > PAGE_SIZE.preview);
      expect(html(page)!.includes(`href="${BASE}${allDeals}"`), `${e.id} links to its deals`).toBe(e.deals.length > PAGE_SIZE.preview);
      if (e.briefs.length > PAGE_SIZE.preview)
        expect(pagesOf(allBriefs).flatMap(cardTargets)).toEqual(e.briefs.map((id) => `briefs/${id}/`));
      else expect(html(allBriefs), `${allBriefs} is not built for a short list`).toBeUndefined();
      if (e.deals.length > PAGE_SIZE.preview)
        expect(pagesOf(allDeals).flatMap(dealTargets)).toEqual(e.deals.map((d) => dealPaths.get(d.deal)));
      else expect(html(allDeals)).toBeUndefined();
    }
  });

  it("lists every entity of a type once, A to Z, on the type's pages, and shows the most mentioned of a long type on /entities/", () => {
    const byType = Map.groupBy(exported<ExportedEntity>('entities'), (e) => e.type);
    const long = [...byType.values()].filter((list) => list.length > PAGE_SIZE.entityOverview);
    expect(long.length, 'a type with more entities than /entities/ shows of it').toBeGreaterThan(0);
    const overview = doc('entities/');
    for (const [type, list] of byType) {
      const listPath = `entities/type/${type}/`;
      const pages = pagesOf(listPath);
      for (const page of pages) expect(nameTargets(doc(page).children).length, page).toBeLessThanOrEqual(PAGE_SIZE.entities);
      const aToZ = list.toSorted((a, b) => a.name.localeCompare(b.name, 'en'));
      expect(
        pages.flatMap((page) => nameTargets(doc(page).children)),
        listPath,
      ).toEqual(aToZ.map((e) => pathOf(e.url)));

      const section = DomUtils.findOne(
        (el) => el.name === 'section' && el.attribs['aria-labelledby'] === `type-${type}`,
        overview.children,
      );
      expect(section, `/entities/ has a section for ${type}`).not.toBeNull();
      const shown = nameTargets(section!.children);
      const links = DomUtils.findAll((el) => el.name === 'a', section!.children).map((a) => a.attribs.href);
      expect(links, `the ${type} heading links to the type's list`).toContain(`${BASE}${listPath}`);
      if (list.length <= PAGE_SIZE.entityOverview) {
        expect(shown, type).toEqual(aToZ.map((e) => pathOf(e.url)));
        continue;
      }
      expect(shown, type).toHaveLength(PAGE_SIZE.entityOverview);
      const mentions = new Map(list.map((e) => [pathOf(e.url), e.briefs.length]));
      const fewestShown = Math.min(...shown.map((p) => mentions.get(p)!));
      const mostLeftOut = Math.max(...list.filter((e) => !shown.includes(pathOf(e.url))).map((e) => e.briefs.length));
      expect(fewestShown, `${type}: no entity left out is mentioned more than one shown`).toBeGreaterThanOrEqual(mostLeftOut);
      expect(DomUtils.textContent(section!)).toContain(`All ${list.length}`);
    }
  });

  it("indexes a brief's original headline where the page shows it, not again in its provenance, and leaves its checksum out", () => {
    const fragments = indexedRecords(site);
    let russian = 0;
    for (const b of exported<{ id: string }>('briefs')) {
      const page = doc(`briefs/${b.id}/`);
      const dd = (label: string) => {
        const dt = DomUtils.findOne((el) => el.name === 'dt' && DomUtils.textContent(el) === label, page.children);
        return dt ? DomUtils.textContent(DomUtils.nextElementSibling(dt)!) : undefined;
      };
      const content = fragments.get(`/briefs/${b.id}/`)!;
      expect(content, b.id).toBeDefined();
      const sha = dd('SHA-256')!;
      expect(sha, b.id).toMatch(/^[0-9a-f]{64}$/);
      expect(content, b.id).not.toContain(sha);
      // Russian headlines reach the index as written (no segmenting or respelling) and differ
      // from the English title: indexed in the page's own headline section, not again in the
      // provenance list (from its heading to its last entry).
      if (dd('Language')?.startsWith('Russian')) {
        russian++;
        const quoted = DomUtils.findOne((el) => el.name === 'section' && el.attribs['aria-labelledby'] === 'headline', page.children)!;
        const headline = DomUtils.textContent(DomUtils.findOne((el) => el.name === 'blockquote', quoted.children)!).trim();
        const provenance = content.slice(content.indexOf('Provenance'), content.indexOf('Brief published'));
        expect(provenance, b.id).toContain('Article date');
        expect(provenance, b.id).not.toContain(headline);
        expect(content.replace(provenance, ''), b.id).toContain(headline);
      }
    }
    expect(russian).toBeGreaterThan(10);
  });

  it('has no broken link or fragment, and lists the numbered pages of the full lists in the sitemap', () => {
    expect(crawl.broken, formatBroken(crawl.broken)).toEqual([]);
    const listed = new Set(crawl.sitemapPages.map(pathOf));
    for (const list of ['briefs/', 'deals/']) {
      const numbered = pagesOf(list).slice(1);
      expect(numbered.length, list).toBeGreaterThan(0);
      for (const page of numbered) expect(listed.has(page), page).toBe(true);
    }
    expect(listed.has('entities/type/company/')).toBe(true);
    expect([...listed].filter((p) => /^(briefs|deals)\/(?!page\/)[^/]+\/[^/]+\/|^entities\/[^/]+\/(briefs|deals)\//.test(p))).toEqual([]);
  });
});
