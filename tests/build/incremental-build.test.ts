// A build that reuses the pages of the build before (src/integrations/page-reuse.ts) must
// publish, file for file, what a cold build of the same content and code publishes. On a
// copy of the project and a 400-brief synthetic site, a series of edits is each built
// incrementally, with the cache of the builds before, and compared byte for byte, search
// bundle included, with a cold build (no cache) of the same inputs: content, corpus, project
// files and settings. A cold build is run once for each set of inputs. The cache's report says
// which pages were rendered, so the test also sees that the incremental build reused what it
// could. The incremental builds publish to one folder, as an editor's do; each has Pagefind
// analyse only the search records that changed (src/integrations/pagefind-bundle.ts). That
// the fingerprint follows the lockfile, the corpus and each setting is tested on its own
// (tests/unit/incremental.test.ts); here, changes that reach Vite or the pages themselves.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { snapshot } from '../support/folder-snapshot.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastPageReuseReport, type PageReuseReport } from '../../src/integrations/page-reuse.ts';
import { generateCorpus, writeCorpus } from '../bench/corpus/generate.ts';
import { addDays, briefPublishedLater, latestPublished } from '../bench/corpus/brief-published-later.ts';
import { PAGE_SIZE } from '../../src/lib/lists/pagination.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The project, copied so that a template can be edited without touching the real one.
const project = join(work, 'project');
const content = join(work, 'content');
const corpus = join(work, 'corpus');
const cache = join(work, 'cache');

function copyProject(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    cpSync(join(from, name), join(to, name), { recursive: true });
  symlinkSync(resolve('node_modules'), join(to, 'node_modules'), 'dir');
}

/** Where the incremental builds publish. */
const SITE = join(work, 'site');

