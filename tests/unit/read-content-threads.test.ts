// A large content folder is read on two threads (src/check/read-content-threads.ts). The
// readings must not depend on which thread read a file, or on whether the helper thread
// helped at all: the same entries, issues (with their lines) and texts, in the same order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/corpus/generate.ts';
import { readContent, readContentFile, selectContentFiles, type ContentFileRef, type FileReading } from '../../src/check/read-content.ts';
import { readContentFiles } from '../../src/check/read-content-threads.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-read-threads-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
writeCorpus(content, generateCorpus({ briefs: 120, seed: 3 }));
// Files that fail in different ways, spread through the folders, so issues come from both threads.
writeFileSync(join(content, 'entities', 'broken-yaml.yaml'), 'name: [unclosed\ntype: company\n');
writeFileSync(join(content, 'entities', 'bad-type.yaml'), 'name: Bad Type\ntype: planet\ndescription: x\n');
writeFileSync(join(content, 'deals', 'zz-hidden-mark.yaml'), 'name: "A\u202Edeal"\n');
writeFileSync(join(content, 'briefs', 'Not An Id.mdx'), '---\nheadline: x\n---\n');
writeFileSync(join(content, 'briefs', 'aa-no-frontmatter.mdx'), 'Only a body.\n');

/**
 * Keeps this thread busy for `ms` milliseconds per file, so that it is still reading when
 * the helper thread has started (a few hundred milliseconds, more on a busy machine) and
 * the helper takes some of the chunks.
 */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}
const SLOW = 15;

const refs = (): ContentFileRef[] => selectContentFiles(content, root).slots.flatMap((slot) => ('read' in slot ? [slot.read] : []));

describe('reading content files on two threads', () => {
  it('gives the readings one thread gives, in the same order, when the helper reads part of them', () => {
    const files = refs();
    const alone = files.map((ref) => readContentFile(ref, root));
    const readHere = new WeakSet<FileReading>();
    const shared = readContentFiles(
      files,
      (ref) => {
        busy(SLOW);
        const reading = readContentFile(ref, root);
        readHere.add(reading);
        return reading;
      },
      { root, threadsFrom: 0 },
    );
    const byHelper = shared.filter((reading) => !readHere.has(reading)).length;
    expect(byHelper).toBeGreaterThan(0);
    expect(byHelper).toBeLessThan(files.length);
    expect(shared).toEqual(alone);
    expect(shared.filter((r) => r.issues.length).length).toBeGreaterThanOrEqual(4);
  });

  it('reads what the helper could not on this thread, so a failing helper changes nothing', () => {
    const files = refs();
    // Every tenth reference names no collection: the helper, reading it as it is, throws on
    // the first chunk it takes; this thread's reader answers it. The chunk the helper
    // dropped is read here after the others, so this thread's reading order goes back.
    const odd = new Set<ContentFileRef>();
    const all = files.map((ref, i) => {
      if (i % 10) return ref;
      const bad = { ...ref, collection: 'no-such-collection' } as unknown as ContentFileRef;
      odd.add(bad);
      return bad;
    });
    const order: number[] = [];
    const shared = readContentFiles(
      all,
      (ref) => {
        busy(SLOW);
        order.push(all.indexOf(ref));
        return odd.has(ref) ? { issues: [] } : readContentFile(ref, root);
      },
      { root, threadsFrom: 0 },
    );
    expect(order).toHaveLength(all.length);
    expect(order.some((at, i) => i > 0 && at < order[i - 1]!)).toBe(true);
    expect(shared).toEqual(all.map((ref) => (odd.has(ref) ? { issues: [] } : readContentFile(ref, root))));
  });

  it('readContent of a folder gives the same result on one thread and on two', () => {
    const one = readContent(content, root, { threadsFrom: Infinity });
    const two = readContent(content, root, { threadsFrom: 0 });
    expect(two.collections).toEqual(one.collections);
    expect(two.issues).toEqual(one.issues);
    expect(two.ids).toEqual(one.ids);
    expect(two.bodyLinks).toEqual(one.bodyLinks);
    expect([...two.texts]).toEqual([...one.texts]);
    expect(two.files).toBe(one.files);
    expect(one.issues.map((i) => i.file)).toEqual(
      expect.arrayContaining([
        join('content', 'entities', 'broken-yaml.yaml'),
        join('content', 'entities', 'bad-type.yaml'),
        join('content', 'briefs', 'Not An Id.mdx'),
        join('content', 'briefs', 'aa-no-frontmatter.mdx'),
      ]),
    );
  });
});
