// Brief bodies are rendered to HTML while content syncs (src/loaders/content-loaders.ts),
// with the site's own Markdown settings. What the MDX compiler and LangText.astro
// produced must come out the same, and the MDX policy must still stop hostile bodies.
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin } from '../../src/integrations/base-links-plugin.ts';
import { mdxPolicyPlugin } from '../../src/integrations/mdx-policy-plugin.ts';
import { briefMarkdownOptions, renderBriefBody, type SiteMarkdownConfig } from '../../src/loaders/render-brief-body.ts';
import { siteMarkdown } from '../../src/integrations/site-markdown.ts';

// The processor exactly as astro.config.mjs configures it, under a sub-path, with Astro's
// default highlighting.
const site = await briefMarkdownOptions({
  processor: satteri({ mdastPlugins: [mdxPolicyPlugin(), baseLinksPlugin('/a/b/')] }) as SiteMarkdownConfig['processor'],
  syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
  shikiConfig: { theme: 'github-dark' },
});
const render = (body: string) => renderBriefBody(body, '/site/content/briefs/x.mdx', site);

describe('renderBriefBody', () => {
  it('renders Markdown with smart punctuation, GFM and heading ids', async () => {
    const { html, metadata } = await render('## What "they" said\n\nIt\'s *big* ~~small~~.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<h2 id="summary-what-they-said">What “they” said</h2>');
    expect(html).toContain('<p>It’s <em>big</em> <del>small</del>.</p>');
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'summary-what-they-said', text: 'What “they” said' }]);
  });

  it('renames the heading of a body that is that one heading (MDX returns it without a root)', async () => {
    const { html, metadata } = await render('## Summary');
    expect(html).toBe('<h2 id="summary-summary">Summary</h2>');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'summary-summary', text: 'Summary' }]);
  });

  it("gives headings ids of their own, apart from the page's and the footnotes' ids, and links to them follow", async () => {
    // Headings named after ids the brief page and the footnotes already use.
    const { html } = await render(
      [
        '## Main',
        '## Provenance',
        '## Deal northwind-series-b',
        '## Footnote label',
        '## User content fn 1',
        'See [the market](#market), [it again](#market-1) and a note[^1].',
        '## Market',
        '## Market',
        '[^1]: A note.',
      ].join('\n\n'),
    );
    const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size, ids.join(' ')).toBe(ids.length);
    const headingIds = [...html.matchAll(/<h2 id="([^"]*)">(?!Footnotes)/g)].map((m) => m[1]);
    expect(headingIds).toEqual([
      'summary-main',
      'summary-provenance',
      'summary-deal-northwind-series-b',
      'summary-footnote-label',
      'summary-user-content-fn-1',
      'summary-market',
      'summary-market-1',
    ]);
    expect(html).toContain('<a href="#summary-market">the market</a>, <a href="#summary-market-1">it again</a>');
    // The footnotes keep theirs: the reference still leads to its note and is described by the label.
    expect(html).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">/);
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
  });

  it('renders LangText as LangText.astro does: lang and dir only for another language', async () => {
    const { html } = await render(
      'Called <LangText lang="ru">Нордвинд</LangText>, <LangText lang="ar">نوردويند</LangText> or <LangText lang="en-GB">Northwind</LangText>.',
    );
    expect(html).toBe(
      '<p>Called <span lang="ru" dir="ltr">Нордвинд</span>, <span lang="ar" dir="rtl">نوردويند</span> or <span>Northwind</span>.</p>',
    );
  });

  it('keeps the allowed inline elements and escaped markup as text', async () => {
    const { html } = await render(
      'CO<sub>2</sub>, m<sup>2</sup>, <abbr title="electric vehicle">EV</abbr>.\\<script>x\\</script> \\{price\\}',
    );
    expect(html).toContain('CO<sub>2</sub>, m<sup>2</sup>, <abbr title="electric vehicle">EV</abbr>.');
    expect(html).toContain('&#x3C;script>x&#x3C;/script> {price}');
    expect(html).not.toContain('<script');
  });

  it('highlights code as Astro does (Shiki, the configured theme)', async () => {
    const { html } = await render('```js\nconst vans = 3;\n```');
    expect(html).toMatch(/^<pre class="astro-code github-dark"[^>]*><code>/);
    expect(html).toContain('vans');
    // The block's colours as CSS, as Astro writes them: MDX hands the style over as an object.
    const style = /^<pre [^>]*style="([^"]*)"/.exec(html)?.[1];
    expect(style).toMatch(/^background-color:#24292e;color:#e1e4e8;overflow-x:auto$/);
  });

  it('puts the base path in front of root-relative links', async () => {
    const { html } = await render('See [XPeng](/entities/xpeng/) in M\u00e1laga.');
    expect(html).toBe('<p>See <a href="/a/b/entities/xpeng/">XPeng</a> in M\u00e1laga.</p>');
  });

  it('refuses hostile bodies through the MDX policy, naming file, line and column', async () => {
    await expect(render('Vans.\n\n<script>alert(1)</script>')).rejects.toThrow(/x\.mdx:3:1 <script> is not allowed/);
    await expect(render('Total {process.env.SECRET}')).rejects.toThrow(/x\.mdx:1:7 a \{…\} expression is JavaScript/);
    await expect(render('import fs from "node:fs"')).rejects.toThrow(/import and export statements/);
  });
});

describe("renderBriefBody with the site's Markdown settings (astro.config.mjs uses siteMarkdown)", async () => {
  const configured = await briefMarkdownOptions(siteMarkdown('/a/b/') as SiteMarkdownConfig);
  const renderAsSite = (body: string) => renderBriefBody(body, '/site/content/briefs/x.mdx', configured);

  it("writes no style attribute, which the strict CSP (style-src 'self') would refuse: table alignment is a class, code is not coloured", async () => {
    const { html } = await renderAsSite('| Berth | Depth | Fee |\n|:--|--:|:-:|\n| North | 14.5 | 900 |\n\n```js\nconst berths = 3;\n```');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('<th class="align-left">Berth</th>');
    expect(html).toContain('<td class="align-right">14.5</td>');
    expect(html).toContain('<td class="align-center">900</td>');
    expect(html).toContain('<pre><code class="language-js">const berths = 3;\n</code></pre>');
  });

  it('puts each table in a scrolling frame the keyboard can reach, named by its header row', async () => {
    const { html } = await renderAsSite('| Berth | Depth (m) |\n|---|---|\n| North | 14.5 |\n\nText.\n\n| Only |\n|---|\n| x |');
    expect(html).toMatch(/^<div class="table-wrap" role="region" tabindex="0" aria-label="Table: Berth, Depth \(m\)"><table>/);
    expect(html).toContain('<div class="table-wrap" role="region" tabindex="0" aria-label="Table: Only"><table>');
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });
});
