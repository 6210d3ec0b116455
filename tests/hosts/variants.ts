// The builds the hosts tests check: the site at the root of a host and under a deep
// sub-path, each with its own public URL, as site owners deploy it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface SiteVariant {
  name: string;
  /** BASE_PATH at build time. */
  base: string;
  /** SITE_URL at build time: the public origin the sitemap and canonical links name. */
  siteUrl: string;
  /** The built site, absolute. */
  dir: string;
}

const OUT = resolve('.dist-hosts');

export const VARIANTS: readonly SiteVariant[] = [
  { name: 'root', base: '/', siteUrl: 'https://dossier.example.org', dir: join(OUT, 'root') },
  { name: 'deep', base: '/a/b/c/', siteUrl: 'https://intranet.example.com', dir: join(OUT, 'deep') },
];

export const variant = (name: 'root' | 'deep'): SiteVariant => VARIANTS.find((v) => v.name === name)!;

/** The public URL of the site's root: SITE_URL + base. */
export const publicRoot = (v: SiteVariant): string => `${v.siteUrl.replace(/\/+$/, '')}${v.base}`;

/**
 * A clean `npm run build` of the variant into `outDir`: a fresh Astro cache, so
 * nothing from an earlier build is reused. `env` adds to or overrides the environment.
 */
export function buildVariant(v: SiteVariant, outDir: string, env: Record<string, string> = {}): void {
  const cache = mkdtempSync(join(tmpdir(), 'dossier-hosts-cache-'));
  try {
    const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: v.base, SITE_URL: v.siteUrl, DOSSIER_OUT_DIR: outDir, DOSSIER_CACHE_DIR: cache, ...env },
      timeout: 300_000,
    });
    if (run.status !== 0) throw new Error(`build of the ${v.name} variant (BASE_PATH=${v.base}) failed:\n${run.stdout}\n${run.stderr}`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
