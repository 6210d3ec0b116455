// Static half of the strict-CSP check (the browser half is tests/e2e/csp.spec.ts):
// no page carries code or styles that `script-src 'self'` / `style-src 'self'` would
// block, whether or not a browser test happens to visit it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { expect, it } from 'vitest';
import { builtFiles } from './dist-files.ts';
import { VARIANTS } from './variants.ts';

/** Script types browsers do not run: data blocks are allowed inline. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

function inlineCode(html: string): string[] {
  const found: string[] = [];
  let inScript: string | undefined;
  let scriptText = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      for (const [attr, value] of Object.entries(attrs)) {
        if (/^on/.test(attr)) found.push(`<${name} ${attr}>: inline event handler`);
        if (attr === 'style') found.push(`<${name} style="${value}">: style attribute`);
        if (/^\s*javascript:/i.test(value)) found.push(`<${name} ${attr}="${value}">: javascript: URL`);
      }
      if (name === 'style') found.push('<style> element');
      if (name === 'script' && attrs.src === undefined && !DATA_SCRIPT_TYPES.has((attrs.type ?? '').toLowerCase())) {
        inScript = name;
        scriptText = '';
      }
    },
    ontext(text) {
      if (inScript) scriptText += text;
    },
    onclosetag(name) {
      if (name === 'script' && inScript) {
        found.push(`inline <script>: ${scriptText.trim().slice(0, 60)}`);
        inScript = undefined;
      }
    },
  });
  parser.end(html);
  return found;
}

it('no built page has inline scripts, inline styles or event-handler attributes', () => {
  const problems: string[] = [];
  for (const v of VARIANTS) {
    const files = builtFiles(v.dir, '.html');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) for (const p of inlineCode(readFileSync(join(v.dir, file), 'utf8'))) problems.push(`${v.name}/${file}: ${p}`);
  }
  expect(problems).toEqual([]);
});

it('the check finds each kind of inline code', () => {
  expect(
    inlineCode(
      '<p onclick="y" style="x"><a href="javascript:void 0">a</a></p><style>p{}</style><script>go()</script><script type="application/ld+json">{}</script><script src="/a.js"></script>',
    ),
  ).toEqual([
    '<p onclick>: inline event handler',
    '<p style="x">: style attribute',
    '<a href="javascript:void 0">: javascript: URL',
    '<style> element',
    'inline <script>: go()',
  ]);
});
