import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser } from './support/browser'
import { startCheckByKeyboard, type KeyboardProfile } from './support/check-flow'
import { tabUntil } from './support/keyboard'

const baseUrl = inject('baseUrl')
const PROFILE: KeyboardProfile = { state: 'Hessen', sector: 'Handel', employeesIndex: 1, apprentices: true }

/** The element with focus: its tag, text and the id of the question it sits in. */
const focusInfo = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    return { tag: active?.tagName ?? '', text: (active?.textContent ?? '').trim(), question: active?.closest('fieldset.question')?.id ?? '' }
  })

describe('focus, titles and the overview before finishing, by keyboard', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('every page has its own title; after each step focus is on the new heading; the overview lists answers and finishing names only the missing required ones', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${baseUrl}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expect.poll(() => page.title()).toBe('Reifegrad – Digitalisierungs-Check für Mittelstand und Handwerk')

    // "Speichern und weiter zu den Fragen": focus on the step's heading, title "Schritt 1 von 7: …".
    const id = await startCheckByKeyboard(page, baseUrl, PROFILE)
    await expect.poll(async () => (await focusInfo(page)).tag).toBe('H1')
    const firstTitle = (await focusInfo(page)).text
    await expect.poll(() => page.title()).toBe(`Schritt 1 von 7: ${firstTitle} – Reifegrad`)

    // One answer by keyboard, then "Weiter": focus on the next step's heading.
    await tabUntil(page, (info) => info.type === 'radio')
    await page.keyboard.press('Space')
    const answeredQuestion = (await focusInfo(page)).question
    await page.locator('.save-status').getByText('Gespeichert auf diesem Gerät').waitFor()
    await tabUntil(page, (info) => info.tag === 'button' && info.text === 'Weiter', 200)
    await page.keyboard.press('Enter')
    await page.waitForURL('**/schritt/2')
    await expect.poll(async () => (await focusInfo(page)).tag).toBe('H1')
    await expect.poll(() => page.title()).toMatch(/^Schritt 2 von 7: .+ – Reifegrad$/)

    // The overview: every question with its answer or "noch offen", and "Ändern" links.
    await page.goto(`${baseUrl}/check/${id}/pruefen`)
    await page.getByRole('heading', { level: 1, name: 'Ihre Antworten prüfen' }).waitFor()
    await expect.poll(() => page.title()).toBe('Antworten prüfen – Reifegrad')
    // The heading shows at once; the answers once the check is read from storage.
    await page.locator('.review-answers').first().waitFor()
    const answered = page.locator('.review-answers dd').filter({ has: page.locator('.review-answers__answer') })
    expect(await answered.count()).toBe(1)
    expect(await page.locator('.review-answers__open').count()).toBeGreaterThan(10)
    expect(await page.getByRole('link', { name: /^Antwort auf Frage \d+ ändern$/ }).count()).toBeGreaterThan(10)
    expect(await axeViolations(page)).toEqual([])

    // "Check abschließen" can be reached and pressed; with required answers missing it lists just those.
    const finish = await tabUntil(page, (info) => info.tag === 'button' && info.text === 'Check abschließen und Ergebnis ansehen', 400)
    expect(finish.text).toBe('Check abschließen und Ergebnis ansehen')
    await page.keyboard.press('Enter')
    const summary = page.getByRole('alert').filter({ hasText: 'Pflichtfragen' })
    await summary.waitFor()
    await expect.poll(async () => (await focusInfo(page)).text).toContain('Pflichtfragen')
    await expect.poll(() => page.title()).toBe('Fehler: Antworten prüfen – Reifegrad')
    const requiredOpen = await page.locator('.review-answers dt').filter({ hasText: '(Pflichtfrage)' }).count()
    expect(await summary.getByRole('link').count()).toBe(requiredOpen)
    expect(requiredOpen).toBeGreaterThan(0)
    expect(page.url()).toContain('/pruefen')
    expect(await axeViolations(page)).toEqual([])

    // A link of the summary lands on that question with focus in it.
    const target = await summary.getByRole('link').first().getAttribute('href')
    await summary.getByRole('link').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.hash.startsWith('#frage-'))
    await expect.poll(async () => (await focusInfo(page)).question).toBe(decodeURIComponent(target!.split('#')[1]!))

    // "Ändern" of the answered question lands on its chosen answer.
    await page.goto(`${baseUrl}/check/${id}/pruefen`)
    const change = page.locator('.review-answers dd').filter({ has: page.locator('.review-answers__answer') }).getByRole('link', { name: /ändern$/ })
    await change.focus()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await focusInfo(page)).question).toBe(answeredQuestion)
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true)

    // Back on the start page: the unfinished check is offered; "Weitermachen" opens its step with focus on the heading.
    await page.goto(`${baseUrl}/`)
    const continueLink = page.getByRole('link', { name: /^Weitermachen: / })
    await continueLink.waitFor()
    expect(await page.getByRole('heading', { name: 'Weitermachen, wo Sie aufgehört haben' }).count()).toBe(1)
    await continueLink.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL('**/schritt/1')
    await expect.poll(async () => (await focusInfo(page)).tag).toBe('H1')
    expect(await axeViolations(page)).toEqual([])
  })

  it('saving a business reports it in a message that gets focus; the English pages have English titles', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${baseUrl}/betriebe/neu`)
    await page.locator('#field-company-name').fill('Schreinerei Focke')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await page.waitForURL(/\/betriebe\/[0-9a-f-]{36}$/)
    await expect.poll(async () => (await focusInfo(page)).text).toBe('Der Betrieb „Schreinerei Focke“ wurde auf diesem Gerät gespeichert.')
    await expect.poll(() => page.title()).toBe('Schreinerei Focke – Reifegrad')

    // An empty name: the error summary gets focus and the title says so.
    await page.goto(`${baseUrl}/betriebe/neu`)
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect.poll(() => page.title()).toMatch(/^Fehler: /)

    await page.goto(`${baseUrl}/ueber`)
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.title()).toBe('About Reifegrad – Reifegrad')
  })
})
