// The helper thread of read-content-threads.ts: takes chunks of content files from the
// shared counter, reads each as the main thread does, and sends the readings back.
import { workerData } from 'node:worker_threads';
import type { ChunkMessage, ReaderThreadData } from './read-content-threads.ts';

const { refs, root, chunkSize, state, port } = workerData as ReaderThreadData;
const send = (message: ChunkMessage) => port.postMessage(message);
try {
  const { readContentFile } = await import('./read-content.ts');
  for (let chunk = Atomics.add(state, 0, 1); chunk * chunkSize < refs.length; chunk = Atomics.add(state, 0, 1)) {
    send({ chunk, readings: refs.slice(chunk * chunkSize, (chunk + 1) * chunkSize).map((ref) => readContentFile(ref, root)) });
    Atomics.add(state, 1, 1);
    Atomics.notify(state, 1);
  }
} catch {
  // The first thread reads the chunks this one did not send; the error surfaces there.
  Atomics.store(state, 2, 1);
  Atomics.notify(state, 1);
}
port.close();
