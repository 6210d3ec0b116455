import { pageUrl } from '../open-data/exports.ts';
import { files } from './files.ts';
import { withBase } from './urls.ts';

/**
 * robots.txt: crawl the site, not the search index's fragment files, and find
 * every page through the sitemap. Paths include the base, so the file also works
 * when a host copies it to its root for a site served under a sub-path.
 */
export function robotsTxt(site: URL | undefined, base: string): string {
  return [
    'User-agent: *',
    `Allow: ${withBase(base, '')}`,
    `Disallow: ${withBase(base, 'pagefind/')}`,
    '',
    `Sitemap: ${pageUrl(site, base, files.sitemap())}`,
    '',
  ].join('\n');
}
