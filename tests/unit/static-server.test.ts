// The test static server serves its folder under the base path and nothing outside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../support/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'dossier-static-'));
const server = createStaticServer({ dir: join(work, 'site'), base: '/b/' });
let origin = '';

beforeAll(async () => {
  for (const [path, text] of Object.entries({
    'site/index.html': 'home',
    'site/404.html': 'not here',
    'site-old/secret.txt': 'secret',
    'secret.txt': 'secret',
  })) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await fetch(`${origin}${path}`);
  return { status: res.status, text: await res.text() };
};

describe('createStaticServer', () => {
  it('serves the site under its base path', async () => {
    expect(await get('/b/')).toEqual({ status: 200, text: 'home' });
  });

  it("answers 404 with the site's page for anything outside the folder, a sibling whose name starts the same included", async () => {
    for (const path of ['/b/..%2fsite-old/secret.txt', '/b/..%2f..%2fsecret.txt', '/b/%2e%2e/secret.txt', '/secret.txt']) {
      expect(await get(path), path).toEqual({ status: 404, text: 'not here' });
    }
  });
});
