import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser } from './support/browser'
import { startCheckByKeyboard } from './support/check-flow'
import { readAssessment } from './support/indexeddb'
import { shownMessageKeys } from './support/message-keys'

const baseUrl = inject('baseUrl')
const SMALL_BUILDER = { state: 'Hessen', sector: 'Handwerk: Bau', employeesIndex: 0, apprentices: true }
const OTHER_TAB = 'Dieser Check ist in einem anderen Tab geöffnet.'
const TAKEN_OVER = 'Dieser Check wird jetzt in einem anderen Tab bearbeitet.'

/** The answer inputs of the step (not the step buttons). */
const answerInputs = (page: Page) => page.locator('fieldset.question input, fieldset.question textarea')

async function enabledAnswerInputs(page: Page): Promise<number> {
  return answerInputs(page).evaluateAll((inputs) => inputs.filter((input) => !input.matches(':disabled')).length)
}

const firstQuestionRadio = (page: Page, index: number) => page.locator('fieldset.question').first().getByRole('radio').nth(index)

describe('two tabs on the same data in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('one draft is edited in one tab at a time; the other tab is read-only until it takes over', async () => {
    const context = await browser.newContext()
    const first = await context.newPage()
    const id = await startCheckByKeyboard(first, baseUrl, SMALL_BUILDER, 1)
    await firstQuestionRadio(first, 0).check()
    await first.getByText('Gespeichert auf diesem Gerät').waitFor()

    // A second tab, opened now like a user would, shows the same step: it may look, not change.
    const second = await context.newPage()
    await second.goto(`${baseUrl}/check/${id}/schritt/1`)
    await second.getByText(OTHER_TAB).waitFor()
    expect(await answerInputs(second).count()).toBeGreaterThan(3)
    expect(await enabledAnswerInputs(second)).toBe(0)
    expect(await firstQuestionRadio(second, 0).isChecked()).toBe(true)
    expect(await axeViolations(second)).toEqual([])

    // What the first tab saves shows up in the second.
    await firstQuestionRadio(first, 1).check()
    await expect.poll(() => firstQuestionRadio(second, 1).isChecked()).toBe(true)

    // The second tab takes over; the first becomes read-only and says why.
    await second.getByRole('button', { name: 'Hier weiterbearbeiten' }).click()
    await expect.poll(() => enabledAnswerInputs(second)).toBeGreaterThan(3)
    await first.getByText(TAKEN_OVER).waitFor()
    expect(await enabledAnswerInputs(first)).toBe(0)
    expect(await second.getByText(OTHER_TAB).count()).toBe(0)

    await firstQuestionRadio(second, 2).check()
    await second.getByText('Gespeichert auf diesem Gerät').waitFor()
    const stored = await readAssessment(second, id)
    const firstQuestionId = Object.keys(stored.answers)[0]
    expect(Object.keys(stored.answers)).toHaveLength(1)
    await expect.poll(() => firstQuestionRadio(first, 2).isChecked()).toBe(true)

    // And back: the first tab takes it again.
    await first.getByRole('button', { name: 'Hier weiterbearbeiten' }).click()
    await expect.poll(() => enabledAnswerInputs(first)).toBeGreaterThan(3)
    await second.getByText(TAKEN_OVER).waitFor()
    expect(await enabledAnswerInputs(second)).toBe(0)
    await firstQuestionRadio(first, 0).check()
    await first.getByText('Gespeichert auf diesem Gerät').waitFor()
    expect((await readAssessment(first, id)).answers[firstQuestionId!]).toBe((await readAssessment(second, id)).answers[firstQuestionId!])

    // Leaving the draft's pages gives it free: the second tab can edit it after a reload.
    await first.goto(`${baseUrl}/meine-checks`)
    await second.reload()
    await expect.poll(() => enabledAnswerInputs(second)).toBeGreaterThan(3)
    expect(await second.getByText(OTHER_TAB).count()).toBe(0)
    await context.close()
  })

  it('"Meine Checks" in one tab follows checks started and deleted in another', async () => {
    const context = await browser.newContext()
    const lister = await context.newPage()
    const worker = await context.newPage()
    await startCheckByKeyboard(worker, baseUrl, SMALL_BUILDER, 1)

    await lister.goto(`${baseUrl}/meine-checks`)
    const rows = lister.locator('table.data-table tbody tr')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await shownMessageKeys(lister)).toEqual([])

    await startCheckByKeyboard(worker, baseUrl, { ...SMALL_BUILDER, state: 'Sachsen' }, 0)
    await expect.poll(() => rows.count()).toBe(2)

    await worker.goto(`${baseUrl}/meine-checks`)
    await worker.getByRole('button', { name: /löschen$/ }).first().click()
    await worker.getByRole('button', { name: 'Ja, löschen' }).click()
    await worker.getByText(/wurde gelöscht/).waitFor()
    await expect.poll(() => rows.count()).toBe(1)
    // The tab that deleted offers the undo; the other tab just shows the current list.
    await worker.getByRole('button', { name: 'Rückgängig' }).click()
    await expect.poll(() => rows.count()).toBe(2)
    await context.close()
  })
})
