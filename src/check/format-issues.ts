import type { ContentIssue } from './issue.ts';
import { compareText } from '../lib/text/compare-text.ts';

function show(value: unknown): string {
  // JSON has no Infinity or NaN (it writes null): a YAML 1e400 or .nan is shown as the reader parsed it.
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Control characters written as escapes: a file name or value holding ESC or CR could otherwise
 * rewrite the terminal's lines (a "✔ all good" over the "✖"). Line feeds the message means stay.
 */
const printable = (text: string, keepLineFeeds = false): string =>
  text.replace(/[\u0000-\u001f\u007f-\u009f]/gu, (c) =>
    keepLineFeeds && c === '\n' ? c : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );

/** One block per issue: "file:line  field  message (value)  → fix". Sorted by file and line. */
export function formatIssues(issues: ContentIssue[]): string {
  return [...issues]
    .sort((a, b) => compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((i) => {
      const where = printable(
        `${i.file ?? `${i.collection}/${i.id}`}${i.line ? `:${i.line}` : ''}${i.line && i.column ? `:${i.column}` : ''}`,
      );
      const value = i.value === undefined ? '' : ` (got ${printable(show(i.value))})`;
      const fix = i.fix ? `\n    fix: ${printable(i.fix, true)}` : '';
      return `  ${i.severity === 'error' ? '✖' : '⚠'} ${where}\n    ${printable(i.field)}: ${printable(i.message, true)}${value}${fix}`;
    })
    .join('\n');
}
