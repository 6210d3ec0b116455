// `npm run screenshots -- [dir] [base]`: serves a built site and saves desktop and
// mobile PNGs of the main page types to screenshots/, for looking at what we build.
// PAGES="name:path,…" chooses the pages (default: the home page, the site's first brief and
// entity as its open data lists them, the deals, the network and a search); SCHEMES="light,dark".
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const dir = process.argv[2] ?? 'dist';
const base = process.argv[3] ?? '/';
const port = 4399;
const firstId = (file: string) => (JSON.parse(readFileSync(join(dir, 'data', file), 'utf8')) as { id: string }[])[0]?.id;
const brief = firstId('briefs.json');
const entity = firstId('entities.json');
const pages = (
  process.env.PAGES ??
  [
    'index:',
    brief && `brief:briefs/${brief}/`,
    entity && `entity:entities/${entity}/`,
    'deals:deals/',
    'network:network/',
    `search:search/?q=${encodeURIComponent(entity ?? 'a')}`,
  ]
    .filter(Boolean)
    .join(',')
)
  .split(',')
  .map((p) => p.split(/:(.*)/s) as [string, string]);

const server = spawn(process.execPath, ['tests/e2e/serve.ts', '--dir', dir, '--port', String(port), '--base', base], { stdio: 'ignore' });
// Ready when it answers.
for (let tries = 0; ; tries++) {
  const up = await fetch(`http://127.0.0.1:${port}${base}`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  if (tries > 200) throw new Error(`the site server did not answer on port ${port}`);
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const [width, label] of [
    [1280, 'desktop'],
    [375, 'mobile'],
  ] as const) {
    for (const scheme of (process.env.SCHEMES ?? 'light').split(',') as ('light' | 'dark')[]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, path] of pages) {
        await page.goto(`http://127.0.0.1:${port}${base}${path}`);
        await page.waitForLoadState('networkidle');
        const file = `screenshots/${name}-${label}${scheme === 'dark' ? '-dark' : ''}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
