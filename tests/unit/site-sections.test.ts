import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isSiteTopLevel,
  matchSiteRoute,
  nearestSiteTopLevel,
  ROUTE_SECTIONS,
  routeShapes,
  SITE_ROUTES,
  SITE_TOP_LEVEL,
} from '../../src/lib/site/sections.ts';

/** The top-level name a file or folder of src/pages is published under ("rss.xml.ts" → "rss.xml", "404.astro" → "404.html"). */
const publishedName = (entry: string): string =>
  entry === '404.astro' ? '404.html' : entry.replace(/\.astro$/, '').replace(/\.(ts|js)$/, '');

describe('the top-level names of the built site', () => {
  const routes = readdirSync(new URL('../../src/pages/', import.meta.url)).filter((entry) => !entry.startsWith('['));
  const pageRoutes = routes.filter((entry) => entry !== 'index.astro').map(publishedName);

  it('covers every top-level route of src/pages, so a link to a new section is not refused', () => {
    expect(pageRoutes.length).toBeGreaterThan(5);
    expect(pageRoutes.filter((name) => !isSiteTopLevel(name))).toEqual([]);
  });

  it('names nothing that src/pages, the search bundle or Astro does not write', () => {
    const written = new Set([...pageRoutes, 'pagefind', '_astro', 'sitemap-index.xml']);
    expect([...SITE_TOP_LEVEL].filter((name) => !written.has(name))).toEqual([]);
  });

  it("takes the sitemap's numbered parts, and no other unknown name", () => {
    expect(isSiteTopLevel('sitemap-0.xml')).toBe(true);
    expect(isSiteTopLevel('sitemap-12.xml')).toBe(true);
    expect(isSiteTopLevel('sitemap-x.xml')).toBe(false);
    expect(isSiteTopLevel('about')).toBe(false);
  });

  it('suggests a section for its singular, a slip or other capitals, a file only for a file name, and nothing far', () => {
    expect(nearestSiteTopLevel('entity')).toBe('entities');
    expect(nearestSiteTopLevel('brief')).toBe('briefs');
    expect(nearestSiteTopLevel('Topics')).toBe('topics');
    expect(nearestSiteTopLevel('deels')).toBe('deals');
    expect(nearestSiteTopLevel('rss.xm')).toBe('rss.xml');
    expect(nearestSiteTopLevel('rss')).toBeUndefined();
    expect(nearestSiteTopLevel('_astr')).toBeUndefined();
    expect(nearestSiteTopLevel('about-us')).toBeUndefined();
  });
});

describe('the routes of the built site', () => {
  const pagesDir = fileURLToPath(new URL('../../src/pages/', import.meta.url));

  it('are the files of src/pages, each without its extension', () => {
    const files = readdirSync(pagesDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(pagesDir, `${entry.parentPath}/${entry.name}`).replace(/\.(astro|ts|js)$/, ''));
    expect(files.length).toBeGreaterThan(20);
    expect([...SITE_ROUTES].sort(), 'a route of src/pages is listed in SITE_ROUTES (src/lib/site/sections.ts)').toEqual(files.sort());
  });

  it('match list pages, their numbered pages, entries and files, with their parameters', () => {
    expect(matchSiteRoute('')).toEqual({ route: 'index', params: {} });
    expect(matchSiteRoute('briefs/page/3/')).toEqual({ route: 'briefs/[...page]', params: { page: '3' } });
    expect(matchSiteRoute('briefs/some-brief/')).toEqual({ route: 'briefs/[id]', params: { id: 'some-brief' } });
    expect(matchSiteRoute('briefs/topic/ev/page/2')).toEqual({
      route: 'briefs/[facet]/[value]/[...page]',
      params: { facet: 'topic', value: 'ev', page: '2' },
    });
    expect(matchSiteRoute('entities/xpeng/deals/')?.params).toEqual({ id: 'xpeng' });
    expect(matchSiteRoute('entities/type/fund/')?.params).toEqual({ type: 'fund' });
    expect(matchSiteRoute('deals/sort/largest/')?.params).toEqual({ order: 'largest' });
    expect(matchSiteRoute('data/schema/deals.json')?.params).toEqual({ collection: 'deals' });
    expect(matchSiteRoute('404.html')?.route).toBe('404');
  });

  it('refuse what no page has: an extra segment, a value outside a fixed set, a page 0 or a word for a number', () => {
    for (const path of [
      'briefs/some-brief/extra/',
      'briefs/colour/red/',
      'entities/type/robot/',
      'entities/xpeng/people/',
      'deals/sort/cheapest/',
      'data/people.json',
      'briefs/page/0/',
      'briefs/page/two/',
      'network/more/',
      'search/x/',
      'rss.xml/feed/',
    ])
      expect(matchSiteRoute(path), path).toBeUndefined();
  });

  it("list each section's addresses for a fix, the list itself first, the fixed values named", () => {
    expect(routeShapes('network')).toEqual(['/network/']);
    expect(routeShapes('deals')).toEqual([
      '/deals/',
      '/deals/<facet>/<value>/ (<facet>: kind, year, currency)',
      '/deals/sort/<order>/ (<order>: oldest, largest, smallest)',
    ]);
    expect(routeShapes('entities')[0]).toBe('/entities/');
    expect(ROUTE_SECTIONS.has('briefs') && !ROUTE_SECTIONS.has('pagefind')).toBe(true);
  });
});
