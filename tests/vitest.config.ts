import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Paths below are from the project root, the folder above this file.
    root: fileURLToPath(new URL('..', import.meta.url)),
    environment: 'node',
    // One test file per core, not Vitest's default of one fewer: on two cores that default runs
    // the files one at a time, while many wait on child processes (builds, the CLIs, Chromium).
    maxWorkers: Math.max(availableParallelism(), 2),
    projects: [
      // Some unit tests build a 400-brief corpus or run the CLIs: the timeout leaves room for a
      // busy machine (it stops a hung test; it is never what a test asserts).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      // Builds the site: slower, run on its own by `npm run test:build`.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 180_000 } },
      // The site built at / and under /a/b/c/, served by a static server and nginx: links,
      // validity, budgets, determinism. The global setup builds each variant once.
      {
        test: {
          name: 'hosts',
          include: ['tests/hosts/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/hosts/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
