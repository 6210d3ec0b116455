import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`: relative specifiers only. */
const RELATIVE_IMPORT = /(?:from\s*|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * A digest of the given source files and every project file they import, followed
 * through relative imports, plus `extra` strings (package versions, settings). Read from
 * disk with a plain scan of import statements, so it needs no bundler: what changes the
 * code that renders something changes the digest. Each file is named by its path from `root`
 * (the project's root), so the project at another path, with its cache, has the same digest.
 */
export function sourceDigest(root: string, entries: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    hash.update(`${relative(root, file)}\0${text}\0`);
    for (const [, specifier] of text.matchAll(RELATIVE_IMPORT)) visit(resolve(dirname(file), specifier!));
  };
  for (const entry of entries) visit(resolve(root, entry));
  for (const value of extra) hash.update(`${value}\0`);
  return hash.digest('hex').slice(0, 16);
}
