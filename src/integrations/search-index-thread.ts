import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SearchRecords } from '../lib/search-records.ts';
import type { IndexLogger, SearchIndexer } from './pagefind-index.ts';

/** What the build sends the indexer's thread. */
export type IndexerRequest =
  | { type: 'start'; records: SearchRecords }
  | { type: 'page'; path: string; html: string }
  | { type: 'finish'; outDir: string };

/** What the indexer's thread answers. */
export type IndexerReply =
  | { type: 'started' }
  | { type: 'taken' }
  | { type: 'log'; text: string }
  | { type: 'finished'; pages: number }
  | { type: 'failed'; message: string };

/**
 * Pages sent to the thread and not yet with Pagefind. Astro renders faster than Pagefind
 * takes pages; past this many, addPage waits, so the pages waiting in memory stay few.
 */
const MAX_IN_FLIGHT = 32;

/**
 * The search indexer of src/integrations/pagefind-index.ts, run in a worker thread
 * (search-index-worker.ts). Preparing a page for the index and sending it to Pagefind cost
 * as much CPU as a good part of the render; on Astro's thread they would run between its
 * pages, on their own thread they run beside them, on the other core.
 */
export async function startSearchIndexThread(records: SearchRecords, logger: IndexLogger): Promise<Pick<SearchIndexer, 'addPage' | 'finish'>> {
  const script = new URL('./search-index-worker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(script))) throw new Error(`the search indexer's worker script is missing: ${fileURLToPath(script)}`);
  const worker = new Worker(script);
  const send = (request: IndexerRequest) => worker.postMessage(request);
  let failure: Error | undefined;
  /** The one answer awaited at a time: "started", then "finished". */
  let awaited: { type: 'started' | 'finished'; resolve: (reply: IndexerReply) => void; reject: (error: Error) => void } | undefined;
  const answer = (type: 'started' | 'finished') =>
    new Promise<IndexerReply>((resolve, reject) => (failure ? reject(failure) : (awaited = { type, resolve, reject })));
  let inFlight = 0;
  let room: (() => void) | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    awaited?.reject(failure);
    room?.();
  };
  worker.on('message', (reply: IndexerReply) => {
    if (reply.type === 'log') logger.info(reply.text);
    else if (reply.type === 'failed') fail(new Error(reply.message));
    else if (reply.type === 'taken') {
      inFlight--;
      room?.();
      room = undefined;
    } else if (reply.type === awaited?.type) awaited.resolve(reply);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the search indexer's thread stopped (exit code ${code})`)));

  const started = answer('started');
  send({ type: 'start', records });
  await started;
  return {
    addPage: async (path, html) => {
      while (inFlight >= MAX_IN_FLIGHT && !failure) await new Promise<void>((resolve) => (room = resolve));
      inFlight++;
      send({ type: 'page', path, html });
    },
    finish: async (outDir) => {
      try {
        const done = answer('finished');
        send({ type: 'finish', outDir });
        return ((await done) as Extract<IndexerReply, { type: 'finished' }>).pages;
      } finally {
        await worker.terminate();
      }
    },
  };
}
