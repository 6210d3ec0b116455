// `npm run build`: builds the site into a fresh folder beside the output folder and
// swaps it in only when the whole build (content check, pages, search index)
// succeeded. A failed build leaves the last good site exactly as it was.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { checkContent } from '../src/check/check-content.ts';
import { printReport } from '../src/check/print-report.ts';
import { indexSite } from '../src/integrations/pagefind-index.ts';

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

/** Starts the Astro CLI with the output redirected to the staging folder. */
function startAstroBuild(args: string[]): AstroRun {
  const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !RESERVED_ENV.has(name)));
  const child = spawn(process.execPath, [astroBin, 'build', ...args], {
    stdio: 'inherit',
    // The validate-content integration checks for plain `astro build`; told that this
    // script checks the same content (and stops Astro if it fails), it does not read it
    // all again. The search index is built below, after Astro has exited and released
    // its memory.
    env: { ...inherited, NODE_ENV: 'production', DOSSIER_OUT_DIR: staging, DOSSIER_CONTENT_CHECKED: '1', DOSSIER_INDEX_AFTER_ASTRO: '1' },
  });
  // Ctrl-C reaches the child through the terminal; stop it and clean up for other signals too.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  const done = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start Astro: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
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

removeStaleFolders();
rmSync(staging, { recursive: true, force: true });
// Astro starts at once and the content check runs beside it, on the other core: at ten
// thousand briefs each takes about ten seconds (the check reading and validating every
// file, Astro starting and syncing its content store), and neither needs the other.
// A failed check stops Astro; whatever it wrote is in the staging folder, which is
// removed, so the previous site is untouched either way.
const astro = startAstroBuild(process.argv.slice(2));
const started = performance.now();
if (!printReport(checkContent(root), Math.round(performance.now() - started))) {
  await astro.stop();
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✖ Nothing was built; ${existsSync(outDir) ? `${outDir} still holds the previous site` : `nothing was written to ${outDir}`}.`);
  process.exit(1);
}
const code = await astro.done;
let failure = code ? ` (exit code ${code})` : existsSync(join(staging, 'index.html')) ? '' : ': no index.html was produced';
if (!failure) {
  try {
    await indexSite(staging, { info: (message) => console.log(`${new Date().toTimeString().slice(0, 8)} [dossier:pagefind] ${message}`) });
  } catch (error) {
    failure = `: the search index could not be built (${(error as Error).message})`;
  }
}
if (failure) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${outDir} still holds the previous site` : `nothing was written to ${outDir}`;
  console.error(`\n✖ Build failed${failure}; ${kept}.`);
  process.exit(code || 1);
}
swapIn();
console.log(`\n✔ Site written to ${outDir}`);
