import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { databaseKinds, freshDatabaseLocation, type TestDatabaseLocation } from './support/databases.ts'
import { payloadV2 } from './support/payloads.ts'

/** `npm start -w collector` as operators run it: a process configured by environment variables. */

const collectorDir = fileURLToPath(new URL('..', import.meta.url))

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Polls until the health check answers (or the process ends); no fixed sleep. */
async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`collector exited with ${child.exitCode}`)
    const ok = await fetch(url).then((response) => response.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe.each(databaseKinds())('the collector process on %s', (kind) => {
  let child: ChildProcess | undefined
  let location: TestDatabaseLocation | undefined
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL')
    await location?.remove()
  })

  it('starts from environment variables, stores, publishes on start, and stops on SIGTERM', async () => {
    location = await freshDatabaseLocation(kind)
    const port = await freePort()
    const env = {
      ...process.env,
      COLLECTOR_PORT: String(port),
      COLLECTOR_BASE_PATH: '/sammlung',
      COLLECTOR_ALLOWED_ORIGINS: 'https://app.example, http://127.0.0.1:4173',
      COLLECTOR_SNAPSHOT_HOURS: '24',
      COLLECTOR_RATE_LIMIT_MAX: '0',
      ...(location.dataDir ? { COLLECTOR_DATA_DIR: location.dataDir } : { DATABASE_URL: location.databaseUrl }),
    }
    let output = ''
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: collectorDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await waitForHealth(`http://127.0.0.1:${port}/health`, child)

    const payload = payloadV2()
    const response = await fetch(`http://127.0.0.1:${port}/sammlung/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': payload.key, origin: 'https://app.example' },
      body: JSON.stringify(payload),
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example')

    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    const lines = output.split('\n').filter((line) => line.startsWith('{'))
    expect(lines.some((line) => line.includes('collector listening'))).toBe(true)
    expect(lines.some((line) => line.includes('nothing to publish yet'))).toBe(true)
    expect(lines.some((line) => line.includes('"signal":"SIGTERM"'))).toBe(true)
  })

  it('refuses a nonsensical setting with a message naming the variable', async () => {
    const env = { ...process.env, COLLECTOR_SNAPSHOT_HOURS: 'daily' }
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: collectorDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let errors = ''
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child!.on('exit', resolve))
    expect(code).toBe(2)
    expect(errors).toContain('COLLECTOR_SNAPSHOT_HOURS')
  })
})
