// The output folder of `npm run build` is replaced in one step: the site is built into a
// sibling folder, and only a complete build is swapped in. These functions keep the last
// good site whatever happens, a crash in the middle of the swap included.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface OutputFolders {
  /** Where the site is published (dist/). */
  out: string;
  /** Where this build writes: a sibling, so the final renames stay on one file system. */
  staging: string;
  /** Where the previous site waits during the swap. */
  previous: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The folders a build with process id `pid` uses for the output folder `out`. */
export function outputFolders(out: string, pid = process.pid): OutputFolders {
  const hidden = basename(out).replace(/^\.?/, '.');
  return { out, staging: join(dirname(out), `${hidden}.building-${pid}`), previous: join(dirname(out), `${hidden}.previous-${pid}`) };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clears what builds that died left beside `out`. A half-written staging folder is
 * deleted. A previous site is the last good one when the build died between the swap's
 * two renames (out moved aside, the new site not yet in place): it is put back at `out`.
 * Any other previous site is deleted. Returns what was restored, if anything.
 */
export function recoverOutput(out: string, isAlive: (pid: number) => boolean = isRunning): string | undefined {
  const parent = dirname(out);
  const pattern = new RegExp(`^${escape(basename(out).replace(/^\.?/, '.'))}\\.(building|previous)-(\\d+)$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return undefined;
  }
  let restored: string | undefined;
  for (const name of names.sort()) {
    const m = pattern.exec(name);
    const pid = Number(m?.[2]);
    if (!m || pid === process.pid || isAlive(pid)) continue;
    const path = join(parent, name);
    if (m[1] === 'previous' && !existsSync(out)) {
      renameSync(path, out);
      restored = path;
    } else {
      rmSync(path, { recursive: true, force: true });
    }
  }
  return restored;
}

/**
 * Puts the staging folder in place of `out`: out → previous, staging → out, then previous
 * is deleted. A failure of the second rename puts the previous site back; a crash between
 * the two is repaired by the next build's recoverOutput.
 */
export function swapIn({ out, staging, previous }: OutputFolders): void {
  const hadPrevious = existsSync(out);
  if (hadPrevious) renameSync(out, previous);
  try {
    renameSync(staging, out);
  } catch (error) {
    if (hadPrevious) renameSync(previous, out);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
