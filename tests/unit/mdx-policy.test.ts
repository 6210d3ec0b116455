// The MDX policy for brief bodies: each hostile construct is rejected by the check with
// file, line, column, the construct and the fix; the same policy stops the MDX compiler.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/check/mdx-body.ts';
import { BRIEF_ELEMENTS, disallowedScheme, isCommentOnly } from '../../src/lib/content/mdx-policy.ts';
import { mdxPolicyPlugin } from '../../src/integrations/mdx-policy-plugin.ts';
import { BRIEF_COMPONENTS } from '../../src/loaders/render-brief-body.ts';
import { BASE_TREE, BRIEF_BODY_LINE, BRIEF_PATH, errorsOf, removeTrees } from '../support/content-tree.ts';

afterAll(removeTrees);

const FILE = `content/${BRIEF_PATH}`;
/** The first line of a new body. */
const L = BRIEF_BODY_LINE + 1;
const frontmatter = BASE_TREE[BRIEF_PATH]!.slice(0, BASE_TREE[BRIEF_PATH]!.indexOf('---\n\n') + 5);
const withBody = (body: string) => ({ [BRIEF_PATH]: `${frontmatter}${body}\n` });
const bodyErrors = (body: string) => errorsOf(withBody(body));

const ESCAPE_BRACES = 'escape the braces as \\{ and \\} if you meant literal text';
const LINK_FIX = 'link to an http(s) address instead, or remove the link';

