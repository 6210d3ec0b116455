import type { ContentIssue } from './issue.ts';
import { countOf } from '../lib/text/counts.ts';
import { formatIssues } from './format-issues.ts';

/** Thrown when content has errors: carries every issue found, not just the first. */
export class ContentValidationError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(`${countOf(errors.length, 'content error')}; nothing was published.\n${formatIssues(errors)}`);
    this.name = 'ContentValidationError';
    this.issues = issues;
  }
}
