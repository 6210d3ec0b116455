// `npm run build`: builds the site into a fresh folder beside the output folder and
// swaps it in only when the whole build (content check, pages, search index)
// succeeded. A failed build leaves the last good site exactly as it was.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { startSearchIndex, type SearchIndexer } from '../src/integrations/pagefind-index.ts';
import { SEARCH_RECORDS_FILE, type SearchRecords } from '../src/lib/search-records.ts';
import { writtenPage } from './lib/astro-log.ts';
import type { ContentCheckResult } from './lib/content-check-worker.ts';

const root = process.cwd();
/** Where the site ends up: DOSSIER_OUT_DIR (as astro.config.mjs reads it) or dist/. */
const outDir = resolve(root, process.env.DOSSIER_OUT_DIR ?? 'dist');
// The swap renames and deletes the output folder: never let that be the project or above it.
const rootInOut = relative(outDir, root);
if (rootInOut === '' || (!rootInOut.startsWith('..') && !isAbsolute(rootInOut))) {
  console.error(`✖ DOSSIER_OUT_DIR (${outDir}) must be a folder of its own, not the project or a folder containing it.`);
  process.exit(1);
}
// Siblings of the output folder, so the final renames stay on one file system.
const hidden = basename(outDir).replace(/^\.?/, '.');
const staging = join(dirname(outDir), `${hidden}.building-${process.pid}`);
const previous = join(dirname(outDir), `${hidden}.previous-${process.pid}`);

