import { mdxToMdast } from 'satteri';
import type { ContentIssue } from '../lib/content-issue.ts';
import type { BodyLink } from '../lib/content-links.ts';
import { treeViolations, type PolicyNode } from '../lib/mdx-policy.ts';

interface BodyAt {
  id: string;
  file: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

export interface MdxBodyResult {
  issues: ContentIssue[];
  /** Every link, image and link definition URL, for the cross-entry link check (src/lib/content-links.ts). */
  links: BodyLink[];
}

/** URLs of links, images and definitions in a parsed body, located by file line. */
function bodyLinks(tree: PolicyNode, bodyLine: number): BodyLink[] {
  const out: BodyLink[] = [];
  const stack: PolicyNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      const start = node.position?.start;
      out.push({ url: node.url, line: start ? start.line + bodyLine - 1 : undefined, column: start?.column });
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/**
 * Parses a brief's MDX body with satteri, the parser Astro compiles it with, and
 * returns a syntax error or every violation of the MDX policy (src/lib/mdx-policy.ts),
 * each located by file line and column, and the body's links.
 */
export function checkMdxBody(body: string, { id, file, bodyLine }: BodyAt): MdxBodyResult {
  const at = { severity: 'error' as const, collection: 'briefs' as const, id, file, field: '(body)' };
  let tree: PolicyNode;
  try {
    tree = mdxToMdast(body) as PolicyNode;
  } catch (error) {
    // satteri reports "line:column: message (rule)".
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
    const issue: ContentIssue = {
      ...at,
      line: m ? Number(m[1]) + bodyLine - 1 : bodyLine,
      column: m ? Number(m[2]) : undefined,
      message: `MDX syntax error: ${m ? m[3] : text}`,
      fix: 'if you meant a literal "<" or "{", escape it as \\< or \\{',
    };
    return { issues: [issue], links: [] };
  }
  const issues = treeViolations(tree).map((v) => ({
    ...at,
    line: v.line === undefined ? undefined : v.line + bodyLine - 1,
    column: v.column,
    value: v.value,
    message: v.message,
    fix: v.fix,
  }));
  return { issues, links: bodyLinks(tree, bodyLine) };
}
