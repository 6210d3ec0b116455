import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import anyAscii from 'any-ascii';
import { isMap, isScalar, LineCounter, type Document, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { formatFieldPath, type ContentIssue } from './issue.ts';
import { unsafeCharacter } from '../lib/content/unsafe-characters.ts';
import type { CollectionName, Collections } from '../lib/content/entries.ts';
import { briefSchema, dealSchema, entitySchema, topicSchema } from '../schemas/index.ts';
import { SLUG_PATTERN } from '../schemas/ids.ts';
import type { BriefLinks } from './body-links.ts';
import { checkMdxBody } from './mdx-body.ts';
import { fieldProblems, type FieldProblem } from './zod-issues.ts';
import { wellFormedReferences, type EntryReference, type FailedEntry } from './references.ts';
import { readContentFiles, type ReadFilesOptions } from './read-content-threads.ts';
import { parseYamlDocument } from './yaml-document.ts';
import { dropRepeatedFields, mergeKeys, placedNodes, valuesCutByComments, type PlacedNode } from './yaml-tree.ts';
import { wellFormedData, type WellFormedParts } from './well-formed-data.ts';
import { draftLeftovers } from '../lib/content/draft-leftovers.ts';

/** Files larger than this are refused: content is prose and data, never bulk. */
export const MAX_FILE_BYTES = 256 * 1024;

interface CollectionSpec {
  folder: string;
  extensions: string[];
  frontmatter: boolean;
  schema: z.ZodType;
}

export const COLLECTIONS: Record<CollectionName, CollectionSpec> = {
  briefs: { folder: 'briefs', extensions: ['.mdx'], frontmatter: true, schema: briefSchema },
  entities: { folder: 'entities', extensions: ['.yaml', '.yml'], frontmatter: false, schema: entitySchema },
  deals: { folder: 'deals', extensions: ['.yaml', '.yml'], frontmatter: false, schema: dealSchema },
  topics: { folder: 'topics', extensions: ['.yaml', '.yml'], frontmatter: false, schema: topicSchema },
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes strictly, drops a BOM, unifies line ends and normalises to NFC. */
export function decodeText(bytes: Uint8Array): string {
  return utf8
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/**
 * Whether the bytes are UTF-16, as editors on Windows may save "Unicode": a byte-order mark
 * (FF FE or FE FF), or, without one, a NUL beside every character of the first ones (ASCII
 * in UTF-16). Without this the first was called a legacy 8-bit encoding, and the second, being
 * valid UTF-8 full of NULs, "not a mapping".
 */
export function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, Math.min(bytes.length, 64) & ~1);
  if (head.length < 4) return false;
  const nulEvery = (parity: number) => head.every((byte, i) => i % 2 !== parity || byte === 0);
  return (nulEvery(0) || nulEvery(1)) && head.some((byte) => byte !== 0);
}

/** The line holding the first byte sequence that is not UTF-8. */
function firstInvalidUtf8Line(bytes: Uint8Array): number | undefined {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return undefined;
}

/**
 * Splits "---\nYAML\n---\nbody"; returns undefined when there is no frontmatter block.
 * Each "---" must be a line of its own: "---" at the end of a line of YAML (a comment,
 * a caveat's text) does not close the block.
 */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return undefined;
  const newlines = m[0].split('\n').length - 1;
  return { yaml: m[1] ?? '', body: text.slice(m[0].length), bodyLine: newlines + 1 };
}

/** A line that reads as YAML where a brief's summary might begin: a field ("name:"), a list item or "---". */
const YAML_LINE = /^(?:[a-z][A-Za-z0-9]*:(?:[ \t]|$)|-(?:[ \t]|$)|---)/;

/**
 * Where a brief's summary seems to begin inside its frontmatter's YAML, with the last field line
 * before it (lines of the file): the first line after a blank one (comments or headings between
 * aside) that is not indented and reads as no field or list item. With the closing "---" forgotten,
 * a "---" thematic break further down closes the block instead, and the summary above it is read
 * as YAML: a syntax error, or an unknown field "Summary". Field names are lower camel case, so a
 * misspelt field after a blank line is not taken for the summary.
 */
