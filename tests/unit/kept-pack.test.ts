// What one build keeps for the next (src/integrations/kept-pack.ts): items by name with their
// bytes, offered to the next build of the same fingerprint; a build that keeps most of them
// appends to the last pack, and a build that fails leaves the last build's items readable.
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KeptPack } from '../../src/integrations/kept-pack.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-kept-pack-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folder = '';
let run = 0;
beforeEach(() => {
  folder = join(root, `cache-${run++}`);
});

type Note = { note: string };
const text = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);
const packs = () => readdirSync(folder).filter((file) => file.endsWith('.bin'));
/** A build that keeps `items` (name → text) and commits. */
function build(items: Record<string, string>, fingerprint = 'f1') {
  const pack = new KeptPack<Note>(folder, 'items', fingerprint);
  for (const [name, value] of Object.entries(items)) pack.keep(name, { note: name }, Buffer.from(value));
  pack.commit();
}
/** Every item the previous build offers, with its bytes. */
function offered(fingerprint = 'f1') {
  const pack = new KeptPack<Note>(folder, 'items', fingerprint);
  const names = ['a', 'b', 'c', 'd', 'e'].filter((name) => pack.previous(name));
  const items = Object.fromEntries(names.map((name) => [name, text(pack.previousBytes(name))]));
  pack.discard();
  return items;
}

