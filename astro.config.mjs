// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentStoreModule } from './src/integrations/content-store-module.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { withReusedPages } from './src/integrations/page-reuse.ts';
import { quickSearchFiles } from './src/integrations/quick-search-files.ts';
import { inSitemap } from './src/lib/site/sitemap.ts';
import { siteMarkdown } from './src/integrations/site-markdown.ts';
import { siteBase, siteOrigin } from './src/lib/site/config.ts';

/**
 * Names Astro and Vite reserve for import.meta.env. Set in the environment (some CI
 * systems and test runners export BASE_URL), they override the configured value:
 * BASE_URL=/ made every page link drop the base path while assets kept it. The site's
 * own settings are BASE_PATH and SITE_URL, so these are removed before the build.
 */
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) {
  if (process.env[name] === undefined) continue;
  console.warn(
    `[dossier] ignoring the environment variable ${name}=${process.env[name]}: Astro would let it override the site's configuration (set BASE_PATH and SITE_URL instead).`,
  );
  delete process.env[name];
}

const base = siteBase(process.env); // refuses a BASE_PATH or SITE_URL that is not a plain path / an origin

export default defineConfig({
  site: siteOrigin(process.env.SITE_URL),
  base,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  // The sitemap lists the pages Astro built and those the build reused unchanged (page-reuse.ts).
  integrations: [
    mdx(),
    withReusedPages(sitemap({ filter: (page) => inSitemap(page, base) })),
    // The search bundle may be written beside the astro:build:done hooks of the integrations after
    // this one (src/cli/build.ts): they may write files of their own, never read or change pagefind/.
    pagefindIndex(),
    quickSearchFiles(),
    contentStoreModule(),
  ],
  // Several pages at once: a page's render waits on its file writes, and another page's render
  // fills that wait (the search index still receives pages in order, src/integrations/pagefind-index.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Brief bodies: the MDX policy, base-path links, CSP-safe tables, no inline colours (site-markdown.ts).
  markdown: siteMarkdown(base),
  // External scripts only, so a strict CSP (script-src 'self') needs no exceptions.
  vite: { build: { assetsInlineLimit: 0 } },
});
