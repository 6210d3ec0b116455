// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { validateContent } from './src/integrations/validate-content.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

/** "/", "/a/b/c/": BASE_PATH with exactly one slash at each end. */
function normaliseBase(value = '/') {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dossier.example.org',
  base: normaliseBase(process.env.BASE_PATH),
  outDir: process.env.DOSSIER_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  integrations: [validateContent(), mdx(), sitemap(), pagefindIndex()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // External scripts only, so a strict CSP (script-src 'self') needs no exceptions.
  vite: { build: { assetsInlineLimit: 0 } },
});
