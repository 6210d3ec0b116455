import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { pageUrl } from '../lib/open-data/exports.ts';
import { briefFeedItems, FEED_SIZE } from '../lib/open-data/feed.ts';
import { files } from '../lib/site/files.ts';
import { SITE_IDENTITY } from '../lib/site/identity.ts';

/** /rss.xml: RSS 2.0 feed of the newest published briefs (drafts never reach a build). */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const self = pageUrl(site, base, files.feed());
  return rss({
    title: `${SITE_IDENTITY.name}: briefs`,
    description: `The ${FEED_SIZE} newest briefs: summaries in our own words of ${SITE_IDENTITY.feedSubject}, with their sources.`,
    site: pageUrl(site, base, ''),
    items: briefFeedItems(await getCatalog(), site, base),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
