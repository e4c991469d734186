import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

/** The collector as a separate process (`src/main.ts`), so that the bench can kill it for real. */

const collectorDir = fileURLToPath(new URL('..', import.meta.url))

export interface CollectorProcess {
  child: ChildProcess
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Starts `src/main.ts` with the given environment and resolves when /health answers. */
export async function startCollectorProcess(port: number, env: Record<string, string>): Promise<CollectorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: collectorDir,
    env: { ...process.env, COLLECTOR_PORT: String(port), COLLECTOR_LOG_LEVEL: 'warn', COLLECTOR_RATE_LIMIT_MAX: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`collector process ended with ${child.exitCode ?? child.signalCode}`)
    if (await fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false)) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  return { child, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') }
}
