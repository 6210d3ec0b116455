import { mdxToMdast } from 'satteri';
import type { ContentIssue } from '../lib/content-issue.ts';
import { treeViolations, type PolicyNode } from '../lib/mdx-policy.ts';

interface BodyAt {
  id: string;
  file: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

/**
 * Parses a brief's MDX body with satteri, the parser Astro compiles it with, and
 * returns a syntax error or every violation of the MDX policy (src/lib/mdx-policy.ts),
 * each located by file line and column.
 */
export function checkMdxBody(body: string, { id, file, bodyLine }: BodyAt): ContentIssue[] {
  const at = { severity: 'error' as const, collection: 'briefs' as const, id, file, field: '(body)' };
  let tree: PolicyNode;
  try {
    tree = mdxToMdast(body) as PolicyNode;
  } catch (error) {
    // satteri reports "line:column: message (rule)".
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
    return [{
      ...at,
      line: m ? Number(m[1]) + bodyLine - 1 : bodyLine,
      column: m ? Number(m[2]) : undefined,
      message: `MDX syntax error: ${m ? m[3] : text}`,
      fix: 'if you meant a literal "<" or "{", escape it as \\< or \\{',
    }];
  }
  return treeViolations(tree).map((v) => ({
    ...at,
    line: v.line === undefined ? undefined : v.line + bodyLine - 1,
    column: v.column,
    value: v.value,
    message: v.message,
    fix: v.fix,
  }));
}
