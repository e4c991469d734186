import { resolve } from 'node:path'
import { build, type Plugin } from 'vite'
import type { Questionnaire } from '../../src/domain/questionnaire/types'
import { buildApp } from './build-app'
import { BENCH_PAGE_DIST, BENCH_PAGE_PATH, ROOT } from './paths'
import { FLAGSHIP_SOURCE } from './bundle-size'

/**
 * The app with the flagship questionnaire file swapped for `questionnaire` at build time. The app
 * only loads the questionnaires it ships (src/stores/questionnaires.ts), so this is how a step with
 * 100 questions gets into a real build without touching the app or its config.
 */
export async function buildAppWithQuestionnaire(outDir: string, questionnaire: Questionnaire): Promise<void> {
  const swap: Plugin = {
    name: 'reifegrad-bench-swap-questionnaire',
    enforce: 'pre',
    load(id) {
      // Vite's JSON plugin turns the returned text into the module, as it does with the real file.
      return id === resolve(ROOT, FLAGSHIP_SOURCE) ? JSON.stringify(questionnaire) : null
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
