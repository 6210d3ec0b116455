import type { ContentIssue } from './issue.ts';
import { compareText } from '../lib/text/compare-text.ts';

function show(value: unknown): string {
  // JSON has no Infinity or NaN (it writes null): a YAML 1e400 or .nan is shown as the reader parsed it.
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One block per issue: "file:line  field  message (value)  → fix". Sorted by file and line. */
export function formatIssues(issues: ContentIssue[]): string {
  return [...issues]
    .sort((a, b) => compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((i) => {
      const where = `${i.file ?? `${i.collection}/${i.id}`}${i.line ? `:${i.line}` : ''}${i.line && i.column ? `:${i.column}` : ''}`;
      const value = i.value === undefined ? '' : ` (got ${show(i.value)})`;
      const fix = i.fix ? `\n    fix: ${i.fix}` : '';
      return `  ${i.severity === 'error' ? '✖' : '⚠'} ${where}\n    ${i.field}: ${i.message}${value}${fix}`;
    })
    .join('\n');
}
