// The search indexer of the build: pages go to Pagefind as Astro renders them (in that
// order), pages without a search body are skipped, deal records need no page, and the same
// input in the same order gives the same bundle.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles, sitePath, startOrder, startSearchIndex, type SearchIndexer } from '../../src/integrations/pagefind-index.ts';
import type { SearchRecords } from '../../src/lib/search/records.ts';
import { serveSearchIndex } from '../../src/integrations/search-index-service.ts';
import {
  connectSearchIndexer,
  type IndexerChannel,
  type IndexerReply,
  type IndexerRequest,
} from '../../src/integrations/search-index-thread.ts';
import { indexedFragments, indexedRecords, indexedWords } from '../support/pagefind-bundle.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-indexer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, text: string, body = true) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p></main></body></html>`;

const PAGES: Record<string, string> = {
  'index.html': page('Home', 'A listing, not indexed.', false),
  'briefs/harbour-vans/index.html': page('Northwind builds vans', 'Northwind Motors opens a van plant in Malaga.'),
  'briefs/tallow-fund/index.html': page('Tallow Bay raises a fund', 'Tallow Bay Capital closes its third fund.'),
  'entities/northwind-motors/index.html': page('Northwind Motors', 'A maker of electric vans.'),
};
const RECORDS: SearchRecords = {
  aliases: { 'briefs/harbour-vans/': ['Нордвинд'] },
  deals: [
    {
      path: 'deals/#northwind-series-b',
      content: 'Northwind Motors Series B, led by Tallow Bay Capital',
      meta: { title: 'Northwind Motors Series B' },
      filters: { type: ['Deal'] },
    },
  ],
  leading: ['briefs/harbour-vans/', 'briefs/tallow-fund/'],
};

function site(name: string): string {
  const dir = join(work, name);
  for (const [path, html] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

/** Sends every page of a folder, as the build sends each page it renders. */
function addAll(indexer: SearchIndexer, dir: string, files: Iterable<string> = htmlFiles(dir)): void {
  for (const file of files) indexer.addPage(sitePath(file), readFileSync(join(dir, file), 'utf8'));
}

function bundleHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (name.isDirectory()) walk(join(d, name.name));
      else hash.update(name.name).update(readFileSync(join(d, name.name)));
    }
  };
  walk(join(dir, 'pagefind'));
  return hash.digest('hex');
}

const quiet = { info: () => {} };

describe('startOrder', () => {
  it('hands work over in the order it started when it finishes in another, a failure included', async () => {
    // As Astro renders several pages at once: each render takes its turn when it starts.
    const order = startOrder();
    const handed: string[] = [];
    const render = async (page: string, finished: Promise<void>, fails = false) => {
      const turn = order.start();
      try {
        await finished;
        await turn.ready;
        if (fails) throw new Error(`${page} failed`);
        handed.push(page);
      } finally {
        turn.done();
      }
    };
    const finish: Record<string, () => void> = {};
    const finished = (page: string) => new Promise<void>((resolve) => (finish[page] = resolve));
    const renders = [
      render('a', finished('a')),
      render('b', finished('b'), true),
      render('c', finished('c')),
      render('d', finished('d')),
    ].map((r) => r.catch((error: Error) => error.message));
    for (const page of ['d', 'c', 'b', 'a']) finish[page]!();
    expect(await Promise.all(renders)).toEqual([undefined, 'b failed', undefined, undefined]);
    expect(handed).toEqual(['a', 'c', 'd']);
  });
});

