// `npm run bench`: builds the app, measures bytes, domain speed, Lighthouse scores, rendering and
// storage at scale and the regional collector under load, prints one table and writes the figures
// to .bench/results.json. Bytes and Lighthouse are also taken of a SurveyJS page answering the same
// questionnaire (surveyjs-peer/).
// Exits 0 even when targets are missed: the byte budgets are enforced by a test, timings are not.
// Usage: npm run bench [-- --only=bytes,domain,lighthouse,rendering,storage,collector]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { availableParallelism } from 'node:os'
import { buildApp } from './build-app'
import { buildAppWithQuestionnaire, buildBenchPage, buildStackFloor } from './build-bench-variants'
import { benchBytes } from './bytes-bench'
import { launchChromium, type BenchChromium } from './chromium'
import { benchDomain, domainRows } from './domain-bench'
import { benchLighthouse } from './lighthouse-bench'
import { APP_DIST, BENCH_DIR, CHROMIUM_PROFILE, RESULTS_FILE, SURVEYJS_PEER_DIST, SYNTHETIC_DIST } from './paths'
import { benchLargestStep, hundredQuestionQuestionnaire, stepRows } from './rendering-bench'
import { printPeerComparison, printTable, summaryLine, type PeerComparison, type Row } from './report'
import { flagshipQuestionnaire } from './seed-records'
import { serveApp } from './static-server'
import { benchStorage } from './storage-bench'
import { buildSurveyJsPeer, measurePeerBytes, peerLibraries } from './surveyjs-peer-page'

const SECTIONS = ['bytes', 'domain', 'lighthouse', 'rendering', 'storage', 'collector'] as const
type Section = (typeof SECTIONS)[number]

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',')
const selected = SECTIONS.filter((section) => !only || only.includes(section))
const wants = (section: Section) => selected.includes(section)
const needsBrowser = wants('lighthouse') || wants('rendering') || wants('storage')

const rows: Row[] = []
const figures: Partial<Record<Section, unknown>> = {}
const startedAt = performance.now()
const log = (message: string) => console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}`)

/** Runs one section; a section that breaks is reported as a ✗ row instead of ending the bench. */
async function section(name: Section, run: () => Promise<{ figures: unknown; rows: Row[] }>): Promise<void> {
  if (!wants(name)) return
  log(`${name} …`)
  try {
    const result = await run()
    figures[name] = result.figures
    rows.push(...result.rows)
  } catch (error) {
    console.error(error)
    rows.push({ section: name, metric: 'section failed', value: String(error instanceof Error ? error.message : error).split('\n')[0]!, target: '', ok: false })
  }
}

mkdirSync(BENCH_DIR, { recursive: true })
// Always a fresh build: it takes seconds, and stale figures would be worse than none.
log('building the app into .bench/dist …')
await buildApp(APP_DIST)
if (needsBrowser) await buildBenchPage()
if (wants('rendering')) await buildAppWithQuestionnaire(SYNTHETIC_DIST, hundredQuestionQuestionnaire())
// The SurveyJS peer page: the yardstick of the byte budget and the Lighthouse peer.
if (wants('bytes') || wants('lighthouse')) await buildSurveyJsPeer(flagshipQuestionnaire())

await section('bytes', async () =>
  benchBytes(
    APP_DIST,
    {
      withFormLibraries: await buildStackFloor('with-form-libraries'),
      withoutFormLibraries: await buildStackFloor('without-form-libraries'),
    },
    { ...measurePeerBytes(SURVEYJS_PEER_DIST), libraries: peerLibraries() },
  ),
)
await section('domain', async () => {
  const domain = benchDomain()
  return { figures: domain, rows: domainRows(domain) }
})

let chromium: BenchChromium | undefined
const pageErrors: string[] = []
if (needsBrowser) {
  // Chromium's helper processes may still write to it for a moment after it closed.
  rmSync(CHROMIUM_PROFILE, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  chromium = await launchChromium(CHROMIUM_PROFILE)
  chromium.context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`)
    })
  })
}
/** Each browser section gets its own server, so its own origin and an empty IndexedDB. */
async function withServer<T>(dir: string, run: (origin: string) => Promise<T>): Promise<T> {
  const server = await serveApp(dir)
  try {
    return await run(server.url)
  } finally {
    await server.close()
  }
}

