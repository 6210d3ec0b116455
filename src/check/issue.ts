import type { CollectionName } from '../lib/content/entries.ts';

/**
 * One thing wrong with the content, located precisely enough to fix without
 * searching: which entry, which field, the bad value and what to do.
 */
export interface ContentIssue {
  severity: 'error' | 'warning';
  collection: CollectionName;
  id: string;
  file?: string | undefined;
  line?: number | undefined;
  /** Column on that line, where the reader knows it (MDX bodies). */
  column?: number | undefined;
  /** Field path in the entry, e.g. "parties[1].entity". */
  field: string;
  value?: unknown;
  message: string;
  fix?: string | undefined;
}

/** "parties[1].entity" from zod-style path segments. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
}
