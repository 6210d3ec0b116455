import type { Element, Root } from 'hast';
import { h, type Child } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { evaluate, type HastPluginEntry, type MdastPluginEntry, type Features } from 'satteri';
import { satteriCreateHighlightFn, satteriHeadingIdsPlugin, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { ownLanguage } from '../lib/text/languages.ts';

/** The site's Markdown settings, as `satteri()` in astro.config.mjs resolved them. */
export interface BriefMarkdownOptions {
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
  features: Features;
}

/** The site's Markdown settings as Astro resolved them (astro.config.mjs `markdown`). */
export interface SiteMarkdownConfig {
  processor: { name: string; options?: BriefMarkdownOptions };
  syntaxHighlight?: unknown;
  shikiConfig?: unknown;
}

/**
 * The options renderBriefBody takes, from the site's Markdown settings: the satteri
 * processor's plugins and features, with code highlighted first as Astro's MDX pipeline
 * does (Shiki unless the site turned it off).
 */
export async function briefMarkdownOptions(markdown: SiteMarkdownConfig): Promise<BriefMarkdownOptions> {
  const { processor, syntaxHighlight, shikiConfig } = markdown;
  if (!processor.options?.mdastPlugins) {
    throw new Error(
      `Brief bodies are rendered with the satteri Markdown processor; astro.config.mjs sets markdown.processor to "${processor.name}".`,
    );
  }
  type HighlightArgs = Parameters<typeof satteriCreateHighlightFn>;
  const highlight = await satteriCreateHighlightFn(syntaxHighlight as HighlightArgs[0], shikiConfig as HighlightArgs[1]);
  const excludeLangs =
    typeof syntaxHighlight === 'object' && syntaxHighlight ? (syntaxHighlight as { excludeLangs?: string[] }).excludeLangs : undefined;
  const options = processor.options;
  return { ...options, hastPlugins: [...(highlight ? [satteriHighlightPlugin(highlight, excludeLangs)] : []), ...options.hastPlugins] };
}

export interface RenderedBriefBody {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[] };
}

type Props = Record<string, unknown> & { children?: Child };

/**
 * The project components a brief may use (the allow-list in src/lib/content/mdx-policy.ts), as
 * functions of their props that return hast. They render what the .astro component of
 * the same name renders for the same props.
 */
export const BRIEF_COMPONENTS: Record<string, (props: Props) => Element> = {
  // src/components/LangText.astro: lang and dir only where the language differs from the page's.
  LangText: ({ lang, children }) => {
    return h('span', ownLanguage(String(lang)) ?? {}, children);
  },
};

/**
 * The JSX runtime the compiled MDX calls: elements become hast through hastscript, and
 * the project components are called with their props. A brief holds no code (the MDX
 * policy rejects imports, exports and expressions), so its body evaluates to the same
 * static tree on every build and can be stored as HTML.
 */
const FRAGMENT = Symbol('fragment');
function jsx(type: unknown, input: unknown): Element | Root {
  const props = input as Props;
  const { children, ...attributes } = props;
  if (type === FRAGMENT) return h(null, children);
  if (typeof type === 'function') return (type as (p: Props) => Element)(props);
  if (attributes.style && typeof attributes.style === 'object') attributes.style = cssText(attributes.style as Record<string, unknown>);
  return h(String(type), attributes as Record<string, string>, children);
}

/**
 * A style attribute as CSS text. MDX compiles one to an object with camel-case names (Shiki's
 * `background-color` on a code block arrives as backgroundColor), which hastscript would
 * write as it stands: not CSS, so the block would lose its colours.
 */
function cssText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => {
      const property = name.startsWith('--') ? name : name.replace(/^ms(?=[A-Z])/, '-ms').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      return `${property}:${String(value)}`;
    })
    .join(';');
}

/**
 * What every heading id of a body starts with. The body is shown inside the brief page's
 * Summary section, whose page already has ids of its own (main, summary, provenance, the
 * deals' rows deal-<id>…), and so do the footnotes the body may have (user-content-fn-1,
 * footnote-label): a heading "Provenance", "Main" or "Deal <id>" took one of them, so the
 * page held two elements with one id, and the deal's address led to the heading.
 */
export const BODY_HEADING_PREFIX = 'summary-';

/**
 * Puts BODY_HEADING_PREFIX in front of the id of every heading of a rendered body (not the
 * footnotes' own label) and of the body's links to those headings (`[see](#market)`), and
 * returns each renamed id's new one. No page id starts with the prefix.
 */
function namespaceHeadingIds(tree: Root | Element): ReadonlyMap<string, string> {
  const renamed = new Map<string, string>();
  /** Ids that stay: a link to one of them (a footnote's) leads there, even where a heading had the same id. */
  const kept = new Set<string>();
  const links: Element[] = [];
  const visit = (node: Root | Element, inFootnotes: boolean): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const footnotes = inFootnotes || (child.tagName === 'section' && child.properties.dataFootnotes !== undefined);
      const id = child.properties.id;
      const heading = /^h[1-6]$/.test(child.tagName);
      if (heading && typeof id === 'string' && !footnotes) {
        child.properties.id = BODY_HEADING_PREFIX + id;
        if (!renamed.has(id)) renamed.set(id, child.properties.id);
      } else if (typeof id === 'string') kept.add(id);
      if (child.tagName === 'a' && typeof child.properties.href === 'string' && child.properties.href.startsWith('#')) links.push(child);
      visit(child, footnotes);
    }
  };
  // A body of one element comes back as that element, not a root: it is renamed like any other.
  visit(tree.type === 'root' ? tree : { type: 'root', children: [tree] }, false);
  for (const link of links) {
    const fragment = decodeFragment((link.properties.href as string).slice(1));
    const target = kept.has(fragment) ? undefined : renamed.get(fragment);
    if (target) link.properties.href = `#${target}`;
  }
  return renamed;
}

const decodeFragment = (fragment: string): string => {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

/**
 * Renders a brief's MDX body to HTML with the site's own Markdown pipeline (its mdast
 * and hast plugins: the MDX policy, NFC text and base-path links; GFM and smart
 * punctuation as configured; heading ids as Astro gives them, after BODY_HEADING_PREFIX).
 * Throws what the plugins throw, with the file named.
 */
export async function renderBriefBody(body: string, filePath: string, options: BriefMarkdownOptions): Promise<RenderedBriefBody> {
  const astro = {
    frontmatter: {},
    headings: [] as RenderedBriefBody['metadata']['headings'],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const module = await evaluate(body, {
    jsx,
    jsxs: jsx,
    Fragment: FRAGMENT,
    mdastPlugins: options.mdastPlugins,
    hastPlugins: [...options.hastPlugins, satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true, ...options.features },
    fileURL: pathToFileURL(filePath),
    elementAttributeNameCase: 'html',
    data: { astro },
  });
  const Content = module.default as (props: { components: typeof BRIEF_COMPONENTS }) => Root | Element;
  const tree = Content({ components: BRIEF_COMPONENTS });
  const renamed = namespaceHeadingIds(tree);
  const headings = astro.headings.map((heading) => ({ ...heading, slug: renamed.get(heading.slug) ?? heading.slug }));
  return { html: toHtml(tree), metadata: { headings } };
}
