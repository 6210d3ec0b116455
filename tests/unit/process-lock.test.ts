// A lock file naming its holder's process (src/integrations/process-lock.ts): what lets one
// build at a time append to a kept pack, and builds that share Astro's scratch folder take turns.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tryLock } from '../../src/integrations/process-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-process-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const lockFile = () => join(root, `lock-${n++}`);

describe('tryLock', () => {
  it('takes a free lock, names its live holder to a second taker, and is free again once released', () => {
    const file = lockFile();
    const first = tryLock(file);
    if (!('lock' in first)) return expect.unreachable('the lock was free');
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    expect(tryLock(file)).toEqual({ holder: process.pid });
    first.lock.release();
    expect(existsSync(file)).toBe(false);
    const again = tryLock(file);
    expect('lock' in again).toBe(true);
    if ('lock' in again) again.lock.release();
  });

  it('takes over a lock whose holder has died, and one naming this process that it did not take', () => {
    const dead = lockFile();
    writeFileSync(dead, '424242');
    const taken = tryLock(dead, (pid) => pid !== 424242);
    expect('lock' in taken).toBe(true);
    if ('lock' in taken) taken.lock.release();

    // A killed build's lock, whose process id this process now has (as in a container).
    const left = lockFile();
    writeFileSync(left, String(process.pid));
    const retaken = tryLock(left);
    expect('lock' in retaken).toBe(true);
    if ('lock' in retaken) retaken.lock.release();
  });

  it('leaves alone, on release, a lock file that another process has taken since', () => {
    const file = lockFile();
    const taken = tryLock(file);
    if (!('lock' in taken)) return expect.unreachable('the lock was free');
    writeFileSync(file, '424242');
    taken.lock.release();
    expect(readFileSync(file, 'utf8')).toBe('424242');
  });
});
