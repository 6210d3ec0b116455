import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { formatFieldPath, type ContentIssue } from '../lib/content-issue.ts';
import type { CollectionName, Collections } from '../lib/types.ts';
import { briefSchema, dealSchema, entitySchema, topicSchema } from '../schemas/index.ts';
import { SLUG_PATTERN } from '../schemas/ids.ts';

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
  return utf8.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Splits "---\nYAML\n---\nbody"; returns undefined when there is no frontmatter block. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return undefined;
  const yaml = m[1] ?? '';
  return { yaml, body: text.slice(m[0].length), bodyLine: yaml.split('\n').length + 3 };
}

function lineOf(doc: Document, counter: LineCounter, path: ReadonlyArray<PropertyKey>, offset: number): number | undefined {
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
}

/** Reads and validates every content file; collects all issues instead of stopping at the first. */
export function readContent(contentDir: string, root = process.cwd()): ReadResult {
  const collections: Collections = { briefs: [], entities: [], deals: [], topics: [] };
  const issues: ContentIssue[] = [];
  let files = 0;

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, CollectionSpec][]) {
    const dir = join(contentDir, spec.folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue; // an absent folder is an empty collection
    }
    const seen = new Map<string, string>();
    for (const fileName of names) {
      const ext = extname(fileName);
      const path = join(dir, fileName);
      const file = relative(root, path);
      if (fileName.startsWith('.') || fileName.startsWith('_')) continue;
      if (!spec.extensions.includes(ext)) {
        issues.push({ severity: 'error', collection: name, id: fileName, file, field: '(file)', message: `unexpected file type "${ext}" in content/${spec.folder}`, fix: `rename it to ${spec.extensions.join(' or ')}, or move it out of the folder` });
        continue;
      }
      files++;
      const id = basename(fileName, ext);
      const at = { collection: name, id, file };
      if (!SLUG_PATTERN.test(id)) {
        issues.push({ severity: 'error', ...at, field: '(file name)', value: id, message: 'the file name is the id and must be lower-case words joined by hyphens', fix: `rename to ${id.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}${ext}` });
        continue;
      }
      if (seen.has(id)) {
        issues.push({ severity: 'error', ...at, field: '(id)', value: id, message: `duplicate id: ${seen.get(id)} has the same id`, fix: 'rename or remove one of the two files' });
        continue;
      }
      seen.set(id, file);

      if (statSync(path).size > MAX_FILE_BYTES) {
        issues.push({ severity: 'error', ...at, field: '(file)', message: `file is larger than ${MAX_FILE_BYTES / 1024} KiB`, fix: 'split it or shorten it' });
        continue;
      }
      let text: string;
      try {
        text = decodeText(readFileSync(path));
      } catch {
        issues.push({ severity: 'error', ...at, field: '(encoding)', message: 'file is not valid UTF-8', fix: 're-save the file as UTF-8' });
        continue;
      }
      if (!text.trim()) {
        issues.push({ severity: 'error', ...at, field: '(file)', message: 'file is empty', fix: 'write the entry or delete the file' });
        continue;
      }

      let yamlText = text;
      let lineOffset = 0;
      let body: string | undefined;
      if (spec.frontmatter) {
        const parts = splitFrontmatter(text);
        if (!parts) {
          issues.push({ severity: 'error', ...at, line: 1, field: '(frontmatter)', message: 'no frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"', fix: 'add the frontmatter block' });
          continue;
        }
        yamlText = parts.yaml;
        body = parts.body;
        lineOffset = 1;
      }

      const counter = new LineCounter();
      const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
      if (doc.errors.length) {
        for (const err of doc.errors) {
          issues.push({ severity: 'error', ...at, line: counter.linePos(err.pos[0]).line + lineOffset, field: '(yaml)', message: `malformed YAML: ${err.message.split('\n')[0]}`, fix: 'fix the YAML syntax at that line (indentation, quotes, colons)' });
        }
        continue;
      }
      if (!isMap(doc.contents)) {
        issues.push({ severity: 'error', ...at, line: 1 + lineOffset, field: '(yaml)', message: 'the YAML must be a mapping of field: value pairs', fix: 'write one "field: value" per line' });
        continue;
      }
      const raw = doc.toJS({ maxAliasCount: 50 });
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), raw);
          const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
          issues.push({
            severity: 'error', ...at,
            line: lineOf(doc, counter, unknownKeys ? [...issue.path, unknownKeys[0]!] : issue.path, lineOffset),
            field: formatFieldPath(issue.path) || '(entry)',
            value: unknownKeys ? unknownKeys.join(', ') : value,
            message: unknownKeys ? `unknown field${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((k) => `"${k}"`).join(', ')}` : issue.message,
            fix: unknownKeys ? 'remove it or correct its spelling (see src/schemas/)' : undefined,
          });
        }
        continue;
      }
      const data = parsed.data as never;
      collections[name].push(name === 'briefs' ? { id, data, filePath: file, body } : { id, data, filePath: file });
      if (name === 'briefs' && (parsed.data as { status: string }).status === 'published' && !body?.trim()) {
        issues.push({ severity: 'error', ...at, field: '(body)', message: 'a published brief needs its English summary as the body below the frontmatter', fix: 'write the summary, or set status: draft' });
      }
    }
  }
  return { collections, issues, files };
}
