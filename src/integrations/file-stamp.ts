import { linkSync, lstatSync, unlinkSync, type BigIntStats } from 'node:fs';

/*
 * A build links a file of the previous site into the new one, rather than writing it again,
 * only while that file is the very one the build before left there: stamped as that build
 * ended, and checked on the link itself, so that what is checked is what was linked.
 */

/**
 * What tells a file from any other: its device and inode, and its size and modification time
 * (to the nanosecond), which a write changes. Strings: the numbers can pass 2^53, and the
 * stamps are kept in JSON manifests.
 */
export interface FileStamp {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
}

const stampOf = ({ dev, ino, size, mtimeNs }: BigIntStats): FileStamp => ({
  dev: `${dev}`,
  ino: `${ino}`,
  size: `${size}`,
  mtimeNs: `${mtimeNs}`,
});
const sameStamp = (a: FileStamp, b: FileStamp) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/** The file's stamp; undefined when there is no file. lstat: a symbolic link has an inode of its own, never its target's. */
export function stampFile(file: string): FileStamp | undefined {
  const stats = lstatSync(file, { bigint: true, throwIfNoEntry: false });
  return stats && stampOf(stats);
}

/** The stamp of a file open for writing. */
export async function stampOpenFile(file: { stat(options: { bigint: true }): Promise<BigIntStats> }): Promise<FileStamp> {
  return stampOf(await file.stat({ bigint: true }));
}

/**
 * Links `source` at `target` when it still has `stamp`; true when it did. Otherwise nothing
 * is left at `target` (it is gone, changed, or on another file system): the caller writes it.
 */
export function linkUnchangedSync(source: string, target: string, stamp: FileStamp): boolean {
  try {
    linkSync(source, target);
  } catch {
    return false;
  }
  const now = stampFile(target);
  if (now && sameStamp(now, stamp)) return true;
  unlinkSync(target);
  return false;
}
