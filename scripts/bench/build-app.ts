import { build, type InlineConfig } from 'vite'
import { resolve } from 'node:path'
import { ROOT } from './paths'

/**
 * Builds the app with the project's own vite.config.ts, as `vite build` does, plus a build manifest
 * (the chunk graph the byte figures are read from) and into `outDir` instead of dist/, which the
 * browser tests serve. `extra` adds bench-only plugins (e.g. a swapped questionnaire).
 */
export async function buildApp(outDir: string, extra: InlineConfig = {}): Promise<void> {
  // Vite bundles Vue's development build whenever NODE_ENV is set to anything but "production",
  // and vitest sets it to "test": the figures would then be of a bundle nobody ships.
  process.env.NODE_ENV = 'production'
  await build({
    ...extra,
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { manifest: true, outDir, emptyOutDir: true },
  })
}
