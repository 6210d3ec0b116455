import { checkTree, BASE_TREE, BRIEF_PATH, removeTrees } from './tests/helpers/content-tree.ts';
import { MAX_FILE_BYTES } from './src/check/read-content.ts';
const fm = BASE_TREE[BRIEF_PATH]!.slice(0, BASE_TREE[BRIEF_PATH]!.indexOf('---\n\n') + 5);
const room = MAX_FILE_BYTES - Buffer.byteLength(fm) - 1;
const fill = (unit: string) => unit.repeat(Math.floor(room / Buffer.byteLength(unit)));
const families: Record<string, () => string> = {
  'refs-40000': () => '&#x41;'.repeat(40000),
  'gt-120k': () => '>'.repeat(120000),
  'refs-at-limit': () => '&#x41;'.repeat(200) + fill('a b '),
  'deep-at-limit': () => fill('> '.repeat(16) + 'x\n'),
  'tags-at-limit': () => '<sub>'.repeat(500) + 'x' + '</sub>'.repeat(500) + fill('a '),
  'emphasis': () => fill('*a **b *c* d** e* '),
  'links': () => fill('[a](/entities/northwind-motors/) '),
  'lists': () => fill('- a\n  - b\n'),
  'backticks': () => fill('`a'),
  'brackets': () => fill('['),
  'braces': () => fill('\\{'),
};
const name = process.argv[2]!;
const body = families[name]!();
const t = performance.now();
const r = checkTree({ [BRIEF_PATH]: `${fm}${body}\n` });
const ms = performance.now() - t;
removeTrees();
console.log(name.padEnd(14), `${(Buffer.byteLength(fm + body) / 1024).toFixed(0)} KiB`, `${Math.round(ms)} ms`, `peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`, r.errors.length, r.errors[0]?.message.slice(0, 70) ?? '');
