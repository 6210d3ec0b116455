import { decode } from 'cbor2';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { linkUnchangedSync, stampFile, type FileStamp } from './file-stamp.ts';
import { KeptPack } from './kept-pack.ts';

/** A record as it was sent to Pagefind: its URL, and a digest of everything Pagefind was given for it. */
export interface SentRecord {
  url: string;
  digest: string;
}

/** What a build keeps about the page file Pagefind wrote for one record. */
interface KeptFragment {
  digest: string;
  /** Its name in the bundle's fragment/ folder, without ".pf_fragment". */
  name: string;
  /** The file as the build left it: a later build links it only while this is unchanged. */
  stamp: FileStamp;
}

/** What reusing the previous site's page files came to. */
export interface FragmentReuseReport {
  /** Files linked from the previous site and kept in the bundle. */
  reused: number;
  /** Files linked and then removed: another page took the name, or the page table could not be matched. */
  replaced: number;
}

const fragmentFile = (bundleDir: string, name: string) => join(bundleDir, 'fragment', `${name}.pf_fragment`);

/** Every Pagefind file starts, once decompressed, with this signature. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The fragment name of each page in the bundle's page table (pf_meta), in Pagefind's page
 * order; undefined when the bundle has not exactly one language or cannot be read.
 * The table is CBOR: [version, [[fragment name, word count], …], chunks, filters, sorts, fields].
 */
export function readPageTable(bundleDir: string): string[] | undefined {
  try {
    const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const languages = Object.values(entry.languages);
    if (languages.length !== 1) return undefined;
    const bytes = gunzipSync(readFileSync(join(bundleDir, `pagefind.${languages[0]!.hash}.pf_meta`)));
    if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return undefined;
    const table = decode(bytes.subarray(SIGNATURE.length)) as [string, [string, number][]];
    return table[1].map(([name]) => name);
  } catch {
    return undefined;
  }
}

/**
 * Pagefind's page files, taken from the previous site where that is provably what Pagefind
 * would write. Pagefind writes one gzipped file per page under fragment/, named by at least
 * the first 7 hex digits of a hash of the page's record (gzipped at its best level), and
 * skips a file that is already there.
 *
 * Before Pagefind writes, each record sent with the same digest as in the previous build
 * gets the previous site's file for it, hard-linked (no bytes copied), if that file is still
 * the one the previous build left. Such a file holds exactly what Pagefind would write for
 * the record, but its name may have been taken by another page this time: 7 hex digits can
 * collide, and Pagefind lengthens a colliding name in the order it meets the pages. So after
 * Pagefind writes, its page table is read: Pagefind numbers pages in the order they were
 * sent (its service handles requests one by one), so the nth name belongs to the nth record
 * sent. A linked file whose name went to any other record is removed, as are linked files
 * no page uses, and Pagefind writes the bundle again, which fills in only what is missing.
 * When the table does not list one name per record sent, every linked file is removed.
 */
export class KeptFragments {
  readonly #kept: KeptPack<KeptFragment>;
  readonly #empty = new Uint8Array(0);

  constructor(cacheFolder: string, fingerprint: string, cold: boolean) {
    this.#kept = new KeptPack<KeptFragment>(cacheFolder, 'fragments', fingerprint, { ignorePrevious: cold });
  }

  /**
   * Links the previous site's file for each unchanged record into `bundleDir`; returns the
   * names linked, with the URL of the record each was linked for.
   */
  place(sent: SentRecord[], previousBundleDir: string, bundleDir: string): Map<string, string> {
    const placed = new Map<string, string>();
    if (!existsSync(previousBundleDir)) return placed;
    mkdirSync(join(bundleDir, 'fragment'), { recursive: true });
    for (const { url, digest } of sent) {
      const before = this.#kept.previous(url);
      if (!before || before.digest !== digest || placed.has(before.name)) continue;
      // Otherwise (changed, gone, another file system) Pagefind writes it.
      if (
        before.stamp &&
        linkUnchangedSync(fragmentFile(previousBundleDir, before.name), fragmentFile(bundleDir, before.name), before.stamp)
      )
        placed.set(before.name, url);
    }
    return placed;
  }

  /**
   * After Pagefind has written into `bundleDir`: removes each linked file that is not the
   * page's own (see the class), has Pagefind write the bundle again when any was, and keeps
   * each record's file for the next build.
   */
  async settle(
    sent: SentRecord[],
    bundleDir: string,
    placed: Map<string, string>,
    write: () => Promise<void>,
  ): Promise<FragmentReuseReport> {
    let names = readPageTable(bundleDir);
    const used = new Set(names);
    // Each name's record: its index in `sent`, or -1 when records share the name (identical pages).
    const owners = new Map<string, number>();
    if (names?.length === sent.length) names.forEach((name, i) => owners.set(name, owners.has(name) ? -1 : i));
    let replaced = 0;
    let removed = 0;
    for (const [name, url] of placed) {
      const owner = owners.get(name) ?? -1;
      if (owner >= 0 && sent[owner]!.url === url) continue;
      rmSync(fragmentFile(bundleDir, name), { force: true });
      removed++;
      if (!names || used.has(name)) replaced++;
    }
    if (replaced) {
      await write();
      names = readPageTable(bundleDir);
    }
    if (names?.length === sent.length) {
      sent.forEach(({ url, digest }, i) => {
        const name = names![i]!;
        const stamp = stampFile(fragmentFile(bundleDir, name));
        if (stamp) this.#kept.keep(url, { digest, name, stamp }, this.#empty);
      });
    }
    return { reused: placed.size - removed, replaced };
  }

  commit(): void {
    this.#kept.commit();
  }

  discard(): void {
    this.#kept.discard();
  }
}
