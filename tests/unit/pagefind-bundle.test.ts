// Pagefind's index taken apart into records and written again (src/integrations/pagefind-bundle.ts),
// held to Pagefind's own output: the index written from the records says, word by word, page by
// page and filter by filter, what Pagefind's says; and records analysed in separate indexes write
// the same bytes as records analysed together, which is what lets a build re-analyse only the
// records that changed. Pagefind's files are read here with cbor2, not with the module's decoder.
import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  codePointOrder,
  pagefindIndexFiles,
  PagefindFormatError,
  readAnalysedRecords,
  WordDictionary,
  type AnalysedRecord,
  type PagefindEntry,
} from '../../src/integrations/pagefind-bundle.ts';
import { decodePagefindValue, encodePagefindValue } from '../../src/integrations/pagefind-cbor.ts';

afterAll(() => pagefind.close());

type Page =
  | { url: string; html: string }
  | { url: string; record: { content: string; meta?: Record<string, string>; filters?: Record<string, string[]> } };

const page = (url: string, title: string, body: string, extra = '') => ({
  url,
  html: `<html lang="en"><body data-pagefind-body><h1>${title}</h1>${extra}<p>${body}</p></body></html>`,
});

const PAGES: Page[] = [
  page(
    '/briefs/a/',
    'Geely builds a plant',
    'Geely opens a café-style showroom and a battery plant; the plant employs 4,000 people. Plant, plant, plant.',
    '<span data-pagefind-filter="type">Brief</span><span data-pagefind-filter="year">2023</span><span data-pagefind-meta="date:Mar 2023"></span>',
  ),
  page(
    '/briefs/b/',
    'Baidu и Geely: совместное предприятие',
    'Компания Baidu создаёт совместное предприятие с Geely. 百度与吉利合资造车。 Café culture, cafe prices.',
    '<span data-pagefind-filter="type">Brief</span><span data-pagefind-filter="year">2021</span><span data-pagefind-meta="mentions:Geely | 吉利"></span>',
  ),
  page(
    '/entities/geely/',
    'Geely',
    'Geely is a carmaker. 𝒜 mathematical letter and a private-use  character.',
    '<span data-pagefind-filter="type">Entity</span>',
  ),
  {
    url: '/briefs/a/#deal-x',
    record: {
      content: 'Geely invests in the plant, US$1.2 billion',
      meta: { title: 'Geely deal', date: '2023' },
      // A filter with no value: no filter at all, in Pagefind's index and in the one written.
      filters: { type: ['Deal'], stage: [] },
    },
  },
  page(
    '/briefs/c/',
    'Xiaomi',
    'Xiaomi SU7 sedan; ninety thousand orders in a day. Naïve naive.',
    '<span data-pagefind-filter="year">2024</span>',
  ),
];

/** Pagefind's own bundle of the pages, sent in order, as getFiles gives it. */
async function pagefindBundle(pages: Page[]): Promise<Map<string, Uint8Array>> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const p of pages) {
    const added =
      'html' in p
        ? await index!.addHTMLFile({ url: p.url, content: p.html })
        : await index!.addCustomRecord({ url: p.url, language: 'en', ...p.record });
    expect(added.errors).toEqual([]);
  }
  const { files, errors } = await index!.getFiles();
  expect(errors).toEqual([]);
  await index!.deleteIndex();
  return new Map(files.map((f) => [f.path, f.content]));
}

const unpack = (bytes: Uint8Array) => decode(gunzipSync(bytes).subarray('pagefind_dcd'.length)) as unknown[];

/**
 * What a bundle says, independent of page numbers and file names: each word's places as
 * "word|variant|url|locations|meta locations by field name", each filter value's pages by URL,
 * each page's URL, word count and fragment.
 */
