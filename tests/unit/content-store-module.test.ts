// Astro's content store chunk, rewritten so that Node compiles it in linear time
// (src/integrations/content-store-module.ts): the same value, literals of bounded length
// joined at run time, and code of any other shape left alone.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { splitStoreLiteral } from '../../src/integrations/content-store-module.ts';

/** A chunk shaped as the build emits the store: a comment, one JSON.parse of one literal, the export. */
const chunkOf = (store: unknown) =>
  `// \\0astro:data-layer-content\nvar store_default = JSON.parse(${JSON.stringify(JSON.stringify(store))});\n\nexport { store_default as default };\n`;

/** What `var store_default` holds once the chunk's code runs (the export line taken off). */
function valueOf(code: string): unknown {
  const script = code.replace(/export \{[^}]*\};?\s*$/, '');
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
  it('keeps the value, in pieces no longer than asked, whatever script or escape they cut', () => {
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
      const split = splitStoreLiteral(chunkOf(STORE), size)!;
      expect(split, `size ${size}`).toBeDefined();
      expect(valueOf(split)).toEqual(STORE);
      const array = split.slice(split.indexOf('JSON.parse([') + 'JSON.parse('.length, split.lastIndexOf('].join("")') + 1);
      const literals = JSON.parse(array) as string[];
      expect(literals.length).toBe(Math.ceil(JSON.stringify(STORE).length / size));
      for (const literal of literals) expect(literal.length).toBeLessThanOrEqual(size);
    }
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
    expect(splitStoreLiteral(`var a = JSON.parse("\\x41"); export { a };`)).toBeUndefined();
    expect(splitStoreLiteral(`var a = JSON.parse('[1]'); export { a };`)).toBeUndefined();
    expect(splitStoreLiteral(`var a = JSON.parse(other + "x")`)).toBeUndefined();
  });
});