describe('rejected in a brief body', () => {
  it('mdx-import', () => {
    expect(bodyErrors("import Chart from './chart.js'\n\nVans sold well.")).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: "import Chart from './chart.js'",
        message: 'import and export statements are not allowed in a brief: briefs cannot load or run code',
        fix: 'remove the line; if it is prose, do not start the line with "import" or "export" followed by a space',
      },
    ]);
  });

  it('mdx-export', () => {
    expect(bodyErrors('Vans sold well.\n\nexport const total = 1 + 1')).toEqual([
      {
        file: FILE,
        line: L + 2,
        column: 1,
        field: '(body)',
        value: 'export const total = 1 + 1',
        message: 'import and export statements are not allowed in a brief: briefs cannot load or run code',
        fix: 'remove the line; if it is prose, do not start the line with "import" or "export" followed by a space',
      },
    ]);
  });

  it('mdx-flow-expression', () => {
    expect(bodyErrors("{fetch('/steal')}\n\nVans sold well.")).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: "{fetch('/steal')}",
        message: 'a {…} expression is JavaScript, which briefs cannot run',
        fix: ESCAPE_BRACES,
      },
    ]);
  });

  it('mdx-text-expression', () => {
    expect(bodyErrors('Revenue rose {1 + 1} percent.')).toEqual([
      {
        file: FILE,
        line: L,
        column: 14,
        field: '(body)',
        value: '{1 + 1}',
        message: 'a {…} expression is JavaScript, which briefs cannot run',
        fix: ESCAPE_BRACES,
      },
    ]);
  });

  it('mdx-comment-with-code-after-it', () => {
    expect(bodyErrors('Vans {/* note */ alert(1) /* more */} sold.')).toEqual([
      {
        file: FILE,
        line: L,
        column: 6,
        field: '(body)',
        value: '{/* note */ alert(1) /* more */}',
        message: 'a {…} expression is JavaScript, which briefs cannot run',
        fix: ESCAPE_BRACES,
      },
    ]);
  });

  it('mdx-unknown-component (nearest allowed name suggested)', () => {
    expect(bodyErrors('The name <Langtext lang="ru">Нордвинд</Langtext> is Russian.')).toEqual([
      {
        file: FILE,
        line: L,
        column: 10,
        field: '(body)',
        value: 'Langtext',
        message: '<Langtext> is not an allowed component or element (allowed: LangText, abbr, br, sub, sup)',
        fix: 'did you mean <LangText>?',
      },
    ]);
  });

  it('mdx-unknown-component', () => {
    expect(bodyErrors('<Chart series="vans" />')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: 'Chart',
        message: '<Chart> is not an allowed component or element (allowed: LangText, abbr, br, sub, sup)',
        fix: 'remove it; to show a literal "<" write \\<',
      },
    ]);
  });

  it('raw-script', () => {
    expect(bodyErrors('Vans sold well.\n\n<script>alert(document.cookie)</script>')).toEqual([
      {
        file: FILE,
        line: L + 2,
        column: 1,
        field: '(body)',
        value: 'script',
        message: '<script> is not allowed in a brief: it runs or hides code',
        fix: 'remove it; to show the tag as text, write \\<script>',
      },
    ]);
  });

  it('iframe', () => {
    expect(bodyErrors('<iframe src="https://example.org/embed"></iframe>')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: 'iframe',
        message: '<iframe> is not allowed in a brief: it embeds another document',
        fix: 'remove it; to show the tag as text, write \\<iframe>',
      },
    ]);
  });

  it('object-or-embed', () => {
    expect(bodyErrors('<object data="https://example.org/x.swf" />\n\n<embed src="https://example.org/x.swf" />')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: 'object',
        message: '<object> is not allowed in a brief: it embeds another document',
        fix: 'remove it; to show the tag as text, write \\<object>',
      },
      {
        file: FILE,
        line: L + 2,
        column: 1,
        field: '(body)',
        value: 'embed',
        message: '<embed> is not allowed in a brief: it embeds another document',
        fix: 'remove it; to show the tag as text, write \\<embed>',
      },
    ]);
  });

  it('style-element', () => {
    expect(bodyErrors('<style media="screen">body \\{ display: none \\}</style>')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: 'style',
        message: '<style> is not allowed in a brief: it changes the page around the brief',
        fix: 'remove it; to show the tag as text, write \\<style>',
      },
    ]);
  });

  it('event-handler-attribute', () => {
    expect(bodyErrors('Prices in <abbr title="euro" onmouseover="alert(1)">EUR</abbr>.')).toEqual([
      {
        file: FILE,
        line: L,
        column: 11,
        field: '(body)',
        value: 'onmouseover',
        message: 'event-handler attribute onmouseover on <abbr> is not allowed: briefs cannot run scripts',
        fix: 'remove onmouseover="…"',
      },
    ]);
  });

  it('javascript-url-attribute', () => {
    expect(bodyErrors('Note<sup href="javascript:alert(1)">1</sup>.')).toEqual([
      {
        file: FILE,
        line: L,
        column: 5,
        field: '(body)',
        value: 'javascript:alert(1)',
        message: 'href on <sup> is a javascript: URL',
        fix: 'link to an http(s) address instead',
      },
    ]);
  });

  it('attribute-not-allowed', () => {
    expect(bodyErrors('<abbr title="euro" style="color: red">EUR</abbr>')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: 'style',
        message: '<abbr> does not take the attribute style',
        fix: 'use only title',
      },
    ]);
  });

  it('javascript-link', () => {
    expect(bodyErrors('Read [the report](javascript:alert(1)).')).toEqual([
      {
        file: FILE,
        line: L,
        column: 6,
        field: '(body)',
        value: 'javascript:alert(1)',
        message: 'a link to a javascript: URL is not allowed',
        fix: LINK_FIX,
      },
    ]);
  });

  it('javascript-link-disguised (mixed case, encoded tab)', () => {
    expect(bodyErrors('Read [the report](JaVa&#9;Script:alert(1)).')).toEqual([
      {
        file: FILE,
        line: L,
        column: 6,
        field: '(body)',
        value: 'JaVa Script:alert(1)',
        message: 'a link to a javascript: URL is not allowed',
        fix: LINK_FIX,
      },
    ]);
  });

  it('relative-image (a path from the brief file, which the published page cannot reach)', () => {
    const fix = 'put the image in public/ and write its path from the site root (e.g. /images/chart.png)';
    expect(bodyErrors('Sales rose. ![chart](./chart.png)')).toEqual([
      {
        file: FILE,
        line: L,
        column: 13,
        field: '(body)',
        value: './chart.png',
        message: 'an image path relative to the brief file does not work on the published page',
        fix,
      },
    ]);
    expect(bodyErrors('[the map](https://example.org/map.png)')).toEqual([]);
  });

  it('data-url-image', () => {
    expect(bodyErrors('![chart](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
        message: 'an image to a data: URL is not allowed',
        fix: LINK_FIX,
      },
    ]);
  });

  it('vbscript-url-in-a-reference-definition', () => {
    expect(bodyErrors('Read [the report][1].\n\n[1]: vbscript:msgbox(1)')).toEqual([
      {
        file: FILE,
        line: L + 2,
        column: 1,
        field: '(body)',
        value: 'vbscript:msgbox(1)',
        message: 'a link to a vbscript: URL is not allowed',
        fix: LINK_FIX,
      },
    ]);
  });

  it('expression-attribute', () => {
    expect(bodyErrors('<abbr title={document.cookie}>EUR</abbr>')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: '{document.cookie}',
        message: 'attribute title on <abbr> is a {…} expression: briefs cannot run code',
        fix: 'write the value in quotes: title="…"',
      },
    ]);
  });

  it('spread-attribute', () => {
    expect(bodyErrors('<abbr {...globalThis}>EUR</abbr>')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: '{...globalThis}',
        message: '<abbr> has a spread {…} attribute: briefs cannot run code',
        fix: 'write each attribute as name="value"',
      },
    ]);
  });

  it('component-with-a-bad-attribute-value', () => {
    expect(bodyErrors('<LangText lang="russian">Нордвинд</LangText>')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: 'russian',
        message: 'lang on <LangText>: "russian" is not a known BCP 47 language tag (examples: en, bn, ru, zh-Hans)',
        fix: 'correct lang="…"',
      },
    ]);
  });

  it('component-missing-a-required-attribute', () => {
    expect(bodyErrors('<LangText>Нордвинд</LangText>')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: 'LangText',
        message: '<LangText> needs the attribute lang',
        fix: 'add lang="…"',
      },
    ]);
  });

  it('jsx-fragment', () => {
    expect(bodyErrors('<>Vans</>')).toEqual([
      {
        file: FILE,
        line: L,
        column: 1,
        field: '(body)',
        value: '<>',
        message: 'a JSX fragment <>…</> is not allowed in a brief',
        fix: 'remove the <> and </> around the text',
      },
    ]);
  });

  it('mdx-syntax-error: an HTML comment', () => {
    expect(bodyErrors('Vans sold well.\n\n<!-- check the figure -->')).toEqual([
      {
        file: FILE,
        line: L + 2,
        column: 1,
        field: '(body)',
        message:
          'MDX syntax error: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)',
        fix: 'if you meant a literal "<" or "{", escape it as \\< or \\{',
      },
    ]);
  });

  it('mdx-syntax-error: an unclosed brace', () => {
    expect(bodyErrors('Vans sold well.\n\nPrices {rose sharply.')).toEqual([
      {
        file: FILE,
        line: L + 2,
        column: 8,
        field: '(body)',
        message: 'MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
        fix: 'if you meant a literal "<" or "{", escape it as \\< or \\{',
      },
    ]);
  });

  it('reports every violation in a body, in order', () => {
    const found = bodyErrors('import x from "y"\n\nA {b} c <script>d</script> [e](javascript:f)');
    expect(found.map((e) => [e.line, e.column, e.value])).toEqual([
      [L, 1, 'import x from "y"'],
      [L + 2, 3, '{b}'],
      [L + 2, 9, 'script'],
      [L + 2, 28, 'javascript:f'],
    ]);
  });
});

