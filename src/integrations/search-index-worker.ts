// The search indexer in a worker thread (src/integrations/search-index-thread.ts): the pages'
// preparation for the index (src/lib/search-text.ts) and the messages to Pagefind run on
// this thread, beside Astro's render instead of between its pages.
import { parentPort } from 'node:worker_threads';
import { startSearchIndex, type SearchIndexer } from './pagefind-index.ts';
import type { IndexerReply, IndexerRequest } from './search-index-thread.ts';

const port = parentPort!;
let indexer: Promise<SearchIndexer> | undefined;
const reply = (message: IndexerReply) => port.postMessage(message);

port.on('message', (request: IndexerRequest) => {
  switch (request.type) {
    case 'start':
      indexer = startSearchIndex(request.records, { info: (text) => reply({ type: 'log', text }) });
      indexer.then(() => reply({ type: 'started' }), (error: Error) => reply({ type: 'failed', message: error.message }));
      break;
    case 'page':
      // Answered once Pagefind has the page, so the build can bound the pages in flight.
      void indexer!.then((i) => i.addPage(request.path, request.html)).then(() => reply({ type: 'taken' }));
      break;
    case 'finish':
      indexer!
        .then((i) => i.finish(request.outDir))
        .then((pages) => reply({ type: 'finished', pages }), (error: Error) => reply({ type: 'failed', message: error.message }));
      break;
  }
});
