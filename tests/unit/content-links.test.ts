// Links written inside brief Markdown get the site's base path (Astro leaves them as written).
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinksPlugin } from '../../src/integrations/base-links-plugin.ts';
import { contentLinkHref } from '../../src/lib/urls.ts';

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
});
