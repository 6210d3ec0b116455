// Astro's content store module as the build serves it (src/integrations/content-store-module.ts):
// a reader of the store file when the pages are rendered, whose value is the file's JSON, and
// which ends the process, naming the file, when the file is gone or changed since the module
// was made (Astro would take any error for an empty store and publish a site without content).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storeReaderModule } from '../../src/integrations/content-store-module.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-store-module-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A store as Astro writes it (devalue's flat form), with text in several scripts. */
const STORE = [
  ['Map', 1, 2],
  'briefs',
  { title: 'Alibaba ставит на электромобили', names: ['阿里巴巴', 'আলিবাবা', '😀', 'quote " and \\ backslash'] },
  { html: '<p class="lead">Line\nbreak\u2028separator</p>' },
];

let made = 0;
/** Writes the store file and the module that reads it; returns both paths. */
function moduleFor(store: unknown): { file: string; module: string } {
  made++;
  const file = join(work, `data-store-${made}.json`);
  writeFileSync(file, JSON.stringify(store));
  const { size, mtimeMs } = statSync(file);
  const module = join(work, `store-${made}.mjs`);
  writeFileSync(module, storeReaderModule(file, { size, mtimeMs }));
  return { file, module };
}

/** Imports the module in a process of its own: its exit code, its error output, and its value as JSON. */
function importApart(module: string) {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(pathToFileURL(module).href)}); console.log(JSON.stringify(m.default));`,
    ],
    { encoding: 'utf8' },
  );
  return { status: run.status, stderr: run.stderr, value: run.status === 0 ? (JSON.parse(run.stdout) as unknown) : undefined };
}

describe('storeReaderModule', () => {
  it("exports the store file's JSON", async () => {
    const { module } = moduleFor(STORE);
    expect(((await import(pathToFileURL(module).href)) as { default: unknown }).default).toEqual(STORE);
  });

  it('ends the process, naming the file, when the file changed after the module was made', () => {
    const { file, module } = moduleFor(STORE);
    writeFileSync(file, JSON.stringify([...STORE, 'one more entry']));
    const run = importApart(module);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Astro's content store ${file} changed after the pages were bundled`);
    expect(run.stderr).toContain('npm run build -- --cold');
  });

  it('ends the process, naming the file, when the file is gone', () => {
    const { file, module } = moduleFor(STORE);
    rmSync(file);
    const run = importApart(module);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Astro's content store ${file} ENOENT`);
  });

  it('reads a file left as it was, in a process of its own too', () => {
    expect(importApart(moduleFor(STORE).module)).toMatchObject({ status: 0, value: STORE });
  });
});
