// Files of a built site, and the address each HTML file is served at.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` ending in `extension`, as paths relative to `dir` with "/" separators, sorted. */
export function builtFiles(dir: string, extension: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(extension)) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** "briefs/x/index.html" → "briefs/x/"; "index.html" → ""; "404.html" → "404.html". */
export const pagePath = (file: string): string =>
  file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
