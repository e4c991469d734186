import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/lib/chromium'

export { CHROMIUM_ARGS, findChromium }

/** Launches headless Chromium with a fresh profile directory that is removed on close. */
export async function launchPersistent(userDataDir?: string): Promise<{ context: BrowserContext; close: () => Promise<void>; userDataDir: string }> {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'reifegrad-chromium-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'de-DE',
  })
  return {
    context,
    userDataDir: dir,
    close: async () => {
      await context.close()
      if (!userDataDir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    },
  }
}

/** Launches headless Chromium (a fresh temporary profile per launch). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS })
}

export interface PageWatch {
  consoleErrors: string[]
  foreignRequests: string[]
}

/** Records console errors, uncaught page errors and every request that leaves the app's origin. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)))
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url)
  })
  return watch
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Runs axe-core with the WCAG 2.1 A/AA rules and returns the violations, readable for assertion messages. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
}
