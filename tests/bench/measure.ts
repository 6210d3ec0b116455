// Runs a build as a child process and measures it: wall time, the CPU time of the whole
// process tree, the peak memory of the tree (Astro, its workers and Pagefind's binary
// together, sampled from /proc), and the arrival time of every output line, from which the
// phases are read.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TimedLine {
  /** Milliseconds since the process started. */
  at: number;
  text: string;
}

export interface RunResult {
  code: number;
  wallMs: number;
  /**
   * CPU seconds (user and system, every thread) of the build's processes, from the samples of
   * /proc: what each used up to its last sample, so up to one interval of each is missed.
   * Undefined without /proc. Steadier than the wall time on a busy machine, where the build
   * waits for CPU.
   */
  cpuSeconds: number | undefined;
  /** Peak of the summed resident memory of the process and its descendants; undefined without /proc. */
  peakRssBytes: number | undefined;
  /** Peak resident memory of each command in the tree (e.g. node, pagefind_extended). */
  peakByCommand: Record<string, number>;
  /** Every sample of the tree's memory, to find the peak within a phase. */
  rssSamples: { at: number; bytes: number }[];
  lines: TimedLine[];
}

const PAGE_SIZE = 4096;
const SAMPLE_MS = 200;
/** The unit of CPU times in /proc on Linux. */
const USER_HZ = 100;

interface ProcessInfo {
  parent: number;
  command: string;
  rss: number;
  /** User and system CPU seconds so far, all its threads. */
  cpu: number;
}

/** Every process, from /proc/<pid>/stat. */
function processTable(): Map<number, ProcessInfo> {
  const table = new Map<number, ProcessInfo>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      table.set(Number(name), {
        parent: Number(fields[1]),
        command: stat.slice(stat.indexOf('(') + 1, close),
        rss: Number(fields[21]) * PAGE_SIZE,
        // Fields 14 and 15 of proc_pid_stat(5), utime and stime; `fields` starts at field 3.
        cpu: (Number(fields[11]) + Number(fields[12])) / USER_HZ,
      });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** Resident memory of `root` and all its descendants, in total and by command name, and each one's CPU time so far. */
function treeRss(root: number): { total: number; byCommand: Map<string, number>; cpuByPid: Map<number, number> } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) {
    const list = children.get(parent);
    if (list) list.push(pid);
    else children.set(parent, [pid]);
  }
  let total = 0;
  const byCommand = new Map<string, number>();
  const cpuByPid = new Map<number, number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const info = table.get(pid);
    if (info) {
      total += info.rss;
      byCommand.set(info.command, (byCommand.get(info.command) ?? 0) + info.rss);
      cpuByPid.set(pid, info.cpu);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byCommand, cpuByPid };
}

const ANSI = /\u001b\[[0-9;]*m/g;

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean },
): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedLine[] = [];
  const hasProc = (() => {
    try {
      return statSync('/proc/self/stat').isFile();
    } catch {
      return false;
    }
  })();
  let peak = 0;
  const peakByCommand: Record<string, number> = {};
  const rssSamples: { at: number; bytes: number }[] = [];
  /** The last CPU time seen of each process of the tree. */
  const cpuSeen = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    const { total, byCommand, cpuByPid } = treeRss(child.pid);
    for (const [pid, cpu] of cpuByPid) cpuSeen.set(pid, Math.max(cpu, cpuSeen.get(pid) ?? 0));
    rssSamples.push({ at: performance.now() - started, bytes: total });
    peak = Math.max(peak, total);
    for (const [command, rss] of byCommand) peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, rss);
  };
  const timer = hasProc ? setInterval(sample, SAMPLE_MS) : undefined;
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) {
        lines.push({ at, text: text.replace(ANSI, '') });
        if (options.echo) process.stderr.write(`${text}\n`);
      }
    });
    stream.on('end', () => {
      if (rest) lines.push({ at: performance.now() - started, text: rest.replace(ANSI, '') });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (timer) clearInterval(timer);
      done({
        code: code ?? (signal ? 1 : 0),
        wallMs: performance.now() - started,
        cpuSeconds: hasProc ? [...cpuSeen.values()].reduce((sum, cpu) => sum + cpu, 0) : undefined,
        peakRssBytes: hasProc ? peak : undefined,
        peakByCommand,
        rssSamples,
        lines,
      });
    });
  });
}

/** Arrival times of the first line matching `from` and the first later line matching `to`. */
export function span(lines: TimedLine[], from: RegExp, to: RegExp): [number, number] | undefined {
  const start = lines.findIndex((l) => from.test(l.text));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && to.test(l.text));
  return end < 0 ? undefined : [lines[start]!.at, lines[end]!.at];
}

/** The largest memory sample between two times (ms since start). */
export function peakBetween(run: Pick<RunResult, 'rssSamples'>, from: number, to: number): number {
  return run.rssSamples.reduce((peak, s) => (s.at >= from && s.at <= to ? Math.max(peak, s.bytes) : peak), 0);
}

/** Seconds, for the benches' reports ("?" when not measured). */
export const seconds = (ms: number | undefined) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);
/** Gigabytes (GiB), for the benches' reports; `unknown` when not measured. */
export const gb = (bytes: number | undefined, unknown = '?') => (bytes === undefined ? unknown : `${(bytes / 1024 ** 3).toFixed(2)} GB`);

/** Total size of the files under `dir` (0 when it does not exist). */
export function folderBytes(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : entry.isFile() ? statSync(path).size : 0;
  }
  return total;
}

/** How many HTML pages `dir` holds and the five largest (site-relative paths). */
export function htmlStats(dir: string): { pages: number; largest: { path: string; bytes: number }[] } {
  const pages: { path: string; bytes: number }[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.html'))
        pages.push({ path: `/${prefix}${entry.name === 'index.html' ? '' : entry.name}`, bytes: statSync(path).size });
    }
  };
  walk(dir, '');
  return { pages: pages.length, largest: pages.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, 5) };
}
