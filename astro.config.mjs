// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentStoreModule } from './src/integrations/content-store-module.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { withReusedPages } from './src/integrations/page-reuse.ts';
import { quickSearchFiles } from './src/integrations/quick-search-files.ts';
import { mdxPolicyPlugin } from './src/integrations/mdx-policy-plugin.ts';
import { inSitemap } from './src/lib/site/sitemap.ts';
import { baseLinksPlugin } from './src/integrations/base-links-plugin.ts';
import { bodyMarkupPlugin } from './src/integrations/body-markup-plugin.ts';
import { siteBase } from './src/lib/site/config.ts';

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
  site: process.env.SITE_URL ?? 'https://dossier.example.org',
  base,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  // The sitemap lists the pages Astro built and those the build reused unchanged (page-reuse.ts).
  integrations: [
    mdx(),
    withReusedPages(sitemap({ filter: (page) => inSitemap(page, base) })),
    pagefindIndex(),
    quickSearchFiles(),
    contentStoreModule(),
  ],
  // Several pages at once: a page's render waits on its file writes, and another page's render
  // fills that wait (the search index still receives pages in order, src/integrations/pagefind-index.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro's default processor plus three plugins: the brief MDX policy, enforced in the
  // compiler too (src/lib/content/mdx-policy.ts), the base path in front of root-relative
  // links written in content (Astro leaves them as written), and body tables made to fit the
  // page and the CSP (src/integrations/body-markup-plugin.ts). No syntax highlighting: Shiki
  // colours each code token with a style attribute, which the strict CSP (style-src 'self')
  // refuses; code blocks take their colours from the stylesheet, in both colour schemes.
  markdown: {
    processor: satteri({ mdastPlugins: [mdxPolicyPlugin(), baseLinksPlugin(base)], hastPlugins: [bodyMarkupPlugin()] }),
    syntaxHighlight: false,
  },
  // External scripts only, so a strict CSP (script-src 'self') needs no exceptions.
  vite: { build: { assetsInlineLimit: 0 } },
});
