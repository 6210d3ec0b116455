// Pagefind's index, taken apart into its records and put together again.
//
// Pagefind has no incremental mode: given one page more, it analyses every page again and
// writes its whole index. But its index is a plain inverse of what it found on each page: a
// word's entry lists, page by page, where the word stands. So a build has Pagefind analyse
// only the records that changed, in an index of their own, takes what Pagefind wrote apart
// into records (`readAnalysedRecords`), and writes the site's index from every record,
// changed or kept from the build before (`pagefindIndexFiles`). A cold build goes the same
// way with every record, so an incremental build writes exactly the bytes of a cold one.
//
// The layout (Pagefind 1.6; tests/unit/pagefind-bundle.test.ts holds it to Pagefind's own
// output): each index file is gzipped, and once decompressed starts with "pagefind_dcd" and
// then one CBOR item.
//   pagefind.<hash>.pf_meta   [version, [[fragment, word count] per page], [[from, to, chunk]],
//                              [[filter, file]], sorts, meta fields]
//   index/<hash>.pf_index     [[[word, [[page step, locations, meta locations]],
//                                [[variant, [[page step, locations, meta locations]]]]]]]
//   filter/<hash>.pf_filter   [filter, [[value, [page]]]]
//   fragment/<hash>.pf_fragment  the page's JSON (URL, text, word count, filters, meta)
// Page numbers are places in the page table; in a word's list each is the step from the one
// before. Meta locations switch field with -(field + 1), the field's place among the meta
// fields. A variant is the word as written with diacritics ("café" under "cafe").
//
// At 10k briefs the index holds 2.8 million word-page places. So a record keeps its places
// as the bytes Pagefind encoded them, and words as numbers in a dictionary the builds share:
// writing the index copies bytes instead of building millions of small values.
import { gunzipSync, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { sha1 } from './sha1.ts';
import { CborCursor, CborWriter, decodePagefindValue, encodePagefindValue, type PagefindValue } from './pagefind-cbor.ts';

/** Every index file starts, once decompressed, with this signature. */
const SIGNATURE = 'pagefind_dcd';
/** The one language of Dossier's index (pagefind-calls.ts forces it). */
const LANGUAGE = 'en';
/** Pagefind closes a word chunk once its words hold this many locations (its default). */
const CHUNK_SIZE = 20_000;
/**
 * The gzip level of the index files written: a sixth of the time of Pagefind's level (9) on
 * the word chunks at 10k briefs, and their bytes within 2% of it (smaller than Pagefind's own).
 */
const GZIP_LEVEL = 6;

const gzipAsync = promisify(gzip);

/** Thrown when a Pagefind bundle is not laid out as this module reads it: Pagefind's format changed. */
export class PagefindFormatError extends Error {
  constructor(detail: string) {
    super(`Pagefind's index is not laid out as Dossier reads it (${detail}); the pagefind package may have changed its format`);
    this.name = 'PagefindFormatError';
  }
}

/**
 * Orders strings by code point, as Pagefind (Rust's string order) does; JavaScript's `<`
 * compares UTF-16 units, which puts letters beyond U+FFFF before U+E000–U+FFFF.
 */
export function codePointOrder(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (D800–DFFF) stand for code points above every BMP unit from E000 up.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Words (and variants) by number, shared by the records of one cache. */
export class WordDictionary {
  readonly words: string[];
  readonly #ids = new Map<string, number>();
  constructor(words: readonly string[] = []) {
    this.words = [...words];
    this.words.forEach((word, id) => this.#ids.set(word, id));
  }
  id(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.#ids.set(word, id);
    }
    return id;
  }
}

/** One record of the index as Pagefind analysed it: all the index holds of it. */
export interface AnalysedRecord {
  url: string;
  /** Hex SHA-1 of its fragment's JSON: what its fragment file is named by. */
  fragmentHash: string;
  /** The word count in the page table (what ranking weighs the page's length by). */
  wordCount: number;
  filters: Record<string, string[]>;
  /** Its meta fields, in code point order: its meta locations name a field by its place here. */
  metaKeys: string[];
  /** Its fragment file's bytes, gzipped, as Pagefind wrote them. */
  fragment: Uint8Array;
  /**
   * Its places, a CBOR sequence: their count, then per place its word's number, its variant's
   * (0: the word itself, else the number + 1), how many locations and meta locations it has,
   * the byte lengths of the two lists, and the two lists as Pagefind encoded them. Places are
   * in word order, a word's variants after it in their order: the same places whichever index
   * the record was analysed in (word numbers aside, which the index does not hold).
   */
  places: Uint8Array;
}

/** The decoded JSON of a fragment, the parts the index is built from. */
interface FragmentData {
  url: string;
  filters?: Record<string, string[]>;
  meta?: Record<string, string>;
}

const sortedKeys = (object: object) => Object.keys(object).sort(codePointOrder);
const sha1Hex = (bytes: Uint8Array | string) => sha1(bytes, 'hex');

function unpack(file: Uint8Array, name: string): Uint8Array {
  const bytes = gunzipSync(file);
  if (Buffer.from(bytes.buffer, bytes.byteOffset, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new PagefindFormatError(`${name} does not start with ${SIGNATURE}`);
  return bytes.subarray(SIGNATURE.length);
}
const signed = (bytes: Uint8Array) => Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), bytes]);

/** The entry file of a bundle: its language's index name and page count. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/** A record's places being gathered as a word chunk is read. */
class PlacesBuilder {
  count = 0;
  readonly bytes = new CborWriter(1 << 10);
  readonly lists = new CborWriter(1 << 10);
}

/**
 * Rewrites a list of meta locations from one numbering of the meta fields to another
 * (`to[i]`: field i's new place); the locations themselves are copied.
 */
function renumberMeta(cursor: CborCursor, to: readonly number[], out: CborWriter): number {
  const length = cursor.array();
  out.array(length);
  for (let i = 0; i < length; i++) {
    const n = cursor.integer();
    if (n >= 0) out.integer(n);
    else {
      const field = to[-n - 1];
      if (field === undefined || field < 0) throw new PagefindFormatError(`a meta location names field ${-n - 1}, which its page lacks`);
      out.integer(-field - 1);
    }
  }
  return length;
}

const isIdentity = (to: readonly number[]) => to.every((field, i) => field === i);

/**
 * Takes a bundle Pagefind wrote apart into its records, by URL: only the records `wanted`
 * names, when given (a record Pagefind was given only so that it writes its files is left).
 * `file` gives a file of the bundle by its path within it. Throws PagefindFormatError when a
 * file is not as expected.
 */
export function readAnalysedRecords(
  file: (path: string) => Uint8Array | undefined,
  dictionary: WordDictionary,
  wanted?: ReadonlySet<string>,
): Map<string, AnalysedRecord> {
  const read = (path: string) => {
    const bytes = file(path);
    if (!bytes) throw new PagefindFormatError(`the bundle has no ${path}`);
    return bytes;
  };
  const entry = JSON.parse(Buffer.from(read('pagefind-entry.json')).toString('utf8')) as PagefindEntry;
  const languages = Object.keys(entry.languages ?? {});
  if (languages.length !== 1 || languages[0] !== LANGUAGE)
    throw new PagefindFormatError(`its languages are ${languages.join(', ') || 'none'}, not only ${LANGUAGE}`);
  const metaPath = `pagefind.${entry.languages[LANGUAGE]!.hash}.pf_meta`;
  const meta = decodePagefindValue(unpack(read(metaPath), metaPath));
  if (!Array.isArray(meta) || meta.length !== 6 || !Array.isArray(meta[1]) || !Array.isArray(meta[2]) || !Array.isArray(meta[5]))
    throw new PagefindFormatError(`${metaPath} is not [version, pages, chunks, filters, sorts, fields]`);
  // Sort orders (data-pagefind-sort) are not carried into the index written: refused, not lost.
  if (!Array.isArray(meta[4]) || meta[4].length)
    throw new PagefindFormatError(`${metaPath} has sort orders, which Dossier's index does not write`);
  const metaFields = meta[5] as string[];

  const pages = (meta[1] as PagefindValue[]).map((row) => {
    const [hash, wordCount] = row as [string, number];
    if (typeof hash !== 'string' || typeof wordCount !== 'number')
      throw new PagefindFormatError(`a row of ${metaPath} is not [fragment, word count]`);
    const path = `fragment/${hash}.pf_fragment`;
    const fragment = read(path);
    const unpacked = unpack(fragment, path);
    const json = Buffer.from(unpacked.buffer, unpacked.byteOffset, unpacked.byteLength).toString('utf8');
    const data = JSON.parse(json) as FragmentData;
    if (wanted && !wanted.has(data.url)) return undefined;
    const metaKeys = sortedKeys(data.meta ?? {});
    const to = metaFields.map((field) => metaKeys.indexOf(field));
    return {
      record: {
        url: data.url,
        fragmentHash: sha1Hex(json),
        wordCount,
        filters: data.filters ?? {},
        metaKeys,
        fragment,
        places: new Uint8Array(),
      },
      to,
      identity: isIdentity(to),
      places: new PlacesBuilder(),
    };
  });

  const placesOf = (cursor: CborCursor, word: number, variant: number) => {
    const count = cursor.array();
    let page = 0;
    for (let i = 0; i < count; i++) {
      if (cursor.array() !== 3) throw new PagefindFormatError('a place is not [page step, locations, meta locations]');
      page += cursor.integer();
      if (page >= pages.length) throw new PagefindFormatError(`a place names page ${page}, beyond the page table`);
      const at = pages[page];
      if (!at) {
        cursor.skip();
        cursor.skip();
        continue;
      }
      const { bytes, lists } = at.places;
      const locationsFrom = cursor.at;
      let size = cursor.skipIntegers();
      const metaFrom = cursor.at;
      // The meta locations as they are, or renumbered into `lists` for the record's own fields.
      if (at.identity) size += cursor.skipIntegers();
      else {
        lists.truncate(0);
        size += renumberMeta(cursor, at.to, lists);
      }
      bytes.integer(word);
      bytes.integer(variant);
      bytes.integer(size);
      bytes.integer(metaFrom - locationsFrom);
      bytes.integer(at.identity ? cursor.at - metaFrom : lists.length);
      bytes.copy(cursor.bytes, locationsFrom, metaFrom);
      if (at.identity) bytes.copy(cursor.bytes, metaFrom, cursor.at);
      else bytes.append(lists);
      at.places.count++;
    }
  };

  for (const row of meta[2] as PagefindValue[]) {
    const hash = Array.isArray(row) ? row[2] : undefined;
    if (typeof hash !== 'string') throw new PagefindFormatError(`a row of ${metaPath}'s chunk table is not [from, to, chunk]`);
    const path = `index/${hash}.pf_index`;
    const cursor = new CborCursor(unpack(read(path), path));
    try {
      if (cursor.array() !== 1) throw new PagefindFormatError(`${path} is not [words]`);
      const words = cursor.array();
      for (let w = 0; w < words; w++) {
        if (cursor.array() !== 3) throw new PagefindFormatError(`a word of ${path} is not [word, places, variants]`);
        const word = dictionary.id(cursor.text());
        placesOf(cursor, word, 0);
        // Variants in their own order, not in the order this index first met them.
        const variants: { form: string; at: number }[] = [];
        const count = cursor.array();
        for (let v = 0; v < count; v++) {
          if (cursor.array() !== 2) throw new PagefindFormatError(`a variant of ${path} is not [form, places]`);
          variants.push({ form: cursor.text(), at: cursor.at });
          cursor.skip();
        }
        const end = cursor.at;
        for (const { form, at } of variants.sort((a, b) => codePointOrder(a.form, b.form))) {
          cursor.at = at;
          placesOf(cursor, word, dictionary.id(form) + 1);
        }
        cursor.at = end;
      }
      if (cursor.at !== cursor.bytes.length) throw new PagefindFormatError(`${path} holds more than its words`);
    } catch (error) {
      if (error instanceof PagefindFormatError) throw error;
      throw new PagefindFormatError(`${path}: ${(error as Error).message}`);
    }
  }

  const records = new Map<string, AnalysedRecord>();
  for (const page of pages) {
    if (!page) continue;
    const { count, bytes } = page.places;
    const head = new CborWriter(9);
    head.integer(count);
    page.record.places = Buffer.concat([head.bytes(), bytes.bytes()]);
    records.set(page.record.url, page.record);
  }
  return records;
}

/** A file of the index: its path within the bundle and its bytes as written. */
export interface IndexFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Names files as Pagefind does: the language and at least 7 hex digits of the content's
 * hash, one digit more while the name is taken by other content. Deterministic for a given
 * sequence of contents, which is all a build needs to write what a cold build writes.
 */
function namer(digits: number) {
  const taken = new Map<string, string>();
  return (full: string): string => {
    for (let length = digits; length <= full.length; length++) {
      const name = `${LANGUAGE}_${full.slice(0, length)}`;
      const holder = taken.get(name);
      if (holder === undefined) taken.set(name, full);
      if (holder === undefined || holder === full) return name;
    }
    throw new Error(`two contents share the hash ${full}`);
  };
}

/** Every place of every record, in page order, in flat arrays. */
interface AllPlaces {
  count: number;
  record: Int32Array;
  word: Int32Array;
  variant: Int32Array;
  size: Int32Array;
  /** Where the place's two lists start in its record's places, and the byte length of each. */
  offset: Int32Array;
  locationsLength: Int32Array;
  metaLength: Int32Array;
  /** Per record, its meta fields' places among the index's; undefined where the same. */
  to: (number[] | undefined)[];
}

function allPlaces(records: readonly AnalysedRecord[], metaFields: readonly string[], words: number): AllPlaces {
  const cursors = records.map((record) => new CborCursor(record.places));
  const counts = cursors.map((cursor) => cursor.integer());
  const count = counts.reduce((sum, n) => sum + n, 0);
  const all: AllPlaces = {
    count,
    record: new Int32Array(count),
    word: new Int32Array(count),
    variant: new Int32Array(count),
    size: new Int32Array(count),
    offset: new Int32Array(count),
    locationsLength: new Int32Array(count),
    metaLength: new Int32Array(count),
    to: records.map((record) => {
      const to = record.metaKeys.map((key) => metaFields.indexOf(key));
      return isIdentity(to) ? undefined : to;
    }),
  };
  let p = 0;
  cursors.forEach((cursor, r) => {
    for (let i = 0; i < counts[r]!; i++, p++) {
      all.record[p] = r;
      all.word[p] = cursor.integer();
      all.variant[p] = cursor.integer();
      if (all.word[p]! >= words || all.variant[p]! > words)
        throw new Error(`the kept search record ${records[r]!.url} names a word the kept dictionary lacks; build with --cold`);
      all.size[p] = cursor.integer();
      const locations = (all.locationsLength[p] = cursor.integer());
      const meta = (all.metaLength[p] = cursor.integer());
      all.offset[p] = cursor.at;
      cursor.at += locations + meta;
    }
    if (cursor.at !== records[r]!.places.length) throw new Error(`the kept search record ${records[r]!.url} is cut short`);
  });
  return all;
}

/** What writing a word's places reads of each place, laid out as the words' lists are written. */
interface ByWordLayout {
  /** Per word id, where its run of places starts, and how many it has. */
  start: Int32Array;
  count: Int32Array;
  record: Int32Array;
  variant: Int32Array;
  size: Int32Array;
  offset: Int32Array;
  locationsLength: Int32Array;
  metaLength: Int32Array;
}

/**
 * The places laid out by word (a counting sort): the runs of the words that have places
 * (`used`, by id) in the order `compare` gives them, each run in page order.
 */
function byWordLayout(
  places: AllPlaces,
  words: number,
  compare: (a: number, b: number) => number,
): { used: number[]; layout: ByWordLayout } {
  const count = new Int32Array(words);
  for (let p = 0; p < places.count; p++) count[places.word[p]!]!++;
  const used: number[] = [];
  for (let w = 0; w < words; w++) if (count[w]! > 0) used.push(w);
  used.sort(compare);
  const start = new Int32Array(words);
  let at = 0;
  for (const w of used) {
    start[w] = at;
    at += count[w]!;
  }
  const layout: ByWordLayout = {
    start,
    count,
    record: new Int32Array(places.count),
    variant: new Int32Array(places.count),
    size: new Int32Array(places.count),
    offset: new Int32Array(places.count),
    locationsLength: new Int32Array(places.count),
    metaLength: new Int32Array(places.count),
  };
  const filled = start.slice();
  for (let p = 0; p < places.count; p++) {
    const q = filled[places.word[p]!]!++;
    layout.record[q] = places.record[p]!;
    layout.variant[q] = places.variant[p]!;
    layout.size[q] = places.size[p]!;
    layout.offset[q] = places.offset[p]!;
    layout.locationsLength[q] = places.locationsLength[p]!;
    layout.metaLength[q] = places.metaLength[p]!;
  }
  return { used, layout };
}

/**
 * Writes the index of the records, in page order, as Pagefind lays it out: the page table,
 * the word chunks and the filters, and the entry file (`entry`: the entry file Pagefind
 * wrote, for its version and settings). Returns the files and each record's fragment file
 * name; the fragment files themselves (each record's `fragment`) are the caller's to write.
 */
export async function pagefindIndexFiles(
  records: readonly AnalysedRecord[],
  dictionary: WordDictionary,
  entry: PagefindEntry,
): Promise<{ files: IndexFile[]; fragmentNames: string[] }> {
  const fragmentName = namer(7);
  const fragmentNames = records.map((record) => fragmentName(record.fragmentHash));
  const metaFields = [...new Set(records.flatMap((record) => record.metaKeys))].sort(codePointOrder);
  const places = allPlaces(records, metaFields, dictionary.words.length);

  // The places grouped by word, the words in the order they are written, each word's places
  // in page order: the writing then reads the layout front to back, not at a random place per
  // read (which made it wait on memory: 2.3 s at 10k briefs). Only each record's bytes are
  // read where they lie.
  const { used, layout: byWord } = byWordLayout(places, dictionary.words.length, (a, b) =>
    codePointOrder(dictionary.words[a]!, dictionary.words[b]!),
  );
  const renumberings = places.to;

  const writer = new CborWriter(1 << 24);
  /** Writes the place at `q` of the layout as [page step, locations, meta locations]; returns its page. */
  const writePlace = (q: number, last: number): number => {
    const r = byWord.record[q]!;
    const bytes = records[r]!.places;
    const renumbered = renumberings[r];
    writer.array(3);
    writer.integer(r - last);
    const at = byWord.offset[q]!;
    const metaAt = at + byWord.locationsLength[q]!;
    if (!renumbered) writer.copy(bytes, at, metaAt + byWord.metaLength[q]!);
    else {
      writer.copy(bytes, at, metaAt);
      renumberMeta(new CborCursor(bytes, metaAt), renumbered, writer);
    }
    return r;
  };
  /** Writes the places of the layout at `positions`, a word's for one variant. */
  const writePlaces = (positions: readonly number[]) => {
    writer.array(positions.length);
    let last = 0;
    for (const q of positions) last = writePlace(q, last);
  };

  const chunkBounds: [string, string][] = [];
  const chunkBytes: Uint8Array[] = [];
  const packing: Promise<Buffer>[] = [];
  let chunkWords = 0;
  let chunkStart = 0;
  let size = 0;
  let first = '';
  const closeChunk = (last: string) => {
    // [words]: the list's length is known only now, so its head goes before the words' bytes.
    const body = writer.bytes(chunkStart);
    writer.truncate(chunkStart);
    const head = new CborWriter();
    head.array(1);
    head.array(chunkWords);
    const bytes = Buffer.concat([head.bytes(), body]);
    chunkBytes.push(bytes);
    // Compressed on libuv's threads while the next chunks are written on this one.
    packing.push(gzipAsync(signed(bytes), { level: GZIP_LEVEL }));
    chunkBounds.push([first, last]);
    chunkWords = 0;
    size = 0;
  };
  for (const w of used) {
    const word = dictionary.words[w]!;
    if (chunkWords === 0) {
      first = word;
      chunkStart = writer.length;
    }
    const from = byWord.start[w]!;
    const to = from + byWord.count[w]!;
    writer.array(3);
    writer.text(word);
    // Its own places, then each variant's in the order they first appear, as Pagefind writes them.
    const own: number[] = [];
    const variants = new Map<number, number[]>();
    for (let q = from; q < to; q++) {
      const variant = byWord.variant[q]!;
      if (variant === 0) {
        own.push(q);
        size += byWord.size[q]! + 1;
      } else {
        const list = variants.get(variant);
        if (list) list.push(q);
        else variants.set(variant, [q]);
      }
    }
    writePlaces(own);
    writer.array(variants.size);
    for (const [variant, positions] of variants) {
      writer.array(2);
      writer.text(dictionary.words[variant - 1]!);
      writePlaces(positions);
    }
    chunkWords++;
    if (size >= CHUNK_SIZE) closeChunk(word);
  }
  if (chunkWords) closeChunk(dictionary.words[used.at(-1)!]!);

  const files: IndexFile[] = [];
  const chunkName = namer(7);
  const chunkTable = chunkRanges(chunkBounds);
  const packed = await Promise.all(packing);
  chunkBytes.forEach((bytes, i) => {
    const name = chunkName(sha1Hex(bytes));
    chunkTable[i]!.push(name);
    files.push({ path: `index/${name}.pf_index`, bytes: packed[i]! });
  });

  const filters = new Map<string, Map<string, number[]>>();
  records.forEach((record, page) => {
    for (const [filter, values] of Object.entries(record.filters)) {
      for (const value of values) {
        // A filter exists once it has a value, as in Pagefind's index.
        let pagesOf = filters.get(filter);
        if (!pagesOf) filters.set(filter, (pagesOf = new Map()));
        const list = pagesOf.get(value);
        if (list) list.push(page);
        else pagesOf.set(value, [page]);
      }
    }
  });
  const filterName = namer(7);
  const filterTable: PagefindValue[] = [];
  for (const filter of [...filters.keys()].sort(codePointOrder)) {
    const values = filters.get(filter)!;
    const bytes = encodePagefindValue([filter, [...values.keys()].sort(codePointOrder).map((value) => [value, values.get(value)!])]);
    const name = filterName(sha1Hex(bytes));
    filterTable.push([filter, name]);
    files.push({ path: `filter/${name}.pf_filter`, bytes: gzipSync(signed(bytes), { level: GZIP_LEVEL }) });
  }

  const meta = encodePagefindValue([
    entry.version,
    records.map((record, page) => [fragmentNames[page]!, record.wordCount]),
    chunkTable,
    filterTable,
    [],
    metaFields,
  ]);
  const metaName = `${LANGUAGE}_${sha1Hex(meta).slice(0, 10)}`;
  files.push({ path: `pagefind.${metaName}.pf_meta`, bytes: gzipSync(signed(meta), { level: GZIP_LEVEL }) });
  const language = entry.languages[LANGUAGE];
  if (!language) throw new PagefindFormatError(`its entry file has no ${LANGUAGE} index`);
  const written: PagefindEntry = { ...entry, languages: { [LANGUAGE]: { ...language, hash: metaName, page_count: records.length } } };
  files.push({ path: 'pagefind-entry.json', bytes: Buffer.from(JSON.stringify(written), 'utf8') });
  return { files, fragmentNames };
}

/**
 * The range of words each chunk answers for, as Pagefind's search reads it: between two
 * chunks, the last word of one and the first of the next are cut to one character past
 * their common start (the first chunk keeps its first word whole, the last its last).
 */
function chunkRanges(bounds: [string, string][]): PagefindValue[][] {
  const ranges: [string, string][] = bounds.map(([from, to]) => [from, to]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = [...ranges[i]![1]];
    const b = [...ranges[i + 1]![0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const aPrefix = a.slice(0, common + 1).join('');
    // Not cut where that would end the range before it begins.
    if (codePointOrder(aPrefix, ranges[i]![0]) >= 0) ranges[i]![1] = aPrefix;
    ranges[i + 1]![0] = b.slice(0, common + 1).join('');
  }
  return ranges;
}
