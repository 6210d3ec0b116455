import type { MdastPluginDefinition } from 'satteri';
import { contentLinkHref } from '../lib/site/urls.ts';

/**
 * Puts the site's base path in front of root-relative links and images in
 * Markdown/MDX ("[XPeng](/entities/xpeng/)" → "/a/b/c/entities/xpeng/" under
 * BASE_PATH=/a/b/c/), so links written in briefs work on any host and sub-path.
 * Reference-style links carry their URL on the definition node.
 */
export function baseLinksPlugin(base: string): MdastPluginDefinition {
  return {
    name: 'dossier:base-links',
    link: (node, ctx) => {
      const href = contentLinkHref(base, node.url);
      if (href !== node.url) ctx.setProperty(node, 'url', href);
    },
    image: (node, ctx) => {
      const href = contentLinkHref(base, node.url);
      if (href !== node.url) ctx.setProperty(node, 'url', href);
    },
    definition: (node, ctx) => {
      const href = contentLinkHref(base, node.url);
      if (href !== node.url) ctx.setProperty(node, 'url', href);
    },
  };
}
