import { statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { mdxToMdast } from 'satteri';
import type { ContentIssue } from './issue.ts';
import { resolveRelativeLink, rootRelativeTopLevel, type BodyLink } from './body-links.ts';
import { isSiteTopLevel } from '../lib/site/sections.ts';
import { unsafeCharacters } from '../lib/content/unsafe-characters.ts';
import {
  bodyLimitViolations,
  isRemote,
  remoteImage,
  showsContent,
  treeViolations,
  type PolicyNode,
  type PolicyViolation,
} from '../lib/content/mdx-policy.ts';

interface BodyAt {
  id: string;
  file: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** The site's public/ folder, where root-relative images must exist. Default: public/ in the working directory. */
  publicDir?: string | undefined;
}

export interface MdxBodyResult {
  issues: ContentIssue[];
  /** Every link, image and link definition URL, for the cross-entry link check (src/check/body-links.ts). */
  links: BodyLink[];
  /**
   * Whether the body shows a reader anything: text or an image. False for a body of only
   * comments, link definitions, thematic breaks or spaces, which publishes an empty summary.
   * Undefined when the body could not be parsed.
   */
  showsContent?: boolean;
}

/**
 * A TOML block ("+++" … "+++") at the very start of the body: the renderer reads it as
 * frontmatter and drops it, like a second "---" block (src/check/read-content.ts).
 */
function tomlBlockViolation(tree: PolicyNode): PolicyViolation | undefined {
  const first = tree.children?.[0];
  if (first?.type !== 'toml') return undefined;
  return {
    line: first.position?.start.line ?? 1,
    column: 1,
    construct: 'frontmatter block',
    message: 'the body starts with a "+++" block, which the renderer reads as frontmatter, so the site drops it unseen',
    fix: 'remove the "+++" block or move its fields into the frontmatter as YAML',
  };
}

/**
 * A reference-style link or a footnote whose label no definition gives ("[money][nope]", "[^1]"):
 * Markdown then shows the brackets as typed. Read on the text as written, so that brackets
 * escaped on purpose ("\\[a\\]\\[b\\]") pass; "[sic]" alone is no reference and passes too.
 */
function undefinedReferenceViolations(tree: PolicyNode, body: string): PolicyViolation[] {
  const out: PolicyViolation[] = [];
  // Most bodies hold neither "][" nor "[^": then the tree is not walked.
  if (!body.includes('][') && !body.includes('[^')) return out;
  const stack: PolicyNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    const span = node.position as { start: { offset?: number }; end?: { offset?: number } } | null | undefined;
    if (node.type !== 'text' || span?.start.offset === undefined || span.end?.offset === undefined) continue;
    const written = body.slice(span.start.offset, span.end.offset);
    // No bracket inside a label (linear: no rescan from every "["); not after a letter or digit
    // ("a[i][j]"); citation numbers ("[1][2]") and footnotes that are no word ("[^0-9]") are prose.
    const reference = [...written.matchAll(/(?<![\p{L}\p{N}\\])\[(?:\^[\p{L}\p{N}_]+(?=\])|[^[\]\n\\]+\]\[[^[\]\n\\]*)\]/gu)].find(
      (m) => !/^\[\d+\]\[\d*\]$/u.test(m[0]) && !/^\[\^[^\p{L}\p{N}]/u.test(m[0]),
    );
    if (!reference) continue;
    const footnote = reference[0].startsWith('[^');
    out.push({
      line: node.position?.start.line,
      column: node.position?.start.column,
      construct: footnote ? 'footnote without definition' : 'reference without definition',
      value: reference[0],
      message: footnote
        ? `the footnote ${reference[0]} has no definition, so the page shows the brackets as typed`
        : `the link ${reference[0]} names a label no definition gives, so the page shows the brackets as typed`,
      fix: footnote
        ? `add its definition on a line of its own ("${reference[0]}: the note"), remove it, or escape the brackets (\\[ \\]) if they are text`
        : 'add the definition on a line of its own ("[label]: /entities/xpeng/"), write the address in the link ("[text](/entities/xpeng/)"), or escape the brackets (\\[ \\]) if they are text',
    });
  }
  return out;
}

/** The strings of a node a reader or a browser gets: its text, alt text, title, URL and attribute values. */
function shownStrings(node: PolicyNode & { alt?: unknown; title?: unknown }): string[] {
  const out = [node.value, node.alt, node.title, node.url];
  for (const attribute of node.attributes ?? []) out.push(attribute.value);
  return out.filter((v): v is string => typeof v === 'string');
}

/**
 * A character the policy refuses, written as a character reference (&#x202E;, &shy;): the
 * check of the body's text sees only the reference, and the parser turns it into the
 * character itself. A reference to no valid character (&#0;, &#xFFFE;) becomes U+FFFD.
 * Only characters the body does not hold as written: those are reported on the text.
 */
