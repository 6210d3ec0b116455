// The search index's fragment files (src/integrations/pagefind-index.ts, writeFragments): a
// record kept unchanged has its file linked from the previous site while that file is the one
// the last build left; any other is written, and the previous site's files are never touched.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stampFile } from '../../src/integrations/file-stamp.ts';
import type { AnalysedRecord } from '../../src/integrations/pagefind-bundle.ts';
import { writeFragments } from '../../src/integrations/pagefind-index.ts';

const record = (url: string, text: string): AnalysedRecord => ({
  url,
  fragmentHash: url,
  wordCount: 1,
  filters: {},
  metaKeys: [],
  fragment: new TextEncoder().encode(text),
  places: new Uint8Array(),
});

let root: string;
let previous: string;
let next: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-fragments-'));
  previous = join(root, 'previous');
  next = join(root, 'next');
  mkdirSync(previous);
  mkdirSync(next);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeFragments', () => {
  it('links a kept record’s file that is unchanged, and writes the others', () => {
    writeFileSync(join(previous, 'en_aaa.pf_fragment'), 'brief A');
    writeFileSync(join(previous, 'en_bbb.pf_fragment'), 'brief B');
    const stampA = stampFile(join(previous, 'en_aaa.pf_fragment'))!;
    const stampB = stampFile(join(previous, 'en_bbb.pf_fragment'))!;
    // B's file was changed after the last build stamped it: it is written, not linked.
    writeFileSync(join(previous, 'en_bbb.pf_fragment'), 'brief B, edited by hand');
    const records = [record('/a/', 'brief A'), record('/b/', 'brief B'), record('/c/', 'brief C')];
    const kept = [{ name: 'en_aaa.pf_fragment', stamp: stampA }, { name: 'en_bbb.pf_fragment', stamp: stampB }, undefined];
    const files = writeFragments(records, ['en_aaa', 'en_bbb', 'en_ccc'], next, { folder: previous, fileOf: (i) => kept[i], stamp: true });

    expect(statSync(join(next, 'en_aaa.pf_fragment')).ino).toBe(statSync(join(previous, 'en_aaa.pf_fragment')).ino);
    expect(files[0]).toEqual({ name: 'en_aaa.pf_fragment', stamp: stampA });
    expect(readFileSync(join(next, 'en_bbb.pf_fragment'), 'utf8')).toBe('brief B');
    expect(statSync(join(next, 'en_bbb.pf_fragment')).ino).not.toBe(statSync(join(previous, 'en_bbb.pf_fragment')).ino);
    expect(readFileSync(join(previous, 'en_bbb.pf_fragment'), 'utf8')).toBe('brief B, edited by hand');
    expect(readFileSync(join(next, 'en_ccc.pf_fragment'), 'utf8')).toBe('brief C');
    // Each written file is stamped as it now is, for the next build.
    expect(files[1]).toEqual({ name: 'en_bbb.pf_fragment', stamp: stampFile(join(next, 'en_bbb.pf_fragment')) });
    expect(files[2]).toEqual({ name: 'en_ccc.pf_fragment', stamp: stampFile(join(next, 'en_ccc.pf_fragment')) });
  });

  it('links from a file of another name, and writes a name shared by two records once', () => {
    writeFileSync(join(previous, 'en_a.pf_fragment'), 'same');
    const stamp = stampFile(join(previous, 'en_a.pf_fragment'))!;
    const records = [record('/a/', 'same'), record('/a/', 'same')];
    const files = writeFragments(records, ['en_aa', 'en_aa'], next, {
      folder: previous,
      fileOf: () => ({ name: 'en_a.pf_fragment', stamp }),
      stamp: true,
    });
    expect(statSync(join(next, 'en_aa.pf_fragment')).ino).toBe(statSync(join(previous, 'en_a.pf_fragment')).ino);
    expect(files).toEqual([
      { name: 'en_aa.pf_fragment', stamp },
      { name: 'en_aa.pf_fragment', stamp },
    ]);
  });

  it('writes every file without a previous site, and stamps none when nothing is kept', () => {
    const files = writeFragments([record('/a/', 'A')], ['en_a'], next, { folder: undefined, fileOf: () => undefined, stamp: false });
    expect(readFileSync(join(next, 'en_a.pf_fragment'), 'utf8')).toBe('A');
    expect(files).toEqual([undefined]);
  });

  it('refuses to write over a file already there, which could be linked to the previous site', () => {
    writeFileSync(join(next, 'en_a.pf_fragment'), 'not ours');
    expect(() =>
      writeFragments([record('/a/', 'A')], ['en_a'], next, { folder: undefined, fileOf: () => undefined, stamp: false }),
    ).toThrow(/EEXIST/);
    expect(readFileSync(join(next, 'en_a.pf_fragment'), 'utf8')).toBe('not ours');
  });
});
