import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUICK_SHARD_BUNDLE, type QuickShardBundle } from '../lib/search/quick-index.ts';

/** Splits the rendered shard bundle into one file per shard, then removes the bundle. */
export function writeQuickShards(outDir: string): number {
  const bundleFile = join(outDir, QUICK_SHARD_BUNDLE);
  let bundle: QuickShardBundle;
  try {
    bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as QuickShardBundle;
  } catch (error) {
    throw new Error(
      `The header search needs ${bundleFile}, rendered by src/pages/quick-search/shards.json.ts: ${(error as Error).message}`,
    );
  }
  const made = new Set<string>();
  for (const [path, rows] of bundle.files) {
    const file = join(outDir, path);
    const folder = dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(file, JSON.stringify(rows));
  }
  rmSync(bundleFile);
  return bundle.files.length;
}

/** The header box's quick index, written as the browser fetches it (see src/lib/search/quick-index.ts). */
export function quickSearchFiles(): AstroIntegration {
  return {
    name: 'dossier:quick-search',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = writeQuickShards(fileURLToPath(dir));
        logger.info(`${count} quick-index shards written`);
      },
    },
  };
}
