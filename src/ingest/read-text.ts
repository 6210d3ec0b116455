// Reads a raw article: UTF-8 with or without BOM, CRLF or LF, normalised to NFC (the same rules as
// src/check/read-content.ts). Binary files, UTF-16/32 and invalid UTF-8 are refused with the place
// of the first bad byte and the fix.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { sha256 } from '../check/corpus.ts';
import { decodeText } from '../check/read-content.ts';
import { unsafeCharacter, unsafeCharacters, type UnsafeCharacter } from '../lib/content/unsafe-characters.ts';

/** Raw articles are page text; anything larger is not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export class IngestInputError extends Error {
  readonly file: string;
  readonly fix: string;
  constructor(file: string, message: string, fix: string) {
    super(`${file}: ${message}. Fix: ${fix}`);
    this.name = 'IngestInputError';
    this.file = file;
    this.fix = fix;
  }
}

export interface RawArticle {
  /** The path as given. */
  path: string;
  /** The file name, as the brief's source.file records it. */
  fileName: string;
  /** sha256 of the bytes on disk, before any decoding. */
  sha256: string;
  text: string;
  hadBom: boolean;
  hadCrlf: boolean;
  /** Characters the content policy refuses (src/lib/content/unsafe-characters.ts), taken out of `text`. */
  removed?: RemovedCharacters;
}

export interface RemovedCharacters {
  count: number;
  /** The first one, located in the file as read. */
  first: UnsafeCharacter;
  /** Each kind once, e.g. "a right-to-left override mark (U+202E)". */
  kinds: string[];
}

/** Separators that end a line where the policy refuses them: they become line feeds, not nothing. */
const LINE_BREAKS = new Set(['\u000B', '\u000C', '\u0085', '\u2028', '\u2029']);

/**
 * Takes out every character the content policy refuses (controls, bidi overrides…), so that the
 * draft passes `npm run check`; line-breaking ones become line feeds. One pass over the text.
 */
export function removeUnsafeCharacters(text: string): { text: string; removed?: RemovedCharacters } {
  // Judged in context: a zero-width non-joiner inside a Persian word stays, one after a Latin letter goes.
  const found = unsafeCharacters(text);
  if (!found.length) return { text };
  const kinds = new Map<string, string>();
  let out = '';
  let from = 0;
  for (const { index, char, name, codePoint } of found) {
    kinds.set(codePoint, `${name} (${codePoint})`);
    out += text.slice(from, index) + (LINE_BREAKS.has(char) ? '\n' : '');
    from = index + char.length;
  }
  out += text.slice(from);
  return { text: out, removed: { count: found.length, first: unsafeCharacter(text)!, kinds: [...kinds.values()] } };
}

/** Line and column (1-based) of a byte offset, counting lines by LF bytes. */
function position(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, byte ${offset - lineStart + 1} of the line (file offset ${offset})`;
}

/** Offset of the first byte that breaks UTF-8, found by decoding ever longer valid prefixes. */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest prefix that decodes (allowing a cut multi-byte sequence at its end) ends at the bad byte.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The prefix may end inside a sequence that the next byte breaks: the fault starts at its lead byte.
  for (let k = 1; k <= 3 && lo - k >= 0; k++) {
    const b = bytes[lo - k]!;
    if (b >= 0xc0) return lo - k;
    if (b < 0x80) break;
  }
  return lo;
}

/** Checks the bytes of a raw article and decodes them; throws IngestInputError when they are not UTF-8 text. */
export function decodeArticle(
  bytes: Uint8Array,
  file: string,
): { text: string; hadBom: boolean; hadCrlf: boolean; removed?: RemovedCharacters } {
  if (bytes.length === 0) throw new IngestInputError(file, 'the file is empty', 'copy the article text into it');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new IngestInputError(file, 'the file is UTF-16 (it starts with a UTF-16 byte-order mark)', 're-save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestInputError(
      file,
      `the file is binary, not text (a NUL byte at ${position(bytes, nul)})`,
      'ingest the article text, saved as a UTF-8 .txt file',
    );
  }
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  if (controls > 8 && controls / bytes.length > 0.01) {
    throw new IngestInputError(
      file,
      `the file is binary, not text (${controls} control bytes)`,
      'ingest the article text, saved as a UTF-8 .txt file',
    );
  }
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const hex = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new IngestInputError(
      file,
      `the file is not valid UTF-8: bytes ${hex} at ${position(bytes, at)}`,
      're-save the file as UTF-8 (it may be Windows-1252, Latin-1, GBK or Shift-JIS)',
    );
  }
  const cleaned = removeUnsafeCharacters(text);
  if (!/[^\s\u200B-\u200D\u2060\uFEFF]/u.test(cleaned.text)) {
    throw new IngestInputError(
      file,
      cleaned.removed ? 'the file holds no text: only white space and control characters' : 'the file holds no text: only white space',
      'copy the article text into it',
    );
  }
  const result: { text: string; hadBom: boolean; hadCrlf: boolean; removed?: RemovedCharacters } = {
    text: cleaned.text,
    hadBom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    hadCrlf: bytes.includes(0x0d),
  };
  if (cleaned.removed) result.removed = cleaned.removed;
  return result;
}

/** The CLI's note on removed characters, naming the first one's place. */
export function describeRemoved(r: RemovedCharacters): string {
  return `removed ${r.count} character(s) that npm run check refuses: ${r.kinds.join(', ')}; the first at line ${r.first.line}, column ${r.first.column} (the draft has the text without them; the sha256 is of the file as it is)`;
}

export function readRawArticle(path: string): RawArticle {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new IngestInputError(path, 'not a file', 'give the path of a raw article text file');
    size = stat.size;
  } catch (e) {
    if (e instanceof IngestInputError) throw e;
    throw new IngestInputError(path, 'no such file', 'check the path');
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new IngestInputError(
      path,
      `the file is ${Math.round(size / 1024)} KiB, more than ${MAX_ARTICLE_BYTES / 1024} KiB`,
      'ingest one article per file',
    );
  }
  // The name becomes source.file, which the check holds to the same character policy.
  const unsafeName = unsafeCharacter(basename(path));
  if (unsafeName)
    throw new IngestInputError(path, `the file name holds ${unsafeName.name} (${unsafeName.codePoint})`, 'rename the file without it');
  const bytes = readFileSync(path);
  const decoded = decodeArticle(bytes, path);
  return { path, fileName: basename(path), sha256: sha256(bytes), ...decoded };
}
