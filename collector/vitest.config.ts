import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * The collector's tests, in Node: the pure core without a database, and the HTTP layer against the
 * real database layer (PGlite in a temp dir always; a PostgreSQL server too when
 * COLLECTOR_TEST_DATABASE_URL is set). Run from the repository root:
 * `npx vitest run --config collector/vitest.config.ts`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'collector',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // PGlite and PostgreSQL start slowly on a busy machine; nothing here waits on a wall clock.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