/** Leftovers of builds that were killed: their process is gone. */
function removeStaleFolders(): void {
  const pattern = new RegExp(`^${hidden.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:building|previous)-(\\d+)$`);
  let names: string[] = [];
  try {
    names = readdirSync(dirname(outDir));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Names of Astro's and Vite's own import.meta.env values. Set in the environment they
 * override the build's (vitest sets BASE_URL=/ and NODE_ENV=test for its tests, and a
 * build started from a test dropped the base path and, not being "production",
 * published drafts), so the build never passes them on and always runs as production.
 */
const RESERVED_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']);

interface AstroRun {
  /** Resolves with the exit code once Astro has exited. */
  done: Promise<number>;
  /** Stops Astro and waits for it to exit. */
  stop(): Promise<number>;
}

/**
 * Starts the Astro CLI with the output redirected to the staging folder. Its output is
 * passed through line by line, and each HTML file it reports written goes to `onPage`.
 */
function startAstroBuild(args: string[], onPage: (file: string) => void): AstroRun {
  const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !RESERVED_ENV.has(name)));
  const child = spawn(process.execPath, [astroBin, 'build', ...args], {
    stdio: ['inherit', 'pipe', 'inherit'],
    // The validate-content integration checks for plain `astro build`; told that this
    // script checks the same content (and stops Astro if it fails), it does not read it
    // all again. The search index is built here, from the pages Astro reports written
    // (DOSSIER_INDEX_AFTER_ASTRO tells the pagefind integration not to index them again).
    env: {
      ...inherited, NODE_ENV: 'production', DOSSIER_OUT_DIR: staging, DOSSIER_CONTENT_CHECKED: '1', DOSSIER_INDEX_AFTER_ASTRO: '1',
      // Its output comes through a pipe now; keep Astro's colours when this script has a terminal.
      ...(process.stdout.isTTY && !('NO_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {}),
    },
  });
  createInterface({ input: child.stdout!, crlfDelay: Infinity }).on('line', (line) => {
    process.stdout.write(`${line}\n`);
    const page = writtenPage(line);
    if (page) onPage(page);
  });
  // Ctrl-C reaches the child through the terminal; stop it and clean up for other signals too.
  // A signal after Astro has exited still counts: the build stops before swapping the site in.
  const forward = (signal: NodeJS.Signals) => {
    interrupted ??= signal;
    child.kill(signal);
  };
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  const done = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start Astro: ${error.message}`);
      resolve(1);
    });
    // 'close', not 'exit': it comes after the last of Astro's output has been read.
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  return {
    done,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return done;
    },
  };
}

/** Puts the new site in place: old → previous, new → out, then drops previous. */
function swapIn(): void {
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}

/** What a failed build leaves at the output folder, for its last message. */
const previousSite = () => (existsSync(outDir) ? `${outDir} still holds the previous site` : `nothing was written to ${outDir}`);
const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [dossier:pagefind] ${message}`);

removeStaleFolders();
rmSync(staging, { recursive: true, force: true });
// Astro starts at once and the content check runs beside it, on the other core: at ten
// thousand briefs each takes about ten seconds (the check reading and validating every
// file, Astro starting and syncing its content store), and neither needs the other.
// A failed check stops Astro; whatever it wrote is in the staging folder, which is
// removed, so the previous site is untouched either way.
//
// The search index is built while Astro writes the pages: each page Astro reports
// written is sent to Pagefind, which indexes it in its own process on the other core,
// so indexing costs little more than writing the bundle once Astro is done.
let indexer: SearchIndexer | undefined;
const written: string[] = [];
/** The signal that asked the build to stop, if one did. */
let interrupted: NodeJS.Signals | undefined;
let settled = false;
// Should the event loop run dry while the build still waits (a child process died without
// answering), fail like any other failure instead of exiting half-way.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✖ Build failed: it stopped waiting for Astro or Pagefind; ${previousSite()}.`);
  process.exitCode = 1;
});
const astro = startAstroBuild(process.argv.slice(2), (file) => {
  if (indexer) indexer.addPage(file);
  else written.push(file);
});
const checked = await checkContentInWorker().catch((error: Error) => {
  console.error(`✖ The content check failed to run: ${error.stack ?? error.message}`);
  return { ok: false } as const;
});
if (!checked.ok) {
  await astro.stop();
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✖ Nothing was built; ${previousSite()}.`);
  process.exit(1);
}
let failure = '';
// What the index needs beyond the pages (aliases per brief, one record per deal), from the
// content just checked: Astro renders the same records only at the end of its build.
const records = JSON.parse(checked.records) as SearchRecords;
try {
  log('indexing pages as they are written');
  indexer = await startSearchIndex(staging, records, { info: log });
  for (const file of written.splice(0)) indexer.addPage(file);
} catch (error) {
  failure = `: the search index could not be started (${(error as Error).message})`;
  await astro.stop();
}
const code = await astro.done;
if (!failure) failure = code ? ` (exit code ${code})` : existsSync(join(staging, 'index.html')) ? '' : ': no index.html was produced';
if (!failure) failure = recordsMismatch(checked.records);
if (!failure) {
  try {
    await indexer!.finish();
  } catch (error) {
    failure = `: the search index could not be built (${(error as Error).message})`;
  }
}
if (!failure && interrupted) failure = ` (stopped by ${interrupted})`;
if (failure) {
  await indexer?.abort();
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✖ Build failed${failure}; ${previousSite()}.`);
  settled = true;
  process.exit(code || 1);
}
settled = true;
swapIn();
console.log(`\n✔ Site written to ${outDir}`);

/** Runs the content check in a worker thread (scripts/lib/content-check-worker.ts). */
function checkContentInWorker(): Promise<ContentCheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lib/content-check-worker.ts', import.meta.url), { workerData: { root } });
    let result: ContentCheckResult | undefined;
    worker.once('message', (message: ContentCheckResult) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the content check stopped (exit code ${code}) without a result`))));
  });
}

/**
 * The index was fed records derived from the checked content; Astro rendered the same
 * records from its own collections (src/pages/search-records.json.ts). They must agree,
 * or the index would describe other content than the pages. The file is not served.
 */
function recordsMismatch(expected: string): string {
  const file = join(staging, SEARCH_RECORDS_FILE);
  let rendered: string;
  try {
    rendered = readFileSync(file, 'utf8');
  } catch (error) {
    return `: ${file} was not rendered (${(error as Error).message})`;
  }
  rmSync(file);
  return rendered === expected ? '' : `: the search records derived from the checked content differ from those Astro rendered from its collections (${SEARCH_RECORDS_FILE}); this is a bug in Dossier, please report it`;
}
