import { resolve } from 'node:path'
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import { build, loadConfigFromFile, type Plugin } from 'vite'
import { keepLanguage } from '../../src/domain/questionnaire/language-parts'
import type { Questionnaire } from '../../src/domain/questionnaire/types'
import { buildApp } from './build-app'
import { BENCH_PAGE_DIST, BENCH_PAGE_PATH, ROOT, STACK_FLOOR_DIST } from './paths'
import { FLAGSHIP_SOURCE } from './bundle-size'

/**
 * The app with the flagship questionnaire's German part swapped for `questionnaire` at build time. The
 * app only loads the questionnaires it ships (src/stores/questionnaires.ts), so this is how a step with
 * 100 questions gets into a real build without touching the app or its config.
 */
export async function buildAppWithQuestionnaire(outDir: string, questionnaire: Questionnaire): Promise<void> {
  const swap: Plugin = {
    name: 'reifegrad-bench-swap-questionnaire',
    enforce: 'pre',
    load: {
      // Before the app's own plugin (scripts/vite/shipped-questionnaires.ts) reads the real file.
      order: 'pre',
      handler(id) {
        if (id !== resolve(ROOT, FLAGSHIP_SOURCE)) return null
        // The German part, as the app's plugin would build it (the bench visits in German).
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(keepLanguage(questionnaire, 'de')))})\n`
      },
    },
  }
  await buildApp(outDir, { plugins: [swap] })
}

/** The bench page (scripts/bench/bench-page): the app's storage module, served next to the app. */
export async function buildBenchPage(): Promise<void> {
  process.env.NODE_ENV = 'production'
  await build({
    configFile: false,
    root: resolve(ROOT, 'scripts/bench/bench-page'),
    base: BENCH_PAGE_PATH,
    logLevel: 'warn',
    resolve: { alias: { '@': resolve(ROOT, 'src') } },
    build: { outDir: BENCH_PAGE_DIST, emptyOutDir: true, target: 'es2022' },
  })
}

/** The two stack floors: the prescribed libraries, and the same without the form libraries. */
export type StackFloorVariant = 'with-form-libraries' | 'without-form-libraries'

/**
 * A stack floor (scripts/bench/stack-floor/<variant>): the libraries the questionnaire's path needs,
 * used minimally, built with the app's compile-time flags. Returns the gzipped bytes of its JS.
 */
export async function buildStackFloor(variant: StackFloorVariant): Promise<number> {
  process.env.NODE_ENV = 'production'
  const appConfig = (await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(ROOT, 'vite.config.ts')))!.config
  const outDir = resolve(STACK_FLOOR_DIST, variant)
  await build({
    configFile: false,
    root: resolve(ROOT, 'scripts/bench/stack-floor', variant),
    logLevel: 'warn',
    // The Vue plugin sets Vue's own production flags (no devtools), as in the app's build.
    plugins: [vue()],
    define: appConfig.define,
    // Only its bytes are measured, never a page served, so the script itself is the entry.
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: resolve(ROOT, 'scripts/bench/stack-floor', variant, 'main.ts') } },
  })
  const assets = resolve(outDir, 'assets')
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .reduce((total, name) => total + gzipSync(readFileSync(resolve(assets, name))).length, 0)
}
