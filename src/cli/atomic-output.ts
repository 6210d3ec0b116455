// The output folder of `npm run build` is replaced in one step: the site is built into a
// sibling folder, and only a complete build is swapped in. These functions keep the last
// good site whatever happens, a crash in the middle of the swap included.
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { isRunning } from '../integrations/process-lock.ts';

export interface OutputFolders {
  /** Where the site is published (dist/). */
  out: string;
  /** Where this build writes: a sibling, so the final renames stay on one file system. */
  staging: string;
  /** Where the previous site waits during the swap. */
  previous: string;
  /**
   * Where the previous site goes once the new one is in place, to be deleted by the next
   * build while it works: deleting a 10k-brief site (35,000 files) took 4 s, which would
   * otherwise be the last thing every build waits for.
   */
  replaced: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The folders a build with process id `pid` uses for the output folder `out`. */
export function outputFolders(out: string, pid = process.pid): OutputFolders {
  const hidden = basename(out).replace(/^\.?/, '.');
  const sibling = (kind: string) => join(dirname(out), `${hidden}.${kind}-${pid}`);
  return { out, staging: sibling('building'), previous: sibling('previous'), replaced: sibling('replaced') };
}

/** Whether `inner` is `outer` or lies inside it. */
const within = (inner: string, outer: string) => {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/**
 * The first folder the output folder may not be, hold or lie in, with how the two meet; undefined
 * when it is clear of all of them. The swap replaces the output folder and deletes the old one
 * on the next build, so an output folder that is (or holds) the content, public/ or the corpus
 * would delete them, and one inside them would be read back as content or copied into the site.
 */
export function outputClash(
  out: string,
  guarded: readonly { name: string; path: string }[],
): { name: string; path: string; how: 'is' | 'holds' | 'inside' } | undefined {
  for (const folder of guarded) {
    if (within(folder.path, out)) return { ...folder, how: out === folder.path ? 'is' : 'holds' };
    if (within(out, folder.path)) return { ...folder, how: 'inside' };
  }
  return undefined;
}

/** What recoverOutput found beside `out`. */
export interface Recovery {
  /** The previous site put back at `out`, when a build died between the swap's two renames. */
  restored?: string;
  /** Folders that hold no site anyone needs, for removeFolders. */
  unused: string[];
}

/**
 * Sorts out what builds that died or finished left beside `out`. A previous site is the
 * last good one when the build died between the swap's two renames (out moved aside, the
 * new site not yet in place): it is put back at `out`. Everything else of a build that is
 * no longer running (a half-written staging folder, a replaced or previous site) is
 * unused: each is first renamed to a name of its own (`.dist.deleting-<uuid>`), so that a
 * site half deleted can never be put back, and a later build with the same process id (as
 * in a container, where it is often the same every run) never meets its folders. A folder
 * with this process's id is a leftover of an earlier process that had it.
 */
export function recoverOutput(out: string, isAlive: (pid: number) => boolean = isRunning): Recovery {
  const parent = dirname(out);
  const hidden = basename(out).replace(/^\.?/, '.');
  const pattern = new RegExp(`^${escape(hidden)}\\.(?:(building|previous|replaced)-(\\d+)|deleting-[0-9a-f-]+)$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return { unused: [] };
  }
  const recovery: Recovery = { unused: [] };
  for (const name of names.sort()) {
    const m = pattern.exec(name);
    if (!m) continue;
    const path = join(parent, name);
    if (!m[1]) {
      recovery.unused.push(path); // a deletion that was cut short
      continue;
    }
    const pid = Number(m[2]);
    if (pid !== process.pid && isAlive(pid)) continue;
    if (m[1] === 'previous' && !existsSync(out)) {
      renameSync(path, out);
      recovery.restored = path;
    } else {
      const doomed = join(parent, `${hidden}.deleting-${randomUUID()}`);
      renameSync(path, doomed);
      recovery.unused.push(doomed);
    }
  }
  return recovery;
}

/** Deletes folders, all at once and without holding up the caller's thread. */
export async function removeFolders(paths: string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(path, { recursive: true, force: true })));
}

/**
 * Puts the staging folder in place of `out`: out → previous, staging → out, then previous
 * → replaced, left for the next build to delete (recoverOutput, removeFolders). A failure
 * of the second rename puts the previous site back; a crash between the two is repaired
 * by the next build's recoverOutput. Returns the replaced site's folder, if there was one.
 */
export function swapIn({ out, staging, previous, replaced }: OutputFolders): string | undefined {
  const hadPrevious = existsSync(out);
  if (hadPrevious) renameSync(out, previous);
  try {
    renameSync(staging, out);
  } catch (error) {
    if (hadPrevious) renameSync(previous, out);
    throw error;
  }
  if (!hadPrevious) return undefined;
  try {
    renameSync(previous, replaced);
    return replaced;
  } catch {
    return previous; // the new site is in place; the next build deletes the old one under either name
  }
}
