// The scale bench's synthetic corpus: the same size and seed give the same files, and
// the tree passes the full content check (`npm run check`) without errors or warnings,
// so the bench measures a build of valid content.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../bench/corpus/generate.ts';
import { checkContent } from '../../src/check/check-content.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('bench corpus generator', () => {
  const corpus = generateCorpus({ briefs: 50, seed: 7 });

  it('is deterministic for a size and seed, and the seed changes it', () => {
    const again = generateCorpus({ briefs: 50, seed: 7 });
    expect([...again.files]).toEqual([...corpus.files]);
    expect(again.queries).toEqual(corpus.queries);
    const other = generateCorpus({ briefs: 50, seed: 8 });
    const changed = [...other.files].filter(([path, text]) => corpus.files.get(path) !== text);
    expect(changed.length).toBeGreaterThan(25);
  });

  it('has about one entity per five briefs and one deal per two', () => {
    const count = (folder: string) => [...corpus.files.keys()].filter((p) => p.startsWith(`${folder}/`)).length;
    expect(count('briefs')).toBe(50);
    expect(count('entities')).toBe(10);
    expect(count('deals')).toBe(25);
    expect(count('topics')).toBeGreaterThan(0);
  });

  it('passes the content check with no errors and no warnings', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-bench-corpus-'));
    made.push(root);
    writeCorpus(join(root, 'content'), corpus);
    const report = checkContent(root, { contentDir: join(root, 'content'), corpusDir: join(root, 'no-corpus') });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.collections.briefs).toHaveLength(50);
    expect(report.collections.deals).toHaveLength(25);
  });

  it('writes multilingual briefs: source summaries in several languages, aliases in several scripts', () => {
    const texts = [...corpus.files.values()].join('\n');
    expect(texts).toMatch(/\p{Script=Han}/u);
    expect(texts).toMatch(/\p{Script=Cyrillic}/u);
    expect(texts).toMatch(/\p{Script=Bengali}/u);
    const summaryLanguages = new Set([...texts.matchAll(/sourceSummary:\n\s+lang: (\S+)/g)].map((m) => m[1]));
    expect(summaryLanguages.size).toBeGreaterThanOrEqual(4);
  });

  it('offers search queries whose text occurs in the corpus', () => {
    const texts = [...corpus.files.values()].join('\n');
    for (const query of corpus.queries) expect(texts).toContain(query);
    expect(corpus.files.has(`briefs/${corpus.sampleBrief}.mdx`)).toBe(true);
  });
});
