// Builds that would share Astro's scratch folder take turns. Astro writes a build's
// server-side chunks (and the CSS it moves into the site) to `<output>/.prerender/` when the
// output folder is inside the project, but to the project's own `.astro/.prerender/` when it
// is not (DOSSIER_OUT_DIR=/srv/site, a test's temporary folder). Two such builds at once
// delete and overwrite each other's chunks there: one failed ("Cannot find module"), the
// other published a site without its stylesheet and reported success. So a build whose
// output is outside the project holds a lock file in that folder while Astro runs.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from './atomic-output.ts';

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
    // Written whole beside it, then linked into place: the lock never exists without its holder's id.
    const mine = `${file}.${process.pid}`;
    writeFileSync(mine, String(process.pid));
    try {
      linkSync(mine, file);
      rmSync(mine);
      let held = true;
      const release = () => {
        if (held) rmSync(file, { force: true });
        held = false;
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      rmSync(mine, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(file, 'utf8'));
    } catch {
      continue; // released between the two calls: try again
    }
    if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
      rmSync(file, { force: true }); // its build died without releasing it
      continue;
    }
    if (!told) onWait(holder);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}
