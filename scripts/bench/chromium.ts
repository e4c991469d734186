import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'

// The same lookup and flags as tests/e2e/support/browser.ts (which scripts/ cannot import: it is
// outside the Node tsconfig). Keep both in step.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome']
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function findChromium(): string {
  const found = process.env.CHROMIUM_PATH ?? CANDIDATES.find((path) => existsSync(path))
  if (!found || !existsSync(found)) {
    throw new Error('No Chromium found. Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH.')
  }
  return found
}

export interface BenchChromium {
  browser: Browser
  /** The profile's context: pages opened here keep their IndexedDB in `userDataDir`. */
  context: BrowserContext
  /** The DevTools port, for Lighthouse to drive this same browser (and see the same data). */
  port: number
  version: string
  close: () => Promise<void>
}

/**
 * Starts the system Chromium headless on a persistent profile with a DevTools port, and connects
 * Playwright to it. Started by hand (not by Playwright) so that Lighthouse can attach to the very
 * browser whose IndexedDB the bench has filled.
 */
export async function launchChromium(userDataDir: string): Promise<BenchChromium> {
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
  const browser = await chromium.connectOverCDP(wsUrl)
  const context = browser.contexts()[0]
  if (!context) throw new Error('Chromium has no default context')
  return {
    browser,
    context,
    port: Number(new URL(wsUrl).port),
    version: browser.version(),
    close: async () => {
      await browser.close().catch(() => undefined)
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGTERM')
        await exited
      }
    },
  }
}
