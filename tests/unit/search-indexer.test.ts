// The search indexer of `npm run build`: pages go to Pagefind while the site is still
// being written (in the order they are reported), the rest are swept up at the end, deal
// records need no page, and the same input in the same order gives the same bundle.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writtenPage } from '../../scripts/lib/astro-log.ts';
import { htmlFiles, startSearchIndex } from '../../src/integrations/pagefind-index.ts';
import type { SearchRecords } from '../../src/lib/search-records.ts';
import { indexedFragments, indexedRecords } from '../helpers/pagefind-bundle.ts';

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
  deals: [{ path: 'deals/#northwind-series-b', content: 'Northwind Motors Series B, led by Tallow Bay Capital', meta: { title: 'Northwind Motors Series B' }, filters: { type: ['Deal'] } }],
};

function site(name: string): string {
  const dir = join(work, name);
  for (const [path, html] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
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

describe('startSearchIndex', () => {
  it('indexes streamed pages, sweeps up the rest, adds deal records and skips pages without a body', async () => {
    const dir = site('streamed');
    const indexer = await startSearchIndex(dir, RECORDS, quiet);
    indexer.addPage('briefs/harbour-vans/index.html');
    indexer.addPage('briefs/not-there/index.html'); // reported, never written: no failure
    const count = await indexer.finish();
    const records = indexedRecords(dir);
    expect([...records.keys()].sort()).toEqual(['/briefs/harbour-vans/', '/briefs/tallow-fund/', '/deals/#northwind-series-b', '/entities/northwind-motors/']);
    expect(count).toBe(4);
    // The brief carries the aliases of the entities it mentions, as hidden metadata, not as text an excerpt could show.
    expect(indexedFragments(dir).get('/briefs/harbour-vans/')!.meta.mentions).toContain('Нордвинд');
    expect(records.get('/briefs/harbour-vans/')).not.toContain('Нордвинд');
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(4);
  });

  it('lists the pages outside Astro\'s and Pagefind\'s own folders', () => {
    const dir = site('listed');
    for (const own of ['_astro/chunk.html', 'pagefind/old.html']) {
      mkdirSync(dirname(join(dir, own)), { recursive: true });
      writeFileSync(join(dir, own), page('Not a page', 'Left over.'));
    }
    expect([...htmlFiles(dir)]).toEqual(['briefs/harbour-vans/index.html', 'briefs/tallow-fund/index.html', 'entities/northwind-motors/index.html', 'index.html']);
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
      const indexer = await startSearchIndex(dir, RECORDS, { info: (m) => messages.push(m) });
      for (const file of htmlFiles(dir)) indexer.addPage(file);
      if (settle) {
        await indexer.settled();
        expect(existsSync(join(dir, 'pagefind'))).toBe(false);
      }
      expect(await indexer.finish()).toBe(24);
      return messages.filter((m) => m.includes('still queued'));
    };
    expect(await run('unsettled', false)).toHaveLength(1);
    expect(await run('settled', true)).toEqual([]);
  });

  it('writes the same bundle for the same pages in the same order', async () => {
    const build = async (name: string) => {
      const dir = site(name);
      const indexer = await startSearchIndex(dir, RECORDS, quiet);
      for (const path of Object.keys(PAGES).reverse()) indexer.addPage(path);
      await indexer.finish();
      return bundleHash(dir);
    };
    expect(await build('order-a')).toBe(await build('order-b'));
  });

  it('keeps the text of adjacent cells and term-list items apart, as Astro writes them with no space between', async () => {
    const dir = join(work, 'cells');
    mkdirSync(join(dir, 'briefs', 'cells'), { recursive: true });
    const body = '<dl><dt>Outlet</dt><dd>Meridian Review</dd><dt>Author</dt><dd>Chen Mei</dd></dl>'
      + '<table><caption>Deals (1)</caption><thead><tr><th>Amount</th><th>USD</th><th>Round</th></tr></thead><tbody><tr><td>EUR 5 million</td><td>5.4 million</td><td>Seed</td></tr></tbody></table>';
    writeFileSync(join(dir, 'briefs', 'cells', 'index.html'), page('Cells', '').replace('<p></p>', body));
    const indexer = await startSearchIndex(dir, { aliases: {}, deals: [] }, quiet);
    await indexer.finish();
    // Pagefind ends the text of some blocks with a full stop; the words are what counts here.
    const words = indexedRecords(dir).get('/briefs/cells/')!.split(/\s+/).map((w) => w.replace(/\.$/, ''));
    for (const word of ['Outlet', 'Meridian', 'Author', 'Chen', '(1)', 'Amount', 'USD', 'Round', 'million', 'Seed']) expect(words, word).toContain(word);
  });

  it('fails when a page cannot be indexed, and writes no bundle', async () => {
    const dir = site('unreadable');
    const indexer = await startSearchIndex(dir, RECORDS, quiet);
    indexer.addPage('briefs'); // a folder, not a page: reading it fails
    await expect(indexer.finish()).rejects.toThrow(/EISDIR/);
    expect(readdirSync(dir)).not.toContain('pagefind');
  });
});

describe('writtenPage', () => {
  it('reads the file Astro reports written, with or without colour codes', () => {
    expect(writtenPage('09:02:27   ├─ /briefs/x/index.html (+3ms) ')).toBe('briefs/x/index.html');
    expect(writtenPage('\u001b[34m  └─\u001b[39m \u001b[2m/404.html\u001b[22m \u001b[2m(+42ms)\u001b[22m')).toBe('404.html');
  });

  it('ignores other lines, files that are not HTML and half-written lines', () => {
    expect(writtenPage('09:02:27   ├─ /rss.xml (+3ms)')).toBeUndefined();
    expect(writtenPage('09:02:27   ├─ /briefs/x/index.html')).toBeUndefined();
    expect(writtenPage('09:01:16 [vite] ✓ built in 1.66s')).toBeUndefined();
  });
});
