import type { ChildProcess } from 'node:child_process'
import { chromium, type Browser } from 'playwright-core'
import { spawnChromiumWithDevTools } from '../../../scripts/lib/chromium'

export interface KillableChromium {
  browser: Browser
  process: ChildProcess
  /** SIGKILL: no unload handlers, no graceful shutdown, like a crash or a pulled plug of the app. */
  kill: () => Promise<void>
}

/**
 * Starts the system Chromium ourselves (not through Playwright) on a given profile directory, so the
 * test can kill the real process and start it again on the same profile.
 */
export async function launchKillable(userDataDir: string): Promise<KillableChromium> {
  const { child, wsUrl } = await spawnChromiumWithDevTools(userDataDir)
  const browser = await chromium.connectOverCDP(wsUrl)
  return {
    browser,
    process: child,
    kill: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGKILL')
      }),
  }
}
