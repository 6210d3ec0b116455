import type { ContentIssue } from './issue.ts';
import type { CollectionName, Collections } from '../lib/content/entries.ts';

/** Fields whose text readers see as written: notes, caveats' text, descriptions. */
const PROSE_FIELDS = new Set(['note', 'text', 'description']);

/** A slug of three parts or more ("alibaba-invests-in-dify"): two-part words ("co-lead", "e-commerce") are never taken for ids. */
const SLUG = /[\p{Ll}\p{Nd}]+(?:-[\p{Ll}\p{Nd}]+){2,}/gu;

/**
 * Warnings for a brief's or a deal's id written into text readers see: pages show a note or a
 * caveat as written, so the reader meets the slug, not the brief. Each string is split into
 * slugs once and each slug looked up in a set of ids, so the check is linear in the text.
 */
export function checkIdsInProse(c: Collections): ContentIssue[] {
  const named = new Map<string, string>([...c.briefs.map((b) => [b.id, 'brief'] as const), ...c.deals.map((d) => [d.id, 'deal'] as const)]);
  const issues: ContentIssue[] = [];
  const visit = (
    collection: CollectionName,
    entry: { id: string; filePath?: string | undefined },
    value: unknown,
    path: string,
    key: string,
  ) => {
    if (typeof value === 'string') {
      if (!PROSE_FIELDS.has(key)) return;
      for (const [slug] of value.matchAll(SLUG)) {
        const kind = named.get(slug);
        if (!kind || slug === entry.id) continue;
        issues.push({
          severity: 'warning',
          collection,
          id: entry.id,
          file: entry.filePath,
          field: path,
          value: slug,
          message: `the text names a ${kind} by its id, which readers see as written`,
          fix: `name the ${kind} in words (its title, or its source and date), or list it where the entry lists its sources`,
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(collection, entry, item, `${path}[${i}]`, key));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) visit(collection, entry, v, path ? `${path}.${k}` : k, k);
  };
  for (const name of ['briefs', 'entities', 'deals', 'topics'] as const)
    for (const entry of c[name]) visit(name, entry, entry.data, '', '');
  return issues;
}
