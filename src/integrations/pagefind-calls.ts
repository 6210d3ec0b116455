// The calls to Pagefind that the indexer (./pagefind-index.ts) makes to have records analysed:
// one forced language, pages under their site-relative URLs.
import * as pagefind from 'pagefind';
import { withPagefindAllocator } from './pagefind-allocator.ts';

/**
 * Requests sent to Pagefind before waiting for an answer. Pagefind works in its own
 * process; with a few requests queued it never waits while Node prepares the next page.
 */
export const PAGEFIND_IN_FLIGHT = 8;

/**
 * A new Pagefind index. One forced language: every record in one page table, which
 * ./pagefind-bundle.ts reads back.
 */
export async function createPagefindIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await withPagefindAllocator(() => pagefind.createIndex({ forceLanguage: 'en' }));
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Gives Pagefind one page's HTML under its site-relative path ("briefs/x/"); throws what Pagefind refuses. */
export async function addPagefindPage(index: pagefind.PagefindIndex, path: string, html: string): Promise<void> {
  // Site-relative: the browser bundle prefixes the base path it is served from.
  const added = await index.addHTMLFile({ url: `/${path}`, content: html });
  if (added.errors.length) throw new Error(`Pagefind could not take ${path}: ${added.errors.join('; ')}`);
}
