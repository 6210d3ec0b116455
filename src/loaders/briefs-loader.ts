import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { briefMarkdownOptions, renderBriefBody, type SiteMarkdownConfig } from './render-brief-body.ts';
import { sourceDigest } from './source-digest.ts';

/** Packages whose code turns a body into HTML. */
const RENDER_PACKAGES = ['satteri', '@astrojs/markdown-satteri', 'hastscript', 'hast-util-to-html', 'astro'];

/**
 * What the stored HTML depends on besides the brief's own file: this renderer and the
 * Markdown plugins (everything astro.config.mjs imports, followed through imports), the
 * versions of the packages above, the base path and the Markdown settings. Astro keeps an
 * unchanged file's entry between builds; when this digest changes, every body is rendered again.
 */
function rendererDigest(root: string, settings: string[]): string {
  const versions = RENDER_PACKAGES.map((name) => {
    try {
      return `${name}@${(JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, 'utf8')) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
  return sourceDigest([`${root}/astro.config.mjs`, fileURLToPath(new URL('./render-brief-body.ts', import.meta.url))], [...versions, ...settings]);
}

/** The part of Astro's content entry type the glob loader reads. */
interface ContentEntryType {
  getRenderFunction?: (config: unknown) => Promise<(entry: { body?: string; filePath?: string }) => Promise<unknown>>;
  [key: string]: unknown;
}

/**
 * Briefs are MDX files loaded by Astro's glob loader, with one change: their bodies are
 * rendered to HTML while the content is synced, and the HTML is kept in Astro's data
 * store beside the entry (as Astro does for Markdown), instead of each body becoming a
 * module that Vite compiles and bundles into the build. A brief may hold no code (the
 * MDX policy allows Markdown, a few inert elements and LangText), so nothing is lost;
 * what is saved grows with the corpus: at 10,000 briefs the per-body modules took about
 * 50 s of bundling and over a gigabyte of memory (BENCHMARKS.md). The store keeps each
 * body's HTML under the file's digest, so an unchanged brief is not rendered again
 * (unless the renderer itself changed: rendererDigest).
 */
export function briefsLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'dossier:briefs',
    load: async (context: LoaderContext) => {
      const markdown = await briefMarkdownOptions(context.config.markdown as SiteMarkdownConfig);
      // Astro passes its content entry types to the built-in loaders only (not in the
      // public LoaderContext type); the glob loader reads the .mdx one from here.
      const internal = context as LoaderContext & { entryTypes: Map<string, ContentEntryType> };
      const entryTypes = new Map(internal.entryTypes);
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('The briefs loader needs the @astrojs/mdx integration (it reads .mdx frontmatter through it).');
      entryTypes.set('.mdx', {
        ...mdx,
        // The glob loader logs a body that fails to render (an MDX policy violation, say)
        // and stores the entry without HTML; the brief page then refuses to render it
        // (src/pages/briefs/[id].astro), so the build fails instead of publishing an empty brief.
        getRenderFunction: async () => async ({ body, filePath }) => renderBriefBody(body ?? '', filePath ?? '(unknown file)', markdown),
      });
      // Entries from an earlier build keep their HTML only if it was made by the same renderer,
      // and an entry whose body failed to render is always tried again (and its error shown again).
      const { syntaxHighlight, shikiConfig } = context.config.markdown;
      const settings = [context.config.base, JSON.stringify({ features: markdown.features, syntaxHighlight, shikiConfig })];
      const digest = rendererDigest(fileURLToPath(context.config.root).replace(/\/$/, ''), settings);
      if (context.meta.get('renderer') !== digest) context.store.clear();
      for (const id of context.store.keys()) if (context.store.get(id)?.rendered?.html === undefined) context.store.delete(id);
      context.meta.set('renderer', digest);
      return inner.load({ ...internal, entryTypes } as LoaderContext);
    },
  };
}
