import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentIssue } from './issue.ts';
import type { Brief } from '../lib/content/entries.ts';

/** The corpus folder: CORPUS_DIR, or ../shared/seeds beside the project. */
export function corpusDir(root = process.cwd()): string {
  // An empty value is unset: resolved as written it would name the project folder itself.
  return resolve(root, process.env.CORPUS_DIR || '../shared/seeds');
}

export function corpusAvailable(root = process.cwd()): boolean {
  return existsSync(corpusDir(root));
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Compares each brief's recorded sha256 with its corpus file. Returns no issues
 * and `checked: false` when the corpus folder is absent (it is the user's data,
 * not part of the repository).
 */
export function checkCorpusHashes(
  briefs: readonly { id: string; filePath?: string | undefined; data: Pick<Brief['data'], 'status' | 'source'> }[],
  dir = corpusDir(),
): { checked: boolean; issues: ContentIssue[] } {
  if (!existsSync(dir)) return { checked: false, issues: [] };
  const issues: ContentIssue[] = [];
  /**
   * The corpus's file names by their composed (NFC) form, read once when a name is not found as
   * written: content is read in NFC, while a file system may keep a name decomposed (macOS, or a
   * file copied from one), so "Café.txt" in a brief must still find "Cafe\u0301.txt".
   */
  let composedNames: Map<string, string> | undefined;
  const onDisk = (name: string): string => {
    if (!composedNames) {
      let entries: string[] = [];
      try {
        entries = readdirSync(dir);
      } catch {
        // CORPUS_DIR names something that is not a readable folder: every name stays as written, and is not found.
      }
      composedNames = new Map(entries.map((entry) => [entry.normalize('NFC'), entry]));
    }
    return composedNames.get(name.normalize('NFC')) ?? name;
  };
  for (const b of briefs) {
    const name = b.data.source.file;
    // A draft may come from a file not yet copied into the corpus: the editor is warned, not stopped.
    const severity = b.data.status === 'draft' ? ('warning' as const) : ('error' as const);
    const at = { collection: 'briefs' as const, id: b.id, file: b.filePath, field: 'source.file' };
    // Only a plain file name inside the corpus: "..", "a/b" or an absolute path would read outside it or a folder.
    if (name === '.' || name === '..' || /[/\\\0]/.test(name)) {
      issues.push({
        severity: 'error',
        ...at,
        value: name,
        message: 'source.file must be the name of one file in the corpus folder, not a path',
        fix: 'write only the file name, e.g. story-001.txt',
      });
      continue;
    }
    const statOf = (path: string): ReturnType<typeof statSync> => {
      try {
        return statSync(path, { throwIfNoEntry: false });
      } catch {
        return undefined; // a symlink loop or a path through a file: no such corpus file
      }
    };
    let path = join(dir, name);
    let stat = statOf(path);
    if (!stat) {
      path = join(dir, onDisk(name));
      stat = statOf(path);
    }
    if (stat && !stat.isFile()) {
      issues.push({
        severity: 'error',
        ...at,
        value: name,
        message: `${name} in the corpus (${dir}) is not a regular file`,
        fix: 'name the corpus text file the brief was written from',
      });
      continue;
    }
    if (!stat) {
      issues.push({
        severity,
        ...at,
        value: name,
        message: `the corpus (${dir}) has no file of that name`,
        fix: 'correct the file name, or set CORPUS_DIR to the right corpus',
      });
      continue;
    }
    let actual: string;
    try {
      actual = sha256(readFileSync(path));
    } catch (error) {
      issues.push({
        severity,
        ...at,
        value: name,
        message: `the corpus file could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        fix: 'make the file readable, or correct source.file',
      });
      continue;
    }
    if (actual !== b.data.source.sha256) {
      issues.push({
        severity,
        ...at,
        field: 'source.sha256',
        value: b.data.source.sha256,
        message: `does not match the corpus file, whose sha256 is ${actual}`,
        fix: 'the source changed: re-read it, update the brief, then set source.sha256 to the new hash',
      });
    }
  }
  return { checked: true, issues };
}
