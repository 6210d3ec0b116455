import { canonicalLanguageTag } from '../../schemas/language.ts';
import { nearestWithin } from '../text/nearest.ts';

/**
 * What a brief's MDX body may contain. MDX is a programming language: without a
 * policy a brief could import modules, run `{expressions}` at build time, or put
 * scripts, frames and event handlers into the page. Briefs are prose, so only
 * Markdown, a few inert HTML elements and the project components below pass.
 * Pure: it judges mdast nodes as `satteri`'s MDX parser produces them (the same
 * parser Astro compiles briefs with); src/check/mdx-body.ts and the build plugin
 * (src/integrations/mdx-policy-plugin.ts) both call it.
 */

interface AttributeRule {
  required?: boolean;
  /** Returns a message when the value is not acceptable. */
  check?: (value: string) => string | undefined;
}

interface ElementRule {
  kind: 'component' | 'html';
  attributes: Record<string, AttributeRule>;
}

const languageAttribute: AttributeRule = {
  required: true,
  check: (tag) => {
    const canonical = canonicalLanguageTag(tag);
    if (canonical === tag) return undefined;
    return canonical ? `write the language tag in canonical form: "${canonical}"` : `"${tag}" is not a known BCP 47 language tag (examples: en, bn, ru, zh-Hans)`;
  },
};

/**
 * The allow-list. Components must also have a renderer in BRIEF_COMPONENTS
 * (src/loaders/render-brief-body.ts); html elements are rendered as written.
 */
export const BRIEF_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  // Words in another language: <LangText lang="zh-Hans">小鹏</LangText>.
  LangText: { kind: 'component', attributes: { lang: languageAttribute } },
  abbr: { kind: 'html', attributes: { title: {} } },
  sub: { kind: 'html', attributes: {} },
  sup: { kind: 'html', attributes: {} },
  br: { kind: 'html', attributes: {} },
};

const ALLOWED_NAMES = Object.keys(BRIEF_ELEMENTS).sort();

/** Elements that run code, embed other documents or change the page around the brief. */
const DANGEROUS_ELEMENTS: Readonly<Record<string, string>> = Object.fromEntries([
  ...['script', 'noscript', 'template'].map((n) => [n, 'runs or hides code']),
  ...['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'].map((n) => [n, 'embeds another document']),
  ...['style', 'link', 'meta', 'base'].map((n) => [n, 'changes the page around the brief']),
  ...['form', 'input', 'button', 'textarea', 'select'].map((n) => [n, 'puts a form on the page']),
  ...['svg', 'math'].map((n) => [n, 'can carry scripts and links of its own']),
]);

/** Attributes whose value the browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'xlink:href', 'ping']);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme of `url` when it is one a brief may not link to ("javascript",
 * "data", "vbscript", …); undefined for http(s), mailto and relative URLs.
 * Browsers skip whitespace and control characters inside a scheme
 * ("java\tscript:"), so those are removed before looking.
 */
export function disallowedScheme(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

/** "chart.png", "./img/a.png", "../a.png": not from the site root, not an address with a scheme. */
export function isFileRelative(url: string): boolean {
  const trimmed = url.trim();
  return trimmed !== '' && !trimmed.startsWith('/') && !trimmed.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed);
}

/** An address on another host: "https://…", "http://…" or protocol-relative "//…". */
export function isRemote(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());
}

/**
 * A remote image is refused: it is fetched by every reader's browser from a host
 * we do not control (a tracking pixel wherever the Content-Security-Policy is not
 * set), and it can change or vanish after the brief is checked.
 */
export function remoteImage(at: Partial<PolicyViolation>, url: string): PolicyViolation {
  return {
    ...at, construct: 'remote image', value: excerpt(url),
    message: 'an image from another site is not allowed: every reader would load it from that host',
    fix: 'save the image (if its licence allows) in public/images/ and write its path from the site root, e.g. /images/chart.png',
  };
}

/** `{/* a note *\/}` holds one comment and nothing else: MDX compiles it to nothing. */
export function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

export interface Position {
  line: number;
  column: number;
}

/** The parts of an mdast node (with MDX extensions) the policy reads. */
export interface PolicyNode {
  type: string;
  position?: { start: Position } | null | undefined;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: PolicyNode[];
}

export interface PolicyViolation {
  /** What was found, e.g. "import/export", "<script>", "onclick attribute". */
  construct: string;
  message: string;
  fix: string;
  /** The offending text or name. */
  value?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
}

