// `npm run screenshots -- [dir] [base]`: serves a built site and saves desktop and
// mobile PNGs of the main page types to screenshots/, for looking at what we build.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const dir = process.argv[2] ?? 'dist';
const base = process.argv[3] ?? '/';
const port = 4399;
const pages = (
  process.env.PAGES ??
  'index:,brief:briefs/xpeng-raises-2-2-billion-yuan-led-by-alibaba/,entity:entities/xpeng/,deals:deals/,search:search/?q=Xiaomi'
)
  .split(',')
  .map((p) => p.split(/:(.*)/s) as [string, string]);

const server = spawn(process.execPath, ['tests/e2e/serve.ts', '--dir', dir, '--port', String(port), '--base', base], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
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
