/**
 * The quick index (src/lib/search/quick-index.ts) as the browser fetches it: the shapes of its
 * manifest and shards and where they are served. Kept apart from the code that builds
 * the index, whose imports the header box's code has no use for.
 */

/** One result: site-relative path, title, the meta line ("Brief · Russian · 4 March 2024"), and other names it is found by. */
export type QuickRow = [path: string, title: string, meta: string, names?: string[]];

export interface QuickManifest {
  /** Changes whenever any shard does; it names the shards' folder (see quickShardPath). */
  version: string;
  /**
   * Key → [size class of the rows with a word starting with the key (see sizeClass), 1 if
   * the shard holds them all].
   */
  shards: Record<string, [sizeClass: number, complete: 0 | 1]>;
}

/**
 * The manifest as it is served: the keys as a tree, since each key is its parent's key and
 * one more character, and writing every key out in full cost every reader's first search
 * twice the bytes. The tree is written depth first, children in the order of their keys:
 * a key is its last character (none for the root ""), then its mark, a letter for its size
 * class ("a" + class when its shard holds every row, "A" + class when the key is cut
 * further); a cut key's children follow it, then a space. Keys are the start of words,
 * which hold no spaces.
 */
export interface QuickManifestFile {
  version: string;
  tree: string;
}

/** Ends a cut key's children in the tree. */
export const SHARD_TREE_END = ' ';

/** A key's mark in the tree (see QuickManifestFile). */
export function shardTreeMark(sizeClass: number, complete: boolean): string {
  if (sizeClass > 25) throw new RangeError(`size class ${sizeClass} has no letter: the quick index holds at most 2^25 rows`);
  return String.fromCharCode((complete ? 97 : 65) + sizeClass);
}

/** The manifest from its served form. */
export function readQuickManifest({ version, tree }: QuickManifestFile): QuickManifest {
  // No prototype: a key such as "constructor" is only ever the manifest's own.
  const shards: QuickManifest['shards'] = Object.create(null);
  const chars = [...tree];
  let at = 0;
  const read = (key: string) => {
    const mark = chars[at++] ?? 'a';
    const complete = mark >= 'a';
    shards[key] = [mark.charCodeAt(0) - (complete ? 97 : 65), complete ? 1 : 0];
    if (complete) return;
    while (at < chars.length && chars[at] !== SHARD_TREE_END) read(key + chars[at++]);
    at++;
  };
  read('');
  return { version, shards };
}

/**
 * How many rows a key has, to its power of two: the bit length of the count (0; 1; 2–3 → 2;
 * 4–7 → 3; …). The header box only compares keys by size, to fetch the smallest shard that
 * answers the query, and the class compresses to far fewer bytes than exact counts: every
 * reader's first search fetches the manifest.
 */
export const sizeClass = (count: number): number => 32 - Math.clz32(count);

/**
 * Where the manifest and the shards are served, relative to the site base. Shards sit
 * in a folder named by the manifest's version, so a page still holding an older
 * manifest after a redeploy gets a 404 for every shard, not another build's rows.
 */
export const QUICK_MANIFEST_PATH = 'quick-search/index.json';
export const quickShardPath = (version: string, key: string) => `quick-search/${version}/${quickShardName(key)}.json`;

/** A file name for any key: its UTF-8 bytes in hex ("xia" → "786961"), safe on every host and file system; "all" for the root. */
export function quickShardName(key: string): string {
  if (!key) return 'all';
  let hex = '';
  for (const byte of new TextEncoder().encode(key)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
