import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SearchRecords } from '../lib/search/records.ts';
import type { IndexLogger, AnalysedRecordsCache, UnchangedPage } from './pagefind-index.ts';

/** What the build's renderer sends the search indexer. */
export type IndexerRequest =
  | { type: 'start'; records: SearchRecords; cache?: AnalysedRecordsCache | undefined }
  | { type: 'page'; path: string; html: Uint8Array }
  | { type: 'unchanged'; pages: UnchangedPage[] }
  | { type: 'finish'; outDir: string; renderedMost: boolean };

/** What the search indexer answers. */
export type IndexerReply =
  { type: 'started' } | { type: 'taken' } | { type: 'log'; text: string } | { type: 'finished' } | { type: 'failed'; message: string };

/**
 * One end of the line between renderer and indexer: a worker thread's port, or the IPC
 * channel between `npm run build` and the Astro process it starts. `listen` reports each
 * message, and the end of the line (the other side stopped) as an error.
 */
export interface IndexerChannel<Out, In> {
  send(message: Out): void;
  listen(onMessage: (message: In) => void, onClosed: (error: Error) => void): void;
}

/** The renderer's view of an indexer running elsewhere. */
export interface RemoteSearchIndexer {
  /**
   * Hands one rendered page over, as the UTF-8 bytes Astro writes: bytes cross a thread or
   * process as one copy, where a string is encoded or copied character by character on
   * each side. Waits while many pages are still on their way.
   */
  addPage(path: string, html: Uint8Array): Promise<void>;
  /**
   * Hands over pages the build took unchanged from the previous build, in their place among
   * the pages: a few bytes each, so they are sent at once.
   */
  addUnchangedPages(pages: UnchangedPage[]): void;
  /**
   * Resolves once every page is with the indexer, and its bundle written if it writes it.
   * `renderedMost` (default true) says the build rendered more pages than it reused: the
   * renderer then holds about a full render's memory, which an indexer in another process
   * waits to be freed before it writes the bundle.
   */
  finish(outDir: string, options?: { renderedMost?: boolean }): Promise<void>;
}

/**
 * Pages handed over and not yet with Pagefind. Astro renders faster than Pagefind takes
 * pages; past this many, addPage waits, so the pages waiting in memory stay few.
 */
const MAX_IN_FLIGHT = 32;

/**
 * Starts the indexer at the far end of `channel` with the search records and returns the
 * renderer's handle on it. Throws (from any call) once the far end reports a failure.
 */
export async function connectSearchIndexer(
  channel: IndexerChannel<IndexerRequest, IndexerReply>,
  records: SearchRecords,
  logger: IndexLogger,
  cache?: AnalysedRecordsCache,
): Promise<RemoteSearchIndexer> {
  let failure: Error | undefined;
  /** The one answer awaited at a time: "started", then "finished". */
  let awaited: { type: 'started' | 'finished'; resolve: () => void; reject: (error: Error) => void } | undefined;
  const answer = (type: 'started' | 'finished') =>
    new Promise<void>((resolve, reject) => (failure ? reject(failure) : (awaited = { type, resolve, reject })));
  let inFlight = 0;
  let room: (() => void) | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    awaited?.reject(failure);
    room?.();
  };
  channel.listen((reply) => {
    if (reply.type === 'log') logger.info(reply.text);
    else if (reply.type === 'failed') fail(new Error(reply.message));
    else if (reply.type === 'taken') {
      inFlight--;
      room?.();
      room = undefined;
    } else if (reply.type === awaited?.type) awaited.resolve();
  }, fail);

  const started = answer('started');
  channel.send({ type: 'start', records, cache });
  await started;
  return {
    addPage: async (path, html) => {
      while (inFlight >= MAX_IN_FLIGHT && !failure) await new Promise<void>((resolve) => (room = resolve));
      if (failure) throw failure;
      inFlight++;
      channel.send({ type: 'page', path, html });
    },
    addUnchangedPages: (pages) => {
      if (failure) throw failure;
      channel.send({ type: 'unchanged', pages });
    },
    finish: async (outDir, options) => {
      const done = answer('finished');
      channel.send({ type: 'finish', outDir, renderedMost: options?.renderedMost ?? true });
      await done;
    },
  };
}

/**
 * The indexer in a worker thread (search-index-worker.ts), as a plain `astro build` runs
 * it: preparing a page for the index and sending it to Pagefind cost as much CPU as a good
 * part of the render; on Astro's thread they would run between its pages, on their own
 * thread they run beside them, on the other core.
 */
export async function startSearchIndexThread(
  records: SearchRecords,
  logger: IndexLogger,
  cache?: AnalysedRecordsCache,
): Promise<RemoteSearchIndexer> {
  const script = new URL('./search-index-worker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(script))) throw new Error(`the search indexer's worker script is missing: ${fileURLToPath(script)}`);
  const worker = new Worker(script);
  const indexer = await connectSearchIndexer(
    {
      send: (request) => worker.postMessage(request),
      listen: (onMessage, onClosed) => {
        worker.on('message', onMessage);
        worker.on('error', onClosed);
        worker.on('exit', (code) => onClosed(new Error(`the search indexer's thread stopped (exit code ${code})`)));
      },
    },
    records,
    logger,
    cache,
  );
  return {
    addPage: indexer.addPage,
    addUnchangedPages: indexer.addUnchangedPages,
    finish: async (outDir, options) => {
      try {
        await indexer.finish(outDir, options);
      } finally {
        await worker.terminate();
      }
    },
  };
}

/**
 * Where `npm run build` offers its own indexer to the Astro process it starts
 * (src/cli/astro-build-process.ts). A process-wide symbol, because Astro loads the
 * configuration, and with it this module, apart from the script that calls build().
 */
const INDEXER_HOST = Symbol.for('dossier.searchIndexerHost');
type HostRegistry = { [INDEXER_HOST]?: IndexerChannel<IndexerRequest, IndexerReply> };

/** Called by the Astro process of `npm run build`: pages go to this channel's far end. */
export function offerSearchIndexerHost(channel: IndexerChannel<IndexerRequest, IndexerReply>): void {
  (globalThis as HostRegistry)[INDEXER_HOST] = channel;
}

/**
 * The indexer for this build: the host's, which writes the bundle once Astro's process has
 * ended after a build that rendered most pages (so Astro's memory and Pagefind's largest step
 * never add up), or as soon as the last page is sent after one that reused most; or a thread of
 * this process when Astro runs alone.
 */
export function startSearchIndexer(
  records: SearchRecords,
  logger: IndexLogger,
  cache?: AnalysedRecordsCache,
): Promise<RemoteSearchIndexer> {
  const host = (globalThis as HostRegistry)[INDEXER_HOST];
  return host ? connectSearchIndexer(host, records, logger, cache) : startSearchIndexThread(records, logger, cache);
}
