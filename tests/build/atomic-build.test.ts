// `npm run build` is atomic: the real content (plus the test tree's brief, written with
// CRLF, a BOM, NFD text, an allowed component and escaped "hostile" text) is built into a
// temporary output folder; then broken content, and a failing Astro run, must leave that
// output byte for byte as it was, and a build that died in the middle of the swap must
// not cost the site.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { snapshot } from '../support/folder-snapshot.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { BASE_TREE, BRIEF_PATH, replaceOnce } from '../support/content-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-build-'));
const content = join(work, 'content');
const site = join(work, 'site');
const env = {
  ...process.env,
  DOSSIER_CONTENT_DIR: content,
  DOSSIER_OUT_DIR: site,
  DOSSIER_CACHE_DIR: join(work, 'astro-cache'),
  CORPUS_DIR: join(work, 'no-corpus'), // the added brief cites a fake corpus file
  BASE_PATH: '/',
  // The build sets its own compile cache unless these say otherwise.
  NODE_COMPILE_CACHE: undefined,
  NODE_DISABLE_COMPILE_CACHE: undefined,
};

function build(args: string[] = []) {
  const run = spawnSync(process.execPath, ['src/cli/build.ts', ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const leftovers = () => readdirSync(dirname(site)).filter((n) => /\.(building|previous|replaced)-\d+$/.test(n));

const ADDED_BRIEF = join(content, BRIEF_PATH);
const ADDED_DEAL = join(content, 'deals', 'northwind-series-b.yaml');
const BRIEF_PAGE = join(site, 'briefs', 'northwind-raises-funds', 'index.html');
// What an editor may write: an allowed component, escaped braces and tags (inert text), NFD text.
const GOOD_BODY =
  'The fund calls it <LangText lang="ru">Нордвинд</LangText> in Russian. ' +
  'A reader wrote \\<script>alert(1)\\</script> and \\{price\\} in a comment, which stay text. ' +
  'Its depot is in Ma\u0301laga.';

let first: ReturnType<typeof build>;
let before: Map<string, string>;
let goodBrief: string;
let goodDeal: string;

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  for (const [path, text] of Object.entries(BASE_TREE)) {
    const full = join(content, path);
    mkdirSync(dirname(full), { recursive: true });
    const body = path === BRIEF_PATH ? text.replace(/\n\n[^\n]+\n$/, `\n\n${GOOD_BODY}\n`) : text;
    // CRLF and a byte-order mark, as some editors save files.
    writeFileSync(full, path === BRIEF_PATH ? `\uFEFF${body.replace(/\n/g, '\r\n')}` : body);
  }
  goodBrief = readFileSync(ADDED_BRIEF, 'utf8');
  goodDeal = readFileSync(ADDED_DEAL, 'utf8');
  first = build();
  if (first.status === 0) before = snapshot(site);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('builds the real content into the output folder, search index included', () => {
    expect(first.output).toContain(`✔ Site written to ${site}`);
    expect(first.status).toBe(0);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    const published = checkContent(process.cwd(), { contentDir: content, corpusDir: env.CORPUS_DIR }).collections.briefs.filter(
      (b) => b.data.status === 'published',
    );
    for (const b of published) expect(existsSync(join(site, 'briefs', b.id, 'index.html'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("keeps Node's compiled code of Astro's process in the cache folder, for the next build to start sooner", () => {
    expect(first.status).toBe(0);
    const compiled = join(env.DOSSIER_CACHE_DIR, 'node-compile-cache');
    const files = existsSync(compiled) ? readdirSync(compiled, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()) : [];
    expect(files.length).toBeGreaterThan(0);
  });

  it('renders allowed MDX, keeps escaped markup as inert text and writes NFC', () => {
    const html = readFileSync(BRIEF_PAGE, 'utf8');
    expect(html).toContain('<span lang="ru" dir="ltr">Нордвинд</span>');
    // Escaped markup stays text: "<" is written as a character reference ("&#x3C;"), so no tag opens.
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> and {price}');
    expect(html).not.toMatch(/<script[^>]*>alert/);
    expect(html).toContain('M\u00e1laga');
    expect(html).not.toMatch(/\u0301/);
  });

  it('refuses broken content, says what to fix, and leaves the previous site byte-identical', () => {
    writeFileSync(
      ADDED_BRIEF,
      replaceOnce(goodBrief, 'which stay text.', 'which stay text. <script>alert("live")</script> {globalThis.x}'),
    );
    writeFileSync(ADDED_DEAL, replaceOnce(goodDeal, 'currency: EUR', 'currency: EUX'));

    const broken = build();
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('<script> is not allowed in a brief: it runs or hides code');
    expect(broken.output).toContain('a {…} expression is JavaScript, which briefs cannot run (got "{globalThis.x}")');
    expect(broken.output).toContain('amount.currency: "EUX" is not an ISO 4217 currency code');
    expect(broken.output).toContain(`✖ Build failed; ${site} still holds the previous site.`);
    expect(snapshot(site)).toEqual(before);
    expect(readFileSync(BRIEF_PAGE, 'utf8')).not.toContain('alert("live")');
    expect(leftovers()).toEqual([]);
  });

  it('restores the last good site when a build died between the two renames of the swap', () => {
    // What such a crash leaves: the site moved aside under a dead build's name, no output folder.
    const aside = join(dirname(site), `.${basename(site)}.previous-4000001`);
    renameSync(site, aside);
    writeFileSync(ADDED_DEAL, replaceOnce(goodDeal, 'currency: EUR', 'currency: EUX')); // and the next build fails
    const next = build();
    expect(next.status).not.toBe(0);
    expect(next.output).toContain('Restored the last good site');
    expect(snapshot(site)).toEqual(before);
    expect(leftovers()).toEqual([]);
    writeFileSync(ADDED_DEAL, goodDeal);
  });

  it('keeps the previous site when Astro itself fails after the check', () => {
    writeFileSync(ADDED_BRIEF, goodBrief); // valid content again
    writeFileSync(ADDED_DEAL, goodDeal);
    const failing = build(['--config', 'no-such-astro.config.mjs']);
    expect(failing.status).not.toBe(0);
    expect(failing.output).toContain(`${site} still holds the previous site.`);
    expect(snapshot(site)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('stops on SIGTERM mid-render with no Astro process left, nothing staged and the previous site intact', async () => {
    // `--cold`: the earlier builds left every page reusable, and a reused page is never rendered.
    const child = spawn(process.execPath, ['src/cli/build.ts', '--cold'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Waits for a state, not a time: the first page line Astro prints while it renders.
    await new Promise<void>((resolve, reject) => {
      const seen = (chunk: Buffer) => {
        output += chunk;
        // Colour codes sit between the tree mark and the path when the terminal (or FORCE_COLOR) asks for colour.
        if (/├─ \/\S+\.html/.test(stripVTControlCharacters(output))) resolve();
      };
      child.stdout.on('data', seen);
      child.stderr.on('data', seen);
      void ended.then(() => reject(new Error(`the build ended before it rendered a page:\n${output}`)));
    });
    child.kill('SIGTERM');
    expect(await ended).toBe(1);
    expect(output).toContain(`✖ Build stopped by SIGTERM; ${site} still holds the previous site.`);
    expect(leftovers()).toEqual([]);
    expect(snapshot(site)).toEqual(before);
    // Astro's process is gone too, not left rendering into a deleted folder.
    const astro = spawnSync(
      'pgrep',
      ['-f', `astro-build-process.ts --out ${join(dirname(site), `.${basename(site)}.building-${child.pid}`)}`],
      { encoding: 'utf8' },
    );
    expect(astro.stdout.trim()).toBe('');
  });
});
