import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // Builds the site: slower, run on its own by `npm run test:build`.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 180_000 } },
      // The site built at / and under /a/b/c/, served by a static server and nginx: links,
      // validity, budgets, determinism. The global setup builds each variant once.
      {
        test: {
          name: 'hosts', include: ['tests/hosts/**/*.test.ts'], environment: 'node',
          globalSetup: ['tests/hosts/global-setup.ts'], testTimeout: 120_000, hookTimeout: 300_000,
        },
      },
    ],
  },
});
