// `npm run build`: Astro's own build (content check, pages, search index: see
// astro.config.mjs), written into a fresh folder beside the output folder and swapped in
// only when the whole build succeeded. A failed build leaves the last good site exactly as
// it was.
//
// Astro runs in a child process (src/cli/astro-build-process.ts) that sends each page it
// renders to the search indexer held here. After a build that rendered most pages, Pagefind
// writes its bundle once Astro's process has ended, so the two largest memory peaks of a
// build never add up; after one that reused most, as soon as Astro has sent the last page.
// Apart from that and the swap it is `astro build`: both publish the same site.
//
// DOSSIER_OUT_DIR (default dist/) is the output folder and DOSSIER_CACHE_DIR Astro's cache
// folder, where the pages and search records of the last build are kept for the next (tests
// and benches use fresh ones). Extra
// arguments: `--config <file>`; `--cold` renders every page, reusing nothing from the cache
// (src/integrations/page-reuse.ts).
import { fork } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveSearchIndex } from '../integrations/search-index-service.ts';
import type { IndexerChannel, IndexerReply, IndexerRequest } from '../integrations/search-index-thread.ts';
import { contentDir } from '../check/content-dir.ts';
import { corpusDir } from '../check/corpus.ts';
import { DEFAULT_SITE_URL } from '../lib/site/config.ts';
import { outputClash, outputFolders, recoverOutput, removeFolders, swapIn } from './atomic-output.ts';
import { sharesAstroScratch, takeBuildLock } from './build-lock.ts';

// A build is a production build whatever the calling shell says (vitest sets NODE_ENV=test).
process.env.NODE_ENV = 'production';

const root = process.cwd();
const { values } = parseArgs({ options: { config: { type: 'string' }, cold: { type: 'boolean' } } });
// Read by the page reuse in Astro's process, which inherits this environment.
if (values.cold) process.env.DOSSIER_COLD_BUILD = '1';
const folders = outputFolders(resolve(root, process.env.DOSSIER_OUT_DIR ?? 'dist'));
// Astro's default cache folder, unless the command names one.
const cacheDir = resolve(root, process.env.DOSSIER_CACHE_DIR ?? 'node_modules/.astro');
// The swap renames and deletes the output folder: never let that be the project, its content or
// its sources, nor a folder holding them.
const rootInOut = relative(folders.out, root);
if (rootInOut === '' || (!rootInOut.startsWith('..') && !isAbsolute(rootInOut))) {
  console.error(`✖ DOSSIER_OUT_DIR (${folders.out}) must be a folder of its own, not the project or a folder containing it.`);
  process.exit(1);
}
const clash = outputClash(folders.out, [
  { name: 'the content folder', path: contentDir(root) },
  { name: 'the corpus (CORPUS_DIR)', path: corpusDir(root) },
  { name: 'the cache (DOSSIER_CACHE_DIR)', path: cacheDir },
  ...['public', 'src', 'tests', 'node_modules'].map((name) => ({ name: `${name}/`, path: resolve(root, name) })),
]);
if (clash) {
  const how = { is: 'is', holds: 'holds', inside: 'is inside' }[clash.how];
  console.error(
    `✖ DOSSIER_OUT_DIR (${folders.out}) ${how} ${clash.name} (${clash.path}); a build replaces its output folder whole. Name a folder of its own, such as dist/.`,
  );
  process.exit(1);
}

// A site built for publishing needs its own address in canonical links, the feed, the sitemap and the open data.
if (!process.env.SITE_URL)
  console.warn(
    `⚠ SITE_URL is not set: canonical links, the feed, the sitemap and the open data name ${DEFAULT_SITE_URL}. For a site you publish, set SITE_URL to its public origin (README, "Configuration").`,
  );

/** What a failed build leaves at the output folder, for its last message. */
const previousSite = () =>
  existsSync(folders.out) ? `${folders.out} still holds the previous site` : `nothing was written to ${folders.out}`;

const { restored, unused } = recoverOutput(folders.out);
if (restored) console.log(`Restored the last good site from ${restored}: a build had stopped in the middle of swapping it.`);
// The site the last build replaced (and what dead builds left) is deleted while this build
// works, not at the end of the last one.
const clearing = removeFolders(unused).catch((error: Error) =>
  console.warn(`Could not delete a site an earlier build left (${error.message}); the next build tries again.`),
);
rmSync(folders.staging, { recursive: true, force: true });