describe('accepted in a brief body', () => {
  it('escaped braces and tags, as text', () => {
    expect(bodyErrors('Write \\{x\\} and \\<script>alert(1)\\</script> as text; 3 < 4 too.')).toEqual([]);
  });
  it('MDX comments', () => {
    expect(bodyErrors('Vans sold well. {/* check the figure against the filing */}')).toEqual([]);
  });
  it('the allow-listed component and elements', () => {
    expect(
      bodyErrors(
        '<LangText lang="ru">Нордвинд</LangText> sold vans worth EUR 10<sup>6</sup>, <abbr title="euro">EUR</abbr>, CO<sub>2</sub>.<br />',
      ),
    ).toEqual([]);
  });
  it('http(s), mailto, relative and fragment links', () => {
    expect(
      bodyErrors(
        '[a](https://example.org) [b](http://example.org) [c](mailto:desk@example.org) [d](/entities/northwind-motors/) [e](#summary)',
      ),
    ).toEqual([]);
  });
});

describe('images', () => {
  const REMOTE = {
    message: 'an image from another site is not allowed: every reader would load it from that host',
    fix: 'save the image (if its licence allows) in public/images/ and write its path from the site root, e.g. /images/chart.png',
  };
  const publicDir = mkdtempSync(join(tmpdir(), 'dossier-public-'));
  mkdirSync(join(publicDir, 'images'));
  writeFileSync(join(publicDir, 'images', 'chart.png'), 'not really a png');
  mkdirSync(join(publicDir, 'images', 'folder.png'));
  afterAll(() => rmSync(publicDir, { recursive: true, force: true }));
  const check = (body: string) =>
    checkMdxBody(body, { id: 'b', file: 'b.mdx', bodyLine: 1, publicDir }).issues.map(({ line, column, value, message, fix }) => ({
      line,
      column,
      value,
      message,
      fix,
    }));

  it('remote-image (a tracking pixel), also protocol-relative and through a reference definition', () => {
    expect(bodyErrors('Sales rose. ![x](https://tracker.example/pixel.png)')).toEqual([
      { file: FILE, line: L, column: 13, field: '(body)', value: 'https://tracker.example/pixel.png', ...REMOTE },
    ]);
    expect(check('![x](//tracker.example/p.gif)\n\n![y][pix]\n\n[pix]: HTTP://tracker.example/q.gif')).toEqual([
      { line: 1, column: 1, value: '//tracker.example/p.gif', ...REMOTE },
      { line: 3, column: 1, value: 'HTTP://tracker.example/q.gif', ...REMOTE },
    ]);
  });

  it('missing-image: a root-relative image must be a file in public/', () => {
    expect(check('![chart](/images/chart.png) ![chart][c]\n\n[c]: /images/chart.png?v=2')).toEqual([]);
    expect(check('![x](/images/does-not-exist.png)\n\n![y](/images/folder.png) ![z](/images/../../etc/passwd)')).toEqual([
      {
        line: 1,
        column: 1,
        value: '/images/does-not-exist.png',
        message: 'the image /images/does-not-exist.png is not a file in public/, so the page would show a broken image',
        fix: 'add the file public/images/does-not-exist.png, or correct the path',
      },
      {
        line: 3,
        column: 1,
        value: '/images/folder.png',
        message: 'the image /images/folder.png is not a file in public/, so the page would show a broken image',
        fix: 'add the file public/images/folder.png, or correct the path',
      },
      {
        line: 3,
        column: 26,
        value: '/images/../../etc/passwd',
        message: 'the image /images/../../etc/passwd is not a file in public/, so the page would show a broken image',
        fix: 'write the path from the site root without "..", e.g. /images/chart.png',
      },
    ]);
  });
});

