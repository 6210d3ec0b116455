import {
  Composer,
  CST,
  Parser,
  YAMLParseError,
  type Document,
  type DocumentOptions,
  type LineCounter,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';

/**
 * How deep lists and mappings may nest in a content file. The deepest field of the content
 * model is five levels down (a brief's ingest.entityCandidates[0].lines); the YAML reader and
 * everything that walks its tree recurse once per level, and a line of a few thousand "["
 * overflowed the stack: the error said "Maximum call stack size exceeded", at a depth that
 * depended on the stack left, so the check and the build could word it differently.
 */
export const MAX_YAML_DEPTH = 32;

/** Something about a file's YAML that is refused before it is composed, at an offset of its text. */
export interface YamlShapeProblem {
  offset: number;
  message: string;
  fix: string;
}

/**
 * The first thing in a YAML token stream the reader refuses before building a tree:
 * - a %YAML directive naming another version than 1.2: `%YAML 1.1` would make `yes` true,
 *   `1:20` the number 80 and `2014-06-01` a timestamp, where the content model reads YAML 1.2;
 * - a %TAG directive, which renames tags (`!!str` could then name anything);
 * - lists and mappings nested deeper than MAX_YAML_DEPTH;
 * - a key that is itself a list or mapping (`? [a, b]`): a field name is text;
 * - a number written in hexadecimal or octal (`0x10`, `0o17`), which YAML 1.2 reads as 16 and 15:
 *   no source reports a figure that way, so it is a slip, and the page would show another number.
 * The walk keeps its own stack, so no input can overflow it.
 */
export function yamlShapeProblem(tokens: readonly CST.Token[]): YamlShapeProblem | undefined {
  const stack: [CST.Token, number][] = [];
  for (const token of tokens) {
    if (token.type === 'directive') {
      const line = JSON.stringify(token.source.trim());
      const version = /^%YAML[ \t]+(\S+)/.exec(token.source)?.[1];
      if (version !== undefined && version !== '1.2')
        return {
          offset: token.offset,
          message: `the line ${line} asks for YAML ${version}, but content is read as YAML 1.2, where values mean something else (yes, 1:20, 2014-06-01)`,
          fix: 'remove the %YAML line (and the "---" line after it); write true or false, numbers in digits, and dates as text',
        };
      if (token.source.startsWith('%TAG'))
        return {
          offset: token.offset,
          message: `the line ${line} renames YAML tags, so a tag no longer says what it seems to (!!str need not be text)`,
          fix: 'remove the %TAG line (and the "---" line after it); fields need no tags',
        };
    }
    if (token.type === 'document' && token.value) stack.push([token.value, 0]);
  }
  while (stack.length) {
    const [token, above] = stack.pop()!;
    const notation = numberNotationProblem(token);
    if (notation) return notation;
    if (!CST.isCollection(token)) continue;
    const depth = above + 1;
    if (depth > MAX_YAML_DEPTH)
      return {
        offset: token.offset,
        message: `lists and mappings are nested more than ${MAX_YAML_DEPTH} levels deep, far deeper than any field`,
        fix: 'write the fields as docs/content-model.md shows them; no field is more than a few levels deep',
      };
    for (const item of token.items) {
      if (CST.isCollection(item.key))
        return {
          offset: item.key.offset,
          message: 'a field name is a list or a mapping',
          fix: 'write the field name as plain text: "name: value"',
        };
      if (item.key) stack.push([item.key, depth]);
      if (item.value) stack.push([item.value, depth]);
    }
  }
  return undefined;
}

/** YAML 1.2's integers in another base than ten, as its core schema reads them. */
const OTHER_BASE = /^(0x[0-9a-fA-F]+|0o[0-7]+)$/;

function numberNotationProblem(token: CST.Token): YamlShapeProblem | undefined {
  if (token.type !== 'scalar' || !OTHER_BASE.test(token.source)) return undefined;
  const read = Number(token.source);
  return {
    offset: token.offset,
    message: `${token.source} is a ${token.source[1] === 'x' ? 'hexadecimal' : 'octal'} number, read as ${read}`,
    fix: `write the number in decimal digits (${read} if that is meant), or in quotes if it is text`,
  };
}

/**
 * parseDocument from the yaml package, in its two steps: the token stream (built without
 * recursion) is looked at by yamlShapeProblem before the tree is composed from it.
 */
export function parseYamlDocument(
  text: string,
  counter: LineCounter,
  options: ParseOptions & DocumentOptions & SchemaOptions,
): { doc: Document } | { problem: YamlShapeProblem } {
  const tokens = [...new Parser(counter.addNewLine).parse(text)];
  const problem = yamlShapeProblem(tokens);
  if (problem) return { problem };
  let doc: Document | undefined;
  for (const composed of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = composed;
    else {
      doc.errors.push(
        new YAMLParseError(
          [composed.range[0], composed.range[1]],
          'MULTIPLE_DOCS',
          'a second YAML document starts here, after a line "---"; a content file holds one',
        ),
      );
      break;
    }
  }
  // compose(…, forceDoc) ends with a document, an empty one at the least.
  return { doc: doc! };
}
