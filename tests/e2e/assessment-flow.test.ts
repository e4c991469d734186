import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage } from './support/browser'
import { answerStepByKeyboard, startCheckByKeyboard, waitForWholeResults } from './support/check-flow'
import { readAssessment } from './support/indexeddb'

const baseUrl = inject('baseUrl')

const BAVARIAN_CRAFTS = { state: 'Bayern', sector: 'Handwerk: Elektro', employeesIndex: 1, headcount: '12', apprentices: true }

describe('assessment flow in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function newPage(): Promise<Page> {
    const context = await browser.newContext()
    return context.newPage()
  }

  it('answers the whole flagship questionnaire with the keyboard only, with 0 axe violations on every step, the review and the result', async () => {
    const page = await newPage()
    const watch = watchPage(page, baseUrl)
    const id = await startCheckByKeyboard(page, baseUrl, BAVARIAN_CRAFTS)
    expect(id).toMatch(/^[0-9a-f-]{36}$/)

    for (let step = 1; step <= 7; step += 1) {
      await page.waitForURL(`**/schritt/${step}`)
      // Focus moves to the step heading on every step change.
      if (step > 1) await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
      expect(await page.getByText(`Schritt ${step} von 7`).count()).toBe(1)
      expect(await axeViolations(page)).toEqual([])
      await answerStepByKeyboard(page)
    }

    await page.waitForURL('**/pruefen')
    await page.locator('h1', { hasText: 'Ihre Antworten prüfen' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Tab')
    const finish = page.getByRole('button', { name: 'Check abschließen und Ergebnis ansehen' })
    await finish.focus()
    await page.keyboard.press('Enter')

    await page.waitForURL('**/ergebnis')
    await waitForWholeResults(page)
    expect(await page.locator('table.results-table tbody tr').count()).toBe(7)
    expect((await page.locator('.result-overall__score').textContent())?.replace(/\s+/g, ' ')).toMatch(/\d+ von 100 Punkten · Stufe \d: /)
    expect(await axeViolations(page)).toEqual([])

    const stored = await readAssessment(page, id)
    expect(stored.status).toBe('completed')
    expect(stored.profile).toMatchObject({ state: 'DE-BY', sector: 'hw-gebaeudetechnik', employees: '10-49', headcount: 12, apprentices: true })
    // Every question this business was shown has an answer (the rest are hidden by their conditions).
    expect(Object.keys(stored.answers).length).toBeGreaterThan(50)
    expect(stored.result.questionnaire).toBe('digitalisierungsgrad-check@2.0.0')

    // The level meanings and advice come in their own part; a switch to English brings them in English too.
    const germanAdvice = await page.locator('#advice-title').locator('..').textContent()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Overall result' }).waitFor()
    const englishAdvice = await page.locator('#advice-title').locator('..').textContent()
    expect(englishAdvice).not.toBe(germanAdvice)
    expect(await page.locator('main').textContent()).not.toMatch(/undefined/)
    expect(await axeViolations(page)).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })

  it('after a reload in the middle, continues at the same step with every answer', async () => {
    const page = await newPage()
    const id = await startCheckByKeyboard(page, baseUrl, { ...BAVARIAN_CRAFTS, state: 'Niedersachsen' })
    await answerStepByKeyboard(page)
    await page.waitForURL('**/schritt/2')
    // Answer the first two questions of step 2, then reload.
    const radios = page.locator('fieldset.question').first().getByRole('radio')
    await radios.nth(1).check()
    await page.getByText('Gespeichert auf diesem Gerät').waitFor()
    const before = await readAssessment(page, id)
    expect(before.currentStep).toBe(2)

    await page.reload()
    await page.locator('fieldset.question').first().waitFor()
    expect(await page.locator('fieldset.question').first().getByRole('radio').nth(1).isChecked()).toBe(true)

    await page.goto(`${baseUrl}/meine-checks`)
    await page.getByRole('link', { name: /fortsetzen$/ }).first().click()
    await page.waitForURL('**/schritt/2')
    const after = await readAssessment(page, id)
    expect(after.answers).toEqual(before.answers)
    await page.goto(`${baseUrl}/check/${id}/schritt/1`)
    await page.locator('fieldset.question').first().waitFor()
    // Every question of step 1 was answered before the reload and still shows its answer.
    const unansweredOnStep1 = await page.locator('fieldset.question').evaluateAll((fieldsets) =>
      fieldsets.filter((fieldset) => {
        const checked = fieldset.querySelector('input:checked')
        const typed = [...fieldset.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], textarea')].some((input) => input.value !== '')
        return !checked && !typed
      }).length,
    )
    expect(unansweredOnStep1).toBe(0)
    expect(await page.locator('fieldset.question').count()).toBeGreaterThan(5)
  })

  it('shows a question only while its condition holds: by the profile and by an earlier answer', async () => {
    const page = await newPage()
    const questions = page.locator('fieldset.question')
    const shown = (text: string) => questions.filter({ has: page.locator('legend', { hasText: text }) }).count()
    // No apprentices: the questions about them are left out of step 1 (Bildung).
    const id = await startCheckByKeyboard(page, baseUrl, { ...BAVARIAN_CRAFTS, apprentices: false })
    await questions.first().waitFor()
    expect(await shown('Wie kommen digitale Werkzeuge in der Ausbildung')).toBe(0)

    // Step 2 (Beratung): the follow-up on advice appears once advice was taken, and goes again.
    await page.goto(`${baseUrl}/check/${id}/schritt/2`)
    const advice = questions.filter({ has: page.locator('legend', { hasText: 'schon einmal zur Digitalisierung Ihres Betriebs beraten lassen' }) })
    await advice.waitFor()
    expect(await shown('Empfehlungen aus dieser Beratung umgesetzt')).toBe(0)
    await advice.getByLabel('Einmal durch eine neutrale Stelle', { exact: false }).check()
    await expect.poll(() => shown('Empfehlungen aus dieser Beratung umgesetzt')).toBe(1)
    await advice.getByLabel('Nein, noch nie').check()
    await expect.poll(() => shown('Empfehlungen aus dieser Beratung umgesetzt')).toBe(0)

    // With apprentices (the same business otherwise), step 1 asks about them.
    const other = await newPage()
    await startCheckByKeyboard(other, baseUrl, BAVARIAN_CRAFTS)
    await other.locator('fieldset.question').first().waitFor()
    expect(await other.locator('fieldset.question legend', { hasText: 'Wie kommen digitale Werkzeuge in der Ausbildung' }).count()).toBe(1)
  })

  it('downloads the questionnaire in the shown language only, and a switch to English mid-check shows every text in English', async () => {
    const page = await newPage()
    const questionnaireParts: string[] = []
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname
      if (/\/assets\/(digitalisierungsgrad-check|schnellcheck-handwerk)-/.test(file)) questionnaireParts.push(file)
    })
    await startCheckByKeyboard(page, baseUrl, BAVARIAN_CRAFTS)
    await page.waitForURL('**/schritt/1')
    const germanQuestion = await page.locator('fieldset.question legend').first().textContent()
    // The start page chose from summaries; the check loaded one part: the flagship in German.
    expect(questionnaireParts).toHaveLength(1)

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByText('Step 1 of 7').waitFor()
    const englishQuestion = await page.locator('fieldset.question legend').first().textContent()
    expect(englishQuestion?.trim()).toBeTruthy()
    expect(englishQuestion).not.toBe(germanQuestion)
    expect(await page.locator('h1').textContent()).not.toMatch(/undefined/)
    expect(questionnaireParts).toHaveLength(2)
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Deutsch' }).click()
    await page.getByText('Schritt 1 von 7').waitFor()
    expect(await page.locator('fieldset.question legend').first().textContent()).toBe(germanQuestion)
  })
})