export function summaryInFrontmatter(yaml: string, lineOffset: number): { line: number; lastField: number } | undefined {
  let lastField: number | undefined;
  let afterBlank = false;
  for (const [i, text] of yaml.split('\n').entries()) {
    if (!text.trim()) afterBlank = lastField !== undefined;
    else if (/^[ \t]*#/.test(text)) continue;
    else if (afterBlank && !/^[ \t]/.test(text) && !YAML_LINE.test(text))
      return { line: i + 1 + lineOffset, lastField: lastField! + 1 + lineOffset };
    else {
      lastField = i;
      afterBlank = false;
    }
  }
  return undefined;
}

/** Every string in parsed YAML with the path to it. */
export function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/**
 * The tags a value may carry: those of the YAML 1.2 core schema, and `!`. They only say
 * what the plain value means (`!!str 5` is the text "5"), and the value must then pass its
 * schema. Every other tag (`!foo`, `!!binary`, `!!timestamp`, `!!set`, `!<tag:…>`) is refused:
 * the reader is told not to resolve YAML 1.1's, which would turn text into bytes, dates or sets.
 */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => `!!${name}`));

/** "title: \"5\"" or "- \"5\"": a short scalar as the fix would write it, quoted. */
function quotedExample({ node, path, isKey }: PlacedNode): string | undefined {
  const source = isScalar(node) ? node.source : undefined;
  if (isKey || typeof source !== 'string' || !source || source.length > 40 || source.includes('\n')) return undefined;
  const name = path.at(-1);
  return `${typeof name === 'string' ? `${name}:` : '-'} ${JSON.stringify(source)}`;
}

/** "key: value" or "- value" (also "- key: value"): the parts of a line holding one plain value. */
const VALUE_LINE = /^(\s*(?:-[ \t]+)?(?:[^\s#'"[\]{}:,][^:#]*?:)?[ \t]*)(\S.*)$/u;
/** Characters that start YAML syntax, not text, at the start of a plain value. */
const SYNTAX_START = /^[[\]{}"'*&!%@`|>?#,-]/u;

/**
 * The line rewritten with its value in double quotes, when the value is text that YAML read as
 * syntax: "title: Northwind: vans", "title: [Updated] Northwind", "title: 'Tis the season".
 * Undefined for a line that is not one value, a value already quoted whole, or a list or
 * mapping written in brackets.
 */
export function quotedLine(line: string): string | undefined {
  const m = VALUE_LINE.exec(line.trimEnd());
  if (!m || !/[:-]/.test(m[1]!) || /^\s*(?:-\s+)?<<:/u.test(m[1]!)) return undefined;
  const value = m[2]!;
  // YAML that is not text: a block scalar's header ("|", ">-"), an alias ("*base"), or a list or
  // mapping in brackets left open ("[a, b").
  if (/^[|>][+-]?\d?$/u.test(value) || /^[*&][^\s*]+$/u.test(value) || /^\[[^\]]*$|^\{[^}]*$/u.test(value)) return undefined;
  if (/^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|\[.*\]|\{.*\})$/u.test(value)) return undefined;
  if (!SYNTAX_START.test(value) && !/:(?:\s|$)/u.test(value) && !/\s#/u.test(value)) return undefined;
  return `${m[1]!}${JSON.stringify(value)}`;
}

/**
 * The parser's complaints about tags (TAG_RESOLVE_FAILED), one issue each, named by the
 * field the tag is on. A tag is written just before its node, so that node is the first to
 * start after it (the tagged one, when a collection and its first key start together).
 */
function tagIssues(
  doc: Document,
  yamlText: string,
  counter: LineCounter,
  lineOffset: number,
  at: Pick<ContentIssue, 'collection' | 'id' | 'file'>,
): ContentIssue[] {
  const problems = [...doc.errors, ...doc.warnings].filter((p) => p.code === 'TAG_RESOLVE_FAILED');
  // Nearly every file has none: its tree is walked only when it has.
  if (!problems.length) return [];
  const nodes = [...placedNodes(doc.contents, [])].map((placed) => ({
    placed,
    start: Array.isArray(placed.node.range) ? (placed.node.range[0] as number) : -1,
  }));
  const seen = new Set<number>();
  const found: ContentIssue[] = [];
  for (const problem of problems.sort((a, b) => a.pos[0] - b.pos[0])) {
    if (seen.has(problem.pos[0])) continue;
    seen.add(problem.pos[0]);
    const tag = yamlText.slice(problem.pos[0], problem.pos[1]);
    let tagged: (typeof nodes)[number] | undefined;
    for (const n of nodes) {
      const earlier = !tagged || n.start < tagged.start || (n.start === tagged.start && n.placed.node.tag && !tagged.placed.node.tag);
      if (n.start >= problem.pos[1] && earlier) tagged = n;
    }
    const example = tagged && quotedExample(tagged.placed);
    found.push({
      severity: 'error',
      ...at,
      line: counter.linePos(problem.pos[0]).line + lineOffset,
      field: (tagged && formatFieldPath(tagged.placed.path)) || '(yaml)',
      message: CORE_TAGS.has(tag)
        ? `the value does not fit its YAML tag ${tag}`
        : `unknown YAML tag ${tag}: a field holds plain text, numbers, true or false, lists and mappings`,
      fix: `remove the tag ${tag}, and quote the value if it is text${example ? ` (${example})` : ''}`,
    });
  }
  return found;
}

export function lineOf(doc: Document, counter: LineCounter, path: ReadonlyArray<PropertyKey>, offset: number): number | undefined {
  // Walk up the path until a node with a position is found.
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line + offset;
  }
  return undefined;
}

export interface ReadResult {
  collections: Collections;
  issues: ContentIssue[];
  files: number;
  /** Every id that has a file, valid or not. */
  ids: Record<CollectionName, Set<string>>;
  /** The links in each brief body, checked against all ids once every file is read. */
  bodyLinks: BriefLinks[];
  /** Entries that failed their schema, with their well-formed references and fields. */
  failed: FailedEntry[];
  /** The decoded text of every file read (by its path relative to the root), to locate later issues without reading it again. */
  texts: Map<string, string>;
}

/**
 * What the file system's refusal to open a content file or folder means, and what to do,
 * by its error code: permission denied, a link that leads round in a loop, a folder name
 * taken by a file. Without it such an error ended the check with a stack trace, or (for a
 * collection folder) left the collection silently empty.
 */
export function unreadable(error: unknown, what: 'file' | 'folder'): { message: string; fix: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return {
        message: `the ${what} cannot be read: permission denied`,
        fix: `let your user read it (chmod ${what === 'file' ? 'u+r' : 'u+rx'}), or move it out of content/`,
      };
    case 'ELOOP':
      return {
        message: 'is a symbolic link that leads round in a loop, so there is nothing to read',
        fix: `point the link at the content ${what}, or remove it`,
      };
    case 'ENOTDIR':
      return { message: 'is a file where a collection folder belongs', fix: 'move the file away and make a folder of that name' };
    case 'ENOENT':
      return { message: `the ${what} disappeared while it was being read`, fix: 'run the check again once the editing is done' };
    default:
      return {
        message: `the ${what} cannot be read (${code ?? (error as Error | undefined)?.message ?? String(error)})`,
        fix: `check the ${what} on disk, or move it out of content/`,
      };
  }
}

/** statSync that reports a target it cannot reach (a loop, no permission) as its error instead of throwing it. */
function statTarget(path: string): ReturnType<typeof statSync> | { error: unknown } | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return { error };
  }
}