function excerpt(text: string): string {
  const oneLine = text.trim().replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

function elementViolations(node: PolicyNode, at: Partial<PolicyViolation>): PolicyViolation[] {
  const name = node.name;
  if (!name) {
    return [{ ...at, construct: 'fragment', value: '<>', message: 'a JSX fragment <>…</> is not allowed in a brief', fix: 'remove the <> and </> around the text' }];
  }
  const rule = Object.hasOwn(BRIEF_ELEMENTS, name) ? BRIEF_ELEMENTS[name] : undefined;
  if (!rule) {
    const danger = DANGEROUS_ELEMENTS[name.toLowerCase()];
    if (danger) {
      return [{ ...at, construct: `<${name}>`, value: name, message: `<${name}> is not allowed in a brief: it ${danger}`, fix: `remove it; to show the tag as text, write \\<${name}>` }];
    }
    const nearest = nearestWithin(name, ALLOWED_NAMES);
    return [{
      ...at, construct: `<${name}>`, value: name,
      message: `<${name}> is not an allowed component or element (allowed: ${ALLOWED_NAMES.join(', ')})`,
      fix: nearest ? `did you mean <${nearest}>?` : `remove it; to show a literal "<" write \\<`,
    }];
  }

  const out: PolicyViolation[] = [];
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      out.push({ ...at, construct: 'JSX expression', value: `{${excerpt(String(attribute.value ?? ''))}}`, message: `<${name}> has a spread {…} attribute: briefs cannot run code`, fix: 'write each attribute as name="value"' });
      continue;
    }
    const attr = attribute.name;
    seen.add(attr);
    const value = attribute.value;
    if (/^on/i.test(attr)) {
      out.push({ ...at, construct: `${attr} attribute`, value: attr, message: `event-handler attribute ${attr} on <${name}> is not allowed: briefs cannot run scripts`, fix: `remove ${attr}="…"` });
      continue;
    }
    if (value !== null && typeof value === 'object') {
      const code = String((value as { value?: unknown }).value ?? '');
      out.push({ ...at, construct: 'JSX expression', value: `{${excerpt(code)}}`, message: `attribute ${attr} on <${name}> is a {…} expression: briefs cannot run code`, fix: `write the value in quotes: ${attr}="…"` });
      continue;
    }
    const text = typeof value === 'string' ? value : '';
    const scheme = URL_ATTRIBUTES.has(attr.toLowerCase()) ? disallowedScheme(text) : undefined;
    if (scheme) {
      out.push({ ...at, construct: `${scheme}: URL`, value: excerpt(text), message: `${attr} on <${name}> is a ${scheme}: URL`, fix: 'link to an http(s) address instead' });
      continue;
    }
    const allowed = Object.hasOwn(rule.attributes, attr) ? rule.attributes[attr] : undefined;
    if (!allowed) {
      const names = Object.keys(rule.attributes);
      out.push({ ...at, construct: `${attr} attribute`, value: attr, message: `<${name}> does not take the attribute ${attr}`, fix: names.length ? `use only ${names.join(', ')}` : `write <${name}> without attributes` });
      continue;
    }
    const problem = typeof value === 'string' ? allowed.check?.(value) : `${attr} needs a value`;
    if (problem) out.push({ ...at, construct: `${attr} attribute`, value: text, message: `${attr} on <${name}>: ${problem}`, fix: `correct ${attr}="…"` });
  }
  for (const [attr, spec] of Object.entries(rule.attributes)) {
    if (spec.required && !seen.has(attr)) {
      out.push({ ...at, construct: `<${name}>`, value: name, message: `<${name}> needs the attribute ${attr}`, fix: `add ${attr}="…"` });
    }
  }
  return out;
}

/** Whether a node shows a reader anything: text with a character that is not white space, code, or an image. */
export function showsContent(tree: PolicyNode): boolean {
  const stack: PolicyNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'image' || node.type === 'imageReference') return true;
    if (
      (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') &&
      typeof node.value === 'string' &&
      /[^\s\u00a0]/u.test(node.value)
    )
      return true;
    // Link definitions and comments hold text nobody sees.
    if (node.type === 'definition' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') continue;
    if (node.children) for (const child of node.children) stack.push(child);
  }
  return false;
}

