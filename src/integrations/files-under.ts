import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under a folder, in name order, as a path joined to `dir`; none when the folder is
 * missing. A symbolic link counts as what it points at (Astro and the content check follow
 * links too); one pointing at nothing, as absent.
 */
export function* filesUnder(dir: string, seen = new Set<string>()): Generator<string> {
  if (!existsSync(dir)) return;
  // A link back up the tree would otherwise be followed for ever.
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    const target = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
    if (target?.isDirectory()) yield* filesUnder(path, seen);
    else if (target?.isFile()) yield path;
  }
}
