import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './browser'

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
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${output}`)))
  })
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