/** Why an entry of a content folder is not a file that can be read, or undefined when it is one. */
function notAFile(entry: Dirent, path: string, folder: string): { message: string; fix: string } | undefined {
  if (entry.isFile()) return undefined;
  // A symbolic link is read as what it points at; a dangling one points at nothing.
  const reached = entry.isSymbolicLink() ? statTarget(path) : undefined;
  if (reached && 'error' in reached) return unreadable(reached.error, 'file');
  const target = reached;
  if (target?.isFile()) return undefined;
  if (entry.isSymbolicLink() && !target)
    return { message: 'is a symbolic link to a file that does not exist', fix: 'remove the link, or point it at the content file' };
  if (entry.isDirectory() || target?.isDirectory())
    return {
      message: 'is a folder, not a content file',
      fix: `entries are single files in content/${folder}/ itself: move the files it holds up into content/${folder}/, and the folder out of content/`,
    };
  return { message: 'is not a regular file', fix: 'remove it from content/' };
}

const COLLECTION_FOLDERS = Object.values(COLLECTIONS).map((spec) => spec.folder);

/**
 * What is wrong with the content folder itself: absent (a mistyped DOSSIER_CONTENT_DIR
 * would otherwise publish an empty site), holding no collection folder, or holding a folder
 * that is none of them (Entities/ is not entities/, and its entries would go unread).
 * A stray file beside the folders is only a warning: it is never read.
 */
