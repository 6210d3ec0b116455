import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentIssue } from '../lib/content-issue.ts';
import type { Brief } from '../lib/types.ts';

/** The corpus folder: CORPUS_DIR, or ../shared/seeds beside the project. */
export function corpusDir(root = process.cwd()): string {
  return resolve(root, process.env.CORPUS_DIR ?? '../shared/seeds');
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
export function checkCorpusHashes(briefs: Brief[], dir = corpusDir()): { checked: boolean; issues: ContentIssue[] } {
  if (!existsSync(dir)) return { checked: false, issues: [] };
  const issues: ContentIssue[] = [];
  for (const b of briefs) {
    const path = join(dir, b.data.source.file);
    // A draft may come from a file not yet copied into the corpus: the editor is warned, not stopped.
    const severity = b.data.status === 'draft' ? ('warning' as const) : ('error' as const);
    const at = { collection: 'briefs' as const, id: b.id, file: b.filePath, field: 'source.file' };
    if (!existsSync(path)) {
      issues.push({ severity, ...at, value: b.data.source.file, message: `the corpus (${dir}) has no file of that name`, fix: 'correct the file name, or set CORPUS_DIR to the right corpus' });
      continue;
    }
    const actual = sha256(readFileSync(path));
    if (actual !== b.data.source.sha256) {
      issues.push({ severity, ...at, field: 'source.sha256', value: b.data.source.sha256, message: `does not match the corpus file, whose sha256 is ${actual}`, fix: 'the source changed: re-read it, update the brief, then set source.sha256 to the new hash' });
    }
  }
  return { checked: true, issues };
}
