import { resolve } from 'node:path';

/**
 * The content folder: DOSSIER_CONTENT_DIR, or content/ in the project. The check,
 * the collections (src/content.config.ts) and the search index all read it, so a
 * test or a preview can build another content tree without touching this one.
 */
export function contentDir(root = process.cwd()): string {
  // An empty value is unset: resolved as written it would name the project folder itself.
  return resolve(root, process.env.DOSSIER_CONTENT_DIR || 'content');
}
