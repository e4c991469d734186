import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage } from './support/browser'
import { completeCheckByKeyboard, type KeyboardProfile } from './support/check-flow'
import { serveDirectory, type RunningServer } from './support/static-server'
import { buildWithCollector } from './support/submission-build'
import { startCollector, type RunningCollector } from '../collector/collector'

const unconfiguredUrl = inject('baseUrl')
const PROFILE: KeyboardProfile = { state: 'Bayern', sector: 'Handwerk: Elektro', employeesIndex: 1, headcount: '12', apprentices: false }

describe('anonymous submission through the reference collector on 127.0.0.1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reifegrad-submission-'))
  let collector: RunningCollector
  let app: RunningServer
  let browser: Browser
  let outDir: string

  beforeAll(async () => {
    collector = await startCollector({ dataFile: join(dir, 'collector.json') })
    outDir = buildWithCollector(collector.url)
    app = await serveDirectory(outDir)
    browser = await launchBrowser()
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await collector?.close()
    rmSync(dir, { recursive: true, force: true })
    if (outDir) rmSync(outDir, { recursive: true, force: true })
  })

  /** A fresh browser profile with the page clock faked, so retry waits can be skipped. */
  async function completedCheck(): Promise<Page> {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.clock.install()
    await completeCheckByKeyboard(page, app.url, PROFILE, 1)
    return page
  }

  async function prepareSend(page: Page): Promise<unknown> {
    const panel = page.locator('section.submission')
    await panel.getByLabel('Ich möchte ein anonymes Ergebnis dieses Checks beitragen').check()
    const shown = JSON.parse((await panel.locator('pre.submission__json').textContent()) ?? '') as unknown
    await panel.getByLabel('Ich bin einverstanden, dass genau diese Daten an die Sammelstelle gesendet werden.').check()
    return shown
  }

  const statusText = (page: Page) => page.locator('.submission__status').textContent()

  it('is off by default; sent while offline it waits, and is delivered exactly as shown once back online', async () => {
    const page = await completedCheck()
    const watch = watchPage(page, app.url)
    const panel = page.locator('section.submission')
    expect(await panel.locator('pre').count()).toBe(0)
    expect(await panel.textContent()).toContain(collector.url)
    const before = collector.submissions().length

    const shown = await prepareSend(page)
    expect(shown).toMatchObject({ payloadVersion: 1, state: 'DE-BY', sector: 'hw-elektro-metall', employees: '10-49' })
    expect(JSON.stringify(shown)).not.toMatch(/headcount|12 Beschäftigte|district/)
    expect(await axeViolations(page)).toEqual([])

    await page.context().setOffline(true)
    await panel.getByRole('button', { name: 'Anonym senden' }).click()
    await expect.poll(() => statusText(page)).toContain('Wartet auf Übermittlung')
    expect(collector.submissions().length).toBe(before)

    await page.context().setOffline(false)
    await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Gesendet am')
    const stored = collector.submissions()
    expect(stored.length).toBe(before + 1)
    expect(stored.at(-1)?.payload).toEqual(shown)
    // The only other origin the page talked to is the configured collector.
    expect(watch.foreignRequests.every((url) => url.startsWith(collector.url))).toBe(true)
  })

  it('a collector failing twice and dropping the answer after storing ends with exactly one stored submission', async () => {
    const page = await completedCheck()
    const attemptsBefore = collector.attempts()
    collector.setFaults({ failFirst: attemptsBefore + 2, dropResponseOn: [attemptsBefore + 3] })
    const before = collector.submissions().length
    const shown = (await prepareSend(page)) as { key: string }
    await page.locator('section.submission').getByRole('button', { name: 'Anonym senden' }).click()
    // Skip the backoff waits (5 s, 10 s, 20 s) with the page's fake clock; each jump fires the retry timer.
    for (let jump = 0; jump < 8; jump += 1) {
      if ((await statusText(page))?.includes('Gesendet am')) break
      await page.clock.fastForward('05:00')
      await page.waitForTimeout(300)
    }
    await expect.poll(() => statusText(page)).toContain('Gesendet am')
    collector.setFaults({})
    const mine = collector.submissions().filter((item) => item.key === shown.key)
    expect(mine).toHaveLength(1)
    // 503, 503, stored but no answer, then the repeat is answered as a duplicate.
    expect(collector.attempts() - attemptsBefore).toBe(4)
    expect(collector.submissions().length).toBe(before + 1)
  })

  it('a 400 from the collector is shown as a permanent failure', async () => {
    const page = await completedCheck()
    collector.setFaults({ rejectAllWith: 400 })
    await prepareSend(page)
    await page.locator('section.submission').getByRole('button', { name: 'Anonym senden' }).click()
    await expect.poll(() => statusText(page)).toContain('Fehlgeschlagen')
    expect(await statusText(page)).toContain('HTTP 400')
    collector.setFaults({})
  })

  it('shows the regional benchmark with its group size once the group has at least 10 submissions', async () => {
    const page = await completedCheck()
    expect(await page.getByRole('heading', { name: 'Vergleich mit ähnlichen Betrieben' }).count()).toBe(0)
    const template = collector.submissions()[0]!.payload
    for (let index = collector.submissions().length; index < 12; index += 1) {
      const key = crypto.randomUUID()
      const response = await fetch(`${collector.url}/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ ...template, key }),
      })
      expect(response.status).toBe(201)
    }
    await page.reload()
    const benchmark = page.locator('section.benchmark')
    await benchmark.waitFor()
    expect(await benchmark.textContent()).toContain('Durchschnitt von 12 Betrieben')
    expect(await benchmark.locator('tbody tr').count()).toBeGreaterThan(1)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('an installation without a collector', () => {
  it('says that submission is not configured, and the CSP allows no other origin', async () => {
    const browser = await launchBrowser()
    try {
      const page = await (await browser.newContext()).newPage()
      await completeCheckByKeyboard(page, unconfiguredUrl, PROFILE, 1)
      expect(await page.locator('section.submission').textContent()).toContain('keine Sammelstelle eingerichtet')
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
      expect(csp).toContain("connect-src 'self';")
    } finally {
      await browser.close()
    }
  })
})
