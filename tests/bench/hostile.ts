// npm run bench:hostile: the content check on hostile brief bodies of the file size
// limit (MAX_FILE_BYTES), each family in a child process of its own so its peak memory is
// its own. The bodies over a bound of BODY_LIMITS (src/lib/content/mdx-policy.ts) must be
// refused; the rest, at the bounds, accepted. Prints time and peak resident memory.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MAX_FILE_BYTES } from '../../src/check/read-content.ts';
import { BODY_LIMITS } from '../../src/lib/content/mdx-policy.ts';
import { BASE_TREE, BRIEF_PATH, checkTree, removeTrees } from '../support/content-tree.ts';

const frontmatter = BASE_TREE[BRIEF_PATH]!.slice(0, BASE_TREE[BRIEF_PATH]!.indexOf('---\n\n') + 5);
const room = MAX_FILE_BYTES - Buffer.byteLength(frontmatter) - 1;
/** `head`, then `unit` repeated up to the file size limit. */
const fill = (unit: string, head = '') => head + unit.repeat(Math.floor((room - Buffer.byteLength(head)) / Buffer.byteLength(unit)));
const half = BODY_LIMITS.elements / 2;

const FAMILIES: Record<string, () => string> = {
  'references over the bound (40,000 × &#x41;)': () => '&#x41;'.repeat(40_000),
  'nesting over the bound (120,000 × >)': () => '>'.repeat(120_000),
  'references at the bound': () => fill(' a', '&#x41;'.repeat(BODY_LIMITS.characterReferences)),
  'nesting at the bound': () => fill(`${'> '.repeat(BODY_LIMITS.nesting)}x\n`),
  'tags at the bound': () => fill(' a', `${'<sub>'.repeat(half)}x${'</sub>'.repeat(half)}`),
  emphasis: () => fill('*a **b *c* d** e* '),
  'nested lists': () => fill('- a\n  - b\n'),
  backticks: () => fill('`a'),
  links: () => fill('[a](/entities/northwind-motors/) '),
};

const family = process.argv[2];
if (family) {
  const body = FAMILIES[family]!();
  const started = performance.now();
  const report = checkTree({ [BRIEF_PATH]: `${frontmatter}${body}\n` });
  const ms = performance.now() - started;
  removeTrees();
  const kib = Buffer.byteLength(frontmatter + body) / 1024;
  const outcome = report.errors.length ? `refused: ${report.errors[0]!.message}` : 'accepted';
  console.log(
    `${family.padEnd(46)} ${kib.toFixed(0).padStart(4)} KiB ${(ms / 1000).toFixed(2).padStart(6)} s ${(process.resourceUsage().maxRSS / 1024 / 1024).toFixed(2)} GB peak  ${outcome}`,
  );
} else {
  for (const name of Object.keys(FAMILIES)) {
    process.stdout.write(execFileSync(process.execPath, [fileURLToPath(import.meta.url), name], { encoding: 'utf8' }));
  }
}
