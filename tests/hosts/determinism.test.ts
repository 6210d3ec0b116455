// Two clean builds of the same commit give byte-identical sites. The second build
// uses a fresh Astro cache, another output folder, another time zone and another
// locale, so output that depends on any of them (build dates, locale formatting,
// absolute paths, hash or Map ordering) shows up as a difference.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { builtFiles } from './dist-files.ts';
import { buildVariant, variant } from './variants.ts';

const first = variant('deep');
const second = `${first.dir}-again`;

afterAll(() => rmSync(second, { recursive: true, force: true }));

const digest = (dir: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');

it('a second clean build (other cache, folder, time zone and locale) is byte-identical', () => {
  buildVariant(first, second, { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
  const a = builtFiles(first.dir, '');
  const b = builtFiles(second, '');
  expect(a.length).toBeGreaterThan(0);
  expect(b, 'the same files').toEqual(a);
  const differing = a.filter((file) => digest(first.dir, file) !== digest(second, file));
  expect(differing, 'files whose bytes differ').toEqual([]);
}, 300_000);
