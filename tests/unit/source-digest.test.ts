// A brief's stored HTML is kept while the code that rendered it has the same digest
// (src/loaders/source-digest.ts). The digest follows the code, not where the project is:
// a CI runner that checks the project out at another path, with the cache of the last run,
// renders nothing again for that reason alone.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceDigest } from '../../src/loaders/source-digest.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-source-digest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A small project: a config that imports a plugin, which imports a helper. */
function project(name: string): string {
  const root = join(work, name);
  mkdirSync(join(root, 'src/plugins'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), "import plugin from './src/plugins/plugin.ts';\nexport default { plugin };\n");
  writeFileSync(join(root, 'src/plugins/plugin.ts'), "import { helper } from './helper.ts';\nexport default helper;\n");
  writeFileSync(join(root, 'src/plugins/helper.ts'), 'export const helper = () => 1;\n');
  return root;
}

describe('sourceDigest', () => {
  const root = project('here');
  const digest = (at: string, extra: string[] = ['satteri@1']) => sourceDigest(at, ['astro.config.mjs'], extra);

  it('is the same for the same project at another path', () => {
    const elsewhere = join(work, 'deeper/elsewhere');
    cpSync(root, elsewhere, { recursive: true });
    expect(digest(elsewhere)).toBe(digest(root));
  });

  it('changes when a file the entry imports, directly or not, changes', () => {
    const edited = join(work, 'edited');
    cpSync(root, edited, { recursive: true });
    writeFileSync(join(edited, 'src/plugins/helper.ts'), 'export const helper = () => 2;\n');
    expect(digest(edited)).not.toBe(digest(root));
  });

  it('changes when an imported file moves within the project', () => {
    const moved = join(work, 'moved');
    cpSync(root, moved, { recursive: true });
    mkdirSync(join(moved, 'src/lib'));
    cpSync(join(moved, 'src/plugins/helper.ts'), join(moved, 'src/lib/helper.ts'));
    writeFileSync(join(moved, 'src/plugins/plugin.ts'), "import { helper } from '../lib/helper.ts';\nexport default helper;\n");
    expect(digest(moved)).not.toBe(digest(root));
  });

  it('changes with the extra strings (package versions, settings)', () => {
    expect(digest(root, ['satteri@2'])).not.toBe(digest(root));
  });
});
