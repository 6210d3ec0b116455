// Builds that would share Astro's scratch folder take turns. Astro writes a build's
// server-side chunks (and the CSS it moves into the site) to `<output>/.prerender/` when the
// output folder is inside the project, but to the project's own `.astro/.prerender/` when it
// is not (DOSSIER_OUT_DIR=/srv/site, a test's temporary folder). Two such builds at once
// delete and overwrite each other's chunks there: one failed ("Cannot find module"), the
// other published a site without its stylesheet and reported success. So a build whose
// output is outside the project holds a lock file in that folder while Astro runs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning, tryLock } from '../integrations/process-lock.ts';

/**
 * Whether Astro keeps this build's chunks in the project's shared `.astro/`. Astro's own test
 * (getOutDirWithinCwd, astro/dist/core/build/common.js) is a plain prefix test, without a
 * separator, so this one is too: it must answer as Astro does, not as a path test would.
 */
export function sharesAstroScratch(staging: string, cwd = process.cwd()): boolean {
  return !staging.startsWith(cwd);
}

export interface BuildLock {
  release(): void;
}

/**
 * Takes `<project>/.astro/dossier-build.lock`, waiting while another live build holds it
 * (`onWait` is told its process id once). A lock left by a build that died is taken over.
 */
export async function takeBuildLock(
  project: string,
  onWait: (pid: number) => void,
  options: { isAlive?: (pid: number) => boolean; pollMs?: number } = {},
): Promise<BuildLock> {
  const isAlive = options.isAlive ?? isRunning;
  const folder = join(project, '.astro');
  const file = join(folder, 'dossier-build.lock');
  mkdirSync(folder, { recursive: true });
  let told = false;
  for (;;) {
    const taken = tryLock(file, isAlive);
    if ('lock' in taken) return taken.lock;
    const { holder } = taken;
    if (!told) onWait(holder);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}