export function contentFolderIssues(contentDir: string, root = process.cwd()): ContentIssue[] {
  // Named from the project when inside it, else in full.
  const inside = relative(root, contentDir);
  const file = inside.startsWith('..') ? contentDir : inside || '.';
  const at = { collection: 'briefs' as const, id: '(content folder)', file };
  const folders = COLLECTION_FOLDERS.map((f) => `${f}/`).join(', ');
  let entries: Dirent[];
  try {
    entries = readdirSync(contentDir, { withFileTypes: true });
  } catch {
    const exists = existsSync(contentDir);
    return [
      {
        severity: 'error',
        ...at,
        field: '(folder)',
        message: exists ? 'the content folder is not a folder that can be read' : 'the content folder does not exist',
        fix: `point DOSSIER_CONTENT_DIR at the folder that holds ${folders} (default: content/ in the project)`,
      },
    ];
  }
  const issues: ContentIssue[] = [];
  const visible = entries.filter((e) => !e.name.startsWith('.'));
  for (const entry of visible) {
    if (COLLECTION_FOLDERS.includes(entry.name)) continue;
    const meant = COLLECTION_FOLDERS.find((f) => f.toLowerCase() === entry.name.toLowerCase());
    const target = entry.isSymbolicLink() ? statTarget(join(contentDir, entry.name)) : undefined;
    const isFolder = entry.isDirectory() || (target !== undefined && !('error' in target) && target.isDirectory());
    issues.push({
      severity: isFolder ? 'error' : 'warning',
      ...at,
      file: join(file, entry.name),
      field: isFolder ? '(folder)' : '(file)',
      message: isFolder ? 'is not a collection folder, so nothing in it is read' : 'is not in a collection folder, so it is not read',
      fix: meant ? `rename it to ${meant}/` : `move it out of the content folder, which holds ${folders}`,
    });
  }
  if (!visible.some((e) => COLLECTION_FOLDERS.includes(e.name)))
    issues.push({
      severity: 'error',
      ...at,
      field: '(folder)',
      message: 'the content folder holds no collection folder, so the site would have no content',
      fix: `put the content in ${folders} inside it, or point DOSSIER_CONTENT_DIR at the folder that holds them`,
    });
  return issues;
}

/** A file of a content folder that the selection passed on to be read. */
export interface ContentFileRef {
  collection: CollectionName;
  id: string;
  /** Where it is. */
  path: string;
  /** Its path relative to the root, as issues name it. */
  file: string;
}

/** What reading one content file gave: its issues, its decoded text, and its entry when valid. */
export interface FileReading {
  issues: ContentIssue[];
  text?: string;
  entry?: Collections[CollectionName][number];
  links?: BriefLinks;
  /** When the data failed its schema: the reference fields that are well-formed, to check them all the same. */
  references?: EntryReference[];
  /** When the data failed its schema: the fields that are well-formed, for the rules across entries. */
  wellFormed?: WellFormedParts;
}

/** The files of a content folder in reading order, each to be read or stopped by an issue. */
export interface ContentSelection {
  slots: ({ read: ContentFileRef } | { issue: ContentIssue })[];
  files: number;
  ids: Record<CollectionName, Set<string>>;
}

/**
 * Which files of `contentDir` are content, in the order they are reported: every name in a
 * collection's folder but hidden ones, sorted. A name that cannot be an entry (not a file,
 * another type, not an id, a duplicate id) is an issue, never silently skipped.
 */
