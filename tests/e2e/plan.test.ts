import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import ICAL from 'ical.js'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage } from './support/browser'
import { completeCheckByKeyboard, type KeyboardProfile } from './support/check-flow'
import { tabUntil } from './support/keyboard'
import { answerStepByClicks, createCompany, downloadOf } from './support/consultant-flow'
import { localDay } from './support/page-dates'

const baseUrl = inject('baseUrl')
const SLOW = 240_000
const OWNER: KeyboardProfile = { state: 'Niedersachsen', sector: 'Handwerk: Tischler', employeesIndex: 0, headcount: '6', apprentices: false }

/** The events of an iCalendar file as ical.js reads them. */
function calendarEvents(text: string): { uid: string; summary: string; start: string; end: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString() }
  })
}

const planSteps = (page: Page) => page.locator('#plan fieldset.plan-step')
const savedPlan = (page: Page) => page.locator('#plan .save-status').getByText('Gespeichert auf diesem Gerät').waitFor()

describe('the Maßnahmenplan in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('an owner builds a plan from a weak result by keyboard; it is kept, printed and exported to the calendar', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const watch = watchPage(page, baseUrl)
    await completeCheckByKeyboard(page, baseUrl, OWNER, 1)
    await page.locator('#plan').waitFor()
    expect(await page.getByRole('heading', { name: 'Schritte im Plan (0)' }).count()).toBe(1)

    // Two suggested steps, the weakest places first, taken over by keyboard.
    const firstSuggestion = (await page.locator('.plan-suggestions__text').first().textContent())?.trim() ?? ''
    expect(firstSuggestion.length).toBeGreaterThan(5)
    for (let picked = 0; picked < 2; picked += 1) {
      await tabUntil(page, (info) => info.tag === 'button' && info.text === 'In den Plan übernehmen', 400)
      await page.keyboard.press('Enter')
      await expect.poll(() => planSteps(page).count()).toBe(picked + 1)
    }
    expect(await planSteps(page).first().locator('textarea').first().inputValue()).toBe(firstSuggestion)

    // An own step, with a field.
    await tabUntil(page, (info) => info.id === 'plan-own-text', 400)
    await page.keyboard.type('Ersatz für den alten Router beschaffen')
    await tabUntil(page, (info) => info.id === 'plan-own-field')
    await page.keyboard.type('Breitband gew')
    await tabUntil(page, (info) => info.tag === 'button' && info.text === 'Hinzufügen')
    await page.keyboard.press('Enter')
    await expect.poll(() => planSteps(page).count()).toBe(3)
    const own = planSteps(page).nth(2)
    expect(await own.locator('select').nth(1).inputValue()).toBe('breitband')

    // Who, by when, status: on the first step.
    const first = planSteps(page).first()
    await first.getByLabel('Wer?').focus()
    await page.keyboard.type('Inhaberin')
    const due = await localDay(page, 14)
    await first.getByLabel('Bis wann?').fill(due)
    await first.getByLabel('Status').focus()
    await page.keyboard.type('in A')
    expect(await first.getByLabel('Status').inputValue()).toBe('in-progress')
    await planSteps(page).nth(1).getByLabel('Status').selectOption('done')
    await page.getByLabel('Wiedervorlage: Plan wieder ansehen am').fill(await localDay(page, 60))
    await savedPlan(page)
    expect(await axeViolations(page)).toEqual([])

    // Kept across a reload, in the order and with the values given.
    await page.reload()
    await page.locator('#plan fieldset.plan-step').first().waitFor()
    expect(await planSteps(page).count()).toBe(3)
    expect(await planSteps(page).first().getByLabel('Wer?').inputValue()).toBe('Inhaberin')
    expect(await planSteps(page).first().getByLabel('Bis wann?').inputValue()).toBe(due)
    expect(await planSteps(page).nth(1).getByLabel('Status').inputValue()).toBe('done')
    expect(await planSteps(page).nth(1).textContent()).toMatch(/erledigt am/)

    // Moving a step keeps the focus on its button.
    await planSteps(page).nth(2).getByRole('button', { name: 'Schritt 3 nach oben' }).click()
    await expect.poll(() => planSteps(page).nth(1).locator('textarea').first().inputValue()).toBe('Ersatz für den alten Router beschaffen')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/nach oben/)

    // The calendar file: the step with a date and the review, read by a calendar parser.
    const ics = await downloadOf(page, () => page.getByRole('button', { name: 'Termine in den Kalender (iCalendar-Datei)' }).click())
    expect(ics.download.suggestedFilename()).toMatch(/\.ics$/)
    const events = calendarEvents(ics.bytes.toString('utf8'))
    expect(events).toHaveLength(2)
    expect(events.map((event) => event.start).sort()).toEqual([due, await localDay(page, 60)])
    expect(events.find((event) => event.start === due)?.summary).toContain(firstSuggestion)

    // On paper the plan is a page of its own, as a table.
    await page.emulateMedia({ media: 'print' })
    const report = page.locator('.plan-report')
    expect(await report.isVisible()).toBe(true)
    expect(await report.locator('tbody tr').count()).toBe(3)
    expect(await report.textContent()).toContain('Inhaberin')
    expect(await page.locator('#plan').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
    expect(watch.consoleErrors).toEqual([])
    await context.close()
  }, SLOW)

  it('a consultant follows plans across three businesses: due steps, calendar, and the follow-up check that closes the loop', async () => {
    const context: BrowserContext = await browser.newContext()
    const page = await context.newPage()
    const businesses = [
      { name: 'Tischlerei Alt', state: 'DE-NI', sector: 'hw-holz', employees: '1-9', notes: '' },
      { name: 'Elektro Behrens', state: 'DE-HB', sector: 'hw-gebaeudetechnik', employees: '10-49', notes: '' },
      { name: 'Kfz Celik', state: 'DE-NW', sector: 'hw-kfz', employees: '10-49', notes: '' },
    ]
    const checks: string[] = []
    const overdue = await localDay(page, -3)
    const soon = await localDay(page, 5)
    for (const [index, business] of businesses.entries()) {
      const companyId = await createCompany(page, baseUrl, business)
      await page.getByLabel('Schnellcheck Handwerk', { exact: false }).check()
      await page.getByRole('button', { name: 'Neuen Check starten' }).click()
      await page.waitForURL('**/profil')
      await page.locator('input[name=apprentices][value=no]').check()
      await page.locator('input[name=turnover][value=le2m]').check()
      await page.getByRole('button', { name: 'Speichern und weiter zu den Fragen' }).click()
      await page.waitForURL('**/schritt/1')
      checks.push(new URL(page.url()).pathname.split('/')[2] ?? '')
      while (!page.url().endsWith('/pruefen')) await answerStepByClicks(page, 0)
      await page.getByRole('button', { name: 'Check abschließen und Ergebnis ansehen' }).click()
      await page.waitForURL('**/ergebnis')
      await page.locator('#plan').waitFor()
      for (let picked = 0; picked < 2; picked += 1) {
        await page.locator('#plan').getByRole('button', { name: /in den Plan übernehmen/ }).first().click()
        await expect.poll(() => planSteps(page).count()).toBe(picked + 1)
      }
      await planSteps(page).first().getByLabel('Bis wann?').fill(index === 0 ? overdue : soon)
      await planSteps(page).nth(1).getByLabel('Bis wann?').fill(await localDay(page, 40 + index))
      await savedPlan(page)
      expect(companyId).not.toBe('')
    }

    // The list of due steps across businesses: earliest first, the overdue one marked.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fällige Schritte' }).click()
    await page.getByRole('heading', { level: 1, name: 'Fällige Schritte und Wiedervorlagen' }).waitFor()
    const rows = page.locator('.due-page tbody tr')
    await expect.poll(() => rows.count()).toBe(3)
    expect(await rows.first().textContent()).toContain('Tischlerei Alt')
    expect(await rows.first().textContent()).toContain('überfällig')
    await page.getByLabel('Fällig bis').selectOption('quarter')
    await expect.poll(() => rows.count()).toBe(6)
    await page.getByLabel('Betrieb', { exact: true }).selectOption({ label: 'Kfz Celik' })
    await expect.poll(() => rows.count()).toBe(2)
    await page.getByLabel('Betrieb', { exact: true }).selectOption({ label: 'alle Betriebe' })
    await page.getByLabel('Fällig bis').selectOption('overdue')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel('Fällig bis').selectOption('all')
    const ics = await downloadOf(page, () => page.getByRole('button', { name: 'Diese Termine in den Kalender (iCalendar-Datei)' }).click())
    const events = calendarEvents(ics.bytes.toString('utf8'))
    expect(events).toHaveLength(6)
    expect(new Set(events.map((event) => event.uid)).size).toBe(6)
    expect(events.filter((event) => event.summary.startsWith('Elektro Behrens: '))).toHaveLength(2)

    // Back at the first business: one step done; then the follow-up check in session mode.
    await rows.first().getByRole('link', { name: /Zum Plan von Tischlerei Alt/ }).click()
    await page.waitForURL(`**/check/${checks[0]}/ergebnis#plan`)
    await planSteps(page).first().getByLabel('Status').selectOption('done')
    await savedPlan(page)
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Betriebe' }).click()
    await page.getByRole('link', { name: 'Tischlerei Alt' }).click()
    await page.getByLabel('Schnellcheck Handwerk', { exact: false }).check()
    await page.getByRole('button', { name: 'Neuen Check starten' }).click()
    await page.waitForURL('**/profil')
    await page.getByRole('button', { name: 'Speichern und weiter zu den Fragen' }).click()
    await page.waitForURL('**/schritt/1')
    await page.getByRole('button', { name: 'Beratungsmodus' }).click()
    await page.waitForURL('**/beratung/1')
    const sessionPlan = page.locator('details.session-plan')
    await sessionPlan.locator('summary').click()
    expect(await sessionPlan.locator('li').count()).toBe(2)
    expect(await sessionPlan.textContent()).toContain('erledigt')
    while (!page.url().endsWith('/pruefen')) await answerStepByClicks(page, 1)
    await page.getByRole('button', { name: 'Check abschließen und Ergebnis ansehen' }).click()
    await page.waitForURL('**/ergebnis')
    const followUp = page.getByRole('region', { name: 'Was aus dem letzten Plan wurde' })
    await followUp.waitFor()
    expect(await followUp.textContent()).toContain('1 von 2 Schritten erledigt')
    expect(await followUp.locator('tbody tr').count()).toBeGreaterThan(0)
    await followUp.getByRole('button', { name: 'Ausgewählte übernehmen' }).click()
    await expect.poll(() => planSteps(page).count()).toBe(1)
    expect(await planSteps(page).first().textContent()).toMatch(/aus dem Plan vom .* übernommen/)
    await savedPlan(page)
    expect(await followUp.textContent()).toContain('Alle offenen Schritte sind bereits übernommen')
    expect(await axeViolations(page)).toEqual([])

    // The due list now follows the newest plan of that business only.
    await page.goto(`${baseUrl}/faellig`)
    await page.getByLabel('Fällig bis').selectOption('all')
    await page.getByLabel('Betrieb', { exact: true }).selectOption({ label: 'Tischlerei Alt' })
    await expect.poll(() => rows.count()).toBe(1)
    await context.close()
  }, SLOW * 2)
})
