import { deserialize, serialize } from 'node:v8';
import type { FileReading, ReadingStore } from '../check/read-content.ts';
import { KeptPack } from '../integrations/kept-pack.ts';
import { sha1 } from '../integrations/sha1.ts';

/** What is kept of a reading besides its bytes: a hash of the text it was made from. */
interface KeptReading {
  hash: string;
}

const textHash = (text: string) => sha1(text);

/**
 * The content check's readings of one build, kept for the next (src/check/read-content.ts):
 * a file's reading (its parsed, validated entry and its issues) is a function of its path,
 * its text and the code, so a file whose text is unchanged under the same build fingerprint
 * (src/integrations/build-fingerprint.ts: the code, the packages, public/, Node) is not parsed
 * or validated again. Only readings made from a text are kept; the reader's refusals before
 * decoding (too large, not UTF-8) are made again every time. Readings are structured clones
 * (node:v8), so a field left undefined stays so.
 */
export class KeptReadings implements ReadingStore {
  readonly #pack: KeptPack<KeptReading>;
  reused = 0;

  constructor(folder: string, fingerprint: string, cold: boolean) {
    this.#pack = new KeptPack<KeptReading>(folder, 'readings', fingerprint, { ignorePrevious: cold });
    // Most files are unchanged between builds, so most readings are read back.
    this.#pack.readPreviousIntoMemory();
  }

  has(file: string): boolean {
    return this.#pack.previous(file) !== undefined;
  }

  previous(file: string, text: string): FileReading | undefined {
    const before = this.#pack.previous(file);
    if (!before) return undefined;
    const hash = textHash(text);
    if (before.hash !== hash) return undefined;
    const bytes = this.#pack.previousBytes(file);
    if (!bytes) return undefined;
    // Kept again as it is, for the build after this one.
    if (!this.#pack.keepPrevious(file, { hash })) return undefined;
    this.reused++;
    return deserialize(bytes) as FileReading;
  }

  keep(file: string, reading: FileReading): void {
    if (reading.text === undefined) return;
    const { text, ...rest } = reading;
    this.#pack.keep(file, { hash: textHash(text) }, serialize(rest));
  }

  commit(): void {
    this.#pack.commit();
  }

  discard(): void {
    this.#pack.discard();
  }
}
