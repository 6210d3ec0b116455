// `npm run typecheck` checks .astro components too, not only .ts files: its Astro step is run
// on a small project holding a component with a type error, which must fail and name it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Inside the project (in the ignored .tmp/), so the probe resolves the project's packages.
mkdirSync('.tmp', { recursive: true });
const probe = mkdtempSync(join('.tmp', 'typecheck-'));
afterAll(() => rmSync(probe, { recursive: true, force: true }));

/** The typecheck script's command that checks components, e.g. ["astro", "check", …]. */
const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.typecheck!;
const astroStep = script
  .split('&&')
  .map((s) => s.trim().split(/\s+/))
  .find((words) => words[0] === 'astro' && words[1] === 'check');

function writeProbe(countLine: string): void {
  mkdirSync(join(probe, 'src', 'components'), { recursive: true });
  mkdirSync(join(probe, 'src', 'pages'), { recursive: true });
  writeFileSync(join(probe, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['src/**/*'] }));
  writeFileSync(join(probe, 'src', 'components', 'Count.astro'), `---\n${countLine}\n---\n<p>{count}</p>\n`);
  writeFileSync(join(probe, 'src', 'pages', 'index.astro'), '---\nimport Count from "../components/Count.astro";\n---\n<Count />\n');
}

function runAstroStep() {
  const [, ...args] = astroStep!;
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args, '--root', probe], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}

describe('npm run typecheck', () => {
  it('runs astro check', () => {
    expect(astroStep, script).toBeDefined();
  });

  it('fails on a type error in a component, naming the file and line', () => {
    writeProbe('const count: number = "three";');
    const run = runAstroStep();
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/src\/components\/Count\.astro:2:\d+ - error ts\(2322\): Type 'string' is not assignable to type 'number'/);
  });

  it('passes once the component is correct', () => {
    writeProbe('const count: number = 3;');
    const run = runAstroStep();
    expect(run.status, run.output).toBe(0);
  });
});
