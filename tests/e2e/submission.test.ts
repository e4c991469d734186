import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage } from './support/browser'
import { completeCheckByKeyboard, type KeyboardProfile } from './support/check-flow'
import { serveDirectory, type RunningServer } from './support/static-server'
import { buildWithCollector } from './support/submission-build'
import { startCollectorBehindProxy, type CollectorBehindProxy } from './support/collector-behind-proxy'

const unconfiguredUrl = inject('baseUrl')
const PROFILE: KeyboardProfile = { state: 'Niedersachsen', district: 'Vechta', sector: 'Handwerk: Elektro', employeesIndex: 1, headcount: '12', apprentices: false }

describe('anonymous submission to the real collector (PGlite) on 127.0.0.1', () => {
  let outDir: string
  let app: RunningServer
  let proxy: CollectorBehindProxy
  let browser: Browser

  beforeAll(async () => {
    // The app's origin must be known to the collector (CORS) and the collector's URL to the build:
    // serve the empty folder first, then build into it.
    outDir = mkdtempSync(join(tmpdir(), 'reifegrad-dist-collector-'))
    app = await serveDirectory(outDir)
    proxy = await startCollectorBehindProxy(new URL(app.url).origin)
    buildWithCollector(proxy.url, outDir)
    browser = await launchBrowser()
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await proxy?.close()
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

  async function prepareSend(page: Page, options: { district?: boolean; campaign?: string } = {}): Promise<Record<string, unknown>> {
    const panel = page.locator('section.submission')
    await panel.getByLabel('Ich möchte ein anonymes Ergebnis dieses Checks beitragen').check()
    if (options.district) await panel.getByLabel('Auch den Landkreis „Vechta“ senden (sonst nur das Bundesland)').check()
    if (options.campaign) await panel.getByLabel('Aktionscode (freiwillig)').fill(options.campaign)
    const shown = JSON.parse((await panel.locator('pre.submission__json').textContent()) ?? '') as Record<string, unknown>
    await panel.getByLabel('Ich bin einverstanden, dass genau diese Daten an die Sammelstelle gesendet werden.').check()
    return shown
  }

  const statusText = (page: Page) => page.locator('.submission__status').textContent()

  it('is off by default; sent while offline it waits, and is stored exactly as shown once back online', async () => {
    const page = await completedCheck()
    const watch = watchPage(page, app.url)
    const panel = page.locator('section.submission')
    expect(await panel.locator('pre').count()).toBe(0)
    expect(await panel.textContent()).toContain(new URL(proxy.url).origin)
    const before = (await proxy.storedKeys()).length

    const shown = await prepareSend(page, { district: true, campaign: 'hwk-os-2026' })
    expect(shown).toMatchObject({ payloadVersion: 2, state: 'DE-NI', district: '03460', campaign: 'hwk-os-2026', sectorGroup: 'handwerk-bau', employees: '10-49' })
    expect(JSON.stringify(shown)).not.toMatch(/headcount|Vechta|"12"/)
    expect(await axeViolations(page)).toEqual([])

    await page.context().setOffline(true)
    await panel.getByRole('button', { name: 'Anonym senden' }).click()
    await expect.poll(() => statusText(page)).toContain('Wartet auf Übermittlung')
    expect((await proxy.storedKeys()).length).toBe(before)

    await page.context().setOffline(false)
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toContain('Gesendet am')
    const row = await proxy.storedRow(String(shown.key))
    expect(row).toMatchObject({ state: 'DE-NI', district: '03460', campaign: 'hwk-os-2026', sector_group: 'handwerk-bau', employees: '10-49', overall_score: (shown.overall as { score: number }).score })
    expect((await proxy.storedKeys()).length).toBe(before + 1)
    // The only other origin the page talked to is the configured collector.
    expect(watch.foreignRequests.every((url) => url.startsWith(new URL(proxy.url).origin))).toBe(true)
  })

  it('an invalid campaign code is explained and nothing can be sent until it is fixed', async () => {
    const page = await completedCheck()
    const panel = page.locator('section.submission')
    await panel.getByLabel('Ich möchte ein anonymes Ergebnis dieses Checks beitragen').check()
    const field = panel.getByLabel('Aktionscode (freiwillig)')
    await field.fill('HWK Osnabrück!')
    expect(await panel.locator('.field-error').textContent()).toContain('Dieser Code ist ungültig')
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    expect(await panel.getByRole('button', { name: 'Anonym senden' }).count()).toBe(0)
    await field.fill('')
    expect(await panel.getByRole('button', { name: 'Anonym senden' }).count()).toBe(1)
  })

  it('a collector failing twice and an answer lost after storing end with exactly one stored submission', async () => {
    const page = await completedCheck()
    const attemptsBefore = proxy.attempts()
    proxy.setFaults({ failFirst: attemptsBefore + 2, dropResponseOn: [attemptsBefore + 3] })
    const shown = await prepareSend(page)
    await page.locator('section.submission').getByRole('button', { name: 'Anonym senden' }).click()
    // Skip the backoff waits (5 s, 10 s, 20 s) with the page's fake clock; each jump fires the retry timer.
    for (let jump = 0; jump < 8; jump += 1) {
      if ((await statusText(page))?.includes('Gesendet am')) break
      await page.clock.fastForward('05:00')
      await page.waitForTimeout(300)
    }
    await expect.poll(() => statusText(page)).toContain('Gesendet am')
    proxy.setFaults({})
    expect((await proxy.storedKeys()).filter((key) => key === shown.key)).toHaveLength(1)
    // 503, 503, stored but no answer, then the repeat is answered as a duplicate.
    expect(proxy.attempts() - attemptsBefore).toBe(4)
  })

  it('a 400 from the collector is shown as a permanent failure', async () => {
    const page = await completedCheck()
    proxy.setFaults({ rejectAllWith: 400 })
    await prepareSend(page)
    await page.locator('section.submission').getByRole('button', { name: 'Anonym senden' }).click()
    await expect.poll(() => statusText(page)).toContain('Fehlgeschlagen')
    expect(await statusText(page)).toContain('HTTP 400')
    proxy.setFaults({})
  })

  it('shows the regional position and the Lagebild once a published group has enough submissions, and keeps it offline', async () => {
    const page = await completedCheck()
    expect(await page.getByRole('heading', { name: 'Ihr Ergebnis im regionalen Vergleich' }).count()).toBe(0)
    // Ten businesses of the same atom (quarter, state, district, sector group, size) contribute.
    const shown = await prepareSend(page, { district: true })
    for (let index = 0; index < 10; index += 1) {
      const key = crypto.randomUUID()
      const response = await fetch(`${proxy.url}/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ ...shown, key, overall: { score: 20 + index * 5, level: 2 } }),
      })
      expect(response.status).toBe(201)
    }
    await proxy.collector.publishNow()
    await page.reload()
    const position = page.locator('section.regional-position')
    await position.getByRole('table').waitFor()
    expect(await position.textContent()).toMatch(/Verglichen mit \d+ Betrieben \(Vechta\)/)
    expect(await axeViolations(page)).toEqual([])

    await position.getByRole('link', { name: 'Zum Lagebild' }).click()
    await page.getByRole('heading', { level: 1, name: 'Lagebild: Wie digital sind die Betriebe?' }).waitFor()
    const table = page.getByRole('table', { name: 'Kennzahlen je Gruppe' })
    await table.waitFor()
    expect(await table.textContent()).toContain('Niedersachsen')
    await page.getByLabel('Aufteilung').selectOption('district')
    await expect.poll(() => table.textContent()).toContain('Vechta')
    await table.getByRole('button', { name: 'Vechta' }).click()
    expect(await page.getByRole('heading', { name: /Handlungsfelder: Vechta/ }).count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])

    // Offline, the figures kept on the device are shown with a note.
    await page.context().setOffline(true)
    await page.getByLabel('Aufteilung').selectOption('state')
    const questionnaire = page.getByLabel('Fragebogen')
    const shownQuestionnaire = await questionnaire.inputValue()
    expect(shownQuestionnaire).toBe(shown.questionnaire)
    await questionnaire.selectOption({ index: shownQuestionnaire === (await questionnaire.locator('option').first().getAttribute('value')) ? 1 : 0 })
    await page.getByText('auf diesem Gerät sind noch keine Kennzahlen gespeichert').waitFor()
    await questionnaire.selectOption(shownQuestionnaire)
    await page.getByText('Die Sammelstelle ist gerade nicht erreichbar. Sie sehen die zuletzt').waitFor()
    expect(await table.textContent()).toContain('Niedersachsen')
    await page.context().setOffline(false)
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