export function selectContentFiles(contentDir: string, root = process.cwd()): ContentSelection {
  const slots: ContentSelection['slots'] = [];
  const ids: Record<CollectionName, Set<string>> = { briefs: new Set(), entities: new Set(), deals: new Set(), topics: new Set() };
  let files = 0;
  for (const issue of contentFolderIssues(contentDir, root)) slots.push({ issue });
  if (slots.length && !existsSync(contentDir)) return { slots, files, ids };

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, CollectionSpec][]) {
    const dir = join(contentDir, spec.folder);
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      // An absent folder is an empty collection; one that is there but cannot be read is not.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      const { message, fix } = unreadable(error, 'folder');
      slots.push({
        issue: {
          severity: 'error',
          collection: name,
          id: `(${spec.folder} folder)`,
          file: relative(root, dir),
          field: '(folder)',
          message,
          fix,
        },
      });
      continue;
    }
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const fileName = entry.name;
      const ext = extname(fileName);
      const path = join(dir, fileName);
      const file = relative(root, path);
      // Hidden files (.DS_Store, editors' swap files) are not content. Every other name is
      // read, and one that is not an id ("_draft.yaml") is an error, never silently skipped.
      if (fileName.startsWith('.')) continue;
      /** A name that is not a content file at all: reported by its name, as there is no id. */
      const refuse = (message: string, fix: string) =>
        slots.push({ issue: { severity: 'error', collection: name, id: fileName, file, field: '(file)', message, fix } });
      const unreadable = notAFile(entry, path, spec.folder);
      if (unreadable) {
        refuse(unreadable.message, unreadable.fix);
        continue;
      }
      if (!spec.extensions.includes(ext)) {
        refuse(
          `unexpected file type "${ext}" in content/${spec.folder}`,
          `rename it to ${spec.extensions.join(' or ')}, or move it out of the folder`,
        );
        continue;
      }
      files++;
      const id = basename(fileName, ext);
      const at = { collection: name, id, file };
      if (!SLUG_PATTERN.test(id)) {
        // Folded to ASCII as the ingest's slugs are (ï → i, ß → ss, 北京 → beijing), not split at each accent.
        const suggestion = anyAscii(id.normalize('NFC'))
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        slots.push({
          issue: {
            severity: 'error',
            ...at,
            field: '(file name)',
            value: id,
            message: 'the file name is the id and must be lower-case words joined by hyphens',
            fix: suggestion ? `rename to ${suggestion}${ext}` : 'rename it with lower-case latin letters, digits and hyphens',
          },
        });
        continue;
      }
      if (seen.has(id)) {
        slots.push({
          issue: {
            severity: 'error',
            ...at,
            field: '(id)',
            value: id,
            message: `duplicate id: ${seen.get(id)} has the same id`,
            fix: 'rename or remove one of the two files',
          },
        });
        continue;
      }
      seen.set(id, file);
      ids[name].add(id);
      slots.push({ read: { collection: name, id, path, file } });
    }
  }
  return { slots, files, ids };
}

