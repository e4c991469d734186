import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import { build, loadConfigFromFile, type Plugin } from 'vite'
import type { BrowserContext } from 'playwright-core'
import type { Questionnaire } from '../../src/domain/questionnaire/types'
import type { AssessmentRecord } from '../../src/domain/shapes/assessment'
import { chunksNeeded, filesOfChunks, readManifest } from './bundle-graph'
import { ROOT, SURVEYJS_PEER_DIST } from './paths'
import { peerData, surveyJsPeerContent } from './surveyjs-peer/convert'
import { PEER_STORAGE } from './surveyjs-peer/peer-types'

/**
 * The SurveyJS peer page (scripts/bench/surveyjs-peer): the flagship questionnaire as SurveyJS JSON,
 * rendered by survey-core and survey-vue3-ui with SurveyJS's default theme, bundled by Vite in
 * production mode. It is the yardstick of the questionnaire budget (SURVEYJS_PAGE_GZIP_BYTES) and
 * the Lighthouse peer of the app's start, step and results pages.
 */

const PEER_ROOT = resolve(ROOT, 'scripts/bench/surveyjs-peer')
const CONTENT_ID = 'virtual:surveyjs-peer-content'
/** The results-only module (chart.js): loaded on completion, like the app's chart chunk. */
const CHARTS_KEY = 'charts.js'

export async function buildSurveyJsPeer(questionnaire: Questionnaire): Promise<void> {
  process.env.NODE_ENV = 'production'
  const source = `export default JSON.parse(${JSON.stringify(JSON.stringify(await surveyJsPeerContent(questionnaire)))})\n`
  const content: Plugin = {
    name: 'reifegrad-bench-surveyjs-peer-content',
    resolveId: (id) => (id === CONTENT_ID ? `\0${CONTENT_ID}` : null),
    load: (id) =>
      // JSON.parse of a string literal, as the app's questionnaire chunks are built.
      id === `\0${CONTENT_ID}` ? source : null,
  }
  // The app's compile-time flags (Vue without the Options API, which survey-vue3-ui does not use).
  const appConfig = (await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(ROOT, 'vite.config.ts')))!.config
  await build({
    configFile: false,
    root: PEER_ROOT,
    mode: 'production',
    logLevel: 'warn',
    plugins: [vue(), content],
    define: appConfig.define,
    build: {
      outDir: SURVEYJS_PEER_DIST,
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      // The questionnaire content in a chunk of its own (preloaded by index.html), so its size shows.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'flagship-surveyjs', test: /surveyjs-peer-content/ }] } } },
    },
  })
}

export interface PeerBytes {
  /** JS to answer the flagship from the start page (index.html and what it loads, without the charts), gzipped. */
  questionnaireJs: number
  /** Of which the questionnaire content (SurveyJS JSON and scoring table). */
  contentJs: number
  /** The results page: everything, charts included. */
  resultsJs: number
  css: number
  files: { file: string; gzip: number }[]
}

/** The peer's bytes, counted as bundle-size.ts counts the app's: from the build manifest, gzip level 6. */
export function measurePeerBytes(outDir = SURVEYJS_PEER_DIST): PeerBytes {
  const manifest = readManifest(outDir)
  const gzip = (file: string) => gzipSync(readFileSync(resolve(outDir, file))).length
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzip(file), 0)
  const answering = filesOfChunks(manifest, chunksNeeded(manifest, ['index.html'], (key) => key === CHARTS_KEY))
  const results = filesOfChunks(manifest, chunksNeeded(manifest, ['index.html'], () => false))
  const contentFile = Object.values(manifest).find((chunk) => chunk.name === 'flagship-surveyjs')?.file
  return {
    questionnaireJs: sum(answering.js),
    contentJs: contentFile ? gzip(contentFile) : 0,
    resultsJs: sum(results.js),
    css: sum(results.css),
    files: [...results.js, ...results.css].map((file) => ({ file, gzip: gzip(file) })).sort((a, b) => b.gzip - a.gzip),
  }
}

/** The peer's pages, as counterparts of the app's start page, question step `step` and results page. */
export function peerPaths(step: number): { start: string; step: string; results: string } {
  return { start: '/', step: `/schritt/${step}`, results: '/ergebnis' }
}

/** Stores the app's draft and completed check as the peer's SurveyJS data in the peer origin's localStorage. */
export async function seedPeer(
  context: BrowserContext,
  origin: string,
  questionnaire: Questionnaire,
  checks: { draft: AssessmentRecord; completed: AssessmentRecord },
): Promise<void> {
  const page = await context.newPage()
  try {
    // Any page of the origin will do; the start page is the lightest.
    await page.goto(origin + '/')
    await page.evaluate(
      ([keys, draft, completed]) => {
        const storage = (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage
        storage.setItem(keys.draft, JSON.stringify(draft))
        storage.setItem(keys.completed, JSON.stringify(completed))
      },
      [PEER_STORAGE, peerData(checks.draft, questionnaire), peerData(checks.completed, questionnaire)] as const,
    )
  } finally {
    await page.close()
  }
}

/** The versions of the SurveyJS packages the peer was built with, as installed. */
export function peerLibraries(): string {
  const version = (name: string) => (JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
  return ['survey-core', 'survey-vue3-ui'].map((name) => `${name} ${version(name)}`).join(' + ')
}
