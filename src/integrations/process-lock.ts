import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Whether a process with this id is alive (signal 0; EPERM: alive, owned by another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface ProcessLock {
  release(): void;
}

/**
 * The lock files this process holds: one that names this process and is not among them was
 * left by an earlier process with the same id. On globalThis: the integrations (loaded by Node)
 * and the content loaders (bundled by Vite) hold two copies of this module in one process.
 */
const HELD = Symbol.for('dossier.held-locks');
const held: Set<string> = ((globalThis as { [HELD]?: Set<string> })[HELD] ??= new Set());

/** The process id a lock file names (NaN when it names none); undefined when there is no such file. */
function holderOf(file: string): number | undefined {
  try {
    return Number(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock file `file` for this process, or names the live process that holds it. The
 * file holds its holder's process id; it is written whole beside it, then linked into place,
 * so it never exists without that id. A lock whose holder has died is taken over, as is one
 * naming this process that this process did not take (a killed build's, whose id came round
 * again, as in a container). Released by `release`, or when this process exits; a lock file
 * that names another process by then is left alone.
 */
export function tryLock(file: string, isAlive: (pid: number) => boolean = isRunning): { lock: ProcessLock } | { holder: number } {
  for (;;) {
    const mine = `${file}.${process.pid}`;
    writeFileSync(mine, String(process.pid));
    try {
      linkSync(mine, file);
      rmSync(mine);
      held.add(file);
      const release = () => {
        if (!held.delete(file)) return;
        process.off('exit', release);
        if (holderOf(file) === process.pid) rmSync(file, { force: true });
      };
      process.once('exit', release);
      return { lock: { release } };
    } catch (error) {
      rmSync(mine, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    if (holder === undefined) continue; // released between the two calls: try again
    const ours = holder === process.pid && !held.has(file);
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder) && !ours) return { holder };
    rmSync(file, { force: true }); // its holder died without releasing it
  }
}
