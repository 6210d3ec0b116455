import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SearchRecords } from '../lib/search-records.ts';
import type { IndexLogger, SearchIndexer } from './pagefind-index.ts';

/** What the build sends the indexer's thread. */
export type IndexerRequest =
  | { type: 'start'; records: SearchRecords }
  | { type: 'page'; path: string; html: string }
  | { type: 'settle' }
  | { type: 'finish'; outDir: string }
  | { type: 'abort' };

/** What the indexer's thread answers. */
export type IndexerReply =
  | { type: 'started' }
  | { type: 'taken' }
  | { type: 'log'; text: string }
  | { type: 'settled' }
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
 * pages, on their own thread they run beside them, on the other core. Same interface.
 */
export async function startSearchIndexThread(records: SearchRecords, logger: IndexLogger): Promise<SearchIndexer> {
  const script = new URL('./search-index-worker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(script))) throw new Error(`the search indexer's worker script is missing: ${fileURLToPath(script)}`);
  const worker = new Worker(script);
  const waiting: ((reply: IndexerReply) => boolean)[] = [];
  let failure: Error | undefined;
  const send = (request: IndexerRequest) => worker.postMessage(request);
  /** Resolves with the first reply `accept` takes (a failure rejects every wait). */
  const next = <T extends IndexerReply['type']>(type: T) =>
    new Promise<Extract<IndexerReply, { type: T }>>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push((reply) => {
        if (reply.type === 'failed') reject(new Error(reply.message));
        else if (reply.type === type) resolve(reply as Extract<IndexerReply, { type: T }>);
        else return false;
        return true;
      });
    });
  const fail = (error: Error) => {
    failure ??= error;
    for (const wait of waiting.splice(0)) wait({ type: 'failed', message: error.message });
    room?.();
  };
  let inFlight = 0;
  let room: (() => void) | undefined;
  worker.on('message', (reply: IndexerReply) => {
    if (reply.type === 'log') return logger.info(reply.text);
    if (reply.type === 'taken') {
      inFlight--;
      room?.();
      room = undefined;
      return;
    }
    if (reply.type === 'failed') return fail(new Error(reply.message));
    const at = waiting.findIndex((wait) => wait(reply));
    if (at >= 0) waiting.splice(at, 1);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the search indexer's thread stopped (exit code ${code})`)));

  const started = next('started');
  send({ type: 'start', records });
  await started;
  const stop = async () => {
    await worker.terminate();
  };
  return {
    addPage: async (path, html) => {
      while (inFlight >= MAX_IN_FLIGHT && !failure) await new Promise<void>((resolve) => (room = resolve));
      inFlight++;
      send({ type: 'page', path, html });
    },
    settled: async () => {
      const done = next('settled');
      send({ type: 'settle' });
      await done;
    },
    finish: async (outDir) => {
      try {
        const done = next('finished');
        send({ type: 'finish', outDir });
        return (await done).pages;
      } finally {
        await stop();
      }
    },
    abort: async () => {
      const done = next('finished');
      send({ type: 'abort' });
      await done.catch(() => undefined);
      await stop();
    },
  };
}
