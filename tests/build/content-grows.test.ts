// The content tests hold for any content: an editor who follows the README (ingest an article,
// write the summary, publish it) must not break `npm test`. In a copy of content/ and of the
// corpus, one more article is ingested and published, then the check and the content tests
// (tests/unit/content.test.ts) run against the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { corpusDir } from '../../src/check/corpus.ts';
import { splitFrontmatter } from '../../src/check/read-content.ts';

const ARTICLE = resolve('tests/fixtures/ingest/articles/en-wire.txt');
const work = mkdtempSync(join(tmpdir(), 'dossier-grows-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
// With the real corpus, a copy of it plus the new article, so every hash is checked. Without
// it (a fresh clone), no corpus at all: hashes are not checked, as on any machine without one.
const withCorpus = existsSync(corpusDir());
const corpus = join(work, withCorpus ? 'corpus' : 'no-corpus');
const env = { ...process.env, DOSSIER_CONTENT_DIR: content, CORPUS_DIR: corpus };
const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', env, timeout: 300_000 });

describe('one more published brief', () => {
  it('is ingested, published as an editor would, and passes the check and the content tests', () => {
    cpSync('content', content, { recursive: true });
    const article = join(work, 'corpus', 'en-wire.txt');
    mkdirSync(join(work, 'corpus'));
    if (withCorpus) cpSync(corpusDir(), join(work, 'corpus'), { recursive: true });
    cpSync(ARTICLE, article);
    const before = new Set(readdirSync(join(content, 'briefs')));

    const ingest = node(['src/cli/ingest.ts', '--content-dir', content, article]);
    expect(ingest.status, `${ingest.stdout}\n${ingest.stderr}`).toBe(0);
    const added = readdirSync(join(content, 'briefs')).filter((f) => !before.has(f));
    expect(added).toHaveLength(1);

    // What the README asks of the editor: title and summary in their own words, the ingest
    // block removed, the status and the publication date set.
    const file = join(content, 'briefs', added[0]!);
    const parts = splitFrontmatter(readFileSync(file, 'utf8'))!;
    const data = parse(parts.yaml) as Record<string, unknown>;
    delete data.ingest;
    Object.assign(data, { title: 'A fund buys a stake in a robot maker', status: 'published', published: '2026-11-30' });
    writeFileSync(
      file,
      `---\n${stringify(data)}---\n\nAn invented wire report: a venture fund agreed to buy a minority stake in a robot maker.\n`,
    );

    const check = node(['src/cli/check.ts']);
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    const tests = spawnSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/vitest.config.ts', '--project', 'unit', 'tests/unit/content.test.ts'],
      { encoding: 'utf8', env, timeout: 300_000 },
    );
    const output = stripVTControlCharacters(`${tests.stdout}\n${tests.stderr}`);
    expect(tests.status, output).toBe(0);
    expect(output).toMatch(/Tests\s+\d+ passed/);
    if (withCorpus) expect(output).not.toMatch(/skipped/);
  });
});
