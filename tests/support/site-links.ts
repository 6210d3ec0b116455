// What a built file points at: every URL a browser, feed reader or crawler would
// follow from an HTML page, a stylesheet, a script, an XML file (sitemap, feed) or a
// JSON export, and the fragment targets (ids, names) an HTML page offers. Pure: text
// in, references out. HTML and XML are parsed with htmlparser2; CSS and JS are scanned
// with small patterns for the few forms the build writes (see each function).
import { Parser } from 'htmlparser2';

/** How a URL was referenced, which says what the response must be. */
export type ReferenceKind = 'link' | 'page' | 'stylesheet' | 'script' | 'image' | 'feed' | 'resource';

export interface Reference {
  /** The URL exactly as written in the file. */
  url: string;
  kind: ReferenceKind;
  /** Where it was written: "a[href]", "link[rel=stylesheet]", "css url()", … */
  via: string;
}

export interface HtmlFacts {
  references: Reference[];
  /** Every id and <a name> on the page: the targets a "#fragment" may name. */
  anchors: Set<string>;
}

/** Attributes that hold one URL, by element ("*" for any element). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'xlink:href'],
  area: ['href'],
  link: ['href'],
  base: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  iframe: ['src'],
  embed: ['src'],
  input: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** <meta> entries whose content is a URL (Open Graph, Twitter cards). */
const URL_META = new Set([
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:url',
  'og:audio',
  'og:video',
  'twitter:image',
  'twitter:url',
]);

/** rel values that name an origin to warm up, not a resource to fetch. */
const ORIGIN_ONLY_RELS = new Set(['preconnect', 'dns-prefetch']);

const FEED_TYPES = /^application\/(?:rss|atom|feed)\+(?:xml|json)$|^application\/(?:xml|json)$|^text\/xml$/i;

function linkKind(rel: string, type: string): ReferenceKind {
  const rels = rel.toLowerCase().split(/\s+/);
  if (rels.includes('stylesheet')) return 'stylesheet';
  if (rels.includes('modulepreload')) return 'script';
  if (rels.some((r) => r === 'icon' || r === 'apple-touch-icon' || r === 'mask-icon')) return 'image';
  if (rels.includes('alternate') && FEED_TYPES.test(type)) return 'feed';
  if (rels.includes('canonical') || rels.includes('alternate')) return 'page';
  return 'resource';
}

/** The URLs in a srcset value ("a.png 1x, b.png 2x"); descriptors are dropped. */
export function srcsetUrls(value: string): string[] {
  // Candidates are separated by a comma followed by whitespace, which URLs in srcset cannot contain unescaped.
  return value
    .split(/,\s+/)
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** References and fragment targets of an HTML document. */
export function htmlFacts(html: string): HtmlFacts {
  const references: Reference[] = [];
  const anchors = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) anchors.add(attrs.id);
        if (name === 'a' && attrs.name) anchors.add(attrs.name);
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
          if (URL_META.has(key) && attrs.content)
            references.push({ url: attrs.content, kind: key.endsWith('url') ? 'page' : 'image', via: `meta[${key}]` });
          return;
        }
        if (name === 'link' && ORIGIN_ONLY_RELS.has((attrs.rel ?? '').toLowerCase())) return;
        for (const attr of URL_ATTRIBUTES[name] ?? []) {
          const url = attrs[attr];
          if (url === undefined) continue;
          const kind: ReferenceKind =
            name === 'link'
              ? linkKind(attrs.rel ?? '', attrs.type ?? '')
              : name === 'script'
                ? 'script'
                : name === 'a' || name === 'area' || name === 'form' || name === 'button'
                  ? 'link'
                  : name === 'img' || attr === 'poster'
                    ? 'image'
                    : 'resource';
          const via = name === 'link' ? `link[rel=${attrs.rel ?? ''}]` : `${name}[${attr}]`;
          // <form action=""> submits to the page itself: not a reference.
          if (url === '' && (name === 'form' || name === 'button')) continue;
          references.push({ url, kind, via });
        }
        for (const attr of ['srcset', 'imagesrcset']) {
          if (attrs[attr]) for (const url of srcsetUrls(attrs[attr]!)) references.push({ url, kind: 'image', via: `${name}[${attr}]` });
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { references, anchors };
}

/** url(…) and @import references of a stylesheet (data: URLs included; the caller skips them). */
export function cssReferences(css: string): Reference[] {
  const out: Reference[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/g)) {
    out.push({ url: m[1] ?? m[2] ?? m[3] ?? '', kind: 'resource', via: 'css url()' });
  }
  for (const m of withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g))
    out.push({ url: m[1] ?? m[2] ?? '', kind: 'stylesheet', via: 'css @import' });
  return out;
}

/**
 * Relative module specifiers of a built script: `import "./x.js"`, `from "./x.js"`
 * (via "js import", loaded with the script) and `import("./x.js")` (via "js import()",
 * loaded on demand), the forms Vite writes between chunks. Bare specifiers do
 * not occur in built output, and URLs computed at run time (Pagefind's) are the
 * browser tests' business.
 */
export function scriptReferences(js: string): Reference[] {
  const out: Reference[] = [];
  for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*(\(?)\s*(["'`])(\.{1,2}\/[^"'`\s]+)\2/g)) {
    out.push({ url: m[3]!, kind: 'script', via: m[1] ? 'js import()' : 'js import' });
  }
  return out;
}

/** URLs in an XML file: sitemap <loc>, RSS <link>/<guid isPermaLink>/<enclosure url>, Atom <link href>, xhtml:link. */
export function xmlReferences(xml: string): Reference[] {
  const out: Reference[] = [];
  let textOf: { tag: string; kind: ReferenceKind } | undefined;
  let text = '';
  // In a sitemap index, <loc> names other sitemaps (XML files), not pages.
  let sitemapIndex = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const local = name.toLowerCase();
        if (local === 'sitemapindex') sitemapIndex = true;
        if (attrs.href !== undefined)
          out.push({ url: attrs.href, kind: linkKind(attrs.rel ?? 'alternate', attrs.type ?? ''), via: `<${name} href>` });
        if (local === 'enclosure' && attrs.url) out.push({ url: attrs.url, kind: 'resource', via: '<enclosure url>' });
        if (local === 'media:content' && attrs.url) out.push({ url: attrs.url, kind: 'resource', via: '<media:content url>' });
        const permalink = local === 'guid' && (attrs.ispermalink ?? attrs.isPermaLink ?? 'true') !== 'false';
        if ((local === 'loc' || local === 'link' || local === 'image:loc' || local === 'url' || permalink) && attrs.href === undefined) {
          textOf = {
            tag: name,
            kind: local === 'loc' ? (sitemapIndex ? 'resource' : 'page') : local === 'image:loc' || local === 'url' ? 'image' : 'page',
          };
          text = '';
        }
      },
      ontext(data) {
        if (textOf) text += data;
      },
      onclosetag(name) {
        if (textOf?.tag !== name) return;
        const url = text.trim();
        if (url) out.push({ url, kind: textOf.kind, via: `<${name}>` });
        textOf = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return out;
}

/**
 * String values of a JSON document that are absolute URLs under `siteUrl` (the
 * exports' "url" fields): they must point at real pages too.
 */
export function jsonReferences(json: string, siteUrl: string): Reference[] {
  const out: Reference[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.startsWith(siteUrl)) out.push({ url: value, kind: 'link', via: `json ${path}` });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
  };
  visit(JSON.parse(json), '');
  return out;
}
