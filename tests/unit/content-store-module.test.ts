// Astro's content store chunk, rewritten so that Node compiles it in linear time
// (src/integrations/content-store-module.ts): the same value, literals of bounded length
// joined at run time, and code of any other shape left alone.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { splitStoreLiteral } from '../../src/integrations/content-store-module.ts';

/** A chunk shaped as the build emits the store: a comment, one JSON.parse of one literal, the export. */
const chunkOf = (store: unknown) =>
  `// \\0astro:data-layer-content\nvar store_default = JSON.parse(${JSON.stringify(JSON.stringify(store))});\n\nexport { store_default as default };\n`;

/**
 * What `var store_default` holds once the chunk's code runs (the export line taken off),
 * after the code has been written as UTF-8 and read back, as the build's chunk file is.
 */
function valueOf(code: string): unknown {
  // Strict, as the chunk is an ES module.
  const script = `"use strict";${Buffer.from(code, 'utf8')
    .toString('utf8')
    .replace(/export \{[^}]*\};?\s*$/, '')}`;
  const context = vm.createContext({});
  vm.runInContext(script, context);
  return vm.runInContext('store_default', context);
}

const STORE = [
  ['Map', 1, 2],
  'briefs',
  { title: 'Alibaba ставит на электромобили', names: ['阿里巴巴', 'আলিবাবা', 'Ẓ̌ṳ̃', '😀 emoji', 'quote " and \\ backslash'] },
  { html: '<p class="lead">Line\nbreak\u2028separator</p>' },
];

describe('splitStoreLiteral', () => {
  /** The pieces' source text, each as written between its quotes in `JSON.parse(["…","…"].join(""))`. */
  function piecesOf(split: string): string[] {
    const pieces: string[] = [];
    let at = split.indexOf('JSON.parse([') + 'JSON.parse(['.length;
    while (split[at] === '"') {
      let end = at + 1;
      while (split[end] !== '"') end += split[end] === '\\' ? 2 : 1;
      pieces.push(split.slice(at + 1, end));
      at = split[end + 1] === ',' ? end + 2 : end + 1;
    }
    return pieces;
  }

  it('keeps the value, in pieces no longer than asked, whatever script, escape or surrogate pair they cut', () => {
    const literalSource = JSON.stringify(JSON.stringify(STORE)).slice(1, -1);
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
      const split = splitStoreLiteral(chunkOf(STORE), size)!;
      expect(split, `size ${size}`).toBeDefined();
      expect(valueOf(split), `size ${size}`).toEqual(STORE);
      const pieces = piecesOf(split);
      expect(pieces.join('')).toBe(literalSource);
      // Longer than asked only to hold an escape (\u2028 is six characters) or a surrogate pair whole.
      for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(Math.max(size, 6));
      if (size >= 64) expect(pieces.length).toBe(Math.ceil(literalSource.length / size));
    }
  });

  it('cuts no escape of JavaScript apart, including those JSON does not have', () => {
    const chunk = `var store_default = JSON.parse("[\\"\\x41\\u{1F600}\\u00e9\\😀\\\\\\\\\\"]"); export { store_default as default };`;
    const whole = valueOf(chunk);
    for (const size of [1, 2, 3, 4, 5, 9]) expect(valueOf(splitStoreLiteral(chunk, size)!), `size ${size}`).toEqual(whole);
  });

  it('cuts no long escape apart, nor a line continued after a backslash', () => {
    // \u{0000000041} is "A" however many zeros it has; a backslash before CR LF, LF or U+2028 stands for nothing.
    const chunk = `var store_default = JSON.parse("[\\"\\u{0000000041}\\u{00000000e9}\\\r\nB\\\nC\\\u2028D\\"]"); export { store_default as default };`;
    const whole = valueOf(chunk);
    expect(whole).toEqual(['A\u00e9BCD']);
    for (let size = 1; size <= 20; size++) expect(valueOf(splitStoreLiteral(chunk, size)!), `size ${size}`).toEqual(whole);
  });

  it('keeps the code around the call as it was', () => {
    const chunk = chunkOf(STORE);
    const split = splitStoreLiteral(chunk, 10)!;
    expect(split.startsWith('// \\0astro:data-layer-content\nvar store_default = JSON.parse(["')).toBe(true);
    expect(split.endsWith('"].join(""));\n\nexport { store_default as default };\n')).toBe(true);
  });

  it('leaves code of any other shape alone', () => {
    expect(splitStoreLiteral('export default new Map()')).toBeUndefined();
    expect(splitStoreLiteral(`var a = JSON.parse(${JSON.stringify('[1]')}); f("x")`)).toBeUndefined();
    expect(splitStoreLiteral(`var a = JSON.parse("[1]\\"); f("x")`)).toBeUndefined();
    // A backslash that escapes the closing quote: the literal does not end there.
    expect(splitStoreLiteral(`var a = JSON.parse("[1]\\")`)).toBeUndefined();
    expect(splitStoreLiteral(`var a = JSON.parse('[1]'); export { a };`)).toBeUndefined();
    expect(splitStoreLiteral(`var a = JSON.parse(other + "x")`)).toBeUndefined();
  });
});