describe('KeptPack', () => {
  it('offers the last committed build its items, under the same fingerprint only', () => {
    build({ a: 'alpha', b: 'beta' });
    expect(offered()).toEqual({ a: 'alpha', b: 'beta' });
    expect(offered('f2')).toEqual({});
    // Checking the offer (a discarded build) changed nothing.
    expect(offered()).toEqual({ a: 'alpha', b: 'beta' });
  });

  it('keeps a previous item without writing it again when most items are kept, appending only what is new', () => {
    build({ a: 'alpha'.repeat(100), b: 'beta'.repeat(100) });
    const [first] = packs();
    const size = statSync(join(folder, first!)).size;
    const pack = new KeptPack<Note>(folder, 'items', 'f1');
    expect(pack.keepPrevious('a', { note: 'a again' })).toBe(true);
    expect(pack.keepPrevious('b', { note: 'b again' })).toBe(true);
    pack.keep('c', { note: 'c' }, Buffer.from('gamma'));
    expect(text(pack.keptBytes('a'))).toBe('alpha'.repeat(100));
    expect(text(pack.keptBytes('c'))).toBe('gamma');
    pack.commit();
    expect(packs()).toEqual([first]);
    expect(statSync(join(folder, first!)).size).toBe(size + 'gamma'.length);
    expect(offered()).toEqual({ a: 'alpha'.repeat(100), b: 'beta'.repeat(100), c: 'gamma' });
    const next = new KeptPack<Note>(folder, 'items', 'f1');
    expect(next.previous('a')).toEqual({ note: 'a again', offset: 0, length: 500 });
    next.discard();
  });

  it('starts a new pack when the items kept would fill less than half of the old one, and removes the old one', () => {
    build({ a: 'a'.repeat(1000), b: 'b'.repeat(10) });
    const [first] = packs();
    const second = new KeptPack<Note>(folder, 'items', 'f1');
    expect(second.keepPrevious('b', { note: 'b' })).toBe(true);
    second.commit();
    // Still appended: the pack's items filled all of it as this build began.
    expect(packs()).toEqual([first]);
    const third = new KeptPack<Note>(folder, 'items', 'f1');
    expect(third.keepPrevious('b', { note: 'b' })).toBe(true);
    third.commit();
    const [now] = packs();
    expect(now).not.toBe(first);
    expect(statSync(join(folder, now!)).size).toBe(10);
    expect(offered()).toEqual({ b: 'b'.repeat(10) });
  });

  it("leaves the last build's items as they were when a build appends and does not commit, and the next build writes over what it left", () => {
    build({ a: 'alpha', b: 'beta' });
    const [pack] = packs();
    const failed = new KeptPack<Note>(folder, 'items', 'f1');
    failed.keepPrevious('a', { note: 'changed note' });
    failed.keep('c', { note: 'c' }, Buffer.from('x'));
    failed.discard();
    expect(offered()).toEqual({ a: 'alpha', b: 'beta' });
    expect(statSync(join(folder, pack!)).size).toBe('alphabeta'.length + 1);
    const next = new KeptPack<Note>(folder, 'items', 'f1');
    expect(next.previous('a')).toEqual({ note: 'a', offset: 0, length: 5 });
    next.keepPrevious('a', { note: 'a' });
    next.keepPrevious('b', { note: 'b' });
    next.keep('d', { note: 'd' }, Buffer.from('delta'));
    next.commit();
    // Appended to, from the end of the last item: the failed build's byte is written over.
    expect(packs()).toEqual([pack]);
    expect(statSync(join(folder, pack!)).size).toBe('alphabeta'.length + 'delta'.length);
    expect(offered()).toEqual({ a: 'alpha', b: 'beta', d: 'delta' });
  });

  it('never appends to a pack cut short: its manifest names bytes past the end', () => {
    build({ a: 'alpha', b: 'beta' });
    const [pack] = packs();
    truncateSync(join(folder, pack!), 7);
    const next = new KeptPack<Note>(folder, 'items', 'f1');
    expect(next.hasBytes('a')).toBe(true);
    expect(next.hasBytes('b')).toBe(false);
    expect(next.keepPrevious('b', { note: 'b' })).toBe(false);
    expect(next.keepPrevious('a', { note: 'a' })).toBe(true);
    next.keep('c', { note: 'c' }, Buffer.from('gamma'));
    next.commit();
    expect(packs()).not.toContain(pack);
    expect(offered()).toEqual({ a: 'alpha', c: 'gamma' });
  });

  it('reads a pack into memory at once: the bytes as they were read, none past the end of a pack cut short', () => {
    build({ a: 'alpha', b: 'beta', c: 'gamma' });
    const [pack] = packs();
    truncateSync(join(folder, pack!), 'alphabe'.length);
    const cut = new KeptPack<Note>(folder, 'items', 'f1');
    cut.readPreviousIntoMemory();
    expect(text(cut.previousBytes('a'))).toBe('alpha');
    expect(cut.previousBytes('b')).toBeUndefined();
    expect(cut.previousBytes('c')).toBeUndefined();
    cut.discard();

    build({ a: 'alpha'.repeat(100), b: 'beta'.repeat(100) });
    const [whole] = packs();
    const next = new KeptPack<Note>(folder, 'items', 'f1');
    next.readPreviousIntoMemory();
    // Read from memory: the file's bytes changed on disk after the read do not reach them.
    const onDisk = openSync(join(folder, whole!), 'r+');
    writeSync(onDisk, Buffer.from('ALPHA'), 0, 5, 0);
    closeSync(onDisk);
    expect(text(next.previousBytes('a'))).toBe('alpha'.repeat(100));
    // Appending to that pack: a new item goes past the previous ones, which read as before.
    expect(next.keepPrevious('b', { note: 'b' })).toBe(true);
    next.keep('d', { note: 'd' }, Buffer.from('delta'));
    expect(text(next.keptBytes('d'))).toBe('delta');
    expect(text(next.previousBytes('b'))).toBe('beta'.repeat(100));
    next.commit();
    expect(packs()).toEqual([whole]);
  });

  it('lets one build at a time append to a pack: another at the same time writes a pack of its own', () => {
    build({ a: 'alpha', b: 'beta' });
    const [pack] = packs();
    const first = new KeptPack<Note>(folder, 'items', 'f1');
    const second = new KeptPack<Note>(folder, 'items', 'f1');
    first.keepPrevious('a', { note: 'a' });
    first.keep('c', { note: 'c' }, Buffer.from('from the first'));
    expect(second.keepPrevious('a', { note: 'a' })).toBe(true);
    second.keep('c', { note: 'c' }, Buffer.from('from the second'));
    // The second wrote a pack of its own, not over what the first appended.
    expect(packs()).toHaveLength(2);
    expect(text(first.keptBytes('c'))).toBe('from the first');
    second.discard();
    first.commit();
    expect(packs()).toEqual([pack]);
    expect(offered()).toEqual({ a: 'alpha', c: 'from the first' });
    // Released with the commit: the next build appends again.
    const third = new KeptPack<Note>(folder, 'items', 'f1');
    third.keepPrevious('a', { note: 'a' });
    third.keep('d', { note: 'd' }, Buffer.from('delta'));
    third.commit();
    expect(packs()).toEqual([pack]);
    expect(readdirSync(folder).filter((file) => file.includes('.appending'))).toEqual([]);
  });

  it('keeps no previous item under another fingerprint, nor in a cold build', () => {
    build({ a: 'alpha' });
    const pack = new KeptPack<Note>(folder, 'items', 'f2');
    expect(pack.keepPrevious('a', { note: 'a' })).toBe(false);
    pack.commit();
    expect(offered('f2')).toEqual({});
    const cold = new KeptPack<Note>(folder, 'items', 'f2', { ignorePrevious: true });
    expect(cold.keepPrevious('a', { note: 'a' })).toBe(false);
    cold.discard();
  });
});
