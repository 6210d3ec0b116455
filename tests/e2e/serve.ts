// A plain static file server for the e2e tests: no rewrites, the site mounted under
// its base path, 404.html for misses, an optional CSP header. Written here rather than
// using a package because the tests need exactly a "dumb host" and a CSP switch.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4391' },
    base: { type: 'string', default: process.env.E2E_BASE ?? '/dossier/' },
    csp: { type: 'string' },
  },
});
const root = resolve(values.dir!);
const base = values.base!;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

createServer((req, res) => {
  const headers: Record<string, string> = values.csp ? { 'Content-Security-Policy': values.csp } : {};
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = decodeURIComponent(url.pathname);
  let file: string | undefined;
  if (pathname.startsWith(base)) {
    const candidate = normalize(join(root, pathname.slice(base.length)));
    if (candidate.startsWith(root)) {
      if (existsSync(candidate) && statSync(candidate).isDirectory()) {
        const index = join(candidate, 'index.html');
        if (pathname.endsWith('/') && existsSync(index)) file = index;
      } else if (existsSync(candidate)) file = candidate;
    }
  }
  if (!file) {
    const notFound = join(root, '404.html');
    res.writeHead(404, { ...headers, 'Content-Type': TYPES['.html']! });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else res.end('Not found');
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
