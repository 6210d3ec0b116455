import type { ExportCollection } from '../../schemas/exports.ts';

/** Machine-readable files of the site, relative to the base path (see src/lib/site/urls.ts for pages). */
export const files = {
  /** The open-data export of a collection. */
  export: (collection: ExportCollection) => `data/${collection}.json`,
  /** The JSON Schema of that export. */
  schema: (collection: ExportCollection) => `data/schema/${collection}.json`,
  dealsCsv: () => 'data/deals.csv',
  feed: () => 'rss.xml',
  /** Written by @astrojs/sitemap, which names its index file so. */
  sitemap: () => 'sitemap-index.xml',
  robots: () => 'robots.txt',
} as const;
