import type { RSSFeedItem } from '@astrojs/rss';
import { pageUrl } from './exports.ts';
import { mdxToPlainText } from '../text/plain-text.ts';
import { withoutNonXmlCharacters as xmlText } from '../content/unsafe-characters.ts';
import { paths } from '../site/urls.ts';
import type { Catalog } from '../content/catalog.ts';
import type { Brief } from '../content/entries.ts';
import { compareText } from '../text/compare-text.ts';

/**
 * How many briefs the feed carries: the newest by publication date. Readers poll
 * a feed often, and the corpus grows to tens of thousands of briefs; the full
 * list is /data/briefs.json.
 */
export const FEED_SIZE = 50;

type PublishedBrief = Brief & { data: { published: string } };
const isPublished = (b: Brief): b is PublishedBrief => b.data.status === 'published' && b.data.published !== undefined;
const byPublishedNewestFirst = (a: PublishedBrief, b: PublishedBrief) =>
  compareText(b.data.published, a.data.published) || compareText(a.id, b.id);

/** A brief's `published` day (YYYY-MM-DD) as midnight UTC: the feed's pubDate. */
export const publishedDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * Feed items of the newest briefs in the index (which holds published briefs only in a build).
 * The check refuses every character XML 1.0 cannot carry; the text is still passed
 * through xmlText, so content that skipped the check (astro dev) cannot make the
 * feed unreadable: @astrojs/rss escapes markup but not those.
 */
export function briefFeedItems(index: Catalog, site: URL | undefined, base: string, size = FEED_SIZE): RSSFeedItem[] {
  // Drafts never go into a feed, even in dev where the index holds them.
  return index.briefs
    .filter(isPublished)
    .sort(byPublishedNewestFirst)
    .slice(0, size)
    .map((b) => ({
      title: xmlText(b.data.title),
      link: pageUrl(site, base, paths.brief(b.id)),
      pubDate: publishedDate(b.data.published),
      description: xmlText(mdxToPlainText(b.body ?? '')),
      categories: b.data.topics.map((t) => xmlText(index.topic.get(t)?.data.name ?? t)),
    }));
}
