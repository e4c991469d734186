import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config'

// Unit and component tests. Browser (end-to-end) tests live in tests/e2e and run with node --test.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['tests/setup/fake-indexeddb.ts'],
    },
  }),
)
