import { formatFieldPath, type ContentIssue } from './issue.ts';
import { strings } from './read-content.ts';
import type { Collections } from '../lib/content/entries.ts';

/** Fields whose text readers see as written: notes, caveats' text, descriptions. */
const PROSE_FIELDS = new Set<PropertyKey>(['note', 'text', 'description']);

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
  for (const collection of ['briefs', 'entities', 'deals', 'topics'] as const) {
    for (const entry of c[collection]) {
      for (const [path, text] of strings(entry.data)) {
        // The field a string is in: the last name on its path (a list item's is its list's).
        if (!PROSE_FIELDS.has(path.findLast((key) => typeof key === 'string') ?? '')) continue;
        for (const [slug] of text.matchAll(SLUG)) {
          const kind = named.get(slug);
          if (!kind || slug === entry.id) continue;
          issues.push({
            severity: 'warning',
            collection,
            id: entry.id,
            file: entry.filePath,
            field: formatFieldPath(path),
            value: slug,
            message: `the text names a ${kind} by its id, which readers see as written`,
            fix: `name the ${kind} in words (its title, or its source and date), or list it where the entry lists its sources`,
          });
        }
      }
    }
  }
  return issues;
}
