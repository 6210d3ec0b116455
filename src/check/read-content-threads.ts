import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ContentFileRef, FileReading } from './read-content.ts';

export interface ReadFilesOptions {
  /**
   * From how many files a second thread helps read them (default 1,000). Below that, the
   * thread would take longer to start than the reading it could take over.
   */
  threadsFrom?: number;
}

/** Files a thread takes at a time: few enough that both threads finish together. */
const CHUNK = 64;

/** What the helper thread sends for each chunk it read. */
export interface ChunkMessage {
  chunk: number;
  readings: FileReading[];
}

/** What the helper thread is started with (read-content-worker.ts). */
export interface ReaderThreadData {
  refs: ContentFileRef[];
  root: string;
  chunkSize: number;
  /** [0]: the next chunk to take; [1]: chunks the helper has sent; [2]: 1 once the helper failed. */
  state: Int32Array;
  port: MessagePort;
}

/**
 * Reads every file with `read`, returning the readings in the order of `refs`. Reading is
 * CPU-bound (YAML parsing, schemas, the MDX check) and each file stands alone, so a large
 * folder is shared with a helper thread (read-content-worker.ts): both take chunks from
 * one counter until none are left. The call stays synchronous, as the content check is
 * everywhere it runs: this thread waits for the helper's last chunks with Atomics.wait
 * and takes them with receiveMessageOnPort. A chunk the helper could not finish is read
 * here, so the readings never depend on the helper.
 */
export function readContentFiles(
  refs: ContentFileRef[],
  read: (ref: ContentFileRef) => FileReading,
  options: ReadFilesOptions & { root: string },
): FileReading[] {
  const chunks = Math.ceil(refs.length / CHUNK);
  const readChunk = (chunk: number) => refs.slice(chunk * CHUNK, (chunk + 1) * CHUNK).map(read);
  if (refs.length < (options.threadsFrom ?? 1000) || availableParallelism() < 2 || chunks < 2) return refs.map(read);

  const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./read-content-worker.ts', import.meta.url), {
    workerData: { refs, root: options.root, chunkSize: CHUNK, state, port: port2 } satisfies ReaderThreadData,
    transferList: [port2],
  });
  // An error in the helper is reported through `state`; its events would only arrive
  // once this thread is free again, after the reading is done.
  worker.on('error', () => {});
  const byChunk: FileReading[][] = new Array<FileReading[]>(chunks);
  try {
    let taken = 0;
    for (let chunk = Atomics.add(state, 0, 1); chunk < chunks; chunk = Atomics.add(state, 0, 1)) {
      byChunk[chunk] = readChunk(chunk);
      taken++;
    }
    // Every chunk is taken now; wait for those the helper took.
    let awaited = chunks - taken;
    while (awaited > 0) {
      const sent = Atomics.load(state, 1);
      const received = receiveMessageOnPort(port1)?.message as ChunkMessage | undefined;
      if (received) {
        byChunk[received.chunk] = received.readings;
        awaited--;
      } else if (Atomics.load(state, 2)) {
        break; // the helper failed: the chunks it did not send are read below
      } else Atomics.wait(state, 1, sent, 1000);
    }
  } finally {
    port1.close();
    void worker.terminate();
  }
  // A failed helper's chunks are read here: any error they hold surfaces as it would on one thread.
  for (let chunk = 0; chunk < chunks; chunk++) byChunk[chunk] ??= readChunk(chunk);
  return byChunk.flat();
}
