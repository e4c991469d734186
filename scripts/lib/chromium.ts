import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'

// Shared by the browser tests (tests/e2e/support) and the bench (scripts/bench): how the system
// Chromium is found and started. Playwright cannot download a browser on this machine.

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
]

/** Flags for a headless run on a closed network: no sandbox as root, no background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The system Chromium: CHROMIUM_PATH, then the usual install paths; a clear error if none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`)
    return fromEnv
  }
  const found = CANDIDATES.find((path) => existsSync(path))
  if (!found) {
    throw new Error('No Chromium or Chrome found. Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH.')
  }
  return found
}

/**
 * Starts Chromium ourselves on a profile directory with a DevTools port (so it can be killed for
 * real, or shared with Lighthouse) and resolves with its DevTools websocket URL.
 */
export async function spawnChromiumWithDevTools(userDataDir: string): Promise<{ child: ChildProcess; wsUrl: string }> {
  const child = spawn(
    findChromium(),
    [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${output}`)), 30_000)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${output}`)))
  })
  return { child, wsUrl }
}
