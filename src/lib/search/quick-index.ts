import { dealSearchMeta } from './deal-records.ts';
import { briefSearchFacets, entitySearchFacets } from './facets.ts';
import {
  quickShardPath,
  SHARD_TREE_END,
  shardTreeMark,
  sizeClass,
  type QuickManifest,
  type QuickManifestFile,
  type QuickRow,
} from './quick-index-files.ts';
import { quickRowWords } from './quick-tokens.ts';
import { dealPath, type Catalog } from '../content/catalog.ts';
import { paths } from '../site/urls.ts';

/**
 * The quick index: every entity, brief and deal by its names and title, for the
 * header box's results as you type. The full-text index (Pagefind) makes a reader's
 * first search fetch its table of every page, which grows with the corpus, on top of
 * its runtime, WASM, index chunks and result fragments: too much for every keystroke
 * in the header. The quick index is cut into small files by word prefix, so a search
 * fetches a manifest (one entry per file) and one small file (sizes in BENCHMARKS.md).
 * The full text stays one Enter away on /search/.
 *
 * A shard holds the rows that have a word starting with its key; the root key ""
 * holds every row, so a small site has one shard. A key whose rows fit in `maxRows`
 * holds them all (complete); a bigger one holds only its best `topRows` and is cut
 * further by the next character of its words, so a longer prefix always finds a
 * complete shard unless many rows share one whole word.
 */

export interface QuickIndex {
  manifest: QuickManifest;
  /** The manifest as it is served. */
  manifestFile: QuickManifestFile;
  /** Key → rows in rank order. */
  shards: Map<string, QuickRow[]>;
}

export interface QuickIndexOptions {
  maxRows?: number;
  topRows?: number;
}

/** Where a build renders every shard in one file, to be split by src/integrations/quick-search-files.ts. */
export const QUICK_SHARD_BUNDLE = 'quick-search/shards.json';

/** The shards as [path relative to the site base, rows] pairs, for the bundle. */
export interface QuickShardBundle {
  files: [path: string, rows: QuickRow[]][];
}

export function quickShardBundle({ manifest, shards }: QuickIndex): QuickShardBundle {
  return { files: [...shards].map(([key, rows]) => [quickShardPath(manifest.version, key), rows]) };
}

/**
 * Rows in rank order: entities (most mentioned first), then briefs (newest first),
 * then deals (newest first). The header box keeps this order among equally good matches.
 */
export function quickRows(index: Catalog): QuickRow[] {
  const rows: QuickRow[] = [];
  const row = (path: string, title: string, meta: string, names: string[]) => {
    const other = [...new Set(names)].filter((n) => n !== title);
    rows.push(other.length ? [path, title, meta, other] : [path, title, meta]);
  };
  for (const { entity } of index.mentionRanking) {
    const facets = entitySearchFacets(entity);
    row(
      paths.entity(entity.id),
      entity.data.name,
      facets.meta.type!,
      entity.data.aliases.map((a) => a.name),
    );
  }
  for (const brief of index.briefs) {
    const s = brief.data.source;
    const meta = briefSearchFacets(brief, index.topic).meta;
    // The original headline finds the brief in the language the reader met the story in.
    row(
      paths.brief(brief.id),
      brief.data.title,
      [meta.type, meta.language, meta.date].filter(Boolean).join(' · '),
      s.headline ? [s.headline] : [],
    );
  }
  for (const deal of index.deals) {
    const path = dealPath(index, deal.id);
    const meta = dealSearchMeta(deal);
    // A deal is found by the names of its parties as well as its title.
    const parties = deal.data.parties.map((p) => index.entity.get(p.entity)?.data.name ?? p.entity);
    row(path, deal.data.title, [meta.type, meta.date].filter(Boolean).join(' · '), parties);
  }
  return rows;
}

/** Cuts rows into prefix shards (see the module comment). Deterministic: same rows, same files. */
export function buildQuickIndex(rows: QuickRow[], { maxRows = 200, topRows = 40 }: QuickIndexOptions = {}): QuickIndex {
  // Word → the rows holding it, in rank order (row numbers ascend).
  const postings = new Map<string, number[]>();
  rows.forEach((row, n) => {
    for (const word of new Set(quickRowWords(row))) {
      const list = postings.get(word);
      if (list) list.push(n);
      else postings.set(word, [n]);
    }
  });
  // Sorted by UTF-16 code units, the words sharing a prefix form one run.
  const words = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards = new Map<string, QuickRow[]>();
  const manifest: QuickManifest['shards'] = {};
  let tree = '';

  // `edge`: the character the key adds to its parent's.
  const visit = (key: string, from: number, to: number, edge: string) => {
    const hits = new Set<number>();
    for (let i = from; i < to; i++) for (const n of postings.get(words[i]!)!) hits.add(n);
    const ranked = [...hits].sort((a, b) => a - b);
    const complete = ranked.length <= maxRows;
    shards.set(
      key,
      (complete ? ranked : ranked.slice(0, topRows)).map((n) => rows[n]!),
    );
    const size = sizeClass(ranked.length);
    manifest[key] = [size, complete ? 1 : 0];
    tree += edge + shardTreeMark(size, complete);
    if (complete) return;
    // Cut by the next character; a word that is the key itself has none and stays here.
    let i = from;
    while (i < to && words[i] === key) i++;
    while (i < to) {
      const char = String.fromCodePoint(words[i]!.codePointAt(key.length)!);
      const next = key + char;
      let j = i;
      while (j < to && words[j]!.startsWith(next)) j++;
      visit(next, i, j, char);
      i = j;
    }
    tree += SHARD_TREE_END;
  };
  // The root key "" holds every row: one shard is the whole index of a small site.
  visit('', 0, words.length, '');
  const version = versionOf(shards);
  return { manifest: { version, shards: manifest }, manifestFile: { version, tree }, shards };
}

/** FNV-1a (32 bits) of every shard's key and rows: enough to tell one build's index from another's. */
function versionOf(shards: Map<string, QuickRow[]>): string {
  let hash = 0x811c9dc5;
  for (const [key, rows] of shards) {
    const text = key + JSON.stringify(rows);
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(16).padStart(8, '0');
}
