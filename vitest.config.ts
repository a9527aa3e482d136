import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Handlers resolve `#wiring` to the local composition root (infra/local/wiring.ts) here, as under
  // `npm start`; Lambda bundles resolve it to functions/wiring.ts.
  ssr: { resolve: { conditions: ['switchboard-local', 'node', 'development|production'] } },
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/env.ts'],
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
