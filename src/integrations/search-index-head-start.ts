// A head start for the search index: Pagefind takes every page one at a time and has no
// incremental mode, so on a small change most of an incremental build's time was Pagefind
// taking the same pages again, and it could begin only once Astro had loaded the content and
// rendered the search records. `npm run build` begins it first: before Astro's process
// starts, Pagefind is handed the brief pages the previous build indexed first
// (src/lib/search/index-order.ts), as that build prepared them. When the records arrive, the
// indexer (./pagefind-index.ts) keeps what Pagefind was given if it proves to be what this
// build would give it in the same places, and starts afresh otherwise.
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import * as pagefind from 'pagefind';
import PQueue from 'p-queue';
import { openPreviousPack } from './kept-pack.ts';
import { addPagefindPage, createPagefindIndex, PAGEFIND_IN_FLIGHT } from './pagefind-calls.ts';

/** What the indexer keeps about each page it was offered, under the page's path. */
export interface KeptIndexPage {
  /** Digest of the page's bytes and aliases: all its prepared text depends on. */
  hash: string;
  /** False for a page Pagefind is not given (no data-pagefind-body). */
  indexed?: false;
  /** For a leading page (a brief), its place among them in the order Pagefind took them. */
  leading?: number;
}

/** The pack the indexer keeps the prepared pages in (./kept-pack.ts). */
export const INDEX_PAGES_PACK = 'index-pages';

/** A page the head start gave Pagefind, with the key it was prepared under. */
export interface HeadStartPage {
  path: string;
  key: string;
}

export interface HeadStart {
  /** The cache folder it read: the build's must be the same. */
  readonly folder: string;
  /** The fingerprint of the build that kept the pages: the build's must be the same. */
  readonly fingerprint: string;
  readonly index: pagefind.PagefindIndex;
  /**
   * Stops handing pages over; resolves, once Pagefind has answered for every page sent, to
   * the pages it took, in the order it took them. Rejects when Pagefind refused one.
   */
  stop(): Promise<HeadStartPage[]>;
  /** Drops the index, for a build that cannot use it. */
  discard(): Promise<void>;
}

/**
 * Starts Pagefind on the previous build's leading pages kept in `folder` (the cache's
 * dossier-pages folder). Undefined when there are none, or Pagefind could not start (the
 * build then starts it itself, and reports why it cannot).
 */
export async function startHeadStart(folder: string): Promise<HeadStart | undefined> {
  const pack = openPreviousPack<KeptIndexPage>(folder, INDEX_PAGES_PACK);
  if (!pack) return undefined;
  const leading = Object.entries(pack.items)
    .flatMap(([path, item]) => (item.leading === undefined || item.indexed === false ? [] : [{ path, key: item.hash, at: item.leading }]))
    .sort((a, b) => a.at - b.at);
  const index = leading.length ? await createPagefindIndex().catch(() => undefined) : undefined;
  if (!index) {
    pack.close();
    return undefined;
  }
  yieldToAstro();
  let stopped = false;
  let refused: Error | undefined;
  const taken: HeadStartPage[] = [];
  const decoder = new TextDecoder();
  const sending = (async () => {
    // p-queue starts each job in the order added, and each writes its request at once: Pagefind takes the pages in this order.
    const queue = new PQueue({ concurrency: PAGEFIND_IN_FLIGHT });
    for (const { path, key } of leading) {
      await queue.onSizeLessThan(1);
      if (stopped || refused) break;
      const bytes = pack.bytes(path);
      if (!bytes) break; // the pack was cut short: the pages after this one are not sent
      taken.push({ path, key });
      void queue
        .add(() => addPagefindPage(index, path, decoder.decode(bytes)))
        .catch((error: Error) => void (refused ??= new Error(`Pagefind could not take a page early: ${error.message}`)));
    }
    await queue.onIdle();
    pack.close();
  })();
  return {
    folder,
    fingerprint: pack.fingerprint,
    index,
    async stop() {
      stopped = true;
      await sending;
      if (refused) throw refused;
      return taken;
    },
    async discard() {
      stopped = true;
      await sending;
      // The whole Pagefind process goes, so the build's own index starts in one at normal priority.
      await pagefind.close();
    },
  };
}

/**
 * Lowers the CPU priority of this process's Pagefind process (Linux; elsewhere nothing), so
 * that on a machine with few cores Astro, whose steps are the build's longest line, is not
 * slowed by the pages Pagefind takes early: Pagefind takes them with the cycles Astro leaves.
 */
function yieldToAstro(): void {
  try {
    const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/);
    for (const pid of children) {
      if (/^pagefind/.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) setPriority(Number(pid), 10);
    }
  } catch {
    // No /proc, or the process is gone: Pagefind keeps its priority.
  }
}

/**
 * Whether the pages a head start gave Pagefind can keep their places: those still among the
 * leading pages must be the first of them, in the same order. A brief added or moved among
 * them would have to go between two pages Pagefind already holds, which it cannot do.
 */
export function headStartFits(taken: readonly HeadStartPage[], leading: readonly string[]): boolean {
  const leadingPages = new Set(leading);
  let at = 0;
  for (const { path } of taken) if (leadingPages.has(path) && leading[at++] !== path) return false;
  return true;
}

/**
 * The places of the pages a head start gave Pagefind, as the build offers its pages in
 * index order. Pagefind keeps a page in the place it first took it: a page sent again under
 * the same URL replaces it there, and a page sent without data-pagefind-body leaves the index
 * without a trace. So the index equals a cold build's if every page Pagefind holds
 * early is either given again in its order or left out, and every other page comes after
 * all of them.
 */
export class HeadStartPlaces {
  readonly #place = new Map<string, number>();
  readonly #keys: string[];
  readonly #state: ('waiting' | 'arrived' | 'left out')[];
  /** The first place a page may still arrive at: the places before it were passed. */
  #next = 0;
  /** A page arrived after a page Pagefind holds later: the index must be built again. */
  misplaced = false;
  /** Pages Pagefind took early and keeps as they are. */
  kept = 0;

  constructor(taken: readonly HeadStartPage[]) {
    taken.forEach(({ path }, i) => this.#place.set(path, i));
    this.#keys = taken.map((page) => page.key);
    this.#state = taken.map(() => 'waiting');
  }

  /**
   * Notes a page given to the index, in index order, prepared under `key`. True when
   * Pagefind already holds it, in its place and as it is now: nothing is to be sent. When
   * false the page is sent: Pagefind puts it in its early place, or else after every early
   * page, and the early pages still waiting can then no longer come.
   */
  arrive(path: string, key: string): boolean {
    const at = this.#place.get(path);
    if (at === undefined) {
      this.#next = this.#keys.length;
      return false;
    }
    if (at < this.#next) this.misplaced = true;
    else this.#next = at + 1;
    this.#state[at] = 'arrived';
    if (this.misplaced || this.#keys[at] !== key) return false;
    this.kept++;
    return true;
  }

  /** True for an early page not yet given or left out: it is to be sent without a body, which drops it. */
  leaveOut(path: string): boolean {
    const at = this.#place.get(path);
    if (at === undefined || this.#state[at] !== 'waiting') return false;
    this.#state[at] = 'left out';
    return true;
  }

  /** The early pages the build never gave, now left out. */
  neverArrived(): string[] {
    return [...this.#place.keys()].filter((path) => this.leaveOut(path));
  }
}
