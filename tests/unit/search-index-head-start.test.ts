// The search index's head start (src/integrations/search-index-head-start.ts): Pagefind is
// given the previous build's leading pages before the content is known, and the indexer
// keeps them only where the bundle comes out as a cold build's. Each case compares the
// bundle, file by file, with one built from nothing.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { startSearchIndex, type PreparedPagesCache } from '../../src/integrations/pagefind-index.ts';
import { addPagefindPage, createPagefindIndex } from '../../src/integrations/pagefind-calls.ts';
import { HeadStartPlaces, headStartFits, startHeadStart } from '../../src/integrations/search-index-head-start.ts';
import type { SearchRecords } from '../../src/lib/search/records.ts';
import { snapshot } from '../support/folder-snapshot.ts';
import { indexedRecords } from '../support/pagefind-bundle.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-head-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, text: string, body = true) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p></main></body></html>`;

const brief = (id: string, text = `The ${id} report names Northwind Motors.`) => ({
  path: `briefs/${id}/`,
  html: page(`Brief ${id}`, text),
});
const ENTITY = { path: 'entities/northwind-motors/', html: page('Northwind Motors', 'A maker of electric vans.') };
const LISTING = { path: 'briefs/', html: page('Briefs', 'Every brief.', false) };
const DEAL = {
  path: 'deals/#northwind-series-b',
  content: 'Northwind Motors Series B, led by Tallow Bay Capital',
  meta: { title: 'Northwind Motors Series B' },
  filters: { type: ['Deal'] },
};

type Page = { path: string; html: string };
const recordsOf = (leading: Page[]): SearchRecords => ({ aliases: {}, deals: [DEAL], leading: leading.map((p) => p.path) });

let builds = 0;
/**
 * Indexes `pages` in the order given (as the build hands them over), with the cache and head
 * start given; returns the bundle's files and what the indexer said.
 */
async function index(
  pages: Page[],
  records: SearchRecords,
  options: { cache?: PreparedPagesCache; headStart?: boolean } = {},
): Promise<{ bundle: Map<string, string>; log: string; dir: string }> {
  const dir = join(work, `site-${++builds}`);
  mkdirSync(dir, { recursive: true });
  const headStart = options.headStart && options.cache ? await startHeadStart(options.cache.folder) : undefined;
  const messages: string[] = [];
  const indexer = await startSearchIndex(records, { info: (m) => messages.push(m) }, options.cache, headStart);
  for (const { path, html } of pages) void indexer.addPage(path, html);
  await indexer.finish(dir);
  return { bundle: snapshot(join(dir, 'pagefind')), log: messages.join('\n'), dir };
}

const kept = (log: string) => Number(/(\d+) pages kept as Pagefind took them before the content was known/.exec(log)?.[1] ?? 0);
const cold = async (pages: Page[], records: SearchRecords) => (await index(pages, records)).bundle;

describe('Pagefind, as the head start relies on it', () => {
  it('keeps a page in the place it first took it when it is sent again, and drops one sent again without a body', async () => {
    const write = async (name: string, send: (i: pagefind.PagefindIndex) => Promise<unknown>) => {
      // Created as the indexer and the head start create theirs.
      const i = await createPagefindIndex();
      await send(i);
      const dir = join(work, name);
      await i.writeFiles({ outputPath: join(dir, 'pagefind') });
      await i.deleteIndex();
      return snapshot(join(dir, 'pagefind'));
    };
    const [a, b, c] = [brief('a'), brief('b'), brief('c')];
    const b2 = brief('b', 'The b report, corrected, names Tallow Bay.');
    const add = (i: pagefind.PagefindIndex, p: Page) => addPagefindPage(i, p.path, p.html);
    const resent = await write('premise-resent', async (i) => {
      for (const p of [a, b, c]) await add(i, p);
      await add(i, b2);
      await add(i, { path: c.path, html: '<html><body></body></html>' });
    });
    const direct = await write('premise-direct', async (i) => {
      for (const p of [a, b2]) await add(i, p);
    });
    expect(resent).toEqual(direct);
    await pagefind.close();
  });
});

describe('headStartFits', () => {
  const taken = (...paths: string[]) => paths.map((path) => ({ path, key: 'k' }));
  it('takes early pages that are the first leading pages, in order, with pages no longer leading among them', () => {
    expect(headStartFits(taken('a', 'b'), ['a', 'b', 'c'])).toBe(true);
    expect(headStartFits(taken('a', 'gone', 'b'), ['a', 'b', 'new'])).toBe(true);
    expect(headStartFits([], ['a'])).toBe(true);
  });
  it('refuses them when a page was added or moved among them', () => {
    expect(headStartFits(taken('a', 'b'), ['a', 'new', 'b'])).toBe(false);
    expect(headStartFits(taken('a', 'b'), ['b', 'a'])).toBe(false);
  });
});

