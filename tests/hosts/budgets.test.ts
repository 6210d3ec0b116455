// Page-weight budgets, measured on the built site (root build) with gzip at its
// default level, as static hosts and CDNs compress text. 1 KB = 1024 bytes. Also what
// the search code leaves out until it is needed: each script's word rules and stemmer.
// The browser half (no search code is requested before the search box is used) is
// tests/e2e/lazy-search.spec.ts.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFacts, scriptReferences } from '../support/site-links.ts';
import { SCRIPT_RULES, type WordRules } from '../../src/lib/search/languages.ts';
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

/** The scripts `files` import with import(), as files of the build. */
const importedOnDemand = (files: string[]) =>
  files.flatMap((f) =>
    scriptReferences(read(f).toString('utf8'))
      .filter((r) => r.via === 'js import()')
      .map((r) => posix.join(posix.dirname(f), r.url)),
  );

/** `files` and every script they import statically, sorted. */
function withStaticImports(files: string[]): string[] {
  const queue = [...files];
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

/**
 * The scripts a page loads before anyone touches it: its <script src> and module
 * preloads, and what those import statically. import() targets are left out:
 * they load on demand.
 */
function scriptsAtLoad(htmlFile: string): string[] {
  const pageUrl = `${v.base}${pagePath(htmlFile)}`;
  return withStaticImports(
    htmlFacts(read(htmlFile).toString('utf8'))
      .references.filter((r) => r.kind === 'script')
      .map((r) => fileOf(new URL(r.url, `http://site${pageUrl}`).pathname)),
  );
}

/**
 * Scripts as text to look for data in: escapes decoded, quotes and spaces gone, so a list
 * of strings reads the same whichever quotes and escapes the minifier wrote.
 */
const asData = (files: string[]) =>
  files
    .map((f) => read(f).toString('utf8'))
    .join('\n')
    .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_m, long: string | undefined, short: string | undefined) =>
      String.fromCodePoint(parseInt(long ?? short!, 16)),
    )
    .replace(/[`'"\s]/g, '');

/**
 * The lists of an entry's word rules as asData writes them: each in the forms a minifier may
 * give it, as an array or, for a long list of strings, one string split on a separator
 * ("a.b.c".split(".")).
 */
const ruleLists = (rules: WordRules) =>
  [rules.fold, rules.respell, rules.alternate, rules.prefixes, rules.suffixes]
    .filter((list) => list !== undefined)
    .map((list) => [
      JSON.stringify(list).replace(/["\s]/g, ''),
      ...(list.every((item) => typeof item === 'string') ? [...'.,|;-_'].map((sep) => `${list.join(sep)}.split(${sep})`) : []),
    ]);
/** Whether `code` holds a rule list in one of its forms. */
const holdsList = (code: string, forms: string[]) => forms.some((form) => code.includes(form));

/** Code of the Snowball stemmers (@orama/stemmers): their state's property, which minifiers keep. */
const STEMMER_CODE = '.cursor';

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
    const onDemand = importedOnDemand(bootstrap);
    expect(onDemand.length, 'the bootstrap loads the live search with import()').toBeGreaterThan(0);
    expect(bootstrap.filter((f) => onDemand.includes(f))).toEqual([]);
    for (const f of bootstrap) expect(read(f).toString('utf8'), f).not.toContain('pagefind');
  });

  it("the search code loaded at first use carries no script's word rules and no stemmer: each comes with import() for text in its script", async () => {
    // The header box's live search (what the bootstrap imports on demand) and /search/'s code.
    const firstUse = [
      ...new Set([...withStaticImports(importedOnDemand(scriptsAtLoad('index.html'))), ...scriptsAtLoad('search/index.html')]),
    ];
    const later = withStaticImports(importedOnDemand(firstUse)).filter((f) => !firstUse.includes(f));
    const [first, lazy] = [asData(firstUse), asData(later)];
    console.log(`search code at first use: ${firstUse.join(', ')}; on demand: ${later.join(', ')}`);
    const entries = SCRIPT_RULES.filter((e) => e.words);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const { default: rules } = await entry.words!();
      for (const forms of ruleLists(rules)) {
        expect(holdsList(first, forms), `${entry.script} rules in the search code loaded at first use: ${forms[0]}`).toBe(false);
        expect(holdsList(lazy, forms), `${entry.script} rules in a script loaded on demand: ${forms[0]}`).toBe(true);
      }
    }
    expect(first, 'a stemmer in the search code loaded at first use').not.toContain(STEMMER_CODE);
    expect(lazy, 'the stemmers in scripts loaded on demand').toContain(STEMMER_CODE);
  });
});
