// `npm run bench -- --sizes 1000,5000,10000`: Dossier at scale, side by side with a bare
// Astro build of the same brief bodies. For each size it generates a deterministic
// synthetic content tree in a temporary folder (tests/bench/corpus/generate.ts),
// builds Dossier on it with `npm run build`'s script, builds the baseline
// (tests/bench/baseline-site.ts), and prints: wall time and its phases, CPU time, peak memory
// of the process tree, output and Pagefind bundle sizes, the Dossier/baseline time
// ratio, and, in Chromium, the bytes and time of a first and a following search (in the
// header box, and in the full text on /search/) and the HTML/CSS/JS bytes of a typical
// brief page. After each Dossier build, one brief is added and the site built again with
// that build's cache: the incremental figure (src/integrations/page-reuse.ts), beside the
// cold one (`--no-incremental` leaves it out). `--runs N` repeats each build N times, every
// size in each round, and reports the median. Prints figures; asserts nothing.
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countOf } from '../../src/lib/text/counts.ts';
import { lastPageReuseReport, type PageReuseReport } from '../../src/integrations/page-reuse.ts';
import { writeBaselineSite } from './baseline-site.ts';
import { addDays, briefPublishedLater, latestPublished } from './corpus/brief-published-later.ts';
import { generateCorpus, writeCorpus } from './corpus/generate.ts';
import { folderBytes, gb, htmlStats, peakBetween, runMeasured, seconds, span, type RunResult, type TimedLine } from './measure.ts';
import { kb, measurePageWeight, measureSearch, searchMedians, type ByKind, type Measure } from '../support/site-measure.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '4482' },
    'no-baseline': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
  },
});
const sizes = values.sizes!.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error(`--sizes takes whole numbers of briefs of at least 10, separated by commas (got "${values.sizes}")`);
  process.exit(2);
}
const seed = Number(values.seed);
// Each build is repeated this many times (Dossier and baseline alternating, each from a cold
// cache): on a shared machine a single run can be well off, so the median is reported.
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of at least 1 (got "${values.runs}")`);
  process.exit(2);
}
const root = process.cwd();
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

const s = seconds;
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;

type PhaseName = 'check' | 'sync' | 'bundle' | 'render' | 'search';
/** Phase → [start, end] in ms since the build started, read from the log lines' arrival times. */
type Phases = Partial<Record<PhaseName, [number, number]>>;

function phasesOf(lines: TimedLine[]): Phases {
  // The content loaders print how long the check took when it ends, inside the content sync.
  // "(2116 ms)", or "(2116 ms; 17012 as the last build read them)" when readings were kept.
  const checkLine = lines.find((l) => /content files? valid \(\d+ ms[;)]/.test(l.text));
  const checkMs = checkLine ? Number(/\((\d+) ms/.exec(checkLine.text)![1]) : undefined;
  const render = span(lines, /generating static routes/, /✓ Completed in/);
  const indexed = lines.find((l) => /\[dossier:pagefind\] indexed \d+ records/.test(l.text));
  return {
    check: checkLine && checkMs !== undefined ? [Math.max(0, checkLine.at - checkMs), checkLine.at] : undefined,
    sync: span(lines, /\[content\] Syncing content/, /\[content\] Synced content/),
    bundle: span(lines, /Building static entrypoints/, /generating static routes/),
    render,
    // Pages are indexed while Astro renders them; what is left once the render is done (the
    // last pages in Pagefind's queue, writing the bundle) is what the index adds to the wall time.
    search: render && indexed ? [render[1], indexed.at] : undefined,
  };
}

const PHASE_LABELS: Record<PhaseName, string> = {
  check: 'check (in the sync)',
  sync: 'content sync',
  bundle: 'bundle',
  render: 'render',
  search: 'search index after the render',
};
const duration = (p: [number, number] | undefined) => (p ? p[1] - p[0] : undefined);

/** Milliseconds covered by at least one of the spans (the check runs inside the content sync). */
function covered(spans: [number, number][]): number {
  let total = 0;
  let reach = -Infinity;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (to <= reach) continue;
    total += to - Math.max(from, reach);
    reach = to;
  }
  return total;
}

function showPhases(p: Phases, wall: number): string {
  const names = (Object.keys(PHASE_LABELS) as PhaseName[]).filter((k) => p[k]);
  const known = names.map((k) => [PHASE_LABELS[k], duration(p[k])!] as const);
  const other = wall - covered(names.map((k) => p[k]!));
  return [...known, ['other', other] as const].map(([k, v]) => `${k} ${s(v)}`).join(', ');
}

/** Peak memory within each phase: which step of the build needs the most. */
function showPhasePeaks(run: RunResult, p: Phases): string {
  return (Object.keys(PHASE_LABELS) as PhaseName[])
    .filter((k) => p[k])
    .map((k) => `${PHASE_LABELS[k]} ${gb(peakBetween(run, ...p[k]!))}`)
    .join(', ');
}

const byCommand = (run: RunResult) =>
  Object.entries(run.peakByCommand)
    .filter(([, v]) => v > 50 * 1024 ** 2)
    .map(([k, v]) => `${k} ${gb(v)}`)
    .join(', ');

/** A build the bench ran failed: the bench stops, after removing its folders (unless --keep). */
class BuildFailed extends Error {}

/** "CPU 50.4 s": the CPU time of a run's processes. */
const cpu = (run: RunResult) => `CPU ${run.cpuSeconds === undefined ? '? (no /proc here)' : `${run.cpuSeconds.toFixed(1)} s`}`;
/** " (62% of the cold build's)": one run's CPU time as a share of another's. */
const cpuShare = (run: RunResult, of: RunResult) =>
  run.cpuSeconds !== undefined && of.cpuSeconds ? ` (${((100 * run.cpuSeconds) / of.cpuSeconds).toFixed(0)}% of the cold build's)` : '';

function failed(what: string, run: RunResult): never {
  console.error(`✖ ${what} failed (exit code ${run.code}). Last lines:`);
  for (const l of run.lines.slice(-40)) console.error(`  ${l.text}`);
  throw new BuildFailed(`${what} failed (exit code ${run.code})`);
}

interface SizeResult {
  briefs: number;
  files: number;
  dossier: {
    wallMs: number;
    /** CPU seconds of the build's processes (./measure.ts), of the run shown. */
    cpuSeconds?: number | undefined;
    peakRssBytes?: number | undefined;
    phases: Phases;
    distBytes: number;
    pagefindBytes: number;
    pages: number;
    largestPages: { path: string; bytes: number }[];
  };
  baseline?:
    { wallMs: number; cpuSeconds?: number | undefined; peakRssBytes?: number | undefined; phases: Phases; distBytes: number } | undefined;
  /** One brief added to the built site, built with the cache: the median run. */
  incremental?:
    | {
        wallMs: number;
        cpuSeconds?: number | undefined;
        peakRssBytes?: number | undefined;
        phases: Phases;
        reused: number;
        rendered: number;
      }
    | undefined;
  incrementalWallMs?: number[] | undefined;
  ratio?: number | undefined;
  /** Every run's wall time, in the order of the rounds. */
  dossierWallMs: number[];
  baselineWallMs?: number[] | undefined;
  /** The header box (names and titles), pasted and typed; the full text on /search/, pasted. */
  search?:
    | (ReturnType<typeof searchMedians> & { typed: ReturnType<typeof searchMedians>; fullText: ReturnType<typeof searchMedians> })
    | undefined;
  page?: { path: string; bytes: ByKind } | undefined;
}

const results: SizeResult[] = [];
const heap = process.env.NODE_OPTIONS ?? '';
console.log(
  `Dossier scale bench, seed ${seed}, sizes ${sizes.join(', ')}, ${countOf(runs, 'run')} each${heap ? `, NODE_OPTIONS="${heap}"` : ''}.`,
);

/** One size's corpus, where it is built, and the builds run on it so far. */
interface SizeWork {
  size: number;
  work: string;
  corpus: ReturnType<typeof generateCorpus>;
  dist: string;
  dossierRuns: RunResult[];
  baselineRuns: { measured: RunResult; distBytes: number }[];
  /** After each Dossier build: one brief added, built again with that build's cache. */
  incrementalRuns: { measured: RunResult; pages: PageReuseReport }[];
}

const prepared: SizeWork[] = [];
/** Every folder the bench made, removed at the end (unless --keep), whether or not it succeeded. */
const folders: string[] = [];
try {
  for (const size of sizes) {
    const work = mkdtempSync(join(tmpdir(), `dossier-bench-${size}-`));
    folders.push(work);
    const started = performance.now();
    const corpus = generateCorpus({ briefs: size, seed });
    writeCorpus(join(work, 'content'), corpus);
    prepared.push({ size, work, corpus, dist: join(work, 'dossier-dist'), dossierRuns: [], baselineRuns: [], incrementalRuns: [] });
    const { counts } = corpus;
    console.log(
      `\n== ${size} briefs: ${counts.entities} entities, ${counts.deals} deals, ${counts.topics} topics (${corpus.files.size} files, generated in ${s(performance.now() - started)}) in ${work}`,
    );
  }

  // Every round builds every size, Dossier then the baseline, so the sizes are compared under
  // the same conditions: a shared machine's speed drifts over half an hour by more than the
  // growth being measured, and benches that measured each size at a different time counted it as growth. The order of the
  // sizes is reversed every other round, so the first and the last swap places.
  for (let run = 1; run <= runs; run++) {
    const order = run % 2 ? prepared : [...prepared].reverse();
    for (const w of order) {
      w.dossierRuns.push(await buildDossier(w, run));
      const tag = prepared.length > 1 ? `${w.size} briefs, ` : '';
      if (runs > 1 || prepared.length > 1)
        console.log(`run ${run}: ${tag}dossier ${s(w.dossierRuns.at(-1)!.wallMs)}, peak ${gb(w.dossierRuns.at(-1)!.peakRssBytes)}`);
      if (!values['no-incremental']) {
        w.incrementalRuns.push(await buildIncremental(w, run));
        if (runs > 1 || prepared.length > 1)
          console.log(
            `run ${run}: ${tag}one brief added, incremental ${s(w.incrementalRuns.at(-1)!.measured.wallMs)}, peak ${gb(w.incrementalRuns.at(-1)!.measured.peakRssBytes)}`,
          );
      }
      if (!values['no-baseline']) {
        w.baselineRuns.push(await buildBaseline(w, run));
        if (runs > 1 || prepared.length > 1)
          console.log(
            `run ${run}: ${tag}baseline ${s(w.baselineRuns.at(-1)!.measured.wallMs)}, peak ${gb(w.baselineRuns.at(-1)!.measured.peakRssBytes)}`,
          );
      }
    }
  }

  for (const w of prepared) results.push(await report(w));
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  process.exitCode = 1;
} finally {
  for (const folder of folders) {
    if (values.keep) console.log(`(kept ${folder})`);
    else rmSync(folder, { recursive: true, force: true });
  }
}
if (process.exitCode) process.exit();

/** Builds with this round's cache into `dist`: over the site there with `over`, else into an empty folder. */
function runDossier(w: SizeWork, run: number, dist: string, over = false): Promise<RunResult> {
  if (!over) rmSync(dist, { recursive: true, force: true });
  return runMeasured(process.execPath, ['src/cli/build.ts'], {
    cwd: root,
    echo: values.verbose,
    env: {
      ...process.env,
      DOSSIER_CONTENT_DIR: join(w.work, 'content'),
      DOSSIER_OUT_DIR: dist,
      DOSSIER_CACHE_DIR: join(w.work, `dossier-cache-${run}`), // a new cache each round: the first build is cold
      CORPUS_DIR: join(w.work, 'no-corpus'), // generated hashes name no real file
      BASE_PATH: '/',
    },
  });
}

async function buildDossier(w: SizeWork, run: number): Promise<RunResult> {
  const measured = await runDossier(w, run, w.dist);
  if (measured.code !== 0) failed('Dossier build', measured);
  return measured;
}

/**
 * An editor publishes one more brief: a copy of the sample brief under a new name and title,
 * published the day after the latest brief, of an article of the day before (as a brief
 * published today about yesterday's news is), built with the cache of this round's cold build,
 * over a copy of the site it wrote (as an editor's build finds the last site in dist/, and the
 * one before waiting to be deleted). The brief is removed again afterwards, so every cold build
 * and the baseline see the generated content.
 */
async function buildIncremental(w: SizeWork, run: number): Promise<{ measured: RunResult; pages: PageReuseReport }> {
  const briefs = join(w.work, 'content', 'briefs');
  const added = join(briefs, 'zz-bench-one-more-brief.mdx');
  const model = readFileSync(join(briefs, `${w.corpus.sampleBrief}.mdx`), 'utf8');
  const published = addDays(latestPublished(readdirSync(briefs).map((name) => readFileSync(join(briefs, name), 'utf8'))), 1);
  const title = 'One more brief, published into the built site';
  writeFileSync(added, briefPublishedLater(model, { title, published, articleDate: addDays(published, -1) }));
  const dist = join(w.work, 'dossier-dist-incremental');
  rmSync(dist, { recursive: true, force: true });
  // Hard links keep the files' identity, which Pagefind's page files are reused by; and the
  // site a build before replaced waits beside it, for this build to delete as it works.
  linkTree(w.dist, dist);
  linkTree(w.dist, join(w.work, '.dossier-dist-incremental.replaced-1'));
  try {
    const measured = await runDossier(w, run, dist, true);
    if (measured.code !== 0) failed('Incremental Dossier build', measured);
    return { measured, pages: lastPageReuseReport(join(w.work, `dossier-cache-${run}`))! };
  } finally {
    rmSync(added);
    // The site it replaced too, which the next build would delete (src/cli/atomic-output.ts).
    for (const name of readdirSync(w.work))
      if (name === 'dossier-dist-incremental' || name.startsWith('.dossier-dist-incremental.'))
        rmSync(join(w.work, name), { recursive: true, force: true });
  }
}

/** A copy of a folder made of hard links: the same files, under another folder. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkSync(join(from, entry.name), join(to, entry.name));
  }
}

async function buildBaseline(w: SizeWork, run: number): Promise<{ measured: RunResult; distBytes: number }> {
  const site = join(w.work, `baseline-${run}`);
  writeBaselineSite(site, w.corpus, join(root, 'node_modules'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DOSSIER_')));
  const measured = await runMeasured(process.execPath, [astroBin, 'build'], { cwd: site, env, echo: values.verbose });
  if (measured.code !== 0) failed('Baseline build', measured);
  // Only its size is kept (unless --keep): ten thousand pages a run would otherwise pile up on disk.
  const distBytes = folderBytes(join(site, 'dist'));
  if (!values.keep) rmSync(site, { recursive: true, force: true });
  return { measured, distBytes };
}

/** The run with the median wall time (its phases are shown), and the highest peak of all runs. */
function pick(all: RunResult[]) {
  return {
    run: [...all].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((all.length - 1) / 2)]!,
    peak: Math.max(...all.map((r) => r.peakRssBytes ?? 0)) || undefined,
  };
}

