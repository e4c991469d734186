import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { spawnChromiumWithDevTools } from '../lib/chromium'

export { CHROMIUM_ARGS, findChromium } from '../lib/chromium'

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
  const { child, wsUrl } = await spawnChromiumWithDevTools(userDataDir)
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