function bundleContent(files: ReadonlyMap<string, Uint8Array>): string[] {
  const entry = JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString()) as PagefindEntry;
  const meta = unpack(files.get(`pagefind.${entry.languages.en!.hash}.pf_meta`)!) as [
    string,
    [string, number][],
    [string, string, string][],
    [string, string][],
    unknown[],
    string[],
  ];
  const [, pages, chunks, filters, , fields] = meta;
  const fragments = pages.map(([hash]) =>
    gunzipSync(files.get(`fragment/${hash}.pf_fragment`)!)
      .subarray(12)
      .toString(),
  );
  const urls = fragments.map((f) => (JSON.parse(f) as { url: string }).url);
  const said = pages.map(([, count], i) => `page|${urls[i]}|${count}|${fragments[i]}`);
  const places = (word: string, variant: string, list: [number, number[], number[]][]) => {
    let at = 0;
    for (const [step, locations, metaLocations] of list) {
      at += step;
      const named = metaLocations.map((n) => (n < 0 ? fields[-n - 1] : n));
      said.push(`word|${word}|${variant}|${urls[at]}|${locations.join(',')}|${named.join(',')}`);
    }
  };
  for (const [, , hash] of chunks) {
    const [words] = unpack(files.get(`index/${hash}.pf_index`)!) as [
      [string, [number, number[], number[]][], [string, [number, number[], number[]][]][]][],
    ];
    for (const [word, list, variants] of words) {
      places(word, '', list);
      for (const [form, variantList] of variants) places(word, form, variantList);
    }
  }
  said.push(`filters|${filters.map(([filter]) => filter).join(',')}`);
  for (const [filter, hash] of filters) {
    const [, values] = unpack(files.get(`filter/${hash}.pf_filter`)!) as [string, [string, number[]][]];
    for (const [value, on] of values) said.push(`filter|${filter}|${value}|${on.map((n) => urls[n]).join(',')}`);
  }
  return said.sort();
}

/** The bundle Dossier writes from records in page order. */
async function written(records: AnalysedRecord[], dictionary: WordDictionary, entry: PagefindEntry): Promise<Map<string, Uint8Array>> {
  const { files, fragmentNames } = await pagefindIndexFiles(records, dictionary, entry);
  const bundle = new Map(files.map((f) => [f.path, f.bytes]));
  fragmentNames.forEach((name, i) => bundle.set(`fragment/${name}.pf_fragment`, records[i]!.fragment));
  return bundle;
}

const read = (files: ReadonlyMap<string, Uint8Array>, dictionary: WordDictionary, wanted?: Set<string>) =>
  readAnalysedRecords((path) => files.get(path), dictionary, wanted);

const entryOf = (files: ReadonlyMap<string, Uint8Array>) =>
  JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString()) as PagefindEntry;

