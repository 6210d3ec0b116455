// Pagefind's page files taken from the previous site (src/integrations/kept-fragments.ts):
// only where the file is provably what Pagefind would write. The bundles here are written
// the way Pagefind writes them (a page table in pf_meta, one gzipped file per page, a file
// already there left alone), so a name collision can be staged on purpose.
import { encode } from 'cbor2';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { KeptFragments, readPageTable, type SentRecord } from '../../src/integrations/kept-fragments.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-fragments-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SIGNATURE = Buffer.from('pagefind_dcd');
/** A page as Pagefind numbers it: the name of its file, and what the file holds. */
type TablePage = { name: string; body: string };

/** Writes a bundle as Pagefind does: the page table, and each page's file unless one is there. */
function writeBundle(bundle: string, pages: TablePage[]): void {
  mkdirSync(join(bundle, 'fragment'), { recursive: true });
  const table = encode(['1.6.0', pages.map((p) => [p.name, 1]), [], [], [], []]);
  writeFileSync(join(bundle, 'pagefind.en_test.pf_meta'), gzipSync(Buffer.concat([SIGNATURE, table])));
  writeFileSync(
    join(bundle, 'pagefind-entry.json'),
    JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_test', page_count: pages.length } } }),
  );
  for (const { name, body } of pages) {
    const file = join(bundle, 'fragment', `${name}.pf_fragment`);
    if (!existsSync(file)) writeFileSync(file, gzipSync(Buffer.concat([SIGNATURE, Buffer.from(body)])));
  }
}

const bodyOf = (bundle: string, name: string) =>
  gunzipSync(readFileSync(join(bundle, 'fragment', `${name}.pf_fragment`)))
    .subarray(SIGNATURE.length)
    .toString();

let n = 0;
/**
 * One build's search files: places what the previous site offers, lets "Pagefind" write
 * `pages`, settles, commits. Returns the bundle, the report and the names that were placed.
 */
async function build(cache: string, sent: SentRecord[], pages: TablePage[], previousSite?: string, cold = false) {
  const site = join(work, `site-${n++}`);
  const bundle = join(site, 'pagefind');
  const fragments = new KeptFragments(cache, 'fingerprint', cold);
  const placed = previousSite ? fragments.place(sent, join(previousSite, 'pagefind'), bundle) : new Map<string, string>();
  let writes = 0;
  const write = async () => {
    writes++;
    writeBundle(bundle, pages);
  };
  await write();
  const report = await fragments.settle(sent, bundle, placed, write);
  fragments.commit();
  return { site, bundle, report, placed: [...placed.keys()], writes };
}

const A: SentRecord = { url: '/briefs/a/', digest: 'a1' };
const B: SentRecord = { url: '/briefs/b/', digest: 'b1' };
/** The page table of a build of A and B, with no collision. */
const AB_PAGES: TablePage[] = [
  { name: 'en_aaaaaaa', body: 'A' },
  { name: 'en_bbbbbbb', body: 'B' },
];

describe('readPageTable', () => {
  it("lists the page files' names in Pagefind's page order", () => {
    const bundle = join(work, 'table', 'pagefind');
    writeBundle(bundle, [
      { name: 'en_2222222', body: 'second' },
      { name: 'en_1111111', body: 'first' },
    ]);
    expect(readPageTable(bundle)).toEqual(['en_2222222', 'en_1111111']);
  });

  it('gives nothing for a bundle it cannot read', () => {
    expect(readPageTable(join(work, 'no-bundle'))).toBeUndefined();
  });
});

describe('KeptFragments', () => {
  it("links an unchanged page's file from the previous site, the same file, not a copy", async () => {
    const cache = join(work, 'cache-same');
    const first = await build(cache, [A, B], AB_PAGES);
    const B2 = { ...B, digest: 'b2' };
    const second = await build(
      cache,
      [A, B2],
      [
        { name: 'en_aaaaaaa', body: 'A' },
        { name: 'en_ccccccc', body: 'B, edited' },
      ],
      first.site,
    );
    expect(second.placed).toEqual(['en_aaaaaaa']);
    expect(second.report).toEqual({ reused: 1, replaced: 0 });
    expect(second.writes).toBe(1);
    const file = (bundle: string) => statSync(join(bundle, 'fragment', 'en_aaaaaaa.pf_fragment')).ino;
    expect(file(second.bundle)).toBe(file(first.bundle));
    expect(bodyOf(second.bundle, 'en_ccccccc')).toBe('B, edited');
  });

  it('removes a linked file whose name went to another page, and has Pagefind write that page', async () => {
    const cache = join(work, 'cache-collision');
    const first = await build(cache, [A], [{ name: 'en_1234567', body: 'A' }]);
    // A new page comes first this time and takes the seven digits; A's name is lengthened.
    const second = await build(
      cache,
      [B, A],
      [
        { name: 'en_1234567', body: 'B' },
        { name: 'en_12345678', body: 'A' },
      ],
      first.site,
    );
    expect(second.placed).toEqual(['en_1234567']);
    expect(second.report).toEqual({ reused: 0, replaced: 1 });
    expect(second.writes).toBe(2);
    expect(bodyOf(second.bundle, 'en_1234567')).toBe('B');
    expect(bodyOf(second.bundle, 'en_12345678')).toBe('A');
  });

  it('removes linked files no page uses', async () => {
    const cache = join(work, 'cache-unused');
    const first = await build(cache, [A, B], AB_PAGES);
    // A's record is unchanged, but Pagefind names it otherwise (a collision it no longer has to avoid, say).
    const second = await build(cache, [A], [{ name: 'en_aaaaaab', body: 'A' }], first.site);
    expect(second.placed).toEqual(['en_aaaaaaa']);
    expect(second.report).toEqual({ reused: 0, replaced: 0 });
    expect(existsSync(join(second.bundle, 'fragment', 'en_aaaaaaa.pf_fragment'))).toBe(false);
  });

  it('removes every linked file when the page table does not list one page per record sent', async () => {
    const cache = join(work, 'cache-unmatched');
    const first = await build(cache, [A, B], AB_PAGES);
    // Pagefind dropped a record (an empty page, say): which name is whose cannot be told.
    const second = await build(cache, [A, B], [{ name: 'en_bbbbbbb', body: 'B' }], first.site);
    expect(second.report.reused).toBe(0);
    expect(second.writes).toBe(2);
    expect(existsSync(join(second.bundle, 'fragment', 'en_aaaaaaa.pf_fragment'))).toBe(false);
    expect(bodyOf(second.bundle, 'en_bbbbbbb')).toBe('B');
    // Nothing was kept for the build after: it links nothing.
    const third = await build(cache, [A, B], [{ name: 'en_bbbbbbb', body: 'B' }], second.site);
    expect(third.placed).toEqual([]);
  });

  it('leaves a file that is no longer the one the previous build wrote, and everything on a cold build', async () => {
    const cache = join(work, 'cache-touched');
    const first = await build(cache, [A, B], AB_PAGES);
    utimesSync(join(first.bundle, 'fragment', 'en_aaaaaaa.pf_fragment'), new Date(0), new Date(0));
    expect((await build(cache, [A, B], AB_PAGES, first.site)).placed).toEqual(['en_bbbbbbb']);
    const cold = await build(cache, [A, B], AB_PAGES, first.site, true);
    expect(cold.placed).toEqual([]);
  });
});
