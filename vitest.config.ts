import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/**
 * Three projects: `unit` (domain and storage in Node, IndexedDB from fake-indexeddb),
 * `component` (Vue components in happy-dom) and `e2e` (the production build in the real
 * Chromium, one file at a time). `npm test` runs all three after a build.
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
      ],
    },
  }),
)
