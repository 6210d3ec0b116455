import { PAGE_SEGMENT } from '../lists/pagination.ts';
import { paths } from './urls.ts';

/**
 * Pages a search engine should not list: the ones BaseLayout marks `noindex`
 * (site search, 404, the filtered lists /briefs/<facet>/<value>/ and
 * /deals/<facet>/<value>/ with their further pages, which repeat the full lists, the
 * sorted lists /deals/sort/<order>/, which repeat /deals/ in another order, and an
 * entity's own lists of briefs and deals, which repeat what its page previews). The
 * numbered pages of the full lists, /briefs/page/2/, are listed. Paths are relative to
 * the base path. The e2e tests compare this with the robots meta of every built page.
 */
const FURTHER_PAGE = `(?:${PAGE_SEGMENT}/\\d+/)?`;
const NOINDEX_PAGES: RegExp[] = [
  new RegExp(`^${paths.search()}$`),
  /^404\/?$/,
  new RegExp(`^${paths.briefs()}(?!${PAGE_SEGMENT}/)[^/]+/[^/]+/${FURTHER_PAGE}$`),
  new RegExp(`^${paths.deals()}(?!${PAGE_SEGMENT}/)[^/]+/[^/]+/${FURTHER_PAGE}$`),
  new RegExp(`^${paths.entities()}[^/]+/(?:briefs|deals)/${FURTHER_PAGE}$`),
];

/** True when the page at absolute `url` belongs in the sitemap. */
export function inSitemap(url: string, base: string): boolean {
  const path = decodeURI(new URL(url).pathname);
  if (!path.startsWith(base)) return true;
  const local = path.slice(base.length);
  return !NOINDEX_PAGES.some((pattern) => pattern.test(local));
}
