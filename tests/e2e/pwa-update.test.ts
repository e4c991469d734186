import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser } from './support/browser'
import { startCheckByKeyboard } from './support/check-flow'
import { readAssessment } from './support/indexeddb'
import { DIST, waitForServiceWorkerControl } from './support/pwa'
import { serveDirectory, type RunningServer } from './support/static-server'

const TYPED = 'Kassensystem mit Online-Terminbuchung'
/** The consultant's note field of the first question on a session-mode step: typed text that is stored. */
const NOTE = 'textarea[id^="note-"]'

/** Sets a value that is still only in memory, then clicks the update button, in one task of the page. */
async function typeAndUpdateAtOnce(page: Page, value: string): Promise<void> {
  await page.evaluate((text) => {
    const field = document.querySelector<HTMLTextAreaElement>('textarea[id^="note-"]')!
    field.value = text
    field.dispatchEvent(new Event('input', { bubbles: true }))
    // Same task as the input: its write has only just started when the update is chosen.
    const button = [...document.querySelectorAll('button')].find((item) => item.textContent?.trim() === 'Jetzt aktualisieren')!
    button.click()
  }, value)
}

describe('a new app version in Chromium', () => {
  let browser: Browser
  let server: RunningServer
  const overrides = new Map<string, (original: Buffer) => Buffer | string>()
  beforeAll(async () => {
    server = await serveDirectory(DIST, { overrides })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('waits for the user, writes the half-typed note first, then reloads into the new version', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const id = await startCheckByKeyboard(page, server.url, { state: 'Bayern', sector: 'Handwerk: Elektro', employeesIndex: 1, apprentices: false }, 1)
    await waitForServiceWorkerControl(page)
    await page.goto(`${server.url}/check/${id}/beratung/3`)
    await page.locator(NOTE).first().waitFor()
    const questionId = ((await page.locator(NOTE).first().getAttribute('id')) ?? '').replace('note-', '')

    // A new version is deployed: the service worker script changes, the browser finds it.
    overrides.set('/sw.js', (original) => `${original.toString()}\n// new version for the update test\n`)
    await page.evaluate(() => {
      ;(window as unknown as { beforeUpdate: boolean }).beforeUpdate = true
    })
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())

    const banner = page.getByRole('status').filter({ hasText: 'Neue Version verfügbar' })
    await banner.waitFor()
    expect(await banner.getByRole('button', { name: 'Später' }).isVisible()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    // Nothing reloaded on its own: the page is still the same document.
    expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true)
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true)

    const reloaded = page.waitForEvent('load')
    await typeAndUpdateAtOnce(page, TYPED)
    await reloaded
    await page.locator(NOTE).first().waitFor()
    expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined()

    expect((await readAssessment(page, id)).notes[questionId]).toBe(TYPED)
    expect(await page.locator(`#note-${questionId}`).inputValue()).toBe(TYPED)
    // The new version is the one running now, and no further update waits.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull()
    expect(await page.getByText('Neue Version verfügbar').count()).toBe(0)
    await context.close()
  })

  it('"Später" hides the notice and keeps the page as it is', async () => {
    overrides.clear()
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/')
    await waitForServiceWorkerControl(page)
    overrides.set('/sw.js', (original) => `${original.toString()}\n// another version\n`)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await page.getByRole('button', { name: 'Später' }).click()
    expect(await page.getByText('Neue Version verfügbar').count()).toBe(0)
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true)
    await context.close()
  })
})