try {
  // Lighthouse first: its performance score is the most sensitive to a busy machine.
  await section('lighthouse', () =>
    withServer(APP_DIST, (origin) =>
      withServer(SURVEYJS_PEER_DIST, (peerOrigin) => benchLighthouse(chromium!.context, chromium!.port, origin, peerOrigin)),
    ),
  )
  await section('rendering', async () => {
    const synthetic = await withServer(SYNTHETIC_DIST, (origin) =>
      benchLargestStep(chromium!.context, origin, hundredQuestionQuestionnaire(), 'synthetic questionnaire (bench-only build)'),
    )
    const real = await withServer(APP_DIST, (origin) => benchLargestStep(chromium!.context, origin, flagshipQuestionnaire(), 'flagship'))
    return { figures: [synthetic, real], rows: [...stepRows(synthetic), ...stepRows(real)] }
  })
  await section('storage', () => withServer(APP_DIST, (origin) => benchStorage(chromium!.context, origin)))
} finally {
  await chromium?.close()
  // Tens of megabytes after the storage section, and only meaningful while the bench runs.
  // Chromium's helper processes may still write to it for a moment after it closed.
  rmSync(CHROMIUM_PROFILE, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
}
// The regional collector on 127.0.0.1 (collector/bench/run-bench.ts, in its own process): on PGlite,
// or on the PostgreSQL server DATABASE_URL names.
await section('collector', async () => {
  const out = join(BENCH_DIR, 'collector.json')
  const run = spawnSync('npx', ['tsx', 'collector/bench/run-bench.ts', out], { stdio: 'inherit', env: process.env })
  if (!existsSync(out) || run.status === null) throw new Error(`the collector bench ended without figures (status ${String(run.status)})`)
  const result = JSON.parse(readFileSync(out, 'utf8')) as CollectorBench
  const load = (label: string, figures: CollectorLoad): Row[] => [
    { section: 'collector', metric: `${label}: ${figures.submissions} submissions from ${figures.senders} senders (${result.database})`, value: `${figures.perSecond.toFixed(0)} /s, p50 ${figures.p50Ms.toFixed(1)} ms, p95 ${figures.p95Ms.toFixed(1)} ms`, target: '', ok: null },
    { section: 'collector', metric: `${label}: stored = sent, none lost or doubled`, value: `${figures.storedRows} of ${figures.submissions}`, target: 'all, once', ok: figures.ok },
  ]
  return {
    figures: result,
    rows: [
      ...load('load', result.load),
      { section: 'collector', metric: `publication at ${result.publication.storedSubmissions} stored submissions`, value: `${result.publication.publishSeconds.toFixed(1)} s (next one ${result.publication.republishSeconds.toFixed(1)} s)`, target: '', ok: null },
      ...load('killed (SIGKILL) and restarted mid-load', result.killed),
    ],
  }
})

/** The parts of the collector bench's JSON (collector/bench/run-bench.ts) the table shows. */
interface CollectorLoad {
  submissions: number
  senders: number
  perSecond: number
  p50Ms: number
  p95Ms: number
  storedRows: number
  ok: boolean
}
interface CollectorBench {
  database: string
  load: CollectorLoad
  killed: CollectorLoad
  publication: { storedSubmissions: number; publishSeconds: number; republishSeconds: number }
}

if (needsBrowser) {
  rows.push({
    section: 'browser',
    metric: 'page errors and console errors during the bench',
    value: pageErrors.length === 0 ? '0' : `${pageErrors.length} (first: ${pageErrors[0]!.slice(0, 120)})`,
    target: '',
    ok: null,
  })
}

console.log('')
printTable(rows)
const comparison = (figures.lighthouse as { comparison?: PeerComparison[] } | undefined)?.comparison
if (comparison) {
  console.log('\nThe app and the SurveyJS peer page (scripts/bench/surveyjs-peer), same answers, same run:')
  printPeerComparison(comparison)
}
const summary = summaryLine(rows)
console.log(`\n${summary}`)
const environment = { node: process.version, chromium: chromium?.version ?? null, cpus: availableParallelism(), platform: process.platform }
writeFileSync(RESULTS_FILE, `${JSON.stringify({ createdAt: new Date().toISOString(), environment, sections: selected, figures, rows, pageErrors, summary }, null, 2)}\n`)
log(`figures written to ${RESULTS_FILE}`)
