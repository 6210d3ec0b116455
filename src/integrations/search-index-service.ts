// The indexer's side of search-index-thread.ts's line: Pagefind's index, fed with the
// pages the renderer sends. It runs in the worker thread of a plain `astro build`, and in
// the `npm run build` process, which writes the bundle itself (src/cli/build.ts).
import { loadScriptRules } from '../lib/search/script-rules.ts';
import { loadSpellingVariants } from '../lib/search/spelling-variants.ts';
import { startSearchIndex, type SearchIndexer } from './pagefind-index.ts';
import type { IndexerChannel, IndexerReply, IndexerRequest } from './search-index-thread.ts';

export interface SearchIndexService {
  /** The index, once the renderer has sent the search records; undefined before. */
  readonly indexer: Promise<SearchIndexer> | undefined;
}

/**
 * Serves the renderer at the other end of `channel`. With `writeBundle`, "finish" writes
 * the bundle into the folder named; without, it answers at once (every page sent before it
 * has arrived) and leaves the waiting for Pagefind, and the writing, to the service's owner.
 */
export function serveSearchIndex(
  channel: IndexerChannel<IndexerReply, IndexerRequest>,
  options: {
    writeBundle: boolean;
    /** Told of the renderer's "finish" (every page sent), when the owner writes the bundle. */
    onFinish?: (request: { outDir: string; renderedMost: boolean }) => void;
  },
): SearchIndexService {
  let indexer: Promise<SearchIndexer> | undefined;
  // The word rules of every script, loaded while Astro loads the content rather than after
  // the records arrive. A failure is not lost: startSearchIndex awaits them again.
  Promise.all([loadScriptRules(), loadSpellingVariants()]).catch(() => {});
  const utf8 = new TextDecoder();
  const reply = (message: IndexerReply) => channel.send(message);
  const failed = (error: Error) => reply({ type: 'failed', message: error.message });
  channel.listen(
    (request) => {
      switch (request.type) {
        case 'start':
          indexer = startSearchIndex(request.records, { info: (text) => reply({ type: 'log', text }) }, request.cache);
          indexer.then(() => reply({ type: 'started' }), failed);
          break;
        case 'page':
          // Answered once Pagefind has the page, so the renderer can bound the pages in flight.
          // A failed start was reported once, by 'start'; it is not an unhandled rejection here.
          indexer!
            .then((i) => i.addPage(request.path, utf8.decode(request.html)))
            .then(() => reply({ type: 'taken' }))
            .catch(() => {});
          break;
        case 'unchanged':
          // In order with the pages: both are handed on from callbacks of the same promise.
          indexer!
            .then((i) => {
              for (const page of request.pages) void i.addUnchangedPage(page);
            })
            .catch(() => {});
          break;
        case 'finish':
          // Without the bundle to write, the renderer need not wait for Pagefind to take every
          // page: the owner's finish() does, and Astro's process can end meanwhile.
          if (!options.writeBundle) options.onFinish?.({ outDir: request.outDir, renderedMost: request.renderedMost });
          indexer!
            .then(async (i) => {
              if (options.writeBundle) await i.finish(request.outDir);
            })
            .then(() => reply({ type: 'finished' }), failed);
          break;
      }
    },
    () => {
      // The renderer is gone; its owner decides what happens to the index.
    },
  );
  return {
    get indexer() {
      return indexer;
    },
  };
}
