// A plain static file server, the "dumb host" every Dossier site must work on: no
// rewrites, the site mounted under its base path, 404.html for misses, an optional
// CSP header, and a hook that sees every response's size (for byte measurements).
// Hand-written because tests and benchmarks need exactly this and a byte counter.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { contentTypeFor } from './mime-types.ts';

export interface StaticServerOptions {
  dir: string;
  base: string;
  csp?: string | undefined;
  /** Called once per response with the request path, status and file (undefined for 404). */
  onResponse?: ((path: string, status: number, file: string | undefined) => void) | undefined;
}

function resolveFile(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const candidate = normalize(join(root, pathname.slice(base.length)));
  // Inside the root, not merely starting with its name: "/..%2fsite-old/x" must not reach a sibling folder.
  const inside = relative(root, candidate);
  if (inside.startsWith('..') || isAbsolute(inside) || !existsSync(candidate)) return undefined;
  if (!statSync(candidate).isDirectory()) return candidate;
  const index = join(candidate, 'index.html');
  return pathname.endsWith('/') && existsSync(index) ? index : undefined;
}

export function createStaticServer(options: StaticServerOptions): Server {
  const root = resolve(options.dir);
  return createServer((req, res) => {
    const headers: Record<string, string> = options.csp ? { 'Content-Security-Policy': options.csp } : {};
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const file = resolveFile(root, options.base, pathname);
    options.onResponse?.(pathname, file ? 200 : 404, file);
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { ...headers, 'Content-Type': contentTypeFor('.html') });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(extname(file)) });
    createReadStream(file).pipe(res);
  });
}
