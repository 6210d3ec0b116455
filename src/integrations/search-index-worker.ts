// The search indexer's worker thread (search-index-thread.ts) for a plain `astro build`:
// preparing pages for the index and talking to Pagefind run here, beside Astro's render.
import { parentPort } from 'node:worker_threads';
import { serveSearchIndex } from './search-index-service.ts';

const port = parentPort!;
serveSearchIndex(
  { send: (message) => port.postMessage(message), listen: (onMessage) => port.on('message', onMessage) },
  { writeBundle: true },
);
