// Builds a content tree other than content/ into a folder of its own, as `npm run build`
// would, for the build tests; the corpus is pointed at a missing folder.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface SiteBuild {
  status: number | null;
  /** stdout and stderr, for the message of a failed test. */
  output: string;
}

export interface SiteBuildOptions {
  content: string;
  out: string;
  /** A folder of the build's own: its Astro cache goes there. */
  work: string;
  base: string;
  siteUrl: string;
  timeout?: number;
}

const buildEnv = (options: SiteBuildOptions) => ({
  ...process.env,
  DOSSIER_CONTENT_DIR: options.content,
  DOSSIER_OUT_DIR: options.out,
  DOSSIER_CACHE_DIR: join(options.work, 'astro-cache'),
  CORPUS_DIR: join(options.work, 'no-corpus'),
  BASE_PATH: options.base,
  SITE_URL: options.siteUrl,
});

export function buildSite(options: SiteBuildOptions): SiteBuild {
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    env: buildEnv(options),
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** buildSite without blocking, so a test can run several builds at once. */
export function startSiteBuild(options: SiteBuildOptions): Promise<SiteBuild> {
  const child = spawn(process.execPath, ['src/cli/build.ts'], { env: buildEnv(options), timeout: options.timeout ?? 240_000 });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}
