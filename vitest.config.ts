import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/**
 * Four projects: `unit` (domain and storage in Node, IndexedDB from fake-indexeddb),
 * `component` (Vue components in happy-dom), `e2e` (the production build in the real Chromium,
 * one file at a time) and `collector` (the regional collector's own tests, collector/vitest.config.ts:
 * on PGlite always, and on a PostgreSQL server too when COLLECTOR_TEST_DATABASE_URL is set, as
 * .ci/run does). `npm test` runs all four after a build.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/fake-indexeddb.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            include: ['tests/component/**/*.test.ts'],
            environment: 'happy-dom',
            setupFiles: ['tests/setup/fake-indexeddb.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/e2e/support/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
        'collector/vitest.config.ts',
      ],
    },
  }),
)
