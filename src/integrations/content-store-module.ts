import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';

/**
 * Astro's virtual module that holds the content store: by default, the store file's text as
 * one string literal, `export default JSON.parse("…")`, bundled into the prerender chunks.
 */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The Vite environment Astro's build renders the static pages in. */
const PRERENDER_ENVIRONMENT = 'prerender';

/** The file Astro's build writes the content store to, in its cache folder. */
export const CONTENT_STORE_FILE = 'data-store.json';

/** What the store file was when the module was made: a different file at run time is refused. */
export interface StoreFileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * The content store module as a reader of the store file when the pages are rendered, in the
 * same build: the value is the same (`JSON.parse` of the file's text), without 37 M
 * characters (at 10k briefs) escaped into a literal, bundled, written and compiled on every
 * build: 5–6 s of each. Astro reads this module inside a `try` that takes any error for an
 * empty store, which would publish a site without content: an unreadable or changed file
 * ends the build's process instead, naming the file. (Two builds of one project at once that
 * share a cache folder can meet that: the second's content sync rewrites the store.)
 */
export function storeReaderModule(file: string, stamp: StoreFileStamp): string {
  const fail = (why: string) =>
    `console.error(${JSON.stringify(`[dossier:content-store] Astro's content store ${file} `)} + ${why} + ${JSON.stringify(
      ': build again (npm run build -- --cold if it persists).',
    )}); process.exit(1);`;
  return `import { readFileSync, statSync } from 'node:fs';
const file = ${JSON.stringify(file)};
let store;
try {
  const now = statSync(file);
  if (now.size !== ${stamp.size} || now.mtimeMs !== ${stamp.mtimeMs}) throw new Error('changed after the pages were bundled');
  store = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  ${fail('(error instanceof Error ? error.message : String(error))')}
}
export default store;
`;
}

/**
 * Serves Astro's content store module as `storeReaderModule` in a build, through a `load`
 * hook ordered before Astro's own (Vite's documented plugin API). This leans on the module's
 * name, the store file's name and its single-file form, which Astro does not promise: when
 * the file is not where it is looked for, or the store is kept in chunks
 * (`experimental.collectionStorage`), Astro's module is left as it is, with a warning, and the
 * build goes on, slower. A build test fails on that warning and when the report line is
 * missing (tests/build/published-files.test.ts).
 */
export function contentStoreModule(): AstroIntegration {
  let logger: AstroIntegrationLogger | undefined;
  let config: AstroConfig | undefined;
  return {
    name: 'dossier:content-store',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger: integrationLogger }) => {
        if (command !== 'build') return;
        logger = integrationLogger;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dossier:content-store-reader',
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${CONTENT_STORE_MODULE_ID}$`) },
                  handler(id) {
                    // The prerender's own environment only: a server bundle that is deployed (an
                    // adapter's, server islands') cannot read the build machine's cache folder,
                    // and the content sync's own server reads the store elsewhere.
                    if (id !== CONTENT_STORE_MODULE_ID || !config || this.environment?.name !== PRERENDER_ENVIRONMENT) return null;
                    const storage = config.experimental.collectionStorage;
                    const file = fileURLToPath(new URL(CONTENT_STORE_FILE, config.cacheDir));
                    const stamp =
                      storage === undefined || storage === 'single-file' ? statSync(file, { throwIfNoEntry: false }) : undefined;
                    if (!stamp?.isFile()) {
                      logger?.warn(
                        `Astro's content store is not in ${file}: its module is left as Astro makes it, so the build bundles and compiles the whole store; update src/integrations/content-store-module.ts`,
                      );
                      return null;
                    }
                    logger?.info(`content store read from ${file} as the pages are rendered, not bundled`);
                    return { code: storeReaderModule(file, { size: stamp.size, mtimeMs: stamp.mtimeMs }), map: null };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
    },
  };
}