/** How many brief bodies the content sync took as the last build rendered them (src/loaders/content-loaders.ts). */
const bodiesKept = (output: string) => Number(/ brief bod(?:y|ies) stored \((\d+) as the last build rendered them\)/.exec(output)![1]);
/** The search records of a build, and how many of them Pagefind analysed (the others were kept from the build before). */
const searchRecords = (output: string) => {
  const [, indexed, analysed] = /indexed (\d+) records \((\d+) analysed by Pagefind/.exec(output)!;
  return { indexed: Number(indexed), analysed: Number(analysed) };
};

/** Whether `npm run build` wrote the search bundle while Astro's process ended (after a build that reused most pages). */
const bundleBesideAstro = (output: string) => output.includes("writing the search bundle while Astro's process ends");

/** The settings every build is given, unless a case gives others. */
const DEFAULT_ENV = { BASE_PATH: '/', SITE_URL: 'https://dossier.example.org' };

let builds = 0;
/**
 * Builds the content with the given cache, from the project at `from` (default: the copy), into
 * `out` (default: a new folder); returns the folder, the cache's report, how many brief bodies
 * were kept and how many search records Pagefind analysed.
 */
function build(options: { cacheDir: string; env?: Record<string, string>; args?: string[]; out?: string; from?: string }): {
  site: string;
  report: PageReuseReport;
  bodiesKept: number;
  records: { indexed: number; analysed: number };
  bundleBesideAstro: boolean;
} {
  builds++;
  const site = options.out ?? join(work, `site-${builds}`);
  const root = options.from ?? project;
  const run = spawnSync(process.execPath, [join(root, 'src/cli/build.ts'), ...(options.args ?? [])], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
    env: {
      ...process.env,
      DOSSIER_CONTENT_DIR: content,
      DOSSIER_OUT_DIR: site,
      DOSSIER_CACHE_DIR: options.cacheDir,
      CORPUS_DIR: corpus,
      ...DEFAULT_ENV,
      ...options.env,
    },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  return {
    site,
    report: lastPageReuseReport(options.cacheDir)!,
    bodiesKept: bodiesKept(run.stdout),
    records: searchRecords(run.stdout),
    bundleBesideAstro: bundleBesideAstro(run.stdout),
  };
}

/** The files that differ between two snapshots, or are in one only. */
function differences(left: Map<string, string>, right: Map<string, string>): string[] {
  const paths = new Set([...left.keys(), ...right.keys()]);
  return [...paths].filter((p) => left.get(p) !== right.get(p)).sort();
}

/**
 * A digest of what a build of `root` reads: the project's path (a page that showed it would
 * differ when built at another), the content, the corpus, the project's files and the
 * settings given. Left out: node_modules (a link to this project's) and .astro (what a build
 * writes there).
 */
function inputsDigest(root: string, env: Record<string, string>): string {
  const settings = { ...DEFAULT_ENV, ...env };
  const hash = createHash('sha256').update(`${resolve(root)}\0${JSON.stringify(settings, Object.keys(settings).sort())}\0`);
  const add = (label: string, files: Map<string, string>) => {
    for (const [path, digest] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${label}/${path}\0${digest}\0`);
  };
  add('content', snapshot(content));
  add('corpus', snapshot(corpus));
  for (const name of readdirSync(root)
    .filter((n) => n !== 'node_modules' && n !== '.astro')
    .sort())
    add(
      name,
      statSync(join(root, name)).isDirectory()
        ? snapshot(join(root, name))
        : new Map([
            [
              '',
              createHash('sha256')
                .update(readFileSync(join(root, name)))
                .digest('hex'),
            ],
          ]),
    );
  return hash.digest('hex');
}

/** Cold builds' sites, by the digest of their inputs: each set of inputs is built cold once. */
const coldSites = new Map<string, Map<string, string>>();

/**
 * Builds incrementally (into SITE, over the site of the build before) and compares the site
 * with a cold build's (a new folder, no cache) of the same inputs; returns the incremental
 * build's report.
 */
function buildBothWays(
  env: Record<string, string> = {},
  from?: string,
): PageReuseReport & { records: { indexed: number; analysed: number }; bodiesKept: number; bundleBesideAstro: boolean } {
  const incremental = build({ cacheDir: cache, env, out: SITE, from });
  expect(differences(snapshot(incremental.site), coldSite(env, from))).toEqual([]);
  const { records, bodiesKept, bundleBesideAstro } = incremental;
  return { ...incremental.report, records, bodiesKept, bundleBesideAstro };
}

/** The snapshot of a cold build of the current inputs: built unless these inputs were built cold before. */
function coldSite(env: Record<string, string> = {}, from = project): Map<string, string> {
  const inputs = inputsDigest(from, env);
  const known = coldSites.get(inputs);
  if (known) return known;
  const cold = build({ cacheDir: join(work, `cold-cache-${builds}`), env, from });
  expect(cold.report.fullRender).toBe('no previous build');
  expect(cold.bodiesKept).toBe(0);
  expect(cold.records.analysed).toBe(cold.records.indexed);
  expect(cold.bundleBesideAstro).toBe(false);
  const site = snapshot(cold.site);
  rmSync(cold.site, { recursive: true });
  coldSites.set(inputs, site);
  return site;
}

/** The synthetic corpus's seed; its articles' text is `article:<seed>:<number>` (tests/bench/corpus/generate.ts). */
const SEED = 7;

const editFile = (path: string, edit: (text: string) => string) => {
  const text = readFileSync(path, 'utf8');
  const edited = edit(text);
  expect(edited, `the edit changed nothing in ${path}`).not.toBe(text);
  writeFileSync(path, edited);
};

const briefFiles = () => readdirSync(join(content, 'briefs')).sort();
const briefPath = (file: string) => `briefs/${file.replace(/\.mdx$/, '')}`;
/** The entities a brief file lists, in order. */
const entitiesOf = (file: string) =>
  [...readFileSync(join(content, 'briefs', file), 'utf8').matchAll(/^entities:\n((?: {2}- .+\n)+)/gm)][0]![1]!.match(/(?<=- ).+/g)!;

beforeAll(() => {
  copyProject(resolve('.'), project);
  writeCorpus(content, generateCorpus({ briefs: 400, seed: SEED }));
  // The articles the synthetic briefs cite, so that the build checks their hashes.
  mkdirSync(corpus);
  for (const file of briefFiles()) {
    const name = /^ {2}file: (.+)$/m.exec(readFileSync(join(content, 'briefs', file), 'utf8'))![1]!;
    writeFileSync(join(corpus, name), `article:${SEED}:${Number(name.slice(0, 6))}`);
  }
  const first = build({ cacheDir: cache, out: SITE });
  expect(first.report.fullRender).toBe('no previous build');
  // A cold build: the one of these inputs.
  coldSites.set(inputsDigest(project, {}), snapshot(SITE));
});

// A case builds the 400-brief site up to twice (incremental, then cold), and a build has 300 s
// (spawnSync above): the cases may take that long on a loaded machine.
describe('an incremental build equals a cold build', { timeout: 2 * 300_000 }, () => {
  it('with nothing changed: every page is reused', () => {
    const report = buildBothWays();
    expect(report.fullRender).toBeUndefined();
    expect(report.rendered).toEqual([]);
    expect(report.reused).toBeGreaterThan(400);
    // Every search record is as Pagefind analysed it before, and every brief body the stored one.
    expect(report.records.indexed).toBeGreaterThan(400);
    expect(report.records.analysed).toBe(0);
    expect(report.bodiesKept).toBe(briefFiles().length);
  });

  it('from a copy of the project at another path: every page is reused', () => {
    // As on a CI runner whose checkout path differs from the run that left the cache. Beside
    // the first copy: the content keeps its place relative to the project, as content/ does.
    const elsewhere = join(work, 'project-elsewhere');
    copyProject(project, elsewhere);
    const report = buildBothWays({}, elsewhere);
    expect(report.fullRender).toBeUndefined();
    expect(report.rendered).toEqual([]);
    rmSync(elsewhere, { recursive: true });
  });

  it('after a brief is added', () => {
    const [model] = briefFiles();
    const text = readFileSync(join(content, 'briefs', model!), 'utf8');
    writeFileSync(
      join(content, 'briefs', 'zz-added-brief.mdx'),
      text.replace(/^title: .*$/m, 'title: A brief added after the first build'),
    );
    const report = buildBothWays();
    expect(report.fullRender).toBeUndefined();
    expect(report.rendered).toContain('briefs/zz-added-brief');
    // The pages that show the briefs of the new brief's entities are rendered again.
    expect(report.rendered).toContain(`entities/${entitiesOf(model!)[0]}`);
    expect(report.reused).toBeGreaterThan(report.rendered.length);
    // Pagefind analyses the new brief and the records whose pages changed with it, no other.
    expect(report.records.analysed).toBeGreaterThan(0);
    expect(report.records.analysed).toBeLessThan(report.records.indexed / 4);
    // Most pages reused: the bundle was written while Astro's process ended, and the site still equals a cold build's.
    expect(report.bundleBesideAstro).toBe(true);
  });

  it('after a brief is published, dated after every other, of an article newer than every other', () => {
    const files = briefFiles();
    const latest = latestPublished(files.map((f) => readFileSync(join(content, 'briefs', f), 'utf8')));
    const text = readFileSync(join(content, 'briefs', files[3]!), 'utf8');
    // Its article is of the day before: no brief's article is newer than the latest publication.
    const brief = briefPublishedLater(text, {
      title: 'A brief published after all the others',
      published: addDays(latest, 1),
      articleDate: latest,
    });
    expect(brief).toContain(`    value: ${latest}\n`);
    writeFileSync(join(content, 'briefs', 'new-brief-published-last.mdx'), brief);
    const listed = (JSON.parse(readFileSync(join(SITE, 'data', 'briefs.json'), 'utf8')) as unknown[]).length;
    const report = buildBothWays();
    expect(report.rendered).toContain('briefs/new-brief-published-last');
    expect(report.rendered).toContain('briefs');
    // /briefs/ is numbered from its oldest brief: a brief at the top leaves its numbered pages as they were,
    // unless it fills a page (every PAGE_SIZE.briefs-th brief), which gives every numbered page a new count.
    expect(listed + 1).toBeGreaterThan(2 * PAGE_SIZE.briefs); // so that /briefs/ has numbered pages at all
    const pagesAfter = Math.floor((listed + 1) / PAGE_SIZE.briefs);
    const fillsAPage = pagesAfter !== Math.floor(listed / PAGE_SIZE.briefs);
    expect(report.rendered.filter((p) => /^briefs\/page\/\d+$/.test(p))).toHaveLength(fillsAPage ? pagesAfter - 1 : 0);
    // Pagefind analyses no more records than the pages rendered again (deals aside, none changed).
    expect(report.records.analysed).toBeGreaterThan(0);
    expect(report.records.analysed).toBeLessThanOrEqual(report.rendered.length);
  });

  it('after a brief is edited', () => {
    const file = briefFiles()[10]!;
    editFile(join(content, 'briefs', file), (t) =>
      t.replace(/^title: .*$/m, 'title: An edited title').replace(/\n\n(\S)/, '\n\nAn added sentence. $1'),
    );
    const untouched = briefFiles().find((f) => !entitiesOf(f).some((e) => entitiesOf(file).includes(e)));
    const report = buildBothWays();
    expect(report.rendered).toContain(briefPath(file));
    expect(report.rendered).not.toContain(briefPath(untouched!));
  });

  it('after a brief is unpublished', () => {
    // A brief that no other entry cites: the check refuses a published reference to a draft.
    const others = ['briefs', 'deals', 'entities'].flatMap((folder) =>
      readdirSync(join(content, folder)).map((f) => [f, readFileSync(join(content, folder, f), 'utf8')] as const),
    );
    const id = (f: string) => f.replace(/\.mdx$/, '');
    const file = briefFiles().find((f) => others.every(([name, text]) => name === f || !text.includes(id(f))))!;
    editFile(join(content, 'briefs', file), (t) => t.replace(/^status: published$/m, 'status: draft'));
    const report = buildBothWays();
    expect(report.fullRender).toBeUndefined();
    expect(report.rendered).not.toContain(briefPath(file));
    expect(report.rendered).toContain(`entities/${entitiesOf(file)[0]}`);
    expect(report.reused).toBeGreaterThan(report.rendered.length);
  });

  it('after an entity is renamed', () => {
    const entity = entitiesOf(briefFiles()[30]!)[0]!;
    editFile(join(content, 'entities', `${entity}.yaml`), (t) => t.replace(/^name: .*$/m, 'name: Renamed Holdings'));
    const report = buildBothWays();
    expect(report.rendered).toContain(`entities/${entity}`);
    expect(report.rendered).toContain(briefPath(briefFiles()[30]!));
    expect(report.reused).toBeGreaterThan(report.rendered.length);
  });

  it("after a deal's amount and status are edited", () => {
    const file = readdirSync(join(content, 'deals')).find((f) =>
      /^amount:\n {2}value: \d+$/m.test(readFileSync(join(content, 'deals', f), 'utf8')),
    )!;
    const home = /^briefs:\n {2}- (.+)$/m.exec(readFileSync(join(content, 'deals', file), 'utf8'))![1]!;
    editFile(join(content, 'deals', file), (t) =>
      t
        .replace(/^( {2}value: )(\d+)$/m, (_m, key: string, value: string) => `${key}${Number(value) * 3 + 1_000_000}`)
        .replace(/^status: .*$/m, 'status: abandoned'),
    );
    const report = buildBothWays();
    expect(report.fullRender).toBeUndefined();
    // The deal's row is on its home brief's page; the search record of the deal changes too.
    expect(report.rendered).toContain(`briefs/${home}`);
    expect(report.reused).toBeGreaterThan(report.rendered.length);
  });

  it('after an entity is added and a brief names it', () => {
    writeFileSync(
      join(content, 'entities', 'added-industries.yaml'),
      'name: Added Industries\ntype: company\naliases:\n  - name: Added\n    lang: en\n    kind: short\ndescription: A company added after the first build.\nfacts: []\nrelations: []\n',
    );
    const file = briefFiles()[60]!;
    editFile(join(content, 'briefs', file), (t) =>
      t.replace(/^entities:\n/m, 'entities:\n  - added-industries\n').replace(/\n\n(\S)/, '\n\nAdded Industries is named too. $1'),
    );
    const report = buildBothWays();
    expect(report.fullRender).toBeUndefined();
    expect(report.rendered).toContain('entities/added-industries');
    expect(report.rendered).toContain(briefPath(file));
    expect(report.reused).toBeGreaterThan(report.rendered.length);
  });

  it('after a brief is deleted, another renamed and a topic renamed', () => {
    const others = ['briefs', 'deals', 'entities'].flatMap((folder) =>
      readdirSync(join(content, folder)).map((f) => [f, readFileSync(join(content, folder, f), 'utf8')] as const),
    );
    const id = (f: string) => f.replace(/\.mdx$/, '');
    // Briefs that no other entry cites: a reference to a missing brief is refused.
    const [deleted, renamed] = briefFiles().filter((f) => others.every(([name, text]) => name === f || !text.includes(id(f))));
    rmSync(join(content, 'briefs', deleted!));
    cpSync(join(content, 'briefs', renamed!), join(content, 'briefs', `renamed-${renamed}`));
    rmSync(join(content, 'briefs', renamed!));
    const topic = readdirSync(join(content, 'topics')).sort()[0]!;
    editFile(join(content, 'topics', topic), (t) => t.replace(/^name: .*$/m, 'name: A renamed topic'));
    const report = buildBothWays();
    expect(report.fullRender).toBeUndefined();
    expect(report.rendered).toContain(briefPath(`renamed-${renamed}`));
    expect(report.rendered).toContain(`topics/${topic.replace(/\.yaml$/, '')}`);
    expect(report.reused).toBeGreaterThan(report.rendered.length);
  });

  it('after a template changes: every page is rendered again', () => {
    editFile(join(project, 'src/components/SiteFooter.astro'), (t) => t.replace('</footer>', '<p>An edited footer.</p></footer>'));
    const report = buildBothWays();
    expect(report.fullRender).toBe('the fingerprint changed');
    expect(report.records.analysed).toBe(report.records.indexed);
    // Brief bodies too: the fingerprint is part of what a stored body was rendered with.
    expect(report.bodiesKept).toBe(0);
    expect(report.bundleBesideAstro).toBe(false);
  });

  it("after a PostCSS configuration is added at the project's root: every page is rendered again, linking the stylesheet it makes", () => {
    // Vite reads it unasked; it renames the stylesheet every page links.
    writeFileSync(
      join(project, 'postcss.config.mjs'),
      "export default { plugins: [{ postcssPlugin: 'test-colour', Declaration: { color: (decl) => void (decl.value = 'purple') } }] };\n",
    );
    expect(buildBothWays().fullRender).toBe('the fingerprint changed');
  });

  it('after BASE_PATH and SITE_URL change: every page is rendered again', () => {
    expect(buildBothWays({ BASE_PATH: '/a/b/', SITE_URL: 'https://example.net' }).fullRender).toBe('the fingerprint changed');
  });

  it('is skipped on request: `npm run build -- --cold` renders every page', () => {
    const {
      site,
      report,
      bodiesKept: kept,
    } = build({
      cacheDir: cache,
      env: { BASE_PATH: '/a/b/', SITE_URL: 'https://example.net' },
      args: ['--cold'],
    });
    rmSync(site, { recursive: true });
    expect(report.fullRender).toBe('cold build requested');
    expect(kept).toBe(0);
  });

  it('with the cache alone, as on a CI runner that restores it but has no site of its own: every page from the cache', () => {
    const env = { BASE_PATH: '/a/b/', SITE_URL: 'https://example.net' };
    build({ cacheDir: cache, env, out: SITE });
    const restored = build({ cacheDir: cache, env });
    expect(restored.report.fullRender).toBeUndefined();
    expect(restored.report.rendered).toEqual([]);
    expect(restored.records.analysed).toBe(0);
    expect(differences(snapshot(restored.site), coldSite(env))).toEqual([]);
  });
});