/** Prints one size's figures (builds, then the browser pass on its last Dossier build) and returns them. */
async function report({ size, corpus, dist, dossierRuns, baselineRuns, incrementalRuns }: SizeWork): Promise<SizeResult> {
  console.log(`\n== ${size} briefs`);
  const { run: dossier, peak: dossierPeak } = pick(dossierRuns);
  const html = htmlStats(dist);
  const result: SizeResult = {
    briefs: size,
    files: corpus.files.size,
    dossier: {
      wallMs: dossier.wallMs,
      cpuSeconds: dossier.cpuSeconds,
      peakRssBytes: dossierPeak,
      phases: phasesOf(dossier.lines),
      distBytes: folderBytes(dist),
      pagefindBytes: folderBytes(join(dist, 'pagefind')),
      pages: html.pages,
      largestPages: html.largest,
    },
    dossierWallMs: dossierRuns.map((r) => r.wallMs),
  };
  const of = runs > 1 ? ` (of ${runs} runs, the ${runs % 2 ? 'median' : 'lower middle'}; peak memory the highest of all)` : '';
  console.log(
    `dossier   build ${s(dossier.wallMs)}${of} (${showPhases(result.dossier.phases, dossier.wallMs)}); ${cpu(dossier)}; peak memory ${gb(dossierPeak)}; dist ${mb(result.dossier.distBytes)}, Pagefind bundle ${mb(result.dossier.pagefindBytes)}`,
  );
  console.log(`          peak memory by process: ${byCommand(dossier)}; by phase: ${showPhasePeaks(dossier, result.dossier.phases)}`);
  const indexing = span(dossier.lines, /\[dossier:pagefind\] indexing/, /\[dossier:pagefind\] indexed \d+ records/);
  if (indexing)
    console.log(
      `          search index: Pagefind started at ${s(indexing[0])}, the render finished at ${s(result.dossier.phases.search?.[0])}, the bundle was written at ${s(indexing[1])}`,
    );
  console.log(
    `          ${result.dossier.pages} HTML pages, the largest: ${result.dossier.largestPages.map((p) => `${p.path} (${mb(p.bytes)})`).join(', ')}`,
  );

  if (incrementalRuns.length) {
    const { run: incremental, peak: incrementalPeak } = pick(incrementalRuns.map((i) => i.measured));
    const { pages } = incrementalRuns.find((i) => i.measured === incremental)!;
    result.incremental = {
      wallMs: incremental.wallMs,
      cpuSeconds: incremental.cpuSeconds,
      peakRssBytes: incrementalPeak,
      phases: phasesOf(incremental.lines),
      reused: pages.reused,
      rendered: pages.rendered.length,
    };
    result.incrementalWallMs = incrementalRuns.map((i) => i.measured.wallMs);
    const share = (ms: number, cold: number) => `${((100 * ms) / cold).toFixed(0)}%`;
    const each =
      runs > 1 ? `; each run: ${incrementalRuns.map((i, r) => share(i.measured.wallMs, dossierRuns[r]!.wallMs)).join(', ')}` : '';
    // How many search records Pagefind analysed again (src/integrations/pagefind-bundle.ts).
    const analysed = incremental.lines.map((l) => /\((\d+) analysed by Pagefind/.exec(l.text)).find(Boolean);
    const early = analysed ? `; ${analysed[1]} search records analysed by Pagefind` : '';
    console.log(
      `incremental, one brief added: ${s(incremental.wallMs)}${of} = ${share(incremental.wallMs, dossier.wallMs)} of the cold build${each} (${showPhases(result.incremental.phases, incremental.wallMs)}); ${cpu(incremental)}${cpuShare(incremental, dossier)}; ${pages.reused} pages reused, ${pages.rendered.length} rendered${early}; peak memory ${gb(incrementalPeak)}`,
    );
    console.log(
      `          peak memory by process: ${byCommand(incremental)}; by phase: ${showPhasePeaks(incremental, result.incremental.phases)}`,
    );
  }

  if (baselineRuns.length) {
    const { run: baseline, peak: baselinePeak } = pick(baselineRuns.map((b) => b.measured));
    const distBytes = baselineRuns.find((b) => b.measured === baseline)!.distBytes;
    result.baseline = {
      wallMs: baseline.wallMs,
      cpuSeconds: baseline.cpuSeconds,
      peakRssBytes: baselinePeak,
      phases: phasesOf(baseline.lines),
      distBytes,
    };
    result.baselineWallMs = baselineRuns.map((b) => b.measured.wallMs);
    result.ratio = dossier.wallMs / baseline.wallMs;
    console.log(
      `baseline  build ${s(baseline.wallMs)}${of} (${showPhases(result.baseline.phases, baseline.wallMs)}); ${cpu(baseline)}; peak memory ${gb(baselinePeak)}; dist ${mb(distBytes)}`,
    );
    console.log(`          peak memory by phase: ${showPhasePeaks(baseline, result.baseline.phases)}`);
    const memory = dossierPeak && baselinePeak ? ` memory=${(dossierPeak / baselinePeak).toFixed(2)}` : '';
    const pairs =
      runs > 1
        ? `; each run's pair: ${dossierRuns.map((r, i) => (r.wallMs / baselineRuns[i]!.measured.wallMs).toFixed(2)).join(', ')}`
        : '';
    console.log(`ratio=${result.ratio.toFixed(2)} (build time, Dossier/baseline${runs > 1 ? ', of the medians' : ''})${memory}${pairs}`);
  }

  if (!values['no-browser']) {
    const started = performance.now();
    const page = `briefs/${corpus.sampleBrief}/`;
    const site = { dir: dist, base: '/', port: Number(values.port) };
    const rows = [
      ...(await measureSearch({ ...site, page, queries: corpus.queries })),
      ...(await measureSearch({ ...site, page, queries: corpus.queries, modes: ['paste'], boxes: ['search-page'] })),
    ];
    result.search = {
      ...searchMedians(rows, 'paste'),
      typed: searchMedians(rows, 'type'),
      fullText: searchMedians(rows, 'paste', 'search-page'),
    };
    const bytes = await measurePageWeight({ ...site, page });
    result.page = { path: page, bytes };
    const f = result.search;
    const parts = (m: typeof f.first) =>
      Object.entries(m.parts)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ');
    console.log(`search    (median of ${corpus.queries.length} queries: ${corpus.queries.join(', ')})`);
    console.log(
      `  header box (names and titles), pasted: first ${kb(f.first.raw)} (${kb(f.first.gzip)} gzip) in ${f.first.ms.toFixed(0)} ms; second ${kb(f.following.raw)} (${kb(f.following.gzip)} gzip) in ${f.following.ms.toFixed(0)} ms`,
    );
    console.log(`    what the median first search fetched (gzip): ${parts(f.first)}`);
    console.log(
      `  header box, typed: first ${kb(f.typed.first.raw)} (${kb(f.typed.first.gzip)} gzip), ${f.typed.first.ms.toFixed(0)} ms after the last key; second ${kb(f.typed.following.raw)} in ${f.typed.following.ms.toFixed(0)} ms`,
    );
    const t = f.fullText;
    console.log(
      `  full text on /search/, pasted: first ${kb(t.first.raw)} (${kb(t.first.gzip)} gzip) in ${t.first.ms.toFixed(0)} ms; second ${kb(t.following.raw)} (${kb(t.following.gzip)} gzip) in ${t.following.ms.toFixed(0)} ms`,
    );
    console.log(`    what the median first search fetched (gzip): ${parts(t.first)}`);
    const weight = (k: keyof ByKind) => `${kb(bytes[k].raw)} (${kb(bytes[k].gzip)} gzip)`;
    console.log(
      `page      /${page}: HTML ${weight('html')}, CSS ${weight('css')}, JS ${weight('js')}, other ${weight('other')} (browser pass ${s(performance.now() - started)})`,
    );
  }
  return result;
}

// The summary, in the shape BENCHMARKS.md records it.
console.log(
  '\n| briefs | Dossier build | baseline | ratio | one brief added, incremental | peak memory (Dossier / baseline) | dist | Pagefind | first search, header box | first full-text search, /search/ | brief page HTML/CSS/JS |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const page = r.page ? `${kb(r.page.bytes.html.raw)} / ${kb(r.page.bytes.css.raw)} / ${kb(r.page.bytes.js.raw)}` : '—';
  const first = (m: Pick<Measure, 'raw' | 'gzip' | 'ms'>) => `${kb(m.raw)} (${kb(m.gzip)} gzip), ${m.ms.toFixed(0)} ms`;
  const search = r.search ? `${first(r.search.first)} | ${first(r.search.fullText.first)}` : '— | —';
  console.log(
    `| ${r.briefs} | ${s(r.dossier.wallMs)} | ${r.baseline ? s(r.baseline.wallMs) : '—'} | ${r.ratio?.toFixed(2) ?? '—'} |` +
      ` ${r.incremental ? `${s(r.incremental.wallMs)} (${((100 * r.incremental.wallMs) / r.dossier.wallMs).toFixed(0)}%), peak ${gb(r.incremental.peakRssBytes)}` : '—'} |` +
      ` ${gb(r.dossier.peakRssBytes)} / ${r.baseline ? gb(r.baseline.peakRssBytes) : '—'} | ${mb(r.dossier.distBytes)} | ${mb(r.dossier.pagefindBytes)} | ${search} | ${page} |`,
  );
}
for (let i = 1; i < results.length; i++) {
  const [a, b] = [results[i - 1]!, results[i]!];
  // The same round's builds of both sizes ran minutes apart, so their ratio drifts least.
  const perRun = (x: number[] | undefined, y: number[] | undefined) =>
    x && y && x.length > 1 ? ` (each run: ${y.map((ms, r) => `×${(ms / x[r]!).toFixed(2)}`).join(', ')})` : '';
  console.log(
    `scaling ${a.briefs} → ${b.briefs} briefs (×${(b.briefs / a.briefs).toFixed(1)}): Dossier time ×${(b.dossier.wallMs / a.dossier.wallMs).toFixed(2)}${perRun(a.dossierWallMs, b.dossierWallMs)}` +
      (a.baseline && b.baseline
        ? `, baseline time ×${(b.baseline.wallMs / a.baseline.wallMs).toFixed(2)}${perRun(a.baselineWallMs, b.baselineWallMs)}`
        : ''),
  );
}
if (values.json)
  writeFileSync(resolve(values.json), `${JSON.stringify({ date: new Date().toISOString(), seed, sizes, results }, null, 2)}\n`);