describe('HeadStartPlaces', () => {
  const places = () =>
    new HeadStartPlaces([
      { path: 'a', key: '1' },
      { path: 'b', key: '2' },
      { path: 'c', key: '3' },
    ]);
  it('keeps a page that arrives in its place unchanged, and has a changed one sent into its place', () => {
    const p = places();
    expect(p.arrive('a', '1')).toBe(true);
    expect(p.arrive('b', 'changed')).toBe(false);
    expect(p.arrive('c', '3')).toBe(true);
    expect(p.arrive('d', '4')).toBe(false);
    expect(p.neverArrived()).toEqual([]);
    expect({ misplaced: p.misplaced, kept: p.kept }).toEqual({ misplaced: false, kept: 2 });
  });
  it('leaves out an early page that never arrives or arrives without a body, once', () => {
    const p = places();
    expect(p.arrive('a', '1')).toBe(true);
    expect(p.leaveOut('b')).toBe(true);
    expect(p.leaveOut('b')).toBe(false);
    expect(p.leaveOut('elsewhere')).toBe(false);
    expect(p.neverArrived()).toEqual(['c']);
    expect(p.neverArrived()).toEqual([]);
    expect(p.misplaced).toBe(false);
  });
  it('is misplaced when an early page arrives after a page Pagefind holds later, or after a new page', () => {
    const after = places();
    after.arrive('c', '3');
    expect(after.arrive('b', '2')).toBe(false);
    expect(after.misplaced).toBe(true);
    const afterNew = places();
    afterNew.arrive('new', '9');
    afterNew.arrive('a', '1');
    expect(afterNew.misplaced).toBe(true);
  });
});

describe('the indexer with a head start', () => {
  const [a, b, c, d] = [brief('a'), brief('b'), brief('c'), brief('d')];
  /** A cache in a folder of its own, after a first build of a, b, c. */
  const primed = async (name: string) => {
    const cache = { folder: join(work, name), fingerprint: 'f1', cold: false };
    const pages = [a, b, c];
    await index([...pages, LISTING, ENTITY], recordsOf(pages), { cache });
    return cache;
  };

  it('keeps the early pages when a brief is published after all the others, and writes the bundle a cold build writes', async () => {
    const cache = await primed('published');
    const pages = [a, b, c, d];
    const built = await index([...pages, LISTING, ENTITY], recordsOf(pages), { cache, headStart: true });
    expect(kept(built.log)).toBe(3);
    expect(built.bundle).toEqual(await cold([...pages, LISTING, ENTITY], recordsOf(pages)));
    expect(indexedRecords(built.dir).has('/briefs/d/')).toBe(true);
  });

  it('sends an edited brief into its place and leaves out one no longer published', async () => {
    const cache = await primed('edited');
    const edited = brief('b', 'The b report, corrected, names Tallow Bay.');
    const pages = [a, edited];
    const built = await index([...pages, LISTING, ENTITY], recordsOf(pages), { cache, headStart: true });
    expect(kept(built.log)).toBe(1);
    expect(built.bundle).toEqual(await cold([...pages, LISTING, ENTITY], recordsOf(pages)));
    expect(indexedRecords(built.dir).has('/briefs/c/')).toBe(false);
    expect(indexedRecords(built.dir).get('/briefs/b/')).toContain('Tallow');
  });

  it('drops the early pages when a brief is added among them', async () => {
    const cache = await primed('back-dated');
    const pages = [a, d, b, c];
    const built = await index([...pages, LISTING, ENTITY], recordsOf(pages), { cache, headStart: true });
    expect(built.log).toMatch(/dropped: a brief was added or moved among them/);
    expect(kept(built.log)).toBe(0);
    expect(built.bundle).toEqual(await cold([...pages, LISTING, ENTITY], recordsOf(pages)));
  });

  it('drops them for another fingerprint or a cold build', async () => {
    const cache = await primed('fingerprint');
    const pages = [a, b, c, d];
    const changed = await index([...pages, ENTITY], recordsOf(pages), { cache: { ...cache, fingerprint: 'f2' }, headStart: true });
    expect(changed.log).toMatch(/dropped: the code, packages or configuration changed/);
    expect(changed.bundle).toEqual(await cold([...pages, ENTITY], recordsOf(pages)));
    const coldBuild = await index([...pages, ENTITY], recordsOf(pages), {
      cache: { ...(await primed('cold')), cold: true },
      headStart: true,
    });
    expect(coldBuild.log).toMatch(/dropped: this build reuses nothing/);
    expect(coldBuild.bundle).toEqual(changed.bundle);
  });

  it('gives Pagefind every record again when a page arrives out of the early order', async () => {
    // The records say a, b, c, but the pages come as a, c, b: Pagefind holds b before c.
    const cache = await primed('misplaced');
    const pages = [a, c, b];
    const built = await index([...pages, ENTITY], recordsOf([a, b, c]), { cache, headStart: true });
    expect(built.log).toMatch(/takes every record again/);
    expect(built.bundle).toEqual(await cold([...pages, ENTITY], recordsOf([a, b, c])));
  });
});
