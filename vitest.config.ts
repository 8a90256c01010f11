import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects so every suite runs with `npx vitest run`: the core/CLI suites as before, the
// extension's unit tests with WXT's plugin (fake browser APIs), and the browser tests, which
// build the extension first.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], exclude: ['test/extension/**', 'test/e2e/**', '**/node_modules/**'] } },
      { extends: true, plugins: [WxtVitest()], test: { name: 'extension', include: ['test/extension/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'], testTimeout: 180_000 } },
    ],
  },
});
