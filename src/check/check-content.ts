import { resolve } from 'node:path';
import type { ContentIssue } from '../lib/content-issue.ts';
import { checkContentRules } from '../lib/content-rules.ts';
import { checkReferences } from '../lib/references.ts';
import type { Collections } from '../lib/types.ts';
import { checkCorpusHashes } from './corpus.ts';
import { readContent } from './read-content.ts';

export interface CheckReport {
  collections: Collections;
  errors: ContentIssue[];
  warnings: ContentIssue[];
  files: number;
  corpusChecked: boolean;
}

/** Runs every content check and returns all errors and warnings at once. */
export function checkContent(root = process.cwd()): CheckReport {
  const { collections, issues, files } = readContent(resolve(root, 'content'), root);
  const corpus = checkCorpusHashes(collections.briefs, root);
  const all = [...issues, ...checkReferences(collections), ...checkContentRules(collections), ...corpus.issues];
  return {
    collections,
    errors: all.filter((i) => i.severity === 'error'),
    warnings: all.filter((i) => i.severity === 'warning'),
    files,
    corpusChecked: corpus.checked,
  };
}
