// The output folder's swap, and what the next build does with the folders a dead build left:
// the last good site survives a crash at any point.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputFolders, recoverOutput, swapIn } from '../../src/cli/atomic-output.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DEAD = 4_000_001;
const nobodyAlive = () => false;

function site(dir: string, marker: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), marker);
}
const markerOf = (dir: string) => readFileSync(join(dir, 'index.html'), 'utf8');

let n = 0;
const parent = () => {
  const dir = join(work, `case-${n++}`);
  mkdirSync(dir);
  return dir;
};

describe('swapIn', () => {
  it('replaces the site and leaves nothing beside it', () => {
    const p = parent();
    const folders = outputFolders(join(p, 'dist'), DEAD);
    site(folders.out, 'old');
    site(folders.staging, 'new');
    swapIn(folders);
    expect(markerOf(folders.out)).toBe('new');
    expect(readdirSync(p)).toEqual(['dist']);
  });

  it('publishes a first site where there was none', () => {
    const p = parent();
    const folders = outputFolders(join(p, 'dist'), DEAD);
    site(folders.staging, 'first');
    swapIn(folders);
    expect(markerOf(folders.out)).toBe('first');
  });
});

describe('recoverOutput', () => {
  it('puts the last good site back after a crash between the two renames', () => {
    const p = parent();
    const dead = outputFolders(join(p, 'dist'), DEAD);
    // The dead build had moved the old site aside and not yet moved its own in.
    site(dead.previous, 'last good');
    site(dead.staging, 'complete but never swapped');
    expect(recoverOutput(dead.out, nobodyAlive)).toBe(dead.previous);
    expect(markerOf(dead.out)).toBe('last good');
    expect(readdirSync(p)).toEqual(['dist']);
  });

  it('deletes what a build that died while building left, and keeps the site', () => {
    const p = parent();
    const dead = outputFolders(join(p, 'dist'), DEAD);
    site(dead.out, 'current');
    site(dead.staging, 'half');
    site(dead.previous, 'older'); // died after the swap, before deleting the old site
    expect(recoverOutput(dead.out, nobodyAlive)).toBeUndefined();
    expect(markerOf(dead.out)).toBe('current');
    expect(readdirSync(p)).toEqual(['dist']);
  });

  it('leaves the folders of a build that is still running', () => {
    const p = parent();
    const running = outputFolders(join(p, 'dist'), DEAD);
    site(running.staging, 'in progress');
    recoverOutput(running.out, () => true);
    expect(existsSync(running.staging)).toBe(true);
  });

  it('touches nothing that is not one of its own folders', () => {
    const p = parent();
    site(join(p, 'dist'), 'site');
    site(join(p, 'dist-archive'), 'kept');
    site(join(p, '.dist.building-x'), 'kept');
    recoverOutput(join(p, 'dist'), nobodyAlive);
    expect(readdirSync(p).sort()).toEqual(['.dist.building-x', 'dist', 'dist-archive']);
  });
});
