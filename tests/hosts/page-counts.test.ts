// Counts on every built page read as English: "1 connection", never "1 connections".
// Pages write counts with countOf (src/lib/text/counts.ts); this catches one written by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { expect, it } from 'vitest';
import { builtFiles } from './dist-files.ts';
import { variant } from './variants.ts';

/** The text a reader sees (no scripts), with the accessible names of pictures and their titles. */
function visibleText(html: string): string {
  let skip = 0;
  const parts: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script' || name === 'style') skip++;
      for (const attr of ['aria-label', 'title', 'alt']) if (attrs[attr]) parts.push(attrs[attr]);
    },
    ontext(text) {
      if (!skip) parts.push(text);
    },
    onclosetag(name) {
      if (name === 'script' || name === 'style') skip--;
    },
  });
  parser.end(html);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** "1" (not part of a larger number or a figure such as 1.5) followed by a plural noun the site counts. */
const ONE_WITH_PLURAL =
  /(?<![\d.,])\b1 (?:[a-z-]+ )?(briefs|entities|deals|connections|events|investors|topics|names|sources|results|relations|articles|pages|years)\b/g;

it('no built page writes "1" before a plural noun', () => {
  const dir = variant('root').dir;
  const pages = builtFiles(dir, '.html');
  expect(pages.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const file of pages)
    for (const m of visibleText(readFileSync(join(dir, file), 'utf8')).matchAll(ONE_WITH_PLURAL)) found.push(`${file}: “${m[0]}”`);
  expect(found).toEqual([]);
});

it('the check finds a hand-written plural after 1, and leaves other counts alone', () => {
  const text = visibleText(
    '<p>Lei Jun and the 1 entities it is connected to</p><svg aria-label="1 shared deals"></svg><p>2 briefs; 1 brief; 1.1 briefs; 11 deals</p>',
  );
  expect([...text.matchAll(ONE_WITH_PLURAL)].map((m) => m[0])).toEqual(['1 entities', '1 shared deals']);
});
