import { dealSearchRecords, type DealSearchRecord } from './deal-records.ts';
import { aliasMetadataByPath } from './alias-metadata.ts';
import { leadingIndexPages } from './index-order.ts';
import type { Catalog } from '../content/catalog.ts';

/**
 * What the search index needs beyond the built pages: the aliases to add to each
 * brief and one record per deal. Rendered once per build from the catalog the
 * pages use (src/pages/search-records.json.ts), by the Pagefind step itself before
 * any page (src/integrations/pagefind-index.ts), so that step never reads and
 * validates the content files a second time; it is never written to the site.
 */
export interface SearchRecords {
  /** Site-relative brief path → names and aliases of the entities it mentions. */
  aliases: Record<string, string[]>;
  deals: DealSearchRecord[];
  /** The brief pages the index takes first, in this order (./index-order.ts); then the other pages by name, then the deals. */
  leading: string[];
}

/** The records route's path in the site (the Pagefind step renders it; the site does not have it). */
export const SEARCH_RECORDS_FILE = 'search-records.json';

export function searchRecords(index: Catalog): SearchRecords {
  return {
    aliases: Object.fromEntries(aliasMetadataByPath(index)),
    deals: dealSearchRecords(index),
    leading: leadingIndexPages(index.briefs),
  };
}