/** Reads, parses and validates one content file; every problem found is an issue. */
export function readContentFile(ref: ContentFileRef, root = process.cwd()): FileReading {
  const { collection: name, id, path, file } = ref;
  const spec = COLLECTIONS[name];
  const at = { collection: name, id, file };
  const issues: ContentIssue[] = [];
  let size: number;
  let bytes: Buffer;
  try {
    size = statSync(path).size;
    // Read only when within the limit: a file over it is refused by its size alone.
    bytes = size > MAX_FILE_BYTES ? Buffer.alloc(0) : readFileSync(path);
  } catch (error) {
    issues.push({ severity: 'error', ...at, field: '(file)', ...unreadable(error, 'file') });
    return { issues };
  }
  if (size > MAX_FILE_BYTES) {
    issues.push({
      severity: 'error',
      ...at,
      field: '(file)',
      value: `${size} bytes`,
      message: `file is larger than the ${MAX_FILE_BYTES / 1024} KiB limit`,
      fix: 'shorten it: a brief is a summary, an entry is data, never bulk text',
    });
    return { issues };
  }
  if (isUtf16(bytes)) {
    issues.push({
      severity: 'error',
      ...at,
      field: '(encoding)',
      message: 'file is UTF-16, not UTF-8',
      fix: 're-save the file as UTF-8 (an editor may call UTF-16 "Unicode")',
    });
    return { issues };
  }
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    issues.push({
      severity: 'error',
      ...at,
      line: firstInvalidUtf8Line(bytes),
      field: '(encoding)',
      message: 'file is not valid UTF-8',
      fix: 're-save the file as UTF-8 (it may be in a legacy encoding such as Windows-1252 or GBK)',
    });
    return { issues };
  }
  if (!text.trim()) {
    issues.push({ severity: 'error', ...at, field: '(file)', message: 'file is empty', fix: 'write the entry or delete the file' });
    return { issues };
  }
  const reading: FileReading = { issues, text };

  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine = 1;
  /** False when the parsed body holds nothing a reader sees (src/check/mdx-body.ts). */
  let bodyShowsContent: boolean | undefined;
  if (spec.frontmatter) {
    const parts = splitFrontmatter(text);
    if (!parts) {
      const opened = /^---[ \t]*\n/.test(text);
      issues.push({
        severity: 'error',
        ...at,
        line: 1,
        field: '(frontmatter)',
        message: opened
          ? 'the frontmatter opened on line 1 is never closed'
          : 'no frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"',
        fix: opened ? 'add a line "---" after the last YAML field, before the summary' : 'add the frontmatter block',
      });
      return reading;
    }
    yamlText = parts.yaml;
    body = parts.body;
    bodyLine = parts.bodyLine;
    lineOffset = 1;
    // The body is checked whatever the frontmatter holds, so one run reports both.
    const second = splitFrontmatter(body);
    if (second)
      // The renderer reads a "---" block at the very start of the body as frontmatter and drops it.
      issues.push({
        severity: 'error',
        ...at,
        line: bodyLine,
        field: '(body)',
        message: `the body starts with a second frontmatter block (lines ${bodyLine}-${bodyLine + second.bodyLine - 2}), which the site drops unseen`,
        fix: 'remove the second frontmatter block or move its fields into the frontmatter',
      });
    const bad = unsafeCharacter(body);
    if (bad)
      issues.push({
        severity: 'error',
        ...at,
        line: bodyLine + bad.line - 1,
        column: bad.column,
        field: '(body)',
        message: `contains ${bad.name} (${bad.codePoint})`,
        fix: 'delete the invisible character; it can hide or reorder text',
      });
    const mdx = checkMdxBody(body, { id, file, bodyLine, publicDir: join(root, 'public') });
    issues.push(...mdx.issues);
    bodyShowsContent = mdx.showsContent;
    if (mdx.links.length) reading.links = { id, file, links: mdx.links };
  }

  const counter = new LineCounter();
  // resolveKnownTags: false leaves YAML 1.1's tags (!!binary, !!timestamp, !!set) unresolved, so they are reported as unknown.
  // uniqueKeys: false, as a field written twice is reported by its name below, and the rest of the file still checked.
  const composed = parseYamlDocument(yamlText, counter, { prettyErrors: false, uniqueKeys: false, resolveKnownTags: false });
  if ('problem' in composed) {
    const { offset, message, fix } = composed.problem;
    issues.push({ severity: 'error', ...at, line: counter.linePos(offset).line + lineOffset, field: '(yaml)', message, fix });
    return reading;
  }
  const { doc } = composed;
  /** For a brief whose YAML fails at or after where its summary seems to begin: the closing "---" may be missing. */
  const unclosedHint = (line: number | undefined): string => {
    const summary = spec.frontmatter && line !== undefined ? summaryInFrontmatter(yamlText, lineOffset) : undefined;
    return summary && line! >= summary.line
      ? `; if the summary starts on line ${summary.line}, the frontmatter's closing "---" may be missing: add it after line ${summary.lastField}, the last field`
      : '';
  };
  // Only the first syntax problem: after one slip the parser's later complaints are mostly echoes of it.
  const notATag = (e: YAMLError) => e.code !== 'TAG_RESOLVE_FAILED';
  const yamlError = doc.errors.find(notATag) ?? doc.warnings.find(notATag);
  if (yamlError) {
    const textLine = counter.linePos(yamlError.pos[0]).line;
    const line = textLine + lineOffset;
    const hint = unclosedHint(line);
    // A missing "---" is the likelier slip where the summary begins.
    const quoted = hint ? undefined : quotedLine(yamlText.split('\n')[textLine - 1] ?? '');
    issues.push({
      severity: 'error',
      ...at,
      line,
      field: '(yaml)',
      message: `malformed YAML: ${yamlError.message.split('\n')[0]!}`,
      fix: quoted
        ? `put the value in quotes if it is text: ${quoted.trim()} (a colon and a space, or one of [ { " ' * & ! % @ \` | > - ? at its start, is YAML syntax)`
        : `fix the YAML syntax at that line (indentation, quotes, colons)${hint}`,
    });
  }
  // Every tag, each where it is written: they do not echo one another.
  const tags = tagIssues(doc, yamlText, counter, lineOffset, at);
  issues.push(...tags);
  if (yamlError || tags.length) return reading;
  if (!isMap(doc.contents)) {
    issues.push({
      severity: 'error',
      ...at,
      line: 1 + lineOffset,
      field: '(yaml)',
      message: 'the YAML must be a mapping of field: value pairs',
      fix: 'write one "field: value" per line',
    });
    return reading;
  }
  for (const { path, starts } of dropRepeatedFields(doc)) {
    const lines = starts.map((start) => counter.linePos(start).line + lineOffset);
    const field = formatFieldPath(path);
    issues.push({
      severity: 'error',
      ...at,
      line: lines[1],
      field,
      message: `field "${field}" is written ${lines.length === 2 ? 'twice' : `${lines.length} times`} (lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)})`,
      fix: `keep one (the rest of the file is checked with the last, on line ${lines.at(-1)})`,
    });
  }
  const merging = new Set<string>();
  for (const { mapping, start } of mergeKeys(doc)) {
    merging.add(formatFieldPath(mapping));
    issues.push({
      severity: 'error',
      ...at,
      line: counter.linePos(start).line + lineOffset,
      field: formatFieldPath(mapping) || '(entry)',
      message: 'merge keys ("<<") are not part of YAML 1.2 as Dossier reads it',
      fix: 'write the fields out in this mapping instead of "<<: *…"',
    });
  }
  /** What the merge key's message already says: "<<" is no field, and the fields it was to bring in are missing. */
  const followsFromMerge = ({ path, value }: FieldProblem) =>
    merging.has(formatFieldPath(path.slice(0, -1))) && (path.at(-1) === '<<' || value === undefined);
  /** Fields read as empty because their value starts with "#": their schema error would only echo this one. */
  const emptiedByComment = new Set<string>();
  for (const cut of valuesCutByComments(doc, yamlText)) {
    const name = cut.path.at(-1);
    const written = `${typeof name === 'number' ? '-' : `${String(name)}:`} ${JSON.stringify(cut.written)}`;
    if (cut.read === null) emptiedByComment.add(formatFieldPath(cut.path));
    issues.push({
      severity: 'error',
      ...at,
      line: counter.linePos(cut.at).line + lineOffset,
      field: formatFieldPath(cut.path),
      value: cut.read,
      message:
        cut.read === null
          ? 'the value starts with "#", which YAML reads as the start of a comment, so the field is empty'
          : 'the text after " #" was read as a YAML comment and dropped',
      // A number or true/false in quotes would be text: there the "#" is more likely a note.
      fix:
        typeof cut.read === 'string' || cut.read === null
          ? `put the value in quotes: ${written}${cut.read === null ? '' : ' (a comment goes on a line of its own)'}`
          : `write the comment on a line of its own, or the value in quotes if it is text: ${written}`,
    });
  }
  let raw: unknown;
  try {
    // Hostile YAML can nest aliases to expand into gigabytes ("billion laughs").
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    issues.push({
      severity: 'error',
      ...at,
      line: 1 + lineOffset,
      field: '(yaml)',
      message: `YAML aliases could not be resolved: ${(error as Error).message}`,
      fix: 'write the values out instead of using &anchors and *aliases',
    });
    return reading;
  }
  for (const [path, value] of strings(raw)) {
    const bad = unsafeCharacter(value);
    if (bad)
      issues.push({
        severity: 'error',
        ...at,
        line: lineOf(doc, counter, path, lineOffset),
        field: formatFieldPath(path),
        value,
        message: `contains ${bad.name} (${bad.codePoint})`,
        fix: 'delete the invisible character; it can hide or reorder text',
      });
  }
  // Whether or not the schema passes: a draft published as ingest wrote it also lacks fields the schema asks for.
  if (name === 'briefs' && body && (raw as { status?: unknown } | null)?.status === 'published')
    for (const left of draftLeftovers(body))
      issues.push({
        severity: 'error',
        ...at,
        line: bodyLine + left.line - 1,
        field: '(body)',
        message:
          left.kind === 'todo'
            ? 'a published brief still holds a to-do note from its draft ("TODO: …")'
            : "a published brief still holds ingest's copy of the source article, which would publish the article's own words",
        fix:
          left.kind === 'todo'
            ? 'do what the note asks and delete it, or set status: draft'
            : 'delete the "Article text" heading and the fenced text below it, or set status: draft',
      });
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const isUnknown = new Set(
      parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys' ? issue.keys.map((key) => formatFieldPath([...issue.path, key])) : [],
      ),
    );
    for (const problem of fieldProblems(spec.schema, raw, parsed.error.issues)) {
      const path = formatFieldPath(problem.path);
      if (followsFromMerge(problem) || (emptiedByComment.has(path) && !isUnknown.has(path))) continue;
      const line = lineOf(doc, counter, problem.path, lineOffset);
      issues.push({
        severity: 'error',
        ...at,
        line,
        field: problem.field,
        value: problem.value,
        message: problem.message,
        fix: isUnknown.has(problem.field) ? `${problem.fix}${unclosedHint(line)}` : problem.fix,
      });
    }
    const issuePaths = parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path],
    );
    const references = wellFormedReferences(name, raw, issuePaths);
    if (references.length) reading.references = references;
    const wellFormed = wellFormedData(spec.schema, raw, issuePaths);
    if (wellFormed) reading.wellFormed = wellFormed;
    return reading;
  }
  const data = parsed.data as never;
  reading.entry = name === 'briefs' ? { id, data, filePath: file, body } : { id, data, filePath: file };
  if (name === 'briefs' && (parsed.data as { status: string }).status === 'published' && (!body?.trim() || bodyShowsContent === false)) {
    issues.push({
      severity: 'error',
      ...at,
      line: bodyLine,
      field: '(body)',
      message: body?.trim()
        ? 'a published brief needs its English summary as the body, and this body shows no text (only comments, link definitions, rules or spaces)'
        : 'a published brief needs its English summary as the body below the frontmatter',
      fix: 'write the summary, or set status: draft',
    });
  }
  return reading;
}

