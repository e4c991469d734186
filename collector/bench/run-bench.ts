// Collector bench: `npm run bench -w collector -- [result.json]` (PGlite), or with DATABASE_URL set
// against a PostgreSQL server (a throwaway database is created on it and dropped afterwards).
// Measures on 127.0.0.1: 10,000 submissions from 50 concurrent senders (throughput, latency, none
// lost or doubled), the publication time at 100,000 stored submissions, and the 10,000 again with
// the collector killed (SIGKILL) and restarted mid-load.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Database } from '../src/db/database.ts'
import { migrate } from '../src/db/migrate.ts'
import { publishSnapshot } from '../src/jobs/publish-job.ts'
import { freePort, startCollectorProcess } from './collector-process.ts'
import { benchPayloads } from './payload-factory.ts'
import { seedSubmissions } from './seed.ts'
import { percentile, sendAll, type SendStats } from './senders.ts'

export interface BenchOptions {
  /** A PostgreSQL server; without it PGlite in a temp dir. */
  databaseUrl?: string
  submissions?: number
  senders?: number
  seededSubmissions?: number
  /** Kill the collector after this share of the submissions were acknowledged. */
  killAfter?: number
}

export interface LoadResult {
  submissions: number
  senders: number
  seconds: number
  perSecond: number
  p50Ms: number
  p95Ms: number
  retries: number
  networkErrors: number
  serverErrors: number
  storedRows: number
  distinctKeys: number
  missingKeys: number
  ok: boolean
}

export interface BenchResult {
  database: 'pglite' | 'postgres'
  node: string
  cpus: number
  load: LoadResult
  publication: { storedSubmissions: number; seedSeconds: number; publishSeconds: number; cells: number; released: number; republishSeconds: number }
  killed: LoadResult & { restarts: number; acknowledgedBeforeKill: number; restartSeconds: number }
}

/** A fresh, empty place to store: a PGlite folder, or a new database on the server. */
async function freshStore(databaseUrl: string | undefined): Promise<{ env: Record<string, string>; open(): Promise<Database>; remove(): Promise<void> }> {
  if (!databaseUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'collector-bench-'))
    const dataDir = join(dir, 'pglite')
    return { env: { COLLECTOR_DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }), remove: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const name = `collector_bench_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(databaseUrl)
  url.pathname = `/${name}`
  return {
    env: { DATABASE_URL: url.href },
    open: () => openDatabase({ databaseUrl: url.href }),
    remove: async () => {
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

/** Rows, distinct keys and keys missing among the sent ones, read after the collector stopped. */
async function countStored(db: Database, keys: readonly string[]) {
  const [counts] = await db.query<{ rows: number; keys: number }>('SELECT count(*)::int AS rows, count(DISTINCT key)::int AS keys FROM submissions')
  const [missing] = await db.query<{ missing: number }>('SELECT count(*)::int AS missing FROM jsonb_array_elements_text($1::jsonb) AS sent(key) WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.key = sent.key::uuid)', [JSON.stringify(keys)])
  return { storedRows: Number(counts!.rows), distinctKeys: Number(counts!.keys), missingKeys: Number(missing!.missing) }
}

function loadResult(stats: SendStats, count: number, senders: number, stored: { storedRows: number; distinctKeys: number; missingKeys: number }): LoadResult {
  return {
    submissions: count,
    senders,
    seconds: stats.elapsedMs / 1000,
    perSecond: count / (stats.elapsedMs / 1000),
    p50Ms: percentile(stats.latencies, 50),
    p95Ms: percentile(stats.latencies, 95),
    retries: stats.retries,
    networkErrors: stats.networkErrors,
    serverErrors: stats.serverErrors,
    ...stored,
    ok: stored.storedRows === count && stored.distinctKeys === count && stored.missingKeys === 0,
  }
}

/** Runs the three measurements and returns their figures. */
export async function runBench(options: BenchOptions = {}): Promise<BenchResult> {
  const count = options.submissions ?? 10_000
  const senders = options.senders ?? 50
  const seeded = options.seededSubmissions ?? 100_000
  const database = options.databaseUrl ? 'postgres' : 'pglite'

  // 1. Load: 10,000 submissions from 50 concurrent senders.
  const loadStore = await freshStore(options.databaseUrl)
  let load: LoadResult
  try {
    const port = await freePort()
    const collector = await startCollectorProcess(port, { ...loadStore.env, COLLECTOR_SNAPSHOT_HOURS: '0' })
    const payloads = benchPayloads(count, 1)
    const stats = await sendAll(`http://127.0.0.1:${port}/api/submissions`, payloads, senders)
    await collector.stop()
    const db = await loadStore.open()
    load = loadResult(stats, count, senders, await countStored(db, payloads.map((payload) => payload.key)))
    await db.close()
  } finally {
    await loadStore.remove()
  }

  // 2. Publication at 100,000 stored submissions (seeded with SQL), then again after 1,000 more.
  const seedStore = await freshStore(options.databaseUrl)
  let publication: BenchResult['publication']
  try {
    const db = await seedStore.open()
    await migrate(db)
    let started = performance.now()
    await seedSubmissions(db, seeded)
    const seedSeconds = (performance.now() - started) / 1000
    started = performance.now()
    const report = await publishSnapshot(db)
    const publishSeconds = (performance.now() - started) / 1000
    await seedSubmissions(db, 1000, 'bench-seed@1.0.0')
    started = performance.now()
    await publishSnapshot(db)
    const republishSeconds = (performance.now() - started) / 1000
    publication = { storedSubmissions: seeded, seedSeconds, publishSeconds, cells: report.cells, released: report.released, republishSeconds }
    await db.close()
  } finally {
    await seedStore.remove()
  }

  // 3. The load again, with the collector killed and restarted while the senders keep retrying.
  const killStore = await freshStore(options.databaseUrl)
  let killed: BenchResult['killed']
  try {
    const port = await freePort()
    const env = { ...killStore.env, COLLECTOR_SNAPSHOT_HOURS: '0' }
    let collector = await startCollectorProcess(port, env)
    const payloads = benchPayloads(count, 2)
    const killAt = Math.floor(count * (options.killAfter ?? 0.3))
    let acknowledgedBeforeKill = 0
    let restartSeconds = 0
    let restarted: Promise<void> | undefined
    const stats = await sendAll(`http://127.0.0.1:${port}/api/submissions`, payloads, senders, (acknowledged) => {
      if (acknowledged !== killAt || restarted) return
      acknowledgedBeforeKill = acknowledged
      restarted = (async () => {
        await collector.kill()
        const started = performance.now()
        collector = await startCollectorProcess(port, env)
        restartSeconds = (performance.now() - started) / 1000
      })()
    })
    await restarted
    await collector.stop()
    const db = await killStore.open()
    killed = { ...loadResult(stats, count, senders, await countStored(db, payloads.map((payload) => payload.key))), restarts: restarted ? 1 : 0, acknowledgedBeforeKill, restartSeconds }
    await db.close()
  } finally {
    await killStore.remove()
  }

  return { database, node: process.version, cpus: (await import('node:os')).cpus().length, load, publication, killed }
}

