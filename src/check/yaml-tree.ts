import { isMap, isNode, isScalar, isSeq, type Document, type Pair } from 'yaml';

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

const startOf = (node: unknown): number => (isNode(node) && node.range ? node.range[0] : 0);

/** A field written more than once in one mapping: where each is written (offsets of its keys). */
export interface RepeatedField {
  path: PropertyKey[];
  starts: number[];
}

/**
 * Every field written more than once in one mapping ("name:" twice), nested ones too, ordered by
 * where the second is written. All but the last of each are taken out of the tree, so the rest of
 * the file is checked, and its issues located, as the last one reads: that is what toJS makes of
 * such a mapping, and parsing with uniqueKeys stops at the first with "Map keys must be unique",
 * which names no field and hides every other problem of the file.
 */
export function dropRepeatedFields(doc: Document): RepeatedField[] {
  const found: RepeatedField[] = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    if (!isMap(node)) return;
    const byName = new Map<string, Pair[]>();
    for (const pair of node.items) {
      // Field names are text (yamlShapeProblem refuses a list or mapping as a key); an alias as a key names none.
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), pair]);
      walk(pair.value, [...path, name ?? '?']);
    }
    const dropped = new Set<Pair>();
    for (const [name, pairs] of byName) {
      if (pairs.length < 2) continue;
      found.push({ path: [...path, name], starts: pairs.map((pair) => startOf(pair.key)) });
      for (const pair of pairs.slice(0, -1)) dropped.add(pair);
    }
    if (dropped.size) node.items = node.items.filter((pair) => !dropped.has(pair));
  };
  walk(doc.contents, []);
  return found.sort((a, b) => a.starts[1]! - b.starts[1]!);
}

/**
 * The merge keys ("<<: *base") of a tree, with the path of the mapping each is in. Merge keys
 * are YAML 1.1's; YAML 1.2 reads "<<" as a field of that name, so the fields it was to bring in
 * are missing.
 */
export function mergeKeys(doc: Document): { mapping: PropertyKey[]; start: number }[] {
  const found: { mapping: PropertyKey[]; start: number }[] = [];
  for (const { node, path, isKey } of placedNodes(doc.contents, []))
    if (isKey && isScalar(node) && node.value === '<<') found.push({ mapping: path.slice(0, -1), start: startOf(node) });
  return found;
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
    if (isKey || !isScalar(node) || !node.range) continue;
    if (node.value === null && !node.source) {
      // A value that starts with "#" is all comment: "title: #1 van maker" reads as no title.
      const start = node.range[0];
      // "# a note" (a space after the "#") is a comment on purpose: only "#1 van maker" is text.
      if (text[start] === '#' && /[ \t]/.test(text[start - 1] ?? '') && /[^\s#]/u.test(text[start + 1] ?? '')) {
        const end = text.indexOf('\n', start);
        found.push({ path, at: start, read: null, written: text.slice(start, end < 0 ? undefined : end).trimEnd() });
      }
      continue;
    }
    if (node.type !== 'PLAIN' || !node.source) continue;
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