/**
 * Readings kept from an earlier run, by file and the text it held (src/loaders/kept-readings.ts):
 * a reading depends on nothing else but the code, which the keeper answers for.
 */
export interface ReadingStore {
  /** Whether a reading of this file is kept at all: when not, the file is not read ahead for it. */
  has(file: string): boolean;
  previous(file: string, text: string): FileReading | undefined;
  keep(file: string, reading: FileReading): void;
}

/**
 * The kept reading of a file whose text is unchanged, given its text; undefined when there is
 * none or the file is one the reader refuses before decoding (too large, not UTF-8).
 */
function keptReading(ref: ContentFileRef, store: ReadingStore): FileReading | undefined {
  if (!store.has(ref.file)) return undefined;
  try {
    if (statSync(ref.path).size > MAX_FILE_BYTES) return undefined;
    const text = decodeText(readFileSync(ref.path));
    const reading = store.previous(ref.file, text);
    return reading && { ...reading, text };
  } catch {
    return undefined; // read as usual, which reports the problem
  }
}

/**
 * Reads and validates every content file; collects all issues instead of stopping at the
 * first. A large folder is read on two threads (read-content-threads.ts); the result is
 * the same, in the same order, as one thread gives. With a store, a file whose text is
 * unchanged since the run that kept its reading is not parsed or validated again.
 */
