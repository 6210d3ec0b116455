import { paths } from './urls.ts';

/**
 * Pages a search engine should not list: the ones BaseLayout marks `noindex`
 * (site search, 404, the filtered lists /briefs/<facet>/<value>/ and
 * /deals/<facet>/<value>/, which repeat the full lists). Paths are relative to the base path. The e2e tests
 * compare this with the robots meta of every built page.
 */
const NOINDEX_PAGES: RegExp[] = [new RegExp(`^${paths.search()}$`), /^404\/?$/, new RegExp(`^${paths.briefs()}[^/]+/[^/]+/$`),
  new RegExp(`^${paths.deals()}[^/]+/[^/]+/$`),
];

/** True when the page at absolute `url` belongs in the sitemap. */
export function inSitemap(url: string, base: string): boolean {
  const path = decodeURI(new URL(url).pathname);
  if (!path.startsWith(base)) return true;
  const local = path.slice(base.length);
  return !NOINDEX_PAGES.some((pattern) => pattern.test(local));
}
