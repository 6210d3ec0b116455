import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { resolveRelativeLink } from '../check/body-links.ts';
import { contentLinkHref } from '../lib/site/urls.ts';

/**
 * Puts the site's base path in front of root-relative links and images in
 * Markdown/MDX ("[XPeng](/entities/xpeng/)" → "/a/b/c/entities/xpeng/" under
 * BASE_PATH=/a/b/c/), so links written in briefs work on any host and sub-path.
 * A link relative to the brief's page ("../other-brief/") is resolved from that page,
 * as the check resolves it, and written from the root too: a host that serves the page
 * without its trailing slash would resolve it one folder up. Reference-style links carry
 * their URL on the definition node.
 */
export function baseLinksPlugin(base: string): MdastPluginEntry {
  return ({ fileURL }) => {
    // A brief's id is its file name; without a file, relative links stay as written.
    const file = fileURL && fileURLToPath(fileURL);
    const id = file ? basename(file, extname(file)) : undefined;
    const rewrite = (url: string) => {
      const fromPage = id === undefined ? undefined : resolveRelativeLink(url, id);
      return contentLinkHref(base, fromPage ?? url);
    };
    const definition: MdastPluginDefinition = {
      name: 'dossier:base-links',
      link: (node, ctx) => {
        const href = rewrite(node.url);
        if (href !== node.url) ctx.setProperty(node, 'url', href);
      },
      definition: (node, ctx) => {
        const href = rewrite(node.url);
        if (href !== node.url) ctx.setProperty(node, 'url', href);
      },
      // An image path relative to the file is refused by the check: only root-relative ones are moved.
      image: (node, ctx) => {
        const href = contentLinkHref(base, node.url);
        if (href !== node.url) ctx.setProperty(node, 'url', href);
      },
    };
    return definition;
  };
}
