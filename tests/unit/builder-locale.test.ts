// The same content publishes the same site on every machine. Node takes its default locale
// and time zone from the environment (LANG, LC_ALL, TZ), and a bare `localeCompare` sorts by
// that locale: Estonian puts "z" before "t", Danish puts "aa" after "z". Code that shapes
// pages, data files and ingest output names its locale; the fingerprint of an incremental
// build (src/integrations/build-fingerprint.ts) records the defaults as a safety net.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/lib/text/compare-text.ts';
import { filesUnder } from '../../src/integrations/files-under.ts';

const ROOT = process.cwd();
const WORDS = ['tala', 'zeta', 'aalto', 'abba', 'saab', 'Ökonomie', 'chip', 'hüpe'];

/** Runs `script` (an ES module body) in a Node process with the given locale and time zone. */
function runWithLocale(script: string, locale: string, timeZone = 'UTC'): string {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, LANG: locale, LC_ALL: locale, TZ: timeZone },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

const moduleUrl = (path: string) => JSON.stringify(pathToFileURL(join(ROOT, path)).href);

describe("the builder's locale", () => {
  it('changes what a bare localeCompare gives, which is why the code does not use it', () => {
    const bare = (locale: string) =>
      runWithLocale(`console.log(${JSON.stringify(WORDS)}.sort((a, b) => a.localeCompare(b)).join(' '))`, locale);
    expect(bare('et_EE.UTF-8')).not.toBe(bare('C.UTF-8'));
  });

  it('does not change how compareText orders', () => {
    const expected = [...WORDS].sort(compareText).join(' ');
    for (const locale of ['et_EE.UTF-8', 'da_DK.UTF-8', 'sk_SK.UTF-8', 'C.UTF-8'])
      expect(
        runWithLocale(
          `const { compareText } = await import(${moduleUrl('src/lib/text/compare-text.ts')}); console.log(new Intl.Collator().resolvedOptions().locale, ${JSON.stringify(WORDS)}.sort(compareText).join(' '))`,
          locale,
        ),
        locale,
      ).toBe(`${locale === 'C.UTF-8' ? 'en-US' : locale.slice(0, 5).replace('_', '-')} ${expected}`);
  });

  it('is never what product code compares or formats by: each call names its locale', () => {
    // src/browser runs in the reader's browser, where the reader's locale is the right one;
    // the fingerprint reads the defaults on purpose.
    const exempt = new Set(['src/integrations/build-fingerprint.ts']);
    const implicit = [
      /\.localeCompare\(/,
      /\.toLocale(?:Lower|Upper)Case\(\s*\)/,
      /\.toLocale(?:Date|Time)?String\(\s*\)/,
      /(?:new |[^.\w])Intl\.\w+\(\s*(?:\)|undefined\b|\[\s*\])/,
      /\.toLocale\w*String\(\s*undefined\b/,
    ];
    const offenders: string[] = [];
    for (const path of filesUnder(join(ROOT, 'src'))) {
      const rel = relative(ROOT, path);
      if (rel.startsWith(join('src', 'browser')) || !/\.(ts|astro|mjs)$/.test(rel) || exempt.has(rel)) continue;
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (implicit.some((pattern) => pattern.test(line))) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('changes the build fingerprint, so an incremental build never mixes pages of two locales', () => {
    const script = `const { astroBuildFingerprint } = await import(${moduleUrl('src/integrations/build-fingerprint.ts')});
      const root = new URL(${JSON.stringify(pathToFileURL(join(ROOT, 'tests/fixtures')).href + '/')});
      console.log(astroBuildFingerprint({ root, site: 'https://example.org', base: '/', trailingSlash: 'always', build: { format: 'directory' }, integrations: [] }));`;
    const plain = runWithLocale(script, 'C.UTF-8');
    expect(runWithLocale(script, 'C.UTF-8')).toBe(plain);
    expect(runWithLocale(script, 'et_EE.UTF-8')).not.toBe(plain);
    expect(runWithLocale(script, 'C.UTF-8', 'Asia/Dhaka')).not.toBe(plain);
  });
});
