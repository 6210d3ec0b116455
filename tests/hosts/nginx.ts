// Runs nginx (the Debian package) in the foreground with a generated configuration
// serving one built site under its base path, for the hosts tests; stops it after.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fullConfig } from '../support/nginx-config.ts';

/** The nginx binary, or undefined when nginx is not installed. */
export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'])
    if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface RunningNginx {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  config: string;
  stop(): Promise<void>;
}

export async function startNginx(binary: string, site: { dir: string; base: string; csp?: string }): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'dossier-nginx-'));
  const port = await freePort();
  // As root, nginx's workers switch to another user; keep the one that can read the site.
  const user = process.getuid?.() === 0 ? userInfo().username : undefined;
  const config = fullConfig({ ...site, listen: `127.0.0.1:${port}`, prefix, user });
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  // -e: the error log from the first moment (before the config is read), so no system path is touched.
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', configFile, '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx exited with code ${child.exitCode}:\n${stderr}${log}\nconfig:\n${config}`);
    }
    try {
      await fetch(`${origin}${site.base}`, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() - started > 10_000) {
        child.kill('SIGKILL');
        throw new Error(`nginx did not answer on ${origin} within 10 s:\n${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  return {
    origin,
    config,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT'); // graceful shutdown
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
