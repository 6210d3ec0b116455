// `npm run check` and `npm run build` read content once, through the same reader: on
// every input they agree. Each bad tree must make both fail, naming the same files, lines
// and fields; each good tree must pass both, and what the build publishes must be the data
// the check validated. A content file changed while the build runs never reaches the site.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import { buildSite } from '../support/build-site.ts';
import { BASE_TREE, BRIEF_PATH, removeTrees, replaceOnce, writeTree, type TreeChanges } from '../support/content-tree.ts';

afterAll(removeTrees);

const ENTITY = 'entities/northwind-motors.yaml';
const FUND = 'entities/tallow-bay-capital.yaml';
const DEAL = 'deals/northwind-series-b.yaml';
const DRAFT = 'briefs/northwind-second-plant.mdx';
const draftBrief = replaceOnce(BASE_TREE[BRIEF_PATH]!, 'status: published', 'status: draft');
const brief = (from: string, to: string) => ({ [BRIEF_PATH]: replaceOnce(BASE_TREE[BRIEF_PATH]!, from, to) });

interface Case {
  name: string;
  changes: TreeChanges;
  /** Extra setup on the written tree (folders, links). */
  setup?: (content: string) => void;
}

const BAD: Case[] = [
  {
    name: 'a file whose name starts with "_"',
    changes: { 'entities/_evil.yaml': 'name: Evil\ntype: company\ndescription: Never checked before.\n' },
  },
  { name: 'a folder named like a content file', changes: {}, setup: (content) => mkdirSync(join(content, 'entities', 'x.yaml')) },
  {
    name: 'a dangling symbolic link',
    changes: {},
    setup: (content) => symlinkSync(join(content, 'gone.yaml'), join(content, 'entities', 'gone.yaml')),
  },
  {
    name: '"---" at the end of a frontmatter line, then more fields',
    changes: brief(
      'status: published\n',
      'status: published\n# end of the checked part---\ntopics: [ghost-topic]\nrelated: [ghost-brief]\n',
    ),
  },
  {
    name: 'a published brief naming a draft',
    changes: { [DRAFT]: draftBrief, ...brief('status: published\n', 'status: published\nrelated: [northwind-second-plant]\n') },
  },
  { name: 'an entity citing a draft', changes: { [BRIEF_PATH]: draftBrief, [DEAL]: null } },
  {
    name: 'a published deal also citing a draft',
    changes: {
      [DRAFT]: draftBrief,
      [DEAL]: replaceOnce(BASE_TREE[DEAL]!, '  - northwind-raises-funds\n', '  - northwind-raises-funds\n  - northwind-second-plant\n'),
    },
  },
  {
    name: 'a bad currency and a brief body with a script',
    changes: {
      [DEAL]: replaceOnce(BASE_TREE[DEAL]!, 'currency: EUR', 'currency: EUX'),
      ...brief('second plant.', 'second plant. <script>alert(1)</script>'),
    },
  },
  { name: 'malformed YAML', changes: { [FUND]: replaceOnce(BASE_TREE[FUND]!, 'type: fund', 'type: fund: yes') } },
  {
    name: 'body links leading nowhere: a section the site lacks, an address no page has, a relative one, a file not in public/',
    changes: brief(
      'second plant.',
      'second plant ([map](/entity/northwind-motors/), [list](/entities/type/robot/), [peer](../northwind-motor/), [report](/files/report.pdf)).',
    ),
  },
];

const GOOD: Case[] = [
  { name: 'the base tree', changes: {} },
  {
    name: 'values YAML 1.1 would read as a date or a number, a caveat ending in "---", a draft',
    changes: {
      [ENTITY]: replaceOnce(BASE_TREE[ENTITY]!, 'value: "2011"', 'value: 2011-06-01'),
      'entities/mira-okafor.yaml': replaceOnce(BASE_TREE['entities/mira-okafor.yaml']!, 'name: Mira Okafor', 'name: 0b101'),
      [DRAFT]: draftBrief,
      ...brief('status: published\n', 'status: published\ncaveats:\n  - kind: scope\n    text: The figures end here ---\n'),
    },
  },
];

