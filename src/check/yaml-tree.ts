import { isMap, isNode, isScalar, isSeq, type Document } from 'yaml';

/** A node of a YAML tree with the field path it belongs to; a key belongs to the field it names. */
export interface PlacedNode {
  node: { range?: unknown; tag?: string | undefined };
  path: PropertyKey[];
  isKey: boolean;
}

/** Every node of a YAML tree, keys included, in document order. */
export function* placedNodes(node: unknown, path: PropertyKey[], isKey = false): Generator<PlacedNode> {
  if (!isNode(node)) return;
  yield { node, path, isKey };
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyPath = [...path, isScalar(pair.key) ? String(pair.key.value) : '?'];
      yield* placedNodes(pair.key, keyPath, true);
      yield* placedNodes(pair.value, keyPath);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) yield* placedNodes(item, [...path, i]);
  }
}

/** A plain value whose line goes on with " #": what was read, and the whole line as written. */
export interface CutValue {
  path: PropertyKey[];
  /** Offset of the "#". */
  at: number;
  read: unknown;
  written: string;
}

/** Spaces and a comment, up to the end of the line. */
const COMMENT_AFTER = /[ \t]+(#[^\n]*)/y;

/**
 * Plain (unquoted) values with a comment after them on the same line: YAML ends a plain value at
 * " #", so "title: Northwind is #1 in vans" is the title "Northwind is", and the rest is dropped
 * without a word. A comment on a line of its own, after a quoted value, or after a key whose value
 * is a list or a mapping below it, cuts nothing.
 */
export function valuesCutByComments(doc: Document, text: string): CutValue[] {
  // Nearly every file has no " #" at all: its tree is walked only when it has.
  if (!/[ \t]#/.test(text)) return [];
  const found: CutValue[] = [];
  for (const { node, path, isKey } of placedNodes(doc.contents, [])) {
    if (isKey || !isScalar(node) || node.type !== 'PLAIN' || !node.source || !node.range) continue;
    COMMENT_AFTER.lastIndex = node.range[1];
    const comment = COMMENT_AFTER.exec(text);
    if (comment)
      found.push({
        path,
        at: comment.index + comment[0].length - comment[1]!.length,
        read: node.value,
        written: `${node.source}${comment[0]}`.trimEnd(),
      });
  }
  return found;
}
