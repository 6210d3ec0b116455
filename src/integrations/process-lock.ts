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
 * Takes the lock file `file` for this process, or names the live process that holds it. The
 * file holds its holder's process id; it is written whole beside it, then linked into place,
 * so it never exists without that id. A lock whose holder has died is taken over. Released
 * by `release`, or when this process exits.
 */
export function tryLock(file: string, isAlive: (pid: number) => boolean = isRunning): { lock: ProcessLock } | { holder: number } {
  for (;;) {
    const mine = `${file}.${process.pid}`;
    writeFileSync(mine, String(process.pid));
    try {
      linkSync(mine, file);
      rmSync(mine);
      let held = true;
      const release = () => {
        if (held) rmSync(file, { force: true });
        held = false;
        process.off('exit', release);
      };
      process.once('exit', release);
      return { lock: { release } };
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
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return { holder };
    rmSync(file, { force: true }); // its holder died without releasing it
  }
}
