import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './base-links-plugin.ts';
import { bodyMarkupPlugin } from './body-markup-plugin.ts';
import { mdxPolicyPlugin } from './mdx-policy-plugin.ts';

/**
 * The site's Markdown settings (astro.config.mjs `markdown`), which brief bodies are rendered
 * with (src/loaders/render-brief-body.ts). Astro's default processor plus three plugins: the
 * brief MDX policy, enforced in the compiler too (src/lib/content/mdx-policy.ts), the base path
 * in front of root-relative links written in content (Astro leaves them as written), and body
 * tables made to fit the page and the CSP (body-markup-plugin.ts). No syntax highlighting:
 * Shiki colours each code token with a style attribute, which the strict CSP (style-src 'self')
 * refuses; code blocks take their colours from the stylesheet, in both colour schemes.
 */
export function siteMarkdown(base: string) {
  return {
    processor: satteri({ mdastPlugins: [mdxPolicyPlugin(), baseLinksPlugin(base)], hastPlugins: [bodyMarkupPlugin()] }),
    syntaxHighlight: false as const,
  };
}