// Builds whose output is outside the project share Astro's scratch folder in it, so they take turns (build-lock.ts).
const lock = sharesAstroScratch(folders.staging, root)
  ? await takeBuildLock(root, (pid) => console.log(`Waiting for another build of this project (process ${pid}) to finish …`))
  : undefined;

const astroArgs = ['--out', folders.staging];
if (process.env.DOSSIER_CACHE_DIR) astroArgs.push('--cache-dir', resolve(root, process.env.DOSSIER_CACHE_DIR));
if (values.config) astroArgs.push('--config', resolve(root, values.config));
// 'advanced' serialization: pages travel as structured clones, not JSON strings.
const astro = fork(fileURLToPath(new URL('./astro-build-process.ts', import.meta.url)), astroArgs, {
  serialization: 'advanced',
  stdio: 'inherit',
  env: {
    // Node keeps the compiled code of Astro, Vite and the project in the cache folder: starting
    // them again takes a second less. It checks each module's source, so a change is compiled anew.
    NODE_COMPILE_CACHE: join(cacheDir, 'node-compile-cache'),
    ...process.env,
    // The site still at the output folder is the last build's: reused pages are linked from it.
    DOSSIER_PREVIOUS_SITE: folders.out,
  },
});
const astroEnded = new Promise<number>((resolve) =>
  astro.on('exit', (code, signal) => {
    lock?.release();
    resolve(code ?? (signal ? 1 : 0));
  }),
);

/** Ends the build on a signal: Astro's process first, so it cannot write to staging again. */
let stoppedBy: NodeJS.Signals | undefined;
const stop = (signal: NodeJS.Signals) => {
  rmSync(folders.staging, { recursive: true, force: true });
  console.error(`\n✖ Build stopped by ${signal}; ${previousSite()}.`);
  process.exit(1);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    if (astro.exitCode === null && astro.signalCode === null)
      astro.kill('SIGKILL'); // the build goes on to stop() when it has ended
    else stop(signal);
  });
}

/** The bundle, when written before Astro's process ended. */
let earlyBundle: Promise<unknown> | undefined;
const search = serveSearchIndex(
  {
    // Once Astro's process has ended, or the bundle is being written beside it, the indexer's
    // messages are shown here.
    send: (reply) => {
      const showHere = () => {
        if (reply.type === 'log') console.log(`[dossier:pagefind] ${reply.text}`);
      };
      // Astro's process may end between the check and the write (EPIPE): with a callback the
      // failed send is reported here, not thrown as an unhandled 'error' event.
      // The bundle's messages are shown here: Astro's process may end before it reads them.
      if (astro.connected && !(earlyBundle && reply.type === 'log')) astro.send(reply, (error) => error && showHere());
      else showHere();
    },
    listen: (onMessage) => astro.on('message', (request) => onMessage(request as IndexerRequest)),
  } satisfies IndexerChannel<IndexerReply, IndexerRequest>,
  {
    writeBundle: false,
    // After a build that reused most pages, Astro's process holds a fraction of a full
    // render's memory, and the bundle is written as soon as the last page is sent, while
    // Astro's process runs its last hooks and ends.
    onFinish: ({ renderedMost }) => {
      if (renderedMost || !search.indexer) return;
      console.log("[dossier:pagefind] writing the search bundle while Astro's process ends (most pages were reused)");
      earlyBundle = search.indexer.then((indexer) => indexer.finish(folders.staging));
      earlyBundle.catch(() => {}); // awaited below
    },
  },
);

try {
  const astroCode = await astroEnded;
  if (stoppedBy) stop(stoppedBy);
  if (astroCode !== 0) throw new Error("Astro's build failed (its messages are above)");
  if (!existsSync(join(folders.staging, 'index.html'))) throw new Error('no index.html was produced');
  if (!search.indexer) throw new Error('Astro never sent the search records, so there is no search index');
  await (earlyBundle ?? (await search.indexer).finish(folders.staging));
} catch (error) {
  // A bundle being written is left to end first, so nothing writes into the folder removed here.
  await earlyBundle?.catch(() => {});
  rmSync(folders.staging, { recursive: true, force: true });
  console.error(`\n${(error as Error).message}`);
  console.error(`\n✖ Build failed; ${previousSite()}.`);
  await clearing;
  process.exit(1);
}
swapIn(folders);
console.log(`\n✔ Site written to ${folders.out}`);
await clearing;
process.exit(0);
