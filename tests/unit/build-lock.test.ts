// Builds whose output is outside the project share Astro's scratch folder in it and take
// turns through a lock file (src/cli/build-lock.ts); tests/build/page-fit.test.ts runs two
// such builds at once.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sharesAstroScratch, takeBuildLock } from '../../src/cli/build-lock.ts';

const made: string[] = [];
const project = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const lockFile = (root: string) => join(root, '.astro', 'dossier-build.lock');

describe('the build lock', () => {
  it('is needed only when the output is outside the project, as Astro decides where its chunks go', () => {
    expect(sharesAstroScratch('/srv/.site.building-1', '/work/project')).toBe(true);
    expect(sharesAstroScratch('/work/project/.dist.building-1', '/work/project')).toBe(false);
  });

  it('holds the lock with its process id and removes it on release', async () => {
    const root = project();
    const lock = await takeBuildLock(root, () => {});
    expect(readFileSync(lockFile(root), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lockFile(root))).toBe(false);
  });

  it('waits while a live build holds it, and takes it once released', async () => {
    const root = project();
    mkdirSync(join(root, '.astro'));
    writeFileSync(lockFile(root), '424242');
    let holderAlive = true;
    const waitedFor: number[] = [];
    const taking = takeBuildLock(root, (pid) => waitedFor.push(pid), { isAlive: () => holderAlive, pollMs: 5 });
    let taken = false;
    void taking.then(() => (taken = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(taken).toBe(false);
    expect(waitedFor).toEqual([424242]);
    holderAlive = false; // the other build ended without releasing it
    const lock = await taking;
    expect(readFileSync(lockFile(root), 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('takes over a lock whose holder is gone or unreadable', async () => {
    const root = project();
    mkdirSync(join(root, '.astro'));
    writeFileSync(lockFile(root), 'not a pid');
    const lock = await takeBuildLock(root, () => expect.unreachable('nothing to wait for'));
    expect(readFileSync(lockFile(root), 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});
