import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { tryLock, type ProcessLock } from './process-lock.ts';

/**
 * The folder of Astro's cache (config.cacheDir) where Dossier keeps what one build hands the
 * next: the content check's readings, the pages, the search records as Pagefind analysed them.
 */
export const PAGE_CACHE_FOLDER = 'dossier-pages';

/** Where a kept item's bytes are in its pack. */
interface Placed {
  offset: number;
  length: number;
}

interface PackManifest<M> {
  version: number;
  fingerprint: string;
  pack: string;
  items: Record<string, M & Placed>;
}

const VERSION = 1;

/** A pack is appended to while its items fill at least this share of it. */
const MIN_LIVE_SHARE = 0.5;

/** Where the last of a manifest's items ends: what a later build may not write before. */
const endOfItems = (items: Record<string, Placed>) =>
  Object.values(items).reduce((end, { offset, length }) => Math.max(end, offset + length), 0);
const bytesOfItems = (items: Record<string, Placed>) => Object.values(items).reduce((sum, { length }) => sum + length, 0);

/**
 * The lock that lets one build at a time append to the pack of `name`; undefined when another
 * live process holds it, or the file system has no hard links (src/integrations/process-lock.ts):
 * the build then writes a pack of its own.
 */
function appendLock(folder: string, name: string): ProcessLock | undefined {
  try {
    const taken = tryLock(join(folder, `${name}.appending`));
    return 'lock' in taken ? taken.lock : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What one build keeps for the next, by name (a page's path): a description of each item and
 * its bytes, in one folder of the cache. The bytes go to one pack file, written as the build
 * goes; `<name>.json` names the pack it describes and is swapped in by `commit`, so a build
 * that fails or is stopped leaves the previous build's items as they were. Items of a build
 * with another fingerprint are not offered.
 *
 * While the previous build's items fill at least half of its pack, a build appends to that
 * pack rather than copy the items it keeps into a new one (`keepPrevious` then writes
 * nothing): copying the 300 MB of a 10k-brief site's pages cost seconds a build. It writes
 * only past the end of every item the last manifest names, so that manifest stays true until
 * the new one replaces it, and holds `<name>.appending` meanwhile: a second build at the same
 * time writes a pack of its own. Otherwise (a pack mostly of items no longer kept, one cut
 * short) the build starts a new pack with the items it keeps, and the old one is removed once
 * the new manifest is in place.
 */
export class KeptPack<M extends object> {
  readonly #folder: string;
  readonly #manifestFile: string;
  /** The manifest of the last build that committed, whether or not its items are offered. */
  readonly #existing: PackManifest<M> | undefined;
  /** The same, when its items are offered: same fingerprint, and not ignored. */
  readonly #previous: PackManifest<M> | undefined;
  readonly #previousPack: number | undefined;
  /** Where the previous build's pack ends on disk (it may have been cut short). */
  readonly #previousSize: number | undefined;
  readonly #next: PackManifest<M>;
  readonly #pack: number;
  /** Whether this build appends to the previous build's pack, rather than write a new one. */
  readonly #appending: boolean;
  /** Held while appending, so that no other build appends to the same pack. */
  readonly #appendLock: ProcessLock | undefined;
  /** The previous pack's bytes, once readPreviousIntoMemory has read them. */
  #previousInMemory: Uint8Array<ArrayBuffer> | undefined;
  /** Where the next item's bytes go. */
  #length = 0;
  /** Set once committed or discarded: the pack's files are closed, and a later discard leaves the commit alone. */
  #settled = false;

  constructor(folder: string, name: string, fingerprint: string, options: { ignorePrevious?: boolean } = {}) {
    this.#folder = folder;
    this.#manifestFile = join(folder, `${name}.json`);
    mkdirSync(folder, { recursive: true });
    this.#existing = readManifest<M>(this.#manifestFile, folder);
    this.#previous = !options.ignorePrevious && this.#existing?.fingerprint === fingerprint ? this.#existing : undefined;
    // Packs of this name that no manifest names were left by builds that did not finish.
    for (const file of readdirSync(folder))
      if (file.startsWith(`${name}-`) && file.endsWith('.bin') && file !== this.#existing?.pack) rmSync(join(folder, file));
    if (this.#previous) {
      const previousPack = join(folder, this.#previous.pack);
      const size = statSync(previousPack).size;
      const end = endOfItems(this.#previous.items);
      // Appended to only when whole (in a pack cut short, new bytes would go where the
      // manifest names old ones), mostly items, and not being appended to by another build.
      if (size >= end && bytesOfItems(this.#previous.items) >= MIN_LIVE_SHARE * size) this.#appendLock = appendLock(folder, name);
      this.#appending = this.#appendLock !== undefined;
      try {
        this.#previousPack = openSync(previousPack, this.#appending ? 'r+' : 'r');
      } catch (error) {
        this.#appendLock?.release();
        throw error;
      }
      this.#previousSize = size;
      // Bytes past the last item are a failed build's: no manifest names them.
      if (this.#appending) this.#length = end;
    } else this.#appending = false;
    this.#next = {
      version: VERSION,
      fingerprint,
      pack: this.#appending ? this.#previous!.pack : `${name}-${randomUUID()}.bin`,
      items: {},
    };
    // Readable too: an item kept this build can be read back (keptBytes).
    this.#pack = this.#appending ? this.#previousPack! : openSync(join(folder, this.#next.pack), 'w+');
  }

  /** Why the previous build's items are not offered, when none are and they were not ignored. */
  get unavailable(): 'no previous build' | 'the fingerprint changed' | undefined {
    return !this.#existing ? 'no previous build' : !this.#previous ? 'the fingerprint changed' : undefined;
  }

  /** The previous build's description of an item, if it kept one under this fingerprint. */
  previous(name: string): M | undefined {
    return this.#previous?.items[name];
  }

  /** Whether the pack holds all the bytes of an item `previous` described (not cut short). */
  hasBytes(name: string): boolean {
    const { offset, length } = this.#previous!.items[name]!;
    return offset + length <= this.#previousSize!;
  }

  /**
   * The bytes of an item `previous` described; undefined when the pack holds fewer (it was cut
   * short). Once the pack is read into memory, a view of it: not to be kept or transferred.
   */
  previousBytes(name: string): Uint8Array<ArrayBuffer> | undefined {
    const placed = this.#previous!.items[name]!;
    if (!this.#previousInMemory) return readPlaced(this.#previousPack!, placed);
    const { offset, length } = placed;
    return offset + length <= this.#previousInMemory.byteLength ? this.#previousInMemory.subarray(offset, offset + length) : undefined;
  }

  /**
   * Reads the previous build's pack into memory at once, for a caller about to read most of
   * its items: one read rather than one per item (17,000 of them for the content readings at
   * 10k briefs). Nothing when no previous items are offered.
   */
  readPreviousIntoMemory(): void {
    if (this.#previousPack === undefined || this.#previousInMemory) return;
    const bytes = new Uint8Array(this.#previousSize!);
    let read = 0;
    // One call may read less than asked (Node reads at most 2 GiB at a time).
    while (read < bytes.byteLength) {
      const got = readSync(this.#previousPack, bytes, read, bytes.byteLength - read, read);
      if (got === 0) break; // the pack is shorter than it was a moment ago
      read += got;
    }
    this.#previousInMemory = bytes.subarray(0, read);
  }

  /** Keeps an item of this build. */
  keep(name: string, description: M, bytes: Uint8Array): void {
    writeSync(this.#pack, bytes, 0, bytes.byteLength, this.#length);
    this.#next.items[name] = { ...description, offset: this.#length, length: bytes.byteLength };
    this.#length += bytes.byteLength;
  }

  /**
   * Keeps the bytes the previous build kept under `name`, with a new description: where this
   * build appends to the previous pack, without reading or writing them. False when the
   * previous build kept no such item or the pack holds fewer bytes (it was cut short).
   */
  keepPrevious(name: string, description: M): boolean {
    const placed = this.#previous?.items[name];
    if (!placed || !this.hasBytes(name)) return false;
    if (this.#appending) {
      this.#next.items[name] = { ...description, offset: placed.offset, length: placed.length };
      return true;
    }
    const bytes = this.previousBytes(name);
    if (!bytes) return false;
    this.keep(name, description, bytes);
    return true;
  }

  /** The bytes of an item this build kept, read back from its pack; undefined when it kept none by that name. */
  keptBytes(name: string): Uint8Array<ArrayBuffer> | undefined {
    const item = this.#next.items[name];
    return item && readPlaced(this.#pack, item);
  }

  /** Adds to the description of an item this build kept (nothing when it kept none by that name). */
  amend(name: string, patch: Partial<M>): void {
    const item = this.#next.items[name];
    if (item) Object.assign(item, patch);
  }

  /** This build's items replace the previous build's. */
  commit(): void {
    if (this.#settled) return;
    try {
      // On disk before the manifest that names them, so a crash cannot leave a manifest naming
      // lost bytes (appending, only the bytes written since are flushed).
      fsyncSync(this.#pack);
      this.#close();
      const manifest = openSync(`${this.#manifestFile}.tmp`, 'w');
      writeFileSync(manifest, JSON.stringify(this.#next));
      fsyncSync(manifest);
      closeSync(manifest);
      renameSync(`${this.#manifestFile}.tmp`, this.#manifestFile);
      if (this.#existing && this.#existing.pack !== this.#next.pack) rmSync(join(this.#folder, this.#existing.pack), { force: true });
    } finally {
      // Only once the manifest names what this build appended may another build append after it.
      this.#appendLock?.release();
    }
  }

  /** This build's items are dropped; the previous build's stay. Does nothing after a commit. */
  discard(): void {
    if (this.#settled) return;
    try {
      this.#close();
      // Appending, the pack is the previous build's: what this build wrote past its items is
      // left there, unnamed, and written over by the next build.
      if (!this.#appending) rmSync(join(this.#folder, this.#next.pack), { force: true });
    } finally {
      this.#appendLock?.release();
    }
  }

  #close() {
    this.#settled = true;
    this.#previousInMemory = undefined;
    closeSync(this.#pack);
    if (this.#previousPack !== undefined && this.#previousPack !== this.#pack) closeSync(this.#previousPack);
  }
}

/**
 * The items the last build kept under a name, read-only and whatever their fingerprint: for
 * work a build begins before it knows its own fingerprint, which must compare the two before
 * it trusts anything read. Undefined when no build kept any. `close` releases the pack.
 */
export interface PreviousPack<M> {
  readonly fingerprint: string;
  readonly items: Readonly<Record<string, M>>;
  /** An item's bytes; undefined when the pack holds fewer (it was cut short). */
  bytes(name: string): Uint8Array<ArrayBuffer> | undefined;
  close(): void;
}

export function openPreviousPack<M extends object>(folder: string, name: string): PreviousPack<M> | undefined {
  const manifest = readManifest<M>(join(folder, `${name}.json`), folder);
  if (!manifest) return undefined;
  const fd = openSync(join(folder, manifest.pack), 'r');
  return {
    fingerprint: manifest.fingerprint,
    items: manifest.items,
    bytes(item) {
      const placed = manifest.items[item];
      return placed && readPlaced(fd, placed);
    },
    close: () => closeSync(fd),
  };
}

/** An item's bytes from the pack open as `fd`; undefined when the pack holds fewer (it was cut short). */
function readPlaced(fd: number, { offset, length }: Placed): Uint8Array<ArrayBuffer> | undefined {
  const bytes = new Uint8Array(length);
  return readSync(fd, bytes, 0, length, offset) === length ? bytes : undefined;
}

function readManifest<M>(file: string, folder: string): PackManifest<M> | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as PackManifest<M>;
    return manifest.version === VERSION && existsSync(join(folder, manifest.pack)) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the packs (manifest and pack files) kept under names no build uses any more. */
export function removeRetiredPacks(folder: string, names: readonly string[]): void {
  if (!existsSync(folder)) return;
  for (const file of readdirSync(folder))
    if (names.some((name) => file === `${name}.json` || (file.startsWith(`${name}-`) && file.endsWith('.bin'))))
      rmSync(join(folder, file), { force: true });
}