describe('policy helpers', () => {
  it('every allow-listed component has a renderer for brief bodies', () => {
    const components = Object.entries(BRIEF_ELEMENTS)
      .filter(([, rule]) => rule.kind === 'component')
      .map(([name]) => name);
    expect(Object.keys(BRIEF_COMPONENTS).sort()).toEqual(components.sort());
  });

  it('disallowedScheme sees through case, whitespace and control characters', () => {
    expect(disallowedScheme('javascript:alert(1)')).toBe('javascript');
    expect(disallowedScheme(' JaVa\tScRipt:alert(1)')).toBe('javascript');
    expect(disallowedScheme('java\u0000script:x')).toBe('javascript');
    expect(disallowedScheme('DATA:text/html,x')).toBe('data');
    expect(disallowedScheme('vbscript:x')).toBe('vbscript');
    expect(disallowedScheme('https://example.org/a:b')).toBeUndefined();
    expect(disallowedScheme('mailto:a@example.org')).toBeUndefined();
    expect(disallowedScheme('/relative/path:with-colon')).toBeUndefined();
    expect(disallowedScheme('#anchor')).toBeUndefined();
  });
  it('isCommentOnly accepts one comment and nothing else', () => {
    expect(isCommentOnly(' /* a note */ ')).toBe(true);
    expect(isCommentOnly('/* a */ x /* b */')).toBe(false);
    expect(isCommentOnly('/* a */ /* b */')).toBe(false);
    expect(isCommentOnly('// line comment')).toBe(false);
  });
});

describe('the MDX compiler enforces the policy too (defence in depth)', () => {
  const compile = (body: string) =>
    mdxToJs(body, { mdastPlugins: [mdxPolicyPlugin()], fileURL: pathToFileURL('/site/content/briefs/x.mdx') });

  it('refuses to compile hostile bodies, naming file, line and column', () => {
    expect(() => compile('Vans.\n\n<script>alert(1)</script>')).toThrow(
      'MDX policy: 1 construct not allowed in a brief\n  /site/content/briefs/x.mdx:3:1 <script> is not allowed in a brief: it runs or hides code (fix: remove it; to show the tag as text, write \\<script>)',
    );
    expect(() => compile('import fs from "node:fs"')).toThrow(/x\.mdx:1:1 import and export statements/);
    expect(() => compile('Total {process.env.SECRET}')).toThrow(/x\.mdx:1:7 a \{…\} expression is JavaScript/);
    expect(() => compile('[x](javascript:alert(1))')).toThrow(/x\.mdx:1:1 a link to a javascript: URL/);
    expect(() => compile('<abbr title="e" onclick="alert(1)">E</abbr>')).toThrow(/event-handler attribute onclick/);
  });
  it('compiles a brief that follows it', async () => {
    expect((await compile('Vans sold <LangText lang="ru">хорошо</LangText>, \\{ok\\}. {/* note */}')).code).toContain('LangText');
  });
});
