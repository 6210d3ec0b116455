// The e2e tests' web server: the site under its base path on a plain static host.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createStaticServer } from '../support/static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4391' },
    base: { type: 'string', default: process.env.E2E_BASE ?? '/dossier/' },
    csp: { type: 'string' },
  },
});
createStaticServer({ dir: values.dir!, base: values.base!, csp: values.csp }).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`serving ${resolve(values.dir!)} at http://127.0.0.1:${values.port}${values.base}`);
});
