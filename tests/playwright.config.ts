import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium.ts';

/** The project root, the folder above this file: the web server's command runs there. */
const root = fileURLToPath(new URL('..', import.meta.url));

const launchOptions = chromiumLaunchOptions();

const port = Number(process.env.E2E_PORT ?? 4391);
/** The e2e site is built under a sub-path so every test also checks base-path handling. */
export const E2E_BASE = process.env.E2E_BASE ?? '/dossier/';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    cwd: root,
    command: `node tests/e2e/serve.ts --dir .dist-e2e --port ${port}`,
    url: `http://127.0.0.1:${port}${E2E_BASE}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
