import { mdxToMdast } from 'satteri';

interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
}

/** Blocks whose inline content becomes one paragraph of plain text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** MDX JavaScript (only `{/* comments *\/}` pass the MDX policy): code, not text. */
const CODE_NODES = new Set(['mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm']);

function inlineText(node: MdNode): string {
  if (CODE_NODES.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(inlineText).join('');
}

function collectBlocks(node: MdNode, out: string[]): void {
  if (CODE_NODES.has(node.type)) return;
  if (TEXT_BLOCKS.has(node.type)) {
    const text = inlineText(node).replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    return;
  }
  if (node.type === 'code' && node.value) {
    out.push(node.value);
    return;
  }
  for (const child of node.children ?? []) collectBlocks(child, out);
}

/**
 * A brief body (MDX) as plain text: the words a reader sees, without Markdown
 * marks, tags or MDX comments; one line per paragraph, blank lines between.
 * Hand-written over mdast-util-to-string because that one also returns the
 * source of `{/* … *\/}` expressions and runs paragraphs together.
 * Parses with satteri, the parser Astro compiles briefs with.
 */
export function mdxToPlainText(mdx: string): string {
  const out: string[] = [];
  collectBlocks(mdxToMdast(mdx) as MdNode, out);
  return out.join('\n\n');
}
