// The output folder's swap, and what the next build does with the folders a dead build left:
// the last good site survives a crash at any point.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputClash, outputFolders, recoverOutput, removeFolders, swapIn } from '../../src/cli/atomic-output.ts';

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

describe('outputClash', () => {
  const guarded = [
    { name: 'the content folder', path: '/site/content' },
    { name: 'public/', path: '/site/public' },
  ];
  it('refuses an output folder that is, holds or lies inside a folder the build reads', () => {
    expect(outputClash('/site/content', guarded)).toEqual({ ...guarded[0], how: 'is' });
    expect(outputClash('/site/public', guarded)).toEqual({ ...guarded[1], how: 'is' });
    expect(outputClash('/site/content/briefs', guarded)).toEqual({ ...guarded[0], how: 'inside' });
    expect(outputClash('/', guarded)).toEqual({ ...guarded[0], how: 'holds' });
  });
  it('lets a folder of its own through, a sibling whose name starts the same included', () => {
    for (const out of ['/site/dist', '/site/content-site', '/site/.dist-e2e', '/elsewhere/public'])
      expect(outputClash(out, guarded), out).toBeUndefined();
  });
});

describe('swapIn', () => {
  it('replaces the site and leaves the old one aside, which the next build deletes', async () => {
    const p = parent();
    const folders = outputFolders(join(p, 'dist'), DEAD);
    site(folders.out, 'old');
    site(folders.staging, 'new');
    expect(swapIn(folders)).toBe(folders.replaced);
    expect(markerOf(folders.out)).toBe('new');
    expect(readdirSync(p).sort()).toEqual(['.dist.replaced-4000001', 'dist']);
    const next = recoverOutput(folders.out, nobodyAlive);
    expect(next.restored).toBeUndefined();
    expect(next.unused).toHaveLength(1);
    expect(markerOf(next.unused[0]!)).toBe('old');
    await removeFolders(next.unused);
    expect(readdirSync(p)).toEqual(['dist']);
    expect(markerOf(folders.out)).toBe('new');
  });

  it('publishes a first site where there was none', () => {
    const p = parent();
    const folders = outputFolders(join(p, 'dist'), DEAD);
    site(folders.staging, 'first');
    expect(swapIn(folders)).toBeUndefined();
    expect(markerOf(folders.out)).toBe('first');
    expect(readdirSync(p)).toEqual(['dist']);
  });
});

describe('recoverOutput', () => {
  it('puts the last good site back after a crash between the two renames', async () => {
    const p = parent();
    const dead = outputFolders(join(p, 'dist'), DEAD);
    // The dead build had moved the old site aside and not yet moved its own in.
    site(dead.previous, 'last good');
    site(dead.staging, 'complete but never swapped');
    const recovery = recoverOutput(dead.out, nobodyAlive);
    expect(recovery.restored).toBe(dead.previous);
    expect(markerOf(dead.out)).toBe('last good');
    await removeFolders(recovery.unused);
    expect(readdirSync(p)).toEqual(['dist']);
  });

  it('deletes what a build that died while building left, and keeps the site', async () => {
    const p = parent();
    const dead = outputFolders(join(p, 'dist'), DEAD);
    site(dead.out, 'current');
    site(dead.staging, 'half');
    site(dead.previous, 'older'); // died after the swap, before moving the old site on
    const recovery = recoverOutput(dead.out, nobodyAlive);
    expect(recovery.restored).toBeUndefined();
    // Both are renamed before their deletion starts: half deleted, the old site is never a "previous" site to put back.
    expect(recovery.unused.map(markerOf).sort()).toEqual(['half', 'older']);
    expect(recovery.unused.every((path) => /\/\.dist\.deleting-[0-9a-f-]+$/.test(path))).toBe(true);
    expect(existsSync(dead.previous)).toBe(false);
    await removeFolders(recovery.unused);
    expect(markerOf(dead.out)).toBe('current');
    expect(readdirSync(p)).toEqual(['dist']);
  });

  it('never puts back a replaced site or one being deleted, even when the output folder is gone', async () => {
    const p = parent();
    const dead = outputFolders(join(p, 'dist'), DEAD);
    site(dead.replaced, 'old, perhaps half deleted');
    site(join(p, '.dist.deleting-0f6e2c1a-aaaa-4bbb-8ccc-123456789abc'), 'a deletion cut short');
    const recovery = recoverOutput(dead.out, nobodyAlive);
    expect(recovery.restored).toBeUndefined();
    expect(recovery.unused).toHaveLength(2);
    expect(existsSync(dead.out)).toBe(false);
    await removeFolders(recovery.unused);
    expect(readdirSync(p)).toEqual([]);
  });

  it('clears the folders a finished build with this same process id left, as a container that reuses ids gives', async () => {
    const p = parent();
    // Every build in this test has this process's id.
    const same = outputFolders(join(p, 'dist'));
    for (const marker of ['first', 'second', 'third']) {
      const { unused } = recoverOutput(same.out, () => true);
      await removeFolders(unused);
      site(same.staging, marker);
      swapIn(same);
      expect(markerOf(same.out)).toBe(marker);
    }
    expect(readdirSync(p).sort()).toEqual(['.dist.replaced-' + process.pid, 'dist']);
  });

  it('leaves the folders of a build that is still running', () => {
    const p = parent();
    const running = outputFolders(join(p, 'dist'), DEAD);
    site(running.staging, 'in progress');
    site(running.replaced, 'replaced by it');
    expect(recoverOutput(running.out, () => true)).toEqual({ unused: [] });
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
