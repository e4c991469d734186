import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage } from './support/browser'
import { shownMessageKeys } from './support/message-keys'
import { completeCheckByKeyboard, type KeyboardProfile } from './support/check-flow'
import { pdfPages } from './support/pdf-text'

const baseUrl = inject('baseUrl')
const CRAFTS_12: Omit<KeyboardProfile, 'state'> = { sector: 'Handwerk: Elektro', employeesIndex: 1, headcount: '12', apprentices: true }

describe('results, measures and report in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const newPage = async (): Promise<Page> => (await browser.newContext()).newPage()
  const measureCard = (page: Page, title: string) => page.locator('.measure-card', { has: page.getByRole('heading', { name: title, exact: true }) })

  it('a 12-person crafts business in Bayern with weak IT security gets Digitalbonus Bayern with its reasons; report PDF and print view', async () => {
    const page = await newPage()
    const watch = watchPage(page, baseUrl)
    await completeCheckByKeyboard(page, baseUrl, { ...CRAFTS_12, state: 'Bayern' })
    await page.getByRole('heading', { name: 'Passende Förderung und Beratung' }).waitFor()

    const bonus = measureCard(page, 'Digitalbonus Bayern')
    await bonus.waitFor()
    const text = (await bonus.textContent())?.replace(/\s+/g, ' ') ?? ''
    expect(text).toMatch(/IT-Sicherheit \d+ von 100, Ziel \d+/)
    expect(text).toContain('Betrieb in Bayern mit 12 Beschäftigten')
    expect(text).toMatch(/IT-Sicherheit \d+ von 100, Ziel \d+ · Betrieb in Bayern mit 12 Beschäftigten · läuft bis 31\.12\.2027/)
    expect(text).toContain('Stand der Angaben: 20.11.2026')
    expect(await bonus.getByRole('link').getAttribute('href')).toMatch(/^https:\/\//)
    expect(await page.locator('.measure-card h3').allTextContents()).not.toContain('Digitalbonus.Niedersachsen-innovativ')
    // Chart with its text alternative and data table; the dimension table has all seven fields.
    expect(await page.locator('canvas[role=img]').count()).toBe(2)
    expect(await page.locator('canvas[role=img]').first().getAttribute('aria-label')).toContain('Digitaler Reifegrad: heute')
    expect(await page.locator('table.results-table tbody tr').count()).toBe(7)
    expect(await shownMessageKeys(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])

    // Changing a target is saved and survives a reload.
    await page.selectOption('#target-reifegrad', '5')
    await page.waitForFunction(() => document.querySelector('#target-reifegrad + span')?.textContent !== '')
    await page.reload()
    await page.getByRole('heading', { name: 'Passende Förderung und Beratung' }).waitFor()
    expect(await page.locator('#target-reifegrad').inputValue()).toBe('5')

    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Bericht drucken / als PDF speichern' }).isVisible()).toBe(false)
    expect(await axeViolations(page)).toEqual([])
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    // To look at the report page by page: REPORT_PDF_OUT=/tmp/report.pdf npm run test:e2e
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf)
    const pages = await pdfPages(pdf)
    const all = pages.join(' ')
    for (const section of ['Bericht: Digitalisierungsgrad-Check für Ihren Betrieb', 'Gesamtergebnis', 'Ergebnis je Bereich', 'Passende Förderung und Beratung', 'Was Ihre Stufe bedeutet', 'Digitalbonus Bayern', 'Betrieb in Bayern mit 12 Beschäftigten']) {
      expect(all, section).toContain(section)
    }
    expect(pages.length).toBeGreaterThan(1)
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })

  it('the same business in Niedersachsen gets the Digitalagentur and no open Digitalbonus', async () => {
    const page = await newPage()
    await completeCheckByKeyboard(page, baseUrl, { ...CRAFTS_12, state: 'Niedersachsen' })
    await page.getByRole('heading', { name: 'Passende Förderung und Beratung' }).waitFor()
    const titles = await page.locator('.measure-card h3').allTextContents()
    expect(titles.some((title) => title.startsWith('Digitalagentur Niedersachsen'))).toBe(true)
    expect(titles.some((title) => title.startsWith('Mittelstand-Digital'))).toBe(true)
    expect(titles.filter((title) => title.includes('Digitalbonus'))).toEqual([])
    const agentur = page.locator('.measure-card').filter({ hasText: 'Digitalagentur Niedersachsen' }).first()
    expect(await agentur.textContent()).toContain('Der aktuelle Stand dieses Angebots ist nicht bestätigt')
    // Ended programmes only in the collapsed list, with their dates.
    const closed = page.locator('details.measures__closed')
    expect(await closed.getAttribute('open')).toBeNull()
    await closed.locator('summary').click()
    expect((await closed.textContent())?.replace(/\s+/g, ' ')).toMatch(/Digitalbonus\.Niedersachsen-innovativ.*lief vom 25\.06\.2024 bis 31\.12\.2025/)
    expect(await axeViolations(page)).toEqual([])
  })
})
