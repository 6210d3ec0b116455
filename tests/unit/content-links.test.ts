// Links written inside brief Markdown get the site's base path (Astro leaves them as written).
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin } from '../../src/integrations/base-links-plugin.ts';
import { checkBodyLinks, siteLinkTarget } from '../../src/check/body-links.ts';
import { contentLinkHref } from '../../src/lib/site/urls.ts';
import { brief, deal } from '../support/factories.ts';

describe('contentLinkHref', () => {
  it('puts the base in front of root-relative site links only', () => {
    expect(contentLinkHref('/a/b/c/', '/entities/xpeng/')).toBe('/a/b/c/entities/xpeng/');
    expect(contentLinkHref('/a/b/c/', '/deals/#deal-x')).toBe('/a/b/c/deals/#deal-x');
    expect(contentLinkHref('/', '/entities/xpeng/')).toBe('/entities/xpeng/');
    for (const kept of ['../xpeng/', 'xpeng/', '#summary', '//cdn.example.org/x.png', 'https://example.org/', 'mailto:a@example.org']) {
      expect(contentLinkHref('/a/b/c/', kept)).toBe(kept);
    }
  });
});

describe('baseLinksPlugin in the MDX compiler', () => {
  it('rewrites inline links, images and reference definitions', () => {
    const source = 'See [XPeng](/entities/xpeng/), [a deal][d], ![chart](/img/c.png) and [this](#caveats).\n\n[d]: /deals/#deal-x\n';
    const { code } = mdxToJs(source, { mdastPlugins: [baseLinksPlugin('/a/b/c/')] }) as { code: string };
    expect(code).toContain('"/a/b/c/entities/xpeng/"');
    expect(code).toContain('"/a/b/c/deals/#deal-x"');
    expect(code).toContain('"/a/b/c/img/c.png"');
    expect(code).toContain('"#caveats"');
    expect(code).not.toMatch(/"\/entities\/xpeng\/"/);
  });

  it("writes a link relative to the brief's page from the root, as the check resolves it, so a page served without its slash keeps it", () => {
    const source = 'See [the other brief](../other-brief/#caveats), [a list](../../entities/) and [this](#caveats).\n';
    const fileURL = new URL('file:///site/content/briefs/this-brief.mdx');
    const { code } = mdxToJs(source, { fileURL, mdastPlugins: [baseLinksPlugin('/a/b/c/')] }) as { code: string };
    expect(code).toContain('"/a/b/c/briefs/other-brief/#caveats"');
    expect(code).toContain('"/a/b/c/entities/"');
    expect(code).toContain('"#caveats"');
    // Without a file to place it, a relative link stays as written.
    expect((mdxToJs(source, { mdastPlugins: [baseLinksPlugin('/a/b/c/')] }) as { code: string }).code).toContain(
      '"../other-brief/#caveats"',
    );
  });
});

describe('siteLinkTarget', () => {
  it('recognises links to entries with their fragment, not listings or other pages; a deal named as a page is flagged', () => {
    expect(siteLinkTarget('/entities/xpeng/')).toEqual({ collection: 'entities', id: 'xpeng', wellFormed: true });
    expect(siteLinkTarget('/briefs/x/#caveats')).toEqual({ collection: 'briefs', id: 'x', wellFormed: true, fragment: 'caveats' });
    expect(siteLinkTarget('/briefs/x/#deal-a-b')).toEqual({ collection: 'briefs', id: 'x', wellFormed: true, fragment: 'deal-a-b' });
    expect(siteLinkTarget('/topics/funding')).toEqual({ collection: 'topics', id: 'funding', wellFormed: false });
    for (const deal of ['/deals/a-b/', '/deals/a-b', '/deals/#deal-a-b', '/deals#deal-a-b']) {
      expect(siteLinkTarget(deal), deal).toEqual({ collection: 'deals', id: 'a-b', wellFormed: false });
    }
    for (const other of [
      '/briefs/topic/funding/',
      '/briefs/',
      '/briefs/page/2/',
      '/deals/page/2/',
      '/deals/kind/licence/',
      '/entities/x/briefs/',
      '/search/',
      '/data/briefs.json',
      'entities/xpeng/',
      'https://example.org/entities/x/',
    ]) {
      expect(siteLinkTarget(other), other).toBeUndefined();
    }
  });
});

describe('checkBodyLinks', () => {
  it('reports a link from a published brief to a draft', () => {
    const briefs = [brief('a'), brief('b', { status: 'draft' })];
    const ids = { briefs: new Set(['a', 'b']), entities: new Set<string>(), deals: new Set<string>(), topics: new Set<string>() };
    const issues = checkBodyLinks(
      [{ id: 'a', file: 'content/briefs/a.mdx', links: [{ url: '/briefs/b/', line: 30, column: 5 }] }],
      { briefs, entities: [], deals: [], topics: [] },
      ids,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        id: 'a',
        line: 30,
        column: 5,
        value: '/briefs/b/',
        message: 'the link points at the brief b, which is not published (status: draft)',
      }),
    ]);
    // A draft may link to another draft: neither is on the site.
    expect(checkBodyLinks([{ id: 'b', links: [{ url: '/briefs/b/' }] }], { briefs, entities: [], deals: [], topics: [] }, ids)).toEqual([]);
  });

  it("points a deal's link at its row on the first published brief it cites", () => {
    const briefs = [brief('draft', { status: 'draft' }), brief('first'), brief('second')];
    const deals = [deal('round', { briefs: ['draft', 'first', 'second'] }), deal('unpublished', { briefs: ['draft'] })];
    const ids = {
      briefs: new Set(['draft', 'first', 'second']),
      entities: new Set<string>(),
      deals: new Set(['round', 'unpublished']),
      topics: new Set<string>(),
    };
    const check = (url: string) => checkBodyLinks([{ id: 'second', links: [{ url }] }], { briefs, entities: [], deals, topics: [] }, ids);
    expect(check('/briefs/first/#deal-round')).toEqual([]);
    expect(check('/briefs/second/#deal-round')).toEqual([
      expect.objectContaining({
        message: 'the row of deal round is on the page of the first published brief it cites, not this one',
        fix: 'write /briefs/first/#deal-round',
      }),
    ]);
    expect(check('/deals/round/')).toEqual([expect.objectContaining({ fix: 'write /briefs/first/#deal-round' })]);
    expect(check('/briefs/first/#deal-unpublished')).toEqual([
      expect.objectContaining({ message: 'the deal unpublished cites no published brief, so it is not on the site' }),
    ]);
    // A fragment that is not a deal's is left alone.
    expect(check('/briefs/first/#caveats')).toEqual([]);
  });
});
