// The build keeps the content check's readings for the next build (src/loaders/kept-readings.ts):
// a file whose text is unchanged is not parsed or validated again, and the check's result is
// the one reading every file gives, issues and their lines included.
import { mkdtempSync, rmSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/corpus/generate.ts';
import { readContent, MAX_FILE_BYTES } from '../../src/check/read-content.ts';
import { KeptReadings } from '../../src/loaders/kept-readings.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-kept-readings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
const cache = join(root, 'cache');
writeCorpus(content, generateCorpus({ briefs: 40, seed: 5 }));
writeFileSync(join(content, 'entities', 'broken-yaml.yaml'), 'name: [unclosed\ntype: company\n');
writeFileSync(join(content, 'entities', 'bad-type.yaml'), 'name: Bad Type\ntype: planet\ndescription: x\n');
writeFileSync(join(content, 'deals', 'not-utf8.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0x0a]));

/** One build's reading with the store, committed as the loader commits it. */
function readWithStore(fingerprint = 'f1', cold = false) {
  const store = new KeptReadings(cache, fingerprint, cold);
  const result = readContent(content, root, { store });
  store.commit();
  return { result, reused: store.reused };
}
const plain = () => readContent(content, root);

describe('KeptReadings', () => {
  it('gives what reading every file gives, and the next build reads again only what changed', () => {
    const first = readWithStore();
    expect(first.reused).toBe(0);
    expect(first.result).toStrictEqual(plain());

    const second = readWithStore();
    // Every file that decoded to a text; the one that is not UTF-8 is read again each time.
    expect(second.reused).toBe(first.result.texts.size);
    expect(second.result).toStrictEqual(plain());

    const brief = readdirSync(join(content, 'briefs')).sort()[3]!;
    const path = join(content, 'briefs', brief);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: A title edited between builds'));
    writeFileSync(join(content, 'entities', 'bad-type.yaml'), 'name: Bad Type\ntype: company\ndescription: x\n');
    const third = readWithStore();
    expect(third.reused).toBe(first.result.texts.size - 2);
    expect(third.result).toStrictEqual(plain());
    expect(third.result.collections.briefs.find((b) => `${b.id}.mdx` === brief)!.data.title).toBe('A title edited between builds');
  });

  it('refuses a file grown past the size limit even when its text was read before', () => {
    readWithStore();
    const path = join(content, 'entities', 'broken-yaml.yaml');
    const before = readFileSync(path, 'utf8');
    try {
      // The same text after a byte-order mark and with Windows line ends: larger, not different.
      writeFileSync(path, `\uFEFF${before.replace(/\n/g, '\r\n')}`);
      expect(readWithStore().result).toStrictEqual(plain());
      writeFileSync(path, `${before}#${'x'.repeat(MAX_FILE_BYTES)}\n`);
      const grown = readWithStore().result;
      expect(grown.issues.some((i) => i.file?.endsWith('broken-yaml.yaml') && i.message.includes('larger than'))).toBe(true);
      expect(grown).toStrictEqual(plain());
    } finally {
      writeFileSync(path, before);
    }
  });

  it('reads every file again under another fingerprint, or when asked for a cold build', () => {
    readWithStore('f1');
    expect(readWithStore('f2').reused).toBe(0);
    expect(readWithStore('f2').reused).toBeGreaterThan(0);
    expect(readWithStore('f2', true).reused).toBe(0);
  });
});