export function readContent(
  contentDir: string,
  root = process.cwd(),
  options: ReadFilesOptions & { store?: ReadingStore } = {},
): ReadResult {
  const { slots, files, ids } = selectContentFiles(contentDir, root);
  const refs = slots.flatMap((slot) => ('read' in slot ? [slot.read] : []));
  const { store } = options;
  const kept = refs.map((ref) => store && keptReading(ref, store));
  const unread = refs.filter((_, i) => !kept[i]);
  const fresh = readContentFiles(unread, (ref) => readContentFile(ref, root), { ...options, root });
  unread.forEach((ref, i) => store?.keep(ref.file, fresh[i]!));
  let nextFresh = 0;
  const readings = kept.map((reading) => reading ?? fresh[nextFresh++]!);
  const collections: Collections = { briefs: [], entities: [], deals: [], topics: [] };
  const issues: ContentIssue[] = [];
  const bodyLinks: BriefLinks[] = [];
  const texts = new Map<string, string>();
  const failed: FailedEntry[] = [];
  let next = 0;
  for (const slot of slots) {
    if ('issue' in slot) {
      issues.push(slot.issue);
      continue;
    }
    const reading = readings[next++]!;
    issues.push(...reading.issues);
    if (reading.text !== undefined) texts.set(slot.read.file, reading.text);
    if (reading.links) bodyLinks.push(reading.links);
    if (reading.references || reading.wellFormed) {
      const { collection, id, file } = slot.read;
      failed.push({
        collection,
        id,
        file,
        references: reading.references ?? [],
        ...(reading.wellFormed ?? { data: {}, failedFields: [] }),
      });
    }
    if (reading.entry) (collections[slot.read.collection] as Collections[CollectionName][number][]).push(reading.entry);
  }
  return { collections, issues, files, ids, bodyLinks, failed, texts };
}
