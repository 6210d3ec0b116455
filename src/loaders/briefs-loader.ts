import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { renderBriefBody, type BriefMarkdownOptions } from './render-brief-body.ts';

/**
 * Briefs are MDX files loaded by Astro's glob loader, with one change: their bodies are
 * rendered to HTML while the content is synced, and the HTML is kept in Astro's data
 * store beside the entry (as Astro does for Markdown), instead of each body becoming a
 * module that Vite compiles and bundles into the build. A brief may hold no code (the
 * MDX policy allows Markdown, a few inert elements and LangText), so nothing is lost;
 * what is saved grows with the corpus: at 10,000 briefs the per-body modules took about
 * 50 s of bundling and over a gigabyte of memory (BENCHMARKS.md). The store keeps each
 * body's HTML under the file's digest, so an unchanged brief is not rendered again.
 */
/** The part of Astro's content entry type the glob loader reads. */
interface ContentEntryType {
  getRenderFunction?: (config: unknown) => Promise<(entry: { body?: string; filePath?: string }) => Promise<unknown>>;
  [key: string]: unknown;
}

export function briefsLoader(options: { base: string; pattern: string }): Loader {
  const inner = glob(options);
  return {
    name: 'dossier:briefs',
    load: async (context: LoaderContext) => {
      const processor = context.config.markdown.processor as { name: string; options?: BriefMarkdownOptions };
      if (!processor.options?.mdastPlugins) {
        throw new Error(`The briefs loader renders with the satteri Markdown processor; astro.config.mjs sets markdown.processor to "${processor.name}".`);
      }
      const markdown = processor.options;
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
      return inner.load({ ...internal, entryTypes } as LoaderContext);
    },
  };
}