/** What is wrong with this one node, not looking at its children. */
export function nodeViolations(node: PolicyNode): PolicyViolation[] {
  const start = node.position?.start;
  const at = { line: start?.line, column: start?.column };
  switch (node.type) {
    case 'mdxjsEsm':
      return [{
        ...at, construct: 'import/export', value: excerpt(String(node.value ?? '').split('\n')[0] ?? ''),
        message: 'import and export statements are not allowed in a brief: briefs cannot load or run code',
        fix: 'remove the line; if it is prose, do not start the line with "import" or "export" followed by a space',
      }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const code = String(node.value ?? '');
      if (isCommentOnly(code)) return [];
      return [{
        ...at, construct: 'JS expression', value: `{${excerpt(code)}}`,
        message: 'a {…} expression is JavaScript, which briefs cannot run',
        fix: 'escape the braces as \\{ and \\} if you meant literal text',
      }];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementViolations(node, at);
    case 'heading':
      if (showsContent(node)) return [];
      return [{ ...at, construct: 'empty heading', message: 'a heading with no text: the page would show an empty heading, which screen readers announce', fix: 'write the heading, or delete the line' }];
    case 'html':
      return [{ ...at, construct: 'raw HTML', value: excerpt(String(node.value ?? '')), message: 'raw HTML is not allowed in a brief', fix: 'write Markdown instead, or escape "<" as \\<' }];
    case 'link':
    case 'image':
    case 'definition': {
      if (node.type === 'link' && !showsContent(node))
        return [{ ...at, construct: 'empty link', value: excerpt(node.url ?? ''), message: 'a link with no text: a reader cannot see it, and a screen reader reads out its address', fix: 'write the link text between the brackets: [text](address)' }];
      const scheme = disallowedScheme(node.url ?? '');
      if (!scheme && node.type === 'image' && isFileRelative(node.url ?? '')) {
        // Bodies are rendered to HTML as stored text, without Astro's image pipeline, and
        // the page lives at /briefs/<id>/: a path relative to the .mdx file would break.
        return [{ ...at, construct: 'relative image', value: excerpt(node.url ?? ''), message: 'an image path relative to the brief file does not work on the published page', fix: 'put the image in public/ and write its path from the site root (e.g. /images/chart.png)' }];
      }
      if (!scheme && node.type === 'image' && isRemote(node.url ?? '')) return [remoteImage(at, node.url ?? '')];
      if (!scheme) return [];
      const what = node.type === 'image' ? 'an image' : 'a link';
      return [{ ...at, construct: `${scheme}: URL`, value: excerpt(node.url ?? ''), message: `${what} to a ${scheme}: URL is not allowed`, fix: 'link to an http(s) address instead, or remove the link' }];
    }
    default:
      return [];
  }
}

/** Every violation in a tree, in document order. */
export function treeViolations(root: PolicyNode): PolicyViolation[] {
  const out: PolicyViolation[] = [];
  const stack: PolicyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    out.push(...nodeViolations(node));
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/**
 * Bounds on what a body may hold, checked on the text before it is parsed. The
 * MDX parser's work grows with the square of some constructs (character
 * references such as &#x41;, nested block quotes and lists, nested elements), so
 * a body of a few hundred kilobytes of them would take seconds and gigabytes, and
 * a deep tree overflows the stack of whatever walks it later. No brief needs
 * more than these: the file is UTF-8, so characters are written as themselves.
 */
export const BODY_LIMITS = {
  /** Character references: &amp;, &#x41;, &#65;. */
  characterReferences: 200,
  /** Elements and components: <LangText …>, <sub>, <br />. */
  elements: 1000,
  /** Block quotes and list items opened on one line: "> - > 1. x". */
  nesting: 16,
} as const;

const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** An opening or closing tag (or fragment) as MDX reads one: "<" then a letter, "/" or ">". */
const TAG_START = /<[A-Za-z/>]/g;
/** The containers a line opens before its content: "> ", "- ", "* ", "+ ", "1. ", "1) ". */
const CONTAINER = /[ \t]*(?:>|[-*+](?=[ \t])|[0-9]{1,9}[.)](?=[ \t]))/y;

/** 1-based line and column of the character at `index`. */
function positionAt(text: string, index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** Match number `limit` + 1 of a global regex, or undefined: linear in the text. */
function overLimit(text: string, pattern: RegExp, limit: number): RegExpExecArray | undefined {
  const re = new RegExp(pattern.source, pattern.flags);
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (++count > limit) return m;
  return undefined;
}

/** The first line opening more than BODY_LIMITS.nesting containers, as the index of the container over the limit. */
function tooDeep(text: string): number {
  for (let start = 0; start <= text.length; ) {
    CONTAINER.lastIndex = start;
    let depth = 0;
    while (CONTAINER.exec(text)) {
      if (++depth > BODY_LIMITS.nesting) return CONTAINER.lastIndex - 1;
    }
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    start = end + 1;
  }
  return -1;
}

/**
 * Where a body goes beyond BODY_LIMITS, as policy violations; empty when it is
 * within them. Linear in the body's length, whatever it holds.
 */
export function bodyLimitViolations(body: string): PolicyViolation[] {
  const out: PolicyViolation[] = [];
  const reference = overLimit(body, CHARACTER_REFERENCE, BODY_LIMITS.characterReferences);
  if (reference) {
    out.push({
      ...positionAt(body, reference.index), construct: 'character references', value: reference[0],
      message: `more than ${BODY_LIMITS.characterReferences} character references (&…;) in one body`,
      fix: 'write the characters themselves (the file is UTF-8); write "&" for an ampersand',
    });
  }
  const tag = overLimit(body, TAG_START, BODY_LIMITS.elements);
  if (tag) {
    out.push({
      ...positionAt(body, tag.index), construct: 'elements', value: excerpt(body.slice(tag.index, tag.index + 20)),
      message: `more than ${BODY_LIMITS.elements} tags (<…>) in one body`,
      fix: 'a brief is a summary: remove the markup, or escape a literal "<" as \\<',
    });
  }
  const deep = tooDeep(body);
  if (deep >= 0) {
    out.push({
      ...positionAt(body, deep), construct: 'nesting', value: excerpt(body.slice(Math.max(0, deep - 20), deep + 1)),
      message: `block quotes or lists nested more than ${BODY_LIMITS.nesting} deep on one line`,
      fix: 'flatten the quotes and lists; to show a literal ">" or "-" at the start of a line, escape it as \\> or \\-',
    });
  }
  return out;
}