function referencedCharacterViolation(tree: PolicyNode, body: string): PolicyViolation | undefined {
  // Most bodies hold no reference at all: then the tree is not walked.
  if (!body.includes('&')) return undefined;
  const stack: PolicyNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    for (const text of shownStrings(node)) {
      const bad = unsafeCharacters(text)[0];
      const where = { line: node.position?.start.line, column: node.position?.start.column };
      if (bad && !body.includes(bad.char))
        return {
          ...where,
          construct: 'character reference',
          message: `a character reference here stands for ${bad.name} (${bad.codePoint})`,
          fix: 'delete the reference; the character can hide or reorder text',
        };
      if (text.includes('\uFFFD') && !body.includes('\uFFFD') && !/&#(?:x0*fffd|0*65533);/iu.test(body))
        return {
          ...where,
          construct: 'character reference',
          message:
            'a character reference here names no valid character (NUL, a control character or a noncharacter), which the page would show as U+FFFD',
          fix: 'delete the reference',
        };
    }
    // In reverse, so that the first in the body is found first.
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return undefined;
}

/**
 * URLs of links, images and definitions in a parsed body, located by file line. A
 * root-relative URL outside the site's own top-level names is marked when it names a
 * file in public/, which the build copies beside the pages.
 */
function bodyLinks(tree: PolicyNode, bodyLine: number, publicDir: string, id: string): BodyLink[] {
  const out: BodyLink[] = [];
  const stack: PolicyNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      const start = node.position?.start;
      const link: BodyLink = { url: node.url, line: start ? start.line + bodyLine - 1 : undefined, column: start?.column };
      if (node.type === 'image') link.image = true;
      else {
        const siteUrl = resolveRelativeLink(node.url, id);
        if (siteUrl !== undefined) link.siteUrl = siteUrl;
      }
      const url = link.siteUrl ?? node.url.trim();
      const top = rootRelativeTopLevel(url);
      if (top && !isSiteTopLevel(top)) {
        const file = publicFile(url, publicDir);
        if (file && isFile(file)) link.inPublic = true;
      }
      out.push(link);
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The file a root-relative URL names under public/, or undefined when it names none (or climbs out). */
function publicFile(url: string, publicDir: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.replace(/[?#].*$/s, ''));
  } catch {
    return undefined;
  }
  if (!path.startsWith('/') || path.split('/').includes('..')) return undefined;
  return join(publicDir, posix.normalize(path));
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The image rules that need the whole tree or the disk: an image reference
 * (![x][ref]) to a remote definition is a remote image, and a root-relative image
 * must be a file in public/, or the published page shows a broken image.
 */
function imageViolations(tree: PolicyNode, publicDir: string): PolicyViolation[] {
  const definitions = new Map<string, string>();
  const images: PolicyNode[] = [];
  const stack: PolicyNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition' && typeof node.url === 'string') {
      const id = String((node as { identifier?: unknown }).identifier ?? '').toLowerCase();
      if (!definitions.has(id)) definitions.set(id, node.url);
    }
    if (node.type === 'image' || node.type === 'imageReference') images.push(node);
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  const out: PolicyViolation[] = [];
  for (const node of images) {
    const start = node.position?.start;
    const at = { line: start?.line, column: start?.column };
    const referenced = node.type === 'imageReference';
    const url = referenced ? definitions.get(String((node as { identifier?: unknown }).identifier ?? '').toLowerCase()) : node.url;
    if (url === undefined) continue;
    // A direct remote image is already refused by nodeViolations (and by the compiler plugin).
    if (referenced && isRemote(url)) out.push(remoteImage(at, url));
    else if (url.trim().startsWith('/') && !isRemote(url)) {
      const file = publicFile(url.trim(), publicDir);
      if (!file || !isFile(file)) {
        out.push({
          ...at,
          construct: 'missing image',
          value: url,
          message: `the image ${url} is not a file in public/, so the page would show a broken image`,
          fix: file
            ? `add the file public/${relative(publicDir, file).split(sep).join('/')}, or correct the path`
            : 'write the path from the site root without "..", e.g. /images/chart.png',
        });
      }
    }
  }
  return out;
}

/**
 * Parses a brief's MDX body with satteri, the parser Astro compiles it with, and
 * returns a syntax error or every violation of the MDX policy (src/lib/content/mdx-policy.ts),
 * each located by file line and column, and the body's links. A body beyond the
 * bounds of BODY_LIMITS is refused before parsing, so the check's work stays
 * linear in the body's size.
 */
export function checkMdxBody(body: string, { id, file, bodyLine, publicDir }: BodyAt): MdxBodyResult {
  const at = { severity: 'error' as const, collection: 'briefs' as const, id, file, field: '(body)' };
  const located = (v: PolicyViolation): ContentIssue => ({
    ...at,
    line: v.line === undefined ? undefined : v.line + bodyLine - 1,
    column: v.column,
    value: v.value,
    message: v.message,
    fix: v.fix,
  });
  const limits = bodyLimitViolations(body);
  if (limits.length) return { issues: limits.map(located), links: [] };
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
  const publicRoot = publicDir ?? resolve('public');
  const toml = tomlBlockViolation(tree);
  const referenced = referencedCharacterViolation(tree, body);
  const violations = [
    ...(toml ? [toml] : []),
    ...(referenced ? [referenced] : []),
    ...undefinedReferenceViolations(tree, body),
    ...treeViolations(tree),
    ...imageViolations(tree, publicRoot),
  ];
  violations.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return {
    issues: violations.map(located),
    links: bodyLinks(tree, bodyLine, publicRoot, id),
    // A body refused for what it holds is not also told it shows nothing.
    ...(violations.length ? {} : { showsContent: showsContent(tree) }),
  };
}
