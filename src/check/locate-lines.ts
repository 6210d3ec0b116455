import { LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from './issue.ts';
import { splitFrontmatter } from './read-content.ts';
import { dropRepeatedFields } from './yaml-tree.ts';

/** "relations[0].source.brief" → ["relations", 0, "source", "brief"]; undefined for "(entry)" and the like. */
export function parseFieldPath(field: string): PropertyKey[] | undefined {
  if (!/^[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*$/.test(field)) return undefined;
  return [...field.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
}

/**
 * Adds the line to issues found after reading (references, cross-entry rules,
 * corpus hashes), which know the field but not where it is. `texts` holds each
 * file's text as it was read (the file is never read a second time); only files
 * with such an issue are parsed again, so a clean run costs nothing.
 */
export function locateLines(issues: ContentIssue[], texts: ReadonlyMap<string, string>): ContentIssue[] {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) {
    if (issue.line !== undefined || !issue.file || !parseFieldPath(issue.field)) continue;
    byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  }
  const located = new Map<ContentIssue, number>();
  for (const [file, list] of byFile) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const parts = file.endsWith('.mdx') ? splitFrontmatter(text) : undefined;
    const counter = new LineCounter();
    const doc = parseDocument(parts ? parts.yaml : text, { lineCounter: counter, uniqueKeys: false });
    // A field written twice is found where the reader took it from: the last one.
    dropRepeatedFields(doc);
    for (const issue of list) {
      // Only where the field is written: a missing field has no line of its own.
      const node = doc.getIn(parseFieldPath(issue.field)!, true) as { range?: [number, number, number] } | undefined;
      if (node?.range) located.set(issue, counter.linePos(node.range[0]).line + (parts ? 1 : 0));
    }
  }
  return issues.map((i) => (located.has(i) ? { ...i, line: located.get(i) } : i));
}
