import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSiteTopLevel, nearestSiteTopLevel, SITE_TOP_LEVEL } from '../../src/lib/site/sections.ts';

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