const work = mkdtempSync(join(tmpdir(), 'dossier-agree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(c: Case): string {
  const root = writeTree(c.changes);
  c.setup?.(join(root, 'content'));
  return root;
}

/** The "file:line field" of every error a report printed ("  ✖ file:line\n    field: message"). */
function errorsIn(output: string): string[] {
  const found = [...output.matchAll(/^ {2}✖ (\S+)\n {4}([^:\n]+):/gm)].map((m) => `${m[1]} ${m[2]}`);
  return [...new Set(found)].sort();
}

function check(content: string) {
  const run = spawnSync(process.execPath, ['src/cli/check.ts'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, DOSSIER_CONTENT_DIR: content, CORPUS_DIR: join(work, 'no-corpus') },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function build(root: string, name: string) {
  return buildSite({
    content: join(root, 'content'),
    out: join(work, name, 'site'),
    work: join(work, name),
    base: '/',
    siteUrl: 'https://agree.example.org',
  });
}

describe.each(BAD)('bad: $name', (c) => {
  it('fails the check and the build with the same errors, and publishes nothing', () => {
    const root = tree(c);
    const checked = check(join(root, 'content'));
    const name = `bad-${BAD.indexOf(c)}`;
    const built = build(root, name);
    expect(checked.status, checked.output).toBe(1);
    expect(built.status, built.output).not.toBe(0);
    const errors = errorsIn(checked.output);
    expect(errors.length, checked.output).toBeGreaterThan(0);
    expect(errorsIn(built.output), built.output).toEqual(errors);
    expect(built.output).toContain('nothing was written to');
  });
});

describe.each(GOOD)('good: $name', (c) => {
  it('passes the check and the build, and publishes the data the check validated', () => {
    const root = tree(c);
    const content = join(root, 'content');
    const checked = check(content);
    const name = `good-${GOOD.indexOf(c)}`;
    const built = build(root, name);
    expect(checked.status, checked.output).toBe(0);
    expect(built.status, built.output).toBe(0);
    const site = join(work, name, 'site');
    const report = checkContent(process.cwd(), { contentDir: content, corpusDir: join(work, 'no-corpus') });
    const published = publishedCollections(report.collections);
    const exported = (file: string) =>
      new Map(
        (JSON.parse(readFileSync(join(site, 'data', file), 'utf8')) as { id: string }[]).map((r) => [r.id, r as Record<string, unknown>]),
      );
    for (const [file, entries] of [
      ['briefs.json', published.briefs],
      ['entities.json', published.entities],
      ['deals.json', published.deals],
    ] as const) {
      const records = exported(file);
      expect([...records.keys()].sort()).toEqual(entries.map((e) => e.id).sort());
      for (const entry of entries) {
        const { ingest: _editorOnly, ...data } = entry.data as Record<string, unknown>;
        for (const [key, value] of Object.entries(data)) expect(records.get(entry.id)![key], `${file} ${entry.id}.${key}`).toEqual(value);
      }
    }
  });
});

describe('a content file changed while the build runs', () => {
  it('is published as it was checked, or not at all', async () => {
    const root = tree({ name: 'moving', changes: {} });
    const content = join(root, 'content');
    const out = join(work, 'moving', 'site');
    const child = spawn(process.execPath, ['src/cli/build.ts'], {
      env: {
        ...process.env,
        DOSSIER_CONTENT_DIR: content,
        DOSSIER_OUT_DIR: out,
        DOSSIER_CACHE_DIR: join(work, 'moving', 'cache'),
        CORPUS_DIR: join(work, 'no-corpus'),
        BASE_PATH: '/',
        SITE_URL: 'https://agree.example.org',
      },
    });
    let output = '';
    let changed = false;
    const hostile = replaceOnce(BASE_TREE[ENTITY]!, 'A maker of small electric delivery vans', 'Changed after the check \u202E\u0007');
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The moment the content has been read and checked, an editor saves a bad file.
      if (!changed && /content files valid/.test(output)) {
        changed = true;
        writeFileSync(join(content, ENTITY), hostile);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(changed, output).toBe(true);
    expect(code, output).toBe(0);
    const page = readFileSync(join(out, 'entities', 'northwind-motors', 'index.html'), 'utf8');
    expect(page).toContain('A maker of small electric delivery vans');
    expect(page).not.toContain('Changed after the check');
    expect(readFileSync(join(out, 'data', 'entities.json'), 'utf8')).not.toContain('Changed after the check');
  });
});

/** path → sha256 of every file under `dir`. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('a plain astro build', () => {
  it('publishes the same files as npm run build', () => {
    const root = tree({ name: 'plain', changes: {} });
    const content = join(root, 'content');
    const viaScript = build(root, 'plain-script');
    expect(viaScript.status, viaScript.output).toBe(0);
    const plainOut = join(work, 'plain-astro', 'site');
    const plain = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', plainOut], {
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DOSSIER_CONTENT_DIR: content,
        CORPUS_DIR: join(work, 'no-corpus'),
        BASE_PATH: '/',
        SITE_URL: 'https://agree.example.org',
      },
    });
    expect(plain.status, `${plain.stdout}\n${plain.stderr}`).toBe(0);
    expect(files(plainOut)).toEqual(files(join(work, 'plain-script', 'site')));
  });
});
