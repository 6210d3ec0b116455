// Builds a content tree other than content/ into a folder of its own, as `npm run build`
// would, for the build tests; the corpus is pointed at a missing folder.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface SiteBuild {
  status: number | null;
  /** stdout and stderr, for the message of a failed test. */
  output: string;
}

export function buildSite(options: {
  content: string;
  out: string;
  work: string;
  base: string;
  siteUrl: string;
  timeout?: number;
}): SiteBuild {
  const run = spawnSync(process.execPath, ['src/cli/build.ts'], {
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    env: {
      ...process.env,
      DOSSIER_CONTENT_DIR: options.content,
      DOSSIER_OUT_DIR: options.out,
      DOSSIER_CACHE_DIR: join(options.work, 'astro-cache'),
      CORPUS_DIR: join(options.work, 'no-corpus'),
      BASE_PATH: options.base,
      SITE_URL: options.siteUrl,
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