describe('startSearchIndex', () => {
  it('indexes the pages it is given, adds deal records and skips pages without a body', async () => {
    const dir = site('streamed');
    const indexer = await startSearchIndex(RECORDS, quiet);
    addAll(indexer, dir);
    const count = await indexer.finish(dir);
    const records = indexedRecords(dir);
    expect([...records.keys()].sort()).toEqual([
      '/briefs/harbour-vans/',
      '/briefs/tallow-fund/',
      '/deals/#northwind-series-b',
      '/entities/northwind-motors/',
    ]);
    expect(count).toBe(4);
    // The brief carries the aliases of the entities it mentions, as hidden metadata, not as text an excerpt could show.
    expect(indexedFragments(dir).get('/briefs/harbour-vans/')!.meta.mentions).toContain('Нордвинд');
    expect(records.get('/briefs/harbour-vans/')).not.toContain('Нордвинд');
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(4);
  });

  it('indexes a page once, however often it is sent', async () => {
    const dir = site('twice');
    const indexer = await startSearchIndex({ aliases: {}, deals: [], leading: [] }, quiet);
    addAll(indexer, dir);
    addAll(indexer, dir, ['briefs/harbour-vans/index.html']);
    expect(await indexer.finish(dir)).toBe(3);
  });

  it("lists the pages outside Astro's and Pagefind's own folders", () => {
    const dir = site('listed');
    for (const own of ['_astro/chunk.html', 'pagefind/old.html']) {
      mkdirSync(dirname(join(dir, own)), { recursive: true });
      writeFileSync(join(dir, own), page('Not a page', 'Left over.'));
    }
    expect([...htmlFiles(dir)]).toEqual([
      'briefs/harbour-vans/index.html',
      'briefs/tallow-fund/index.html',
      'entities/northwind-motors/index.html',
      'index.html',
    ]);
  });

  it('settles once every queued page is with Pagefind, before the bundle is written', async () => {
    // More pages than requests in flight, so some wait in the queue.
    const many = (name: string) => {
      const dir = site(name);
      for (let i = 0; i < 20; i++) {
        mkdirSync(join(dir, 'briefs', `b${i}`), { recursive: true });
        writeFileSync(join(dir, 'briefs', `b${i}`, 'index.html'), page(`Brief ${i}`, `Text of brief ${i}.`));
      }
      return dir;
    };
    const run = async (name: string, settle: boolean) => {
      const dir = many(name);
      const messages: string[] = [];
      const indexer = await startSearchIndex(RECORDS, { info: (m) => messages.push(m) });
      addAll(indexer, dir);
      if (settle) {
        await indexer.settled();
        expect(existsSync(join(dir, 'pagefind'))).toBe(false);
      }
      expect(await indexer.finish(dir)).toBe(24);
      return messages.filter((m) => m.includes('still queued'));
    };
    expect(await run('unsettled', false)).toHaveLength(1);
    expect(await run('settled', true)).toEqual([]);
  });

  it('writes the same bundle for the same pages in the same order', async () => {
    const build = async (name: string) => {
      const dir = site(name);
      const indexer = await startSearchIndex(RECORDS, quiet);
      addAll(indexer, dir, Object.keys(PAGES).reverse());
      await indexer.finish(dir);
      return bundleHash(dir);
    };
    expect(await build('order-a')).toBe(await build('order-b'));
  });

  it('has Pagefind analyse again only the pages whose HTML or aliases changed, and writes the bundle it would write without the cache', async () => {
    const cache = { folder: join(work, 'prepared-cache'), fingerprint: 'f1', cold: false };
    const build = async (name: string, records: SearchRecords, withCache: boolean) => {
      const dir = site(name);
      const messages: string[] = [];
      const indexer = await startSearchIndex(records, { info: (m) => messages.push(m) }, withCache ? cache : undefined);
      addAll(indexer, dir);
      await indexer.finish(dir);
      return { bundle: bundleHash(dir), analysed: Number(/(\d+) analysed by Pagefind/.exec(messages.join('\n'))?.[1]) };
    };
    const first = await build('prepared-1', RECORDS, true);
    // Three pages and the deal record.
    expect(first.analysed).toBe(4);
    expect(first.bundle).toBe((await build('prepared-plain', RECORDS, false)).bundle);
    expect((await build('prepared-2', RECORDS, true)).analysed).toBe(0);

    // A page's text, and another page's aliases, change: those two are analysed again.
    PAGES['briefs/tallow-fund/index.html'] = page('Tallow Bay raises a fund', 'Tallow Bay Capital closes its fourth fund.');
    const renamed = { ...RECORDS, aliases: { ...RECORDS.aliases, 'entities/northwind-motors/': ['Нордвинд Моторс'] } };
    try {
      const third = await build('prepared-3', renamed, true);
      expect(third.analysed).toBe(2);
      expect(third.bundle).toBe((await build('prepared-3-plain', renamed, false)).bundle);
      expect(third.bundle).not.toBe(first.bundle);
    } finally {
      PAGES['briefs/tallow-fund/index.html'] = page('Tallow Bay raises a fund', 'Tallow Bay Capital closes its third fund.');
    }
  });

  it('takes a page the build reused as the previous build analysed it, reads its file only when that is not kept, and writes the same bundle', async () => {
    const cache = { folder: join(work, 'unchanged-cache'), fingerprint: 'f1', cold: false };
    const digest = (dir: string, file: string) =>
      createHash('sha1')
        .update(readFileSync(join(dir, file)))
        .digest('base64url');
    const build = async (name: string, add: (indexer: SearchIndexer, dir: string) => void, withCache = cache) => {
      const dir = site(name);
      const messages: string[] = [];
      const indexer = await startSearchIndex(RECORDS, { info: (m) => messages.push(m) }, withCache);
      add(indexer, dir);
      await indexer.finish(dir);
      return { bundle: bundleHash(dir), analysed: Number(/(\d+) analysed by Pagefind/.exec(messages.join('\n'))?.[1]) };
    };
    const first = await build('unchanged-1', (indexer, dir) => addAll(indexer, dir));
    // Every page unchanged, and its file gone: what was kept is all the index needs.
    const second = await build('unchanged-2', (indexer, dir) => {
      for (const file of htmlFiles(dir))
        indexer.addUnchangedPage({ path: sitePath(file), bytes: digest(dir, file), file: join(dir, 'gone', file) });
    });
    expect(second).toEqual({ bundle: first.bundle, analysed: 0 });
    // Nothing kept (another cache): each page is read from its file and analysed.
    const third = await build(
      'unchanged-3',
      (indexer, dir) => {
        for (const file of htmlFiles(dir))
          indexer.addUnchangedPage({ path: sitePath(file), bytes: digest(dir, file), file: join(dir, file) });
      },
      { ...cache, folder: join(work, 'unchanged-other-cache') },
    );
    expect(third).toEqual({ bundle: first.bundle, analysed: 4 });
  });

  it('writes, build after build, the bundle of a build without the cache, with each change searchable', async () => {
    const cache = { folder: join(work, 'series-cache'), fingerprint: 'f1', cold: false };
    const build = async (name: string, withCache = true) => {
      const dir = site(name);
      const messages: string[] = [];
      const indexer = await startSearchIndex(RECORDS, { info: (m) => messages.push(m) }, withCache ? cache : undefined);
      addAll(indexer, dir);
      await indexer.finish(dir);
      return { dir, bundle: bundleHash(dir), analysed: Number(/(\d+) analysed by Pagefind/.exec(messages.join('\n'))?.[1]) };
    };
    const original = PAGES['briefs/tallow-fund/index.html']!;
    try {
      expect((await build('series-1')).analysed).toBe(4);
      // Each build brings words no build had before, and drops others.
      const places = ['lisbon', 'tromso', 'oslo'];
      for (const [i, words] of ['fifth fund, in Lisbon', 'sixth fund, in Tromsø', 'seventh fund, in Oslo'].entries()) {
        PAGES['briefs/tallow-fund/index.html'] = page('Tallow Bay raises a fund', `Tallow Bay Capital closes its ${words}.`);
        const next = await build(`series-${i + 2}`);
        expect(next.analysed).toBe(1);
        expect(next.bundle).toBe((await build(`series-${i + 2}-plain`, false)).bundle);
        expect(indexedRecords(next.dir).get('/briefs/tallow-fund/')).toContain(words.split(',')[0]);
        // The word index has this build's place name, and not the last build's.
        const indexed = indexedWords(next.dir);
        expect(indexed).toContain(places[i]);
        if (i) expect(indexed).not.toContain(places[i - 1]);
      }
      // A cold build reads nothing kept, and writes the same.
      const cold = { ...cache, cold: true };
      const dir = site('series-cold');
      const messages: string[] = [];
      const indexer = await startSearchIndex(RECORDS, { info: (m) => messages.push(m) }, cold);
      addAll(indexer, dir);
      await indexer.finish(dir);
      expect(messages.join('\n')).toContain('4 analysed by Pagefind');
      expect(bundleHash(dir)).toBe((await build('series-cold-plain', false)).bundle);
    } finally {
      PAGES['briefs/tallow-fund/index.html'] = original;
    }
  });

  it('reuses no kept record when the kept word dictionary is gone, and writes the same bundle', async () => {
    const folder = join(work, 'lost-dictionary-cache');
    const cache = { folder, fingerprint: 'f1', cold: false };
    const build = async (name: string) => {
      const dir = site(name);
      const messages: string[] = [];
      const indexer = await startSearchIndex(RECORDS, { info: (m) => messages.push(m) }, cache);
      addAll(indexer, dir);
      await indexer.finish(dir);
      return { bundle: bundleHash(dir), analysed: Number(/(\d+) analysed by Pagefind/.exec(messages.join('\n'))?.[1]) };
    };
    const first = await build('lost-dictionary-1');
    const manifestFile = join(folder, 'search-records.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { items: Record<string, unknown> };
    expect(manifest.items).toHaveProperty('dictionary');
    delete manifest.items.dictionary;
    writeFileSync(manifestFile, JSON.stringify(manifest));
    expect(await build('lost-dictionary-2')).toEqual({ bundle: first.bundle, analysed: 4 });
    expect((await build('lost-dictionary-3')).analysed).toBe(0);
  });

  it('leaves out, in an incremental build as in a cold one, a page Pagefind leaves out', async () => {
    const cache = { folder: join(work, 'left-out-cache'), fingerprint: 'f1', cold: false };
    const build = async (name: string, withCache: boolean) => {
      const dir = site(name);
      // A search body with nothing in it, and a listing that only mentions the attribute in its text.
      mkdirSync(join(dir, 'briefs/empty'), { recursive: true });
      writeFileSync(join(dir, 'briefs/empty/index.html'), '<html lang="en"><body><main data-pagefind-body></main></body></html>');
      mkdirSync(join(dir, 'about'), { recursive: true });
      writeFileSync(
        join(dir, 'about/index.html'),
        '<html lang="en"><body><p>Pages marked data-pagefind-body are searched.</p></body></html>',
      );
      const indexer = await startSearchIndex(RECORDS, quiet, withCache ? cache : undefined);
      addAll(indexer, dir);
      await indexer.finish(dir);
      return { bundle: bundleHash(dir), urls: [...indexedRecords(dir).keys()].sort() };
    };
    const cold = await build('left-out-cold', false);
    expect(cold.urls).not.toContain('/about/');
    expect(await build('left-out-1', true)).toEqual(cold);
    // Now from the cache: what was left out stays out.
    expect(await build('left-out-2', true)).toEqual(cold);
  });

  it('keeps the text of adjacent cells and term-list items apart, as Astro writes them with no space between', async () => {
    const dir = join(work, 'cells');
    mkdirSync(join(dir, 'briefs', 'cells'), { recursive: true });
    const body =
      '<dl><dt>Outlet</dt><dd>Meridian Review</dd><dt>Author</dt><dd>Chen Mei</dd></dl>' +
      '<table><caption>Deals (1)</caption><thead><tr><th>Amount</th><th>USD</th><th>Round</th></tr></thead><tbody><tr><td>EUR 5 million</td><td>5.4 million</td><td>Seed</td></tr></tbody></table>';
    writeFileSync(join(dir, 'briefs', 'cells', 'index.html'), page('Cells', '').replace('<p></p>', body));
    const indexer = await startSearchIndex({ aliases: {}, deals: [], leading: [] }, quiet);
    addAll(indexer, dir);
    await indexer.finish(dir);
    // Pagefind ends the text of some blocks with a full stop; the words are what counts here.
    const words = indexedRecords(dir)
      .get('/briefs/cells/')!
      .split(/\s+/)
      .map((w) => w.replace(/\.$/, ''));
    for (const word of ['Outlet', 'Meridian', 'Author', 'Chen', '(1)', 'Amount', 'USD', 'Round', 'million', 'Seed'])
      expect(words, word).toContain(word);
  });

  it('fails when Pagefind refuses a record, and writes no bundle', async () => {
    const dir = site('refused');
    const indexer = await startSearchIndex(
      {
        aliases: {},
        deals: [{ path: 'deals/#x', content: 'X', meta: { title: 'X' }, filters: { type: 'Deal' as unknown as string[] } }],
        leading: [],
      },
      quiet,
    );
    addAll(indexer, dir);
    await expect(indexer.finish(dir)).rejects.toThrow(/Pagefind/);
    expect(readdirSync(dir)).not.toContain('pagefind');
  });
});

/** Two ends of an in-memory line, delivering each message on a later turn, as a port or IPC does. */
function line(): {
  renderer: IndexerChannel<IndexerRequest, IndexerReply>;
  indexer: IndexerChannel<IndexerReply, IndexerRequest>;
  close(): void;
} {
  const toIndexer: ((m: IndexerRequest) => void)[] = [];
  const toRenderer: ((m: IndexerReply) => void)[] = [];
  const closers: ((e: Error) => void)[] = [];
  return {
    renderer: {
      send: (m) => setImmediate(() => toIndexer.forEach((f) => f(structuredClone(m)))),
      listen: (f, c) => (toRenderer.push(f), closers.push(c)),
    },
    indexer: { send: (m) => setImmediate(() => toRenderer.forEach((f) => f(structuredClone(m)))), listen: (f) => toIndexer.push(f) },
    close: () => closers.forEach((c) => c(new Error('the indexer stopped'))),
  };
}

describe('the indexer across a line (a worker thread, or npm run build holding it for the Astro process)', () => {
  it('writes the bundle on finish when it is told to, as the worker thread of a plain astro build does', async () => {
    const dir = site('line-writes');
    const { renderer, indexer } = line();
    serveSearchIndex(indexer, { writeBundle: true });
    const remote = await connectSearchIndexer(renderer, RECORDS, quiet);
    for (const file of htmlFiles(dir)) await remote.addPage(sitePath(file), readFileSync(join(dir, file)));
    await remote.finish(dir);
    expect([...indexedRecords(dir).keys()]).toHaveLength(4);
  });

  it('answers finish once every page has arrived, with no bundle, which its owner writes after the renderer has gone', async () => {
    const dir = site('line-defers');
    const { renderer, indexer, close } = line();
    const service = serveSearchIndex(indexer, { writeBundle: false });
    expect(service.indexer).toBeUndefined();
    const remote = await connectSearchIndexer(renderer, RECORDS, quiet);
    for (const file of htmlFiles(dir)) await remote.addPage(sitePath(file), readFileSync(join(dir, file)));
    await remote.finish(dir);
    expect(readdirSync(dir)).not.toContain('pagefind');
    close(); // the renderer's process ends
    const owned = await service.indexer!;
    expect(await owned.finish(dir)).toBe(4);
    expect([...indexedRecords(dir).keys()].sort()).toEqual([
      '/briefs/harbour-vans/',
      '/briefs/tallow-fund/',
      '/deals/#northwind-series-b',
      '/entities/northwind-motors/',
    ]);
  });

  it("tells its owner of the renderer's finish and whether most pages were rendered, so a build that reused most can write the bundle before the renderer ends", async () => {
    const dir = site('line-finish-notice');
    const { renderer, indexer } = line();
    const told: { outDir: string; renderedMost: boolean }[] = [];
    const service = serveSearchIndex(indexer, { writeBundle: false, onFinish: (request) => told.push(request) });
    const remote = await connectSearchIndexer(renderer, RECORDS, quiet);
    for (const file of htmlFiles(dir)) await remote.addPage(sitePath(file), readFileSync(join(dir, file)));
    await remote.finish(dir, { renderedMost: false });
    expect(told).toEqual([{ outDir: dir, renderedMost: false }]);
    // Written while the renderer is still connected: every page sent before finish is in it.
    expect(await (await service.indexer!).finish(dir)).toBe(4);
    expect([...indexedRecords(dir).keys()]).toHaveLength(4);

    const { renderer: second, indexer: secondEnd } = line();
    serveSearchIndex(secondEnd, { writeBundle: false, onFinish: (request) => told.push(request) });
    await (await connectSearchIndexer(second, RECORDS, quiet)).finish(dir);
    expect(told[1]).toEqual({ outDir: dir, renderedMost: true }); // unless told otherwise, most pages were rendered
  });

  it('hands unchanged pages over in their place among the rendered ones', async () => {
    const cache = { folder: join(work, 'line-unchanged-cache'), fingerprint: 'f1', cold: false };
    const files = [...htmlFiles(site('line-unchanged-order'))];
    const direct = site('line-unchanged-direct');
    const plain = await startSearchIndex(RECORDS, quiet);
    addAll(plain, direct, files);
    await plain.finish(direct);

    const dir = site('line-unchanged');
    const { renderer, indexer } = line();
    serveSearchIndex(indexer, { writeBundle: true });
    const remote = await connectSearchIndexer(renderer, RECORDS, quiet, cache);
    // Pages rendered and reused by turns, as a build hands them over: nothing is kept for the
    // reused ones, so they are read from their files.
    const unchanged = (file: string) => ({
      path: sitePath(file),
      bytes: createHash('sha1')
        .update(readFileSync(join(dir, file)))
        .digest('base64url'),
      file: join(dir, file),
    });
    const rendered = (file: string) => remote.addPage(sitePath(file), readFileSync(join(dir, file)));
    expect(files).toHaveLength(4);
    await rendered(files[0]!);
    remote.addUnchangedPages([unchanged(files[1]!)]);
    await rendered(files[2]!);
    remote.addUnchangedPages([unchanged(files[3]!)]);
    await remote.finish(dir);
    expect(bundleHash(dir)).toBe(bundleHash(direct));
  });

  it("gives the renderer the indexer's failure instead of leaving it waiting", async () => {
    const { renderer, indexer } = line();
    serveSearchIndex(indexer, { writeBundle: true });
    const dir = site('line-fails');
    const refused = {
      aliases: {},
      deals: [{ path: 'deals/#x', content: 'X', meta: { title: 'X' }, filters: { type: 'Deal' as unknown as string[] } }],
      leading: [],
    };
    const remote = await connectSearchIndexer(renderer, refused, quiet);
    await expect(remote.finish(dir)).rejects.toThrow(/Pagefind/);
    expect(readdirSync(dir)).not.toContain('pagefind');
  });

  it("stops the renderer's wait when the line closes", async () => {
    const { renderer, close } = line();
    const connecting = connectSearchIndexer(renderer, RECORDS, quiet);
    close();
    await expect(connecting).rejects.toThrow(/the indexer stopped/);
  });
});

describe('what the indexer leaves out', () => {
  // indexableHtml (src/lib/search/text.ts) sends the inside of an element marked
  // data-pagefind-ignore="all" to Pagefind without its words: only descendants that carry
  // a data-pagefind-* attribute are kept, whole. That holds only while Pagefind takes nothing
  // else from such an element: no words, and no change to the anchors after it.
  it('Pagefind writes the same bundle for a page whose data-pagefind-ignore="all" parts keep only their Pagefind attributes', async () => {
    const tagged =
      '<span data-pagefind-meta="kind:side">x</span><span data-pagefind-filter="type:Hidden"></span>' +
      '<div data-pagefind-sort="rank:9"><p id="inner">nested</p></div><img data-pagefind-meta="image[src]" src="/i.png">';
    const inside = `<h2 id="side">Aside</h2><p>Words only here: quokka <b id="b">bold</b></p><div><div>${tagged}</div></div>`;
    const pageWith = (part: string) =>
      '<!doctype html><html lang="en"><head><title>T</title></head><body>' +
      `<header data-pagefind-ignore="all"><nav id="top">${part}</nav></header>` +
      '<main data-pagefind-body><h1 id="head">Northwind opens a plant</h1><p>Vans for Malaga.</p>' +
      `<section data-pagefind-ignore="all">${part}</section>` +
      '<h2 id="later">Later</h2><p>After the ignored part.</p><span data-pagefind-filter="type:Brief"></span></main></body></html>';
    const bundle = async (name: string, html: string) => {
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      expect((await index!.addHTMLFile({ url: '/p/', content: html })).errors).toEqual([]);
      const dir = join(work, name);
      expect((await index!.writeFiles({ outputPath: join(dir, 'pagefind') })).errors).toEqual([]);
      return bundleHash(dir);
    };
    try {
      const full = await bundle('ignored-full', pageWith(inside));
      expect(await bundle('ignored-kept', pageWith(tagged))).toBe(full);
      // What Pagefind does read there changes the bundle, so the comparison can see a difference.
      expect(await bundle('ignored-untagged', pageWith(''))).not.toBe(full);
    } finally {
      await pagefind.close();
    }
  });
});
