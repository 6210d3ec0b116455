// The hosts tests' crawler finds each kind of breakage, on a small site written here
// and served like the real one (plain static server, under a base path).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite, type CrawlResult } from '../support/crawl-site.ts';
import { createStaticServer } from '../support/static-server.ts';
import { cssReferences, htmlFacts, scriptReferences, srcsetUrls, xmlReferences } from '../support/site-links.ts';

const PUBLIC = 'https://pub.example.org/site/';
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

const FILES: Record<string, string> = {
  'sitemap-index.xml': `<?xml version="1.0"?><sitemapindex><sitemap><loc>${PUBLIC}sitemap-0.xml</loc></sitemap></sitemapindex>`,
  'sitemap-0.xml': `<?xml version="1.0"?><urlset><url><loc>${PUBLIC}</loc></url><url><loc>${PUBLIC}good/</loc></url></urlset>`,
  'index.html': page(
    '<a href="#main">skip</a><main id="main">' +
      '<a href="good/">ok</a> <a href="good/#here">ok fragment</a> <a href="good/#nowhere">bad fragment</a>' +
      '<a href="/elsewhere/">drops the base</a> <a href="missing/">missing page</a> <a href="good">no slash</a>' +
      '<a href="https://external.example.org/">external</a> <a href="mailto:x@example.org">mail</a>' +
      '<img src="pic.svg" alt="" srcset="pic.svg 1x, pic-2x.svg 2x"> <a href="data.json">data</a> <a href="feed.xml">feed</a>' +
      '</main>',
    `<link rel="canonical" href="${PUBLIC}"><link rel="stylesheet" href="style.css"><link rel="stylesheet" href="not-css.txt"><script type="module" src="app.js"></script>`,
  ),
  'good/index.html': page('<h1 id="here">Here</h1><a name="legacy">old anchor</a><a href="../#main">home</a>'),
  'style.css': '/* url(commented-out.png) */ body { background: url("bg.png"); } .x { background: url(data:image/png;base64,AAAA); }',
  'not-css.txt': 'plain text',
  'app.js': 'import{a}from"./dep.js";const m=()=>import("./lazy.js");',
  'dep.js': 'export const a=1;',
  'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'data.json': JSON.stringify([{ url: `${PUBLIC}good/` }, { url: `${PUBLIC}gone/` }, { note: 'https://other.example.org/' }]),
  'feed.xml': `<?xml version="1.0"?><rss><channel><link>${PUBLIC}</link><item><link>${PUBLIC}good/</link><guid>${PUBLIC}old-item/</guid></item></channel></rss>`,
  '404.html': page('<a href="#top">top</a> <a href="relative/">relative link</a> <a href="/site/good/">absolute link</a>'),
};

let dir: string;
let result: CrawlResult;
const server = () => createStaticServer({ dir, base: '/site/' });
let running: ReturnType<typeof server>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-crawl-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  running = server();
  await new Promise<void>((done) => running.listen(0, '127.0.0.1', done));
  const root = `http://127.0.0.1:${(running.address() as AddressInfo).port}/site/`;
  result = await crawlSite({ root, siteUrl: PUBLIC, missing: ['x/y/missing/'] });
});
afterAll(() => {
  running.close();
  rmSync(dir, { recursive: true, force: true });
});

const problems = () => result.broken.map((b) => `${new URL(b.url).pathname}${new URL(b.url).hash}: ${b.problem}`).sort();

describe('crawlSite', () => {
  it('reports exactly the broken references of the fixture site', () => {
    expect(problems()).toEqual([
      "/elsewhere/: outside the site's base path /site/: the link drops the base",
      '/site/bg.png: HTTP 404',
      '/site/gone/: HTTP 404',
      '/site/good/#nowhere: no element with id or name "nowhere" on the page',
      '/site/good: HTTP 404',
      '/site/lazy.js: HTTP 404',
      '/site/missing/: HTTP 404',
      '/site/not-css.txt: served as "text/plain; charset=utf-8", but referenced as stylesheet',
      '/site/old-item/: HTTP 404',
      '/site/pic-2x.svg: HTTP 404',
      '/site/x/y/missing/relative/: HTTP 404',
    ]);
  });

  it('says where each broken reference was written', () => {
    const fragment = result.broken.find((b) => b.url.endsWith('#nowhere'))!;
    expect(fragment.from).toEqual([expect.stringMatching(/\/site\/ → a\[href\]$/)]);
    const chunk = result.broken.find((b) => b.url.endsWith('/lazy.js'))!;
    expect(chunk.from).toEqual([expect.stringMatching(/\/site\/app\.js → js import\(\)$/)]);
  });

  it('maps the public site URL onto the served address and leaves other sites alone', () => {
    expect(result.sitemapPages.map((u) => new URL(u).pathname)).toEqual(['/site/', '/site/good/']);
    expect([...result.external]).toEqual(['https://external.example.org/']);
    expect(result.pages.map((u) => new URL(u).pathname).sort()).toEqual(['/site/', '/site/good/']);
  });
});

describe('site-links extractors', () => {
  it('reads references and anchors from HTML', () => {
    const facts = htmlFacts(
      page(
        '<p id="a"><a name="b" href="x/?q=1&amp;r=2">x</a></p><form action=""></form>',
        '<meta property="og:image" content="/og.png"><link rel="preconnect" href="https://cdn.example.org">',
      ),
    );
    expect([...facts.anchors].sort()).toEqual(['a', 'b']);
    expect(facts.references.map((r) => [r.url, r.kind])).toEqual([
      ['/og.png', 'image'],
      ['x/?q=1&r=2', 'link'],
    ]);
  });
  it('reads srcset, CSS, module and XML references', () => {
    expect(srcsetUrls('a.png 1x, b,c.png 2x')).toEqual(['a.png', 'b,c.png']);
    expect(cssReferences('@import "a.css"; x { y: url( \'b.png\' ) }').map((r) => r.url)).toEqual(['b.png', 'a.css']);
    expect(
      scriptReferences('import"./a.js";export{b}from\'../b.js\';import(`./c.js`);import("https://x/y.js")').map((r) => [r.url, r.via]),
    ).toEqual([
      ['./a.js', 'js import'],
      ['../b.js', 'js import'],
      ['./c.js', 'js import()'],
    ]);
    expect(
      xmlReferences('<feed><link rel="self" href="f.xml"/><entry><link href="p/"/></entry></feed>').map((r) => [r.url, r.kind]),
    ).toEqual([
      ['f.xml', 'resource'],
      ['p/', 'page'],
    ]);
  });
});