/** The human table of a result. */
export function formatBench(result: BenchResult): string {
  const number = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
  const row = (name: string, value: string) => `| ${name.padEnd(52)} | ${value.padStart(28)} |`
  const loadRows = (label: string, load: LoadResult) => [
    row(`${label}: ${number(load.submissions)} submissions, ${load.senders} senders`, `${number(load.seconds, 1)} s`),
    row(`${label}: throughput`, `${number(load.perSecond)} /s`),
    row(`${label}: latency p50 / p95`, `${number(load.p50Ms, 1)} / ${number(load.p95Ms, 1)} ms`),
    row(`${label}: retries (network errors, 5xx)`, `${number(load.retries)} (${number(load.networkErrors)}, ${number(load.serverErrors)})`),
    row(`${label}: stored rows = distinct keys = sent`, `${number(load.storedRows)} = ${number(load.distinctKeys)} = ${number(load.submissions - load.missingKeys)} ${load.ok ? 'ok' : 'FAILED'}`),
  ]
  return [
    `Collector bench on ${result.database} (Node ${result.node}, ${result.cpus} CPUs)`,
    row('measure', 'value'),
    `|${'-'.repeat(54)}|${'-'.repeat(30)}|`,
    ...loadRows('load', result.load),
    row(`publication: seed ${number(result.publication.storedSubmissions)} submissions (SQL)`, `${number(result.publication.seedSeconds, 1)} s`),
    row('publication: first snapshot (all released now)', `${number(result.publication.publishSeconds, 1)} s`),
    row('publication: cells / submissions released', `${number(result.publication.cells)} / ${number(result.publication.released)}`),
    row('publication: next snapshot after 1,000 more', `${number(result.publication.republishSeconds, 1)} s`),
    ...loadRows('kill -9 mid-load', result.killed),
    row('kill -9 mid-load: killed after / restart took', `${number(result.killed.acknowledgedBeforeKill)} / ${number(result.killed.restartSeconds, 1)} s`),
  ].join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv[2]
  const result = await runBench({ databaseUrl: process.env.DATABASE_URL })
  console.log(formatBench(result))
  if (out) writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
  if (!result.load.ok || !result.killed.ok) process.exitCode = 1
}
