// The draft file, the CLI and its safety rules, the inert article body through the MDX compiler the
// site uses, and a real site build with drafts present.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// The MDX compiler of @astrojs/mdx 8 (through @astrojs/markdown-satteri): the one the build runs.
import { evaluate, mdxToMdast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { readContent, splitFrontmatter } from '../../src/check/read-content.ts';
import { analyseArticle } from '../../src/ingest/analyse.ts';
import { main } from '../../src/ingest/cli.ts';
import { draftBody, fenceFor, renderDraft } from '../../src/ingest/draft-writer.ts';
import { buildAliasLookup } from '../../src/ingest/entity-mentions.ts';
import { publishedCollections } from '../../src/lib/content/published.ts';
import type { Brief } from '../../src/lib/content/entries.ts';
import { briefSchema } from '../../src/schemas/brief.ts';

const ROOT = resolve('.');
const FIXTURES = resolve('tests/fixtures/ingest');
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** An article whose paragraphs carry everything that could run in MDX or HTML. */
const HOSTILE = [
  'Hostile page sets a trap for the draft writer',
  '',
  '14.05.2024',
  '',
  "import evil from 'evil-package' and then the article goes on as if nothing happened, for a while longer.",
  '',
  'export const stolen = process.env; this line tries to export a value out of the draft, which must not work.',
  '',
  'The company said <script>alert(1)</script> and <iframe src="https://example.invalid"></iframe> were in its statement.',
  '',
  'A reader wrote {alert(2)} and {/* a comment */} and {props.x} inside the comment section of the text.',
  '',
  'The article quotes ```` four backticks and ``` three in a row, trying to close any fence around it.',
  '',
  '<Component prop={1} /> and <img src=x onerror=alert(3)> are written here as plain words of the article text.',
].join('\n');

function run(args: string[], cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function contentDirWithFixtureEntities(): string {
  const dir = temp();
  cpSync(join(FIXTURES, 'content'), dir, { recursive: true });
  return dir;
}

describe('the draft body is inert', () => {
  const index = buildAliasLookup([]);
  const analysis = analyseArticle({ fileName: 'hostile.txt', sha256: 'a'.repeat(64), text: HOSTILE }, index);
  const draft = renderDraft(analysis);
  const body = splitFrontmatter(draft)!.body;

  it('keeps every hostile paragraph as article text', () => {
    for (const marker of [
      '<script>alert(1)</script>',
      '{alert(2)}',
      "import evil from 'evil-package'",
      'export const stolen',
      '<Component prop={1} />',
      '````',
    ]) {
      expect(
        analysis.body.some((b) => b.text.includes(marker)),
        marker,
      ).toBe(true);
    }
  });

  it('fences the text with more backticks than any run inside it', () => {
    expect(fenceFor('a ```` b')).toBe('`````');
    expect(fenceFor('plain')).toBe('```');
  });

  it('parses to text and one code block only: no ESM, expression, JSX or HTML node', () => {
    const types = new Set<string>();
    const visit = (n: { type: string; children?: unknown[] }) => {
      types.add(n.type);
      for (const c of (n.children ?? []) as { type: string }[]) visit(c);
    };
    visit(mdxToMdast(body) as never);
    expect([...types].sort()).toEqual(['code', 'heading', 'paragraph', 'root', 'text']);
  });

  it('compiles and runs to a page with no live element, and the article verbatim in one code block', async () => {
    const Fragment = Symbol('Fragment');
    type El = { type: unknown; props: { children?: unknown } & Record<string, unknown> };
    const jsx = (type: unknown, props: El['props']): El => ({ type, props });
    const mod = (await evaluate(body, { Fragment, jsx, jsxs: jsx } as never)) as { default: (p: object) => El };
    const elements: string[] = [];
    const texts: string[] = [];
    const walk = (n: unknown): void => {
      if (n == null || typeof n === 'boolean') return;
      if (typeof n === 'string' || typeof n === 'number') return void texts.push(String(n));
      if (Array.isArray(n)) return n.forEach(walk);
      const el = n as El;
      if (typeof el.type === 'function') return walk((el.type as (p: object) => unknown)(el.props));
      if (el.type !== Fragment) elements.push(String(el.type));
      walk(el.props.children);
    };
    walk(mod.default({}));
    expect(new Set(elements)).toEqual(new Set(['p', 'h2', 'pre', 'code']));
    const article = analysis.body.map((b) => b.text).join('\n\n');
    expect(texts).toContain(`${article}\n`);
  });

  it('reads as the same text when the article has no hostile content', () => {
    const plain = { ...analysis, body: [{ line: 1, text: 'Plain words.' }] };
    expect(draftBody(plain)).toContain('```text\nPlain words.\n```');
  });
});

describe('the draft file', () => {
  const index = buildAliasLookup(readContent(join(FIXTURES, 'content')).collections.entities);
  const text = readFileSync(join(FIXTURES, 'articles/de-nordwind.txt'), 'utf8');
  const a = analyseArticle({ fileName: 'de-nordwind.txt', sha256: 'b'.repeat(64), text }, index);
  const draft = renderDraft(a);

  it('is the same for the same input', () => {
    const again = renderDraft(analyseArticle({ fileName: 'de-nordwind.txt', sha256: 'b'.repeat(64), text }, index));
    expect(again).toBe(draft);
  });

  it('fits the brief schema as a draft, with provenance, language, date, headline, entities and amounts', () => {
    const { collections, issues } = (() => {
      const dir = contentDirWithFixtureEntities();
      mkdirSync(join(dir, 'briefs'));
      writeFileSync(join(dir, 'briefs/nordwind-draft.mdx'), draft);
      return readContent(dir);
    })();
    expect(issues).toEqual([]);
    const brief = collections.briefs[0]!;
    expect(brief.data).toMatchObject({
      status: 'draft',
      entities: expect.arrayContaining(['nordwind-mobility', 'helios-capital']),
      source: {
        file: 'de-nordwind.txt',
        sha256: 'b'.repeat(64),
        lang: 'de',
        headline: 'Elektrobusse: Nordwind Mobility sammelt 1,2 Milliarden Euro ein',
        date: { value: '2024-05-14', precision: 'day', basis: 'stated' },
      },
    });
    expect(brief.data.ingest?.amounts).toEqual(expect.arrayContaining([expect.objectContaining({ value: 1.2e9, currency: 'EUR' })]));
    expect(brief.data.ingest?.keyFactCandidates?.length).toBeGreaterThan(0);
    expect(brief.data.ingest?.removedLines?.map((r) => r.line)).toContain(1);
  });

  it('is refused when published as ingest wrote it: its to-do notes and its copy of the article', () => {
    const published = draft.replace('status: draft\n', 'status: published\npublished: 2026-01-05\n');
    expect(published).not.toBe(draft);
    const bodyIssues = (text: string) => {
      const dir = contentDirWithFixtureEntities();
      mkdirSync(join(dir, 'briefs'));
      writeFileSync(join(dir, 'briefs/nordwind-draft.mdx'), text);
      return readContent(dir).issues.filter((i) => i.field === '(body)');
    };
    const lines = published.split('\n');
    const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    expect(bodyIssues(published).map(({ line, message }) => ({ line, message }))).toEqual([
      { line: lineOf('TODO:'), message: 'a published brief still holds a to-do note from its draft ("TODO: …")' },
      {
        line: lineOf('## Article text'),
        message: "a published brief still holds ingest's copy of the source article, which would publish the article's own words",
      },
    ]);
    // With the summary written in their place, the body passes.
    const summary = 'Nordwind Mobility raised EUR 1.2 billion for electric buses, an invented test report says.\n';
    expect(bodyIssues(published.slice(0, published.indexOf('TODO:')) + summary)).toEqual([]);
  });

  it('cannot be published without the fields a draft may leave out', () => {
    const frontmatter = { title: 't', status: 'published', source: { file: 'x.txt', sha256: 'c'.repeat(64), lang: 'en' } };
    const result = briefSchema.safeParse(frontmatter);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['published', 'source.date']);
    expect(briefSchema.safeParse({ ...frontmatter, status: 'draft' }).success).toBe(true);
  });

  it('is left out of what the site publishes', () => {
    const draftBrief = {
      id: 'x',
      data: briefSchema.parse({ title: 't', status: 'draft', source: { file: 'x.txt', sha256: 'c'.repeat(64), lang: 'en' } }),
    } as Brief;
    const none = { briefs: [draftBrief], entities: [], deals: [], topics: [] };
    expect(publishedCollections(none).briefs).toEqual([]);
    expect(publishedCollections(none, true).briefs).toHaveLength(1);
  });
});

// Each case runs the CLI over real files; with the other test files running beside it, that takes seconds.
describe('npm run ingest', { timeout: 240_000 }, () => {
  const articles = join(FIXTURES, 'articles');
  const files = readdirSync(articles).map((f) => join(articles, f));

  it('runs as a script, as npm run ingest does', () => {
    const dir = contentDirWithFixtureEntities();
    const out = execFileSync(
      process.execPath,
      [join(ROOT, 'src/cli/ingest.ts'), '--content-dir', dir, '--dry-run', join(articles, 'ko-hanbit.txt')],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/ko-hanbit\.txt → .*\.mdx \(would write\)/);
    expect(out).toMatch(/amount +KRW 300 billion/);
    expect(execFileSync(process.execPath, [join(ROOT, 'src/cli/ingest.ts'), '--help'], { encoding: 'utf8' })).toMatch(
      /Usage: npm run ingest/,
    );
  });

  it('writes one draft per file and reports what it found', () => {
    const dir = contentDirWithFixtureEntities();
    const r = run(['--content-dir', dir, ...files]);
    expect(r.code).toBe(0);
    const written = readdirSync(join(dir, 'briefs')).filter((f) => f.endsWith('.mdx'));
    expect(written).toHaveLength(files.length);
    expect(r.out).toMatch(/language +de/);
    expect(r.out).toMatch(/removed +\d+ lines? of boilerplate/);
    expect(r.out).toContain('[navigation]');
    expect(r.out).toContain(`${files.length} drafts written`);
    expect(readContent(dir).issues).toEqual([]);
  });

  it('writes into DOSSIER_CONTENT_DIR when no --content-dir is named, as the check and the build read it', () => {
    const dir = contentDirWithFixtureEntities();
    const before = process.env.DOSSIER_CONTENT_DIR;
    process.env.DOSSIER_CONTENT_DIR = dir;
    try {
      expect(run([files[0]!], temp()).code).toBe(0);
    } finally {
      if (before === undefined) delete process.env.DOSSIER_CONTENT_DIR;
      else process.env.DOSSIER_CONTENT_DIR = before;
    }
    expect(readdirSync(join(dir, 'briefs')).filter((f) => f.endsWith('.mdx'))).toHaveLength(1);
  });

  it('gives the same files for the same input', () => {
    const one = contentDirWithFixtureEntities();
    const two = contentDirWithFixtureEntities();
    run(['--content-dir', one, ...files]);
    run(['--content-dir', two, ...files]);
    for (const f of readdirSync(join(one, 'briefs')))
      expect(readFileSync(join(two, 'briefs', f), 'utf8')).toBe(readFileSync(join(one, 'briefs', f), 'utf8'));
  });

  it('never overwrites a brief, and keeps a backup with --force', () => {
    const dir = contentDirWithFixtureEntities();
    const file = join(articles, 'fr-rhodanienne.txt');
    expect(run(['--content-dir', dir, file]).code).toBe(0);
    const [name] = readdirSync(join(dir, 'briefs')).filter((f) => f.endsWith('.mdx'));
    const path = join(dir, 'briefs', name!);
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: draft', 'status: draft\ntopics: []'));
    const edited = readFileSync(path, 'utf8');

    const refused = run(['--content-dir', dir, file]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/already ingested .* use --force/);
    expect(readFileSync(path, 'utf8')).toBe(edited);

    const forced = run(['--content-dir', dir, '--force', file]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('backup of the old file');
    const backups = readdirSync(join(dir, 'briefs/.backup'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, 'briefs/.backup', backups[0]!), 'utf8')).toBe(edited);
    expect(readFileSync(path, 'utf8')).not.toBe(edited);
    // The backup folder is not content: the checker does not read it.
    expect(readContent(dir).issues).toEqual([]);
  });

  it('gives another source with the same headline an id of its own', () => {
    const dir = contentDirWithFixtureEntities();
    const src = temp();
    const text = readFileSync(join(articles, 'es-pampa.txt'), 'utf8');
    writeFileSync(join(src, 'a.txt'), text);
    writeFileSync(join(src, 'b.txt'), `${text}\nUna línea más de texto en el artículo, distinta de la otra copia.`);
    expect(run(['--content-dir', dir, join(src, 'a.txt')]).code).toBe(0);
    expect(run(['--content-dir', dir, join(src, 'b.txt')]).code).toBe(0);
    const names = readdirSync(join(dir, 'briefs'))
      .filter((f) => f.endsWith('.mdx'))
      .sort((x, y) => x.length - y.length);
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(new RegExp(`^${names[0]!.replace(/\.mdx$/, '')}-[0-9a-f]{8}\\.mdx$`));
  });

  it('writes nothing with --dry-run, and prints JSON with --json', () => {
    const dir = contentDirWithFixtureEntities();
    const r = run(['--content-dir', dir, '--dry-run', '--json', ...files]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
    const json = JSON.parse(r.out) as { results: { outcome: { status: string }; analysis: { language: { tag: string } } }[] };
    expect(json.results).toHaveLength(files.length);
    expect(json.results.every((x) => x.outcome.status === 'dry-run')).toBe(true);
    // Each fixture's file name starts with its language.
    for (const [i, x] of json.results.entries())
      expect(x.analysis.language.tag.split('-')[0]).toBe(readdirSync(articles)[i]!.split('-')[0]);
  });

  it('refuses files that are not UTF-8 text, naming the file and the fix', () => {
    const dir = contentDirWithFixtureEntities();
    const src = temp();
    writeFileSync(join(src, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(src, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = run(['--content-dir', dir, join(src, 'latin1.txt'), join(src, 'image.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/latin1\.txt: the file is not valid UTF-8: bytes e9 .*Fix: re-save the file as UTF-8/);
    expect(r.out).toMatch(/image\.txt: the file is binary/);
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
  });

  describe('--check', () => {
    const saved = process.env.CORPUS_DIR;
    let root: string;
    let corpus: string;
    beforeAll(() => {
      root = temp();
      corpus = join(root, 'corpus');
      mkdirSync(corpus);
      cpSync(join(FIXTURES, 'content'), join(root, 'content'), { recursive: true });
      writeFileSync(join(corpus, 'es-pampa.txt'), readFileSync(join(articles, 'es-pampa.txt')));
      process.env.CORPUS_DIR = corpus;
      expect(run(['--content-dir', join(root, 'content'), join(corpus, 'es-pampa.txt')], root).code).toBe(0);
      // Publish the draft by hand, as an editor would.
      const briefs = join(root, 'content/briefs');
      const [name] = readdirSync(briefs);
      const path = join(briefs, name!);
      const text = readFileSync(path, 'utf8').replace(
        'status: draft',
        'status: published\npublished: 2026-01-05\nsourceSummary:\n  lang: es\n  text: Resumen.',
      );
      writeFileSync(path, text);
    });
    afterAll(() => {
      if (saved === undefined) delete process.env.CORPUS_DIR;
      else process.env.CORPUS_DIR = saved;
    });

    it('passes while the source is unchanged, and names the brief once it changes', () => {
      const ok = run(['--check', '--content-dir', join(root, 'content')], root);
      expect(ok.out).toMatch(/All 1 published briefs match/);
      expect(ok.code).toBe(0);
      writeFileSync(join(corpus, 'es-pampa.txt'), `${readFileSync(join(corpus, 'es-pampa.txt'), 'utf8')}\nUna corrección.`);
      const changed = run(['--check', '--content-dir', join(root, 'content')], root);
      expect(changed.code).toBe(1);
      expect(changed.out).toMatch(/source\.sha256 .*does not match the corpus file/);
      expect(changed.out).toMatch(/Published briefs that no longer match the corpus at .*: 1 of 1\./);
    });
  });
});

describe('a site build with drafts present', () => {
  it('passes the content check and never publishes a draft', { timeout: 240_000 }, () => {
    const site = temp();
    for (const entry of ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
      cpSync(join(ROOT, entry), join(site, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
    const src = temp();
    writeFileSync(join(src, 'hostile-page.txt'), HOSTILE);
    const r = run(['--content-dir', join(site, 'content'), join(src, 'hostile-page.txt'), join(FIXTURES, 'articles/ja-sakura.txt')], site);
    expect(r.code).toBe(0);
    const drafts = readdirSync(join(site, 'content/briefs')).filter((f) =>
      readFileSync(join(site, 'content/briefs', f), 'utf8').includes('status: draft'),
    );
    expect(drafts).toHaveLength(2);

    // The test runner sets NODE_ENV=test; the build must leave drafts out whatever NODE_ENV says.
    const env = {
      ...process.env,
      CORPUS_DIR: join(site, 'no-corpus'),
      DOSSIER_OUT_DIR: join(site, 'dist'),
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
    };
    const report = checkContent(site);
    expect(report.errors).toEqual([]);
    execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, env, stdio: 'pipe' });

    const ids = drafts.map((f) => f.replace(/\.mdx$/, ''));
    const built = readdirSync(join(site, 'dist/briefs'));
    for (const id of ids) expect(built).not.toContain(id);
    const data = JSON.parse(readFileSync(join(site, 'dist/data/briefs.json'), 'utf8')) as { id: string }[];
    expect(data.map((b) => b.id).filter((id) => ids.includes(id))).toEqual([]);
    // Nothing of the drafts reached any page, feed, sitemap or search index.
    const leaks: string[] = [];
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (/\.(html|json|xml|js|txt)$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          if (
            text.includes('Hostile page sets a trap') ||
            text.includes('さくらロボティクス、30億円') ||
            ids.some((id) => text.includes(id))
          )
            leaks.push(path);
        }
      }
    };
    scan(join(site, 'dist'));
    expect(leaks).toEqual([]);
  });
});