describe("Pagefind's index taken apart and written again", () => {
  it('says what Pagefind says: every word, place, variant, meta field, filter and page', async () => {
    const theirs = await pagefindBundle(PAGES);
    const dictionary = new WordDictionary();
    const records = read(theirs, dictionary);
    expect([...records.keys()]).toEqual(PAGES.map((p) => p.url));
    const ours = await written(
      PAGES.map((p) => records.get(p.url)!),
      dictionary,
      entryOf(theirs),
    );
    const said = bundleContent(ours);
    expect(said).toEqual(bundleContent(theirs));
    // The fixture reaches the parts of the format that matter: variants, meta locations, filters.
    expect(said.some((line) => /^word\|cafe\|café\|/.test(line))).toBe(true);
    expect(said.some((line) => /^word\|[^|]*\|\|[^|]*\|[^|]*\|[a-z]+/.test(line))).toBe(true);
    expect(said.filter((line) => line.startsWith('filter|')).length).toBeGreaterThan(3);
  });

  it("cuts the words into chunks where Pagefind does, with Pagefind's word ranges", async () => {
    // Enough places for several chunks of 20,000 locations.
    const many: Page[] = Array.from({ length: 60 }, (_, i) =>
      page(`/briefs/p${i}/`, `Page ${i}`, Array.from({ length: 450 }, (_, j) => `w${(i * 7 + j) % 900}x${j % 13} plant${j % 5}`).join(' ')),
    );
    const theirs = await pagefindBundle(many);
    const dictionary = new WordDictionary();
    const records = read(theirs, dictionary);
    const ours = await written(
      many.map((p) => records.get(p.url)!),
      dictionary,
      entryOf(theirs),
    );
    const chunkTable = (files: Map<string, Uint8Array>) => {
      const entry = entryOf(files);
      const meta = unpack(files.get(`pagefind.${entry.languages.en!.hash}.pf_meta`)!) as [unknown, unknown, [string, string, string][]];
      return meta[2].map(([from, to, hash]) => ({
        from,
        to,
        words: (unpack(files.get(`index/${hash}.pf_index`)!)[0] as [string][]).map(([w]) => w),
      }));
    };
    const theirChunks = chunkTable(theirs);
    expect(theirChunks.length).toBeGreaterThan(2);
    expect(chunkTable(ours)).toEqual(theirChunks);
    expect(bundleContent(ours)).toEqual(bundleContent(theirs));
  });

  it('writes the same bytes from records analysed apart as from records analysed together', async () => {
    const together = read(await pagefindBundle(PAGES), new WordDictionary());
    // Another dictionary, as another build's cache would have: word numbers are not written.
    const dictionary = new WordDictionary();
    const first = await pagefindBundle(PAGES.slice(0, 2));
    const apart = new Map([...read(first, dictionary), ...read(await pagefindBundle(PAGES.slice(2)), dictionary)]);
    const order = PAGES.map((p) => p.url);
    const togetherDictionary = new WordDictionary();
    const again = read(await pagefindBundle(PAGES), togetherDictionary);
    const a = await written(
      order.map((url) => again.get(url)!),
      togetherDictionary,
      entryOf(first),
    );
    const b = await written(
      order.map((url) => apart.get(url)!),
      dictionary,
      entryOf(first),
    );
    expect(together.size).toBe(PAGES.length);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, bytes] of a) expect(Buffer.compare(Buffer.from(b.get(path)!), Buffer.from(bytes)), path).toBe(0);
  });

  it('reads back the records it wrote, and only those wanted', async () => {
    const theirs = await pagefindBundle(PAGES);
    const dictionary = new WordDictionary();
    const records = read(theirs, dictionary);
    const ours = await written(
      PAGES.map((p) => records.get(p.url)!),
      dictionary,
      entryOf(theirs),
    );
    expect([...read(ours, dictionary)]).toEqual([...records]);
    const wanted = new Set([PAGES[1]!.url, PAGES[3]!.url]);
    expect([...read(ours, dictionary, wanted).keys()]).toEqual([...wanted]);
  });

  it('refuses an index with sort orders, which it would not write', async () => {
    const sorted = await pagefindBundle([
      page('/briefs/s/', 'Sorted', 'A page with a sort key.', '<span data-pagefind-sort="date">2024-01-01</span>'),
    ]);
    expect(() => read(sorted, new WordDictionary())).toThrow(/sort orders/);
  });

  it('refuses a bundle laid out otherwise', async () => {
    const theirs = await pagefindBundle(PAGES.slice(0, 1));
    const broken = new Map(theirs);
    const chunk = [...broken.keys()].find((path) => path.startsWith('index/'))!;
    broken.set(chunk, broken.get([...broken.keys()].find((path) => path.startsWith('fragment/'))!)!);
    expect(() => read(broken, new WordDictionary())).toThrow(new RegExp(`PagefindFormatError|${chunk.replace('.', '\\.')}`));
    const other = new Map(theirs);
    other.set('pagefind-entry.json', Buffer.from(JSON.stringify({ version: '1.6.0', languages: { fr: { hash: 'x' } } })));
    expect(() => read(other, new WordDictionary())).toThrow(PagefindFormatError);
  });
});

describe('the CBOR of Pagefind files', () => {
  it('round-trips integers at every head size, negatives, text in every script, and nested lists', () => {
    const value = [
      0,
      23,
      24,
      255,
      256,
      65535,
      65536,
      2 ** 32 - 1,
      -1,
      -24,
      -25,
      -257,
      'plant',
      'café',
      '百度',
      '𝒜',
      '',
      [[], [1, [2, 'x']]],
    ];
    const bytes = encodePagefindValue(value);
    expect(decodePagefindValue(bytes)).toEqual(value);
    // The same bytes as a general CBOR decoder reads them.
    expect(decode(bytes)).toEqual(value);
  });
  it('refuses other kinds of item', () => {
    expect(() => decodePagefindValue(Uint8Array.of(0xf5))).toThrow(/major type 7/);
    expect(() => decodePagefindValue(Uint8Array.of(0x82, 0x01))).toThrow(/ends early/);
  });
});

describe('code point order', () => {
  it('puts letters beyond U+FFFF after U+E000–U+FFFF, as Rust orders strings', () => {
    expect(['𝒜', '\uE000', 'z', 'Я'].sort(codePointOrder)).toEqual(['z', 'Я', '\uE000', '𝒜']);
    expect(codePointOrder('plant', 'plants')).toBeLessThan(0);
  });
});
