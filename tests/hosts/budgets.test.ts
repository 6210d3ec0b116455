// Page-weight budgets, measured on the built site (root build) with gzip at its
// default level, as static hosts and CDNs compress text. 1 KB = 1024 bytes.
// The browser half (no search code is requested before the search box is used) is
// tests/e2e/lazy-search.spec.ts.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFacts, scriptReferences } from '../../scripts/lib/site-links.ts';
import { builtFiles, pagePath } from './dist-files.ts';
import { variant } from './variants.ts';

const KB = 1024;
const BUDGET = {
  briefHtml: 7 * KB,
  css: 16 * KB,
  /** The header search bootstrap every page carries (the `/` shortcut, loading search on first use). */
  headerScript: 3 * KB,
};

/**
 * Pages whose purpose is interactive and which may load more than the header
 * bootstrap at page load. A new page with its own script belongs here, on purpose.
 */
const INTERACTIVE_PAGES = new Set(['search/', 'deals/']); // deals/: the table's filter and sort script

const v = variant('root');
const read = (file: string) => readFileSync(join(v.dir, file));
const gzipped = (file: string) => gzipSync(read(file)).length;

/** "/_astro/x.js" (a URL under the root build) → "_astro/x.js" (a file in it). */
const fileOf = (url: string) => decodeURIComponent(new URL(url, 'http://site/').pathname).slice(v.base.length);

/**
 * The scripts a page loads before anyone touches it: its <script src> and module
 * preloads, and what those import statically. import() targets are left out:
 * they load on demand.
 */
function scriptsAtLoad(htmlFile: string): string[] {
  const pageUrl = `${v.base}${pagePath(htmlFile)}`;
  const queue = htmlFacts(read(htmlFile).toString('utf8'))
    .references.filter((r) => r.kind === 'script')
    .map((r) => fileOf(new URL(r.url, `http://site${pageUrl}`).pathname));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const ref of scriptReferences(read(file).toString('utf8'))) {
      if (ref.via === 'js import') queue.push(posix.join(posix.dirname(file), ref.url));
    }
  }
  return [...seen].sort();
}

describe('budgets (root build)', () => {
  const pages = builtFiles(v.dir, '.html');

  it(`a typical brief page is at most ${BUDGET.briefHtml / KB} KB of gzipped HTML`, () => {
    const briefs = pages.filter((f) => /^briefs\/[^/]+\/index\.html$/.test(f));
    expect(briefs.length).toBeGreaterThan(0);
    const sizes = briefs.map((f) => ({ f, size: gzipped(f) })).sort((a, b) => a.size - b.size);
    const median = sizes[Math.floor((sizes.length - 1) / 2)]!;
    console.log(`brief pages, gzipped HTML: ${sizes.map((s) => `${s.size} B`).join(', ')}; median ${median.size} B (${median.f})`);
    expect(median.size).toBeLessThanOrEqual(BUDGET.briefHtml);
  });

  it(`all CSS together is at most ${BUDGET.css / KB} KB gzipped`, () => {
    const css = builtFiles(v.dir, '.css');
    expect(css.length).toBeGreaterThan(0);
    const total = css.reduce((sum, f) => sum + gzipped(f), 0);
    console.log(`CSS: ${css.length} file(s), ${total} B gzipped`);
    expect(total).toBeLessThanOrEqual(BUDGET.css);
  });

  it('pages without interactive parts load only the small header search bootstrap, with no search code in it', () => {
    const plain = pages.filter((f) => !INTERACTIVE_PAGES.has(pagePath(f)));
    const bootstrap = scriptsAtLoad('index.html');
    expect(bootstrap.length, 'the header search box needs its bootstrap script').toBeGreaterThan(0);
    const differing = plain.filter((f) => scriptsAtLoad(f).join() !== bootstrap.join());
    expect(differing, `pages loading other scripts than ${bootstrap.join(', ')}`).toEqual([]);

    const size = bootstrap.reduce((sum, f) => sum + gzipped(f), 0);
    console.log(`scripts at load on ${plain.length} non-interactive pages: ${bootstrap.join(', ')} = ${size} B gzipped`);
    expect(size).toBeLessThanOrEqual(BUDGET.headerScript);

    // Search code is what the bootstrap imports on demand; none of it may come along at load.
    const onDemand = bootstrap.flatMap((f) => scriptReferences(read(f).toString('utf8')).filter((r) => r.via === 'js import()').map((r) => posix.join(posix.dirname(f), r.url)));
    expect(onDemand.length, 'the bootstrap loads the live search with import()').toBeGreaterThan(0);
    expect(bootstrap.filter((f) => onDemand.includes(f))).toEqual([]);
    for (const f of bootstrap) expect(read(f).toString('utf8'), f).not.toContain('pagefind');
  });
});
