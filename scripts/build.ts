// `npm run build`: Astro's own build (content check, pages, search index: see
// astro.config.mjs), written into a fresh folder beside the output folder and swapped in
// only when the whole build succeeded. A failed build leaves the last good site exactly as
// it was. Apart from that swap it is `astro build`: both publish the same site.
//
// DOSSIER_OUT_DIR (default dist/) is the output folder and DOSSIER_CACHE_DIR Astro's cache
// folder (tests and benches use fresh ones). Extra arguments: `--config <file>`.
import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { outputFolders, recoverOutput, swapIn } from './lib/atomic-output.ts';

// A build is a production build whatever the calling shell says (vitest sets NODE_ENV=test).
process.env.NODE_ENV = 'production';

const root = process.cwd();
const { values } = parseArgs({ options: { config: { type: 'string' } } });
const folders = outputFolders(resolve(root, process.env.DOSSIER_OUT_DIR ?? 'dist'));
// The swap renames and deletes the output folder: never let that be the project or above it.
const rootInOut = relative(folders.out, root);
if (rootInOut === '' || (!rootInOut.startsWith('..') && !isAbsolute(rootInOut))) {
  console.error(`✖ DOSSIER_OUT_DIR (${folders.out}) must be a folder of its own, not the project or a folder containing it.`);
  process.exit(1);
}

/** What a failed build leaves at the output folder, for its last message. */
const previousSite = () => (existsSync(folders.out) ? `${folders.out} still holds the previous site` : `nothing was written to ${folders.out}`);

const restored = recoverOutput(folders.out);
if (restored) console.log(`Restored the last good site from ${restored}: a build had stopped in the middle of swapping it.`);
rmSync(folders.staging, { recursive: true, force: true });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    rmSync(folders.staging, { recursive: true, force: true });
    console.error(`\n✖ Build stopped by ${signal}; ${previousSite()}.`);
    process.exit(1);
  });
}

try {
  const { build } = await import('astro');
  await build({
    root,
    outDir: folders.staging,
    ...(process.env.DOSSIER_CACHE_DIR ? { cacheDir: resolve(root, process.env.DOSSIER_CACHE_DIR) } : {}),
    ...(values.config ? { configFile: resolve(root, values.config) } : {}),
  });
  if (!existsSync(join(folders.staging, 'index.html'))) throw new Error('no index.html was produced');
} catch (error) {
  rmSync(folders.staging, { recursive: true, force: true });
  console.error(`\n${(error as Error).message}`);
  console.error(`\n✖ Build failed; ${previousSite()}.`);
  process.exit(1);
}
swapIn(folders);
console.log(`\n✔ Site written to ${folders.out}`);
process.exit(0);
