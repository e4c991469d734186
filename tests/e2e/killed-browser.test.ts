import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { launchKillable } from './support/killable-chromium'
import { startCheckByKeyboard } from './support/check-flow'
import { readAssessment } from './support/indexeddb'

const baseUrl = inject('baseUrl')
const profileDir = mkdtempSync(join(tmpdir(), 'reifegrad-killed-'))

describe('a killed browser loses no answer', () => {
  // A killed Chromium's helper processes may still write to the profile for a moment.
  afterAll(() => rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }))

  it('finds the answer after SIGKILL and a relaunch on the same profile', async () => {
    const first = await launchKillable(profileDir)
    const page = await first.browser.contexts()[0]!.newPage()
    const id = await startCheckByKeyboard(page, baseUrl, { state: 'Sachsen', sector: 'Handwerk: Bau', employeesIndex: 0, apprentices: false })
    const question = page.locator('fieldset.question').filter({ has: page.getByRole('radio') }).first()
    await question.getByRole('radio').nth(1).check()
    await page.getByText('Gespeichert auf diesem Gerät').waitFor()
    const answered = (await readAssessment(page, id)).answers
    expect(Object.keys(answered)).toHaveLength(1)
    await first.kill()

    const second = await launchKillable(profileDir)
    try {
      const again = await second.browser.contexts()[0]!.newPage()
      await again.goto(`${baseUrl}/check/${id}`)
      await again.waitForURL('**/schritt/1')
      const againQuestion = again.locator('fieldset.question').filter({ has: again.getByRole('radio') }).first()
      await againQuestion.waitFor()
      expect(await againQuestion.getByRole('radio').nth(1).isChecked()).toBe(true)
      expect((await readAssessment(again, id)).answers).toEqual(answered)
    } finally {
      await second.kill()
    }
  })
})

describe('a killed browser loses no typed text', () => {
  const typedProfileDir = mkdtempSync(join(tmpdir(), 'reifegrad-killed-typed-'))
  afterAll(() => rmSync(typedProfileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }))

  it('keeps a note typed in session mode once the page says it is saved, with no pause in typing needed', async () => {
    const first = await launchKillable(typedProfileDir)
    const page = await first.browser.contexts()[0]!.newPage()
    const id = await startCheckByKeyboard(page, baseUrl, { state: 'Bremen', sector: 'Handel', employeesIndex: 1, apprentices: true })
    await page.goto(`${baseUrl}/check/${id}/beratung/1`)
    const note = page.locator('textarea[id^="note-"]').first()
    await note.waitFor()
    const questionId = ((await note.getAttribute('id')) ?? '').replace('note-', '')
    const text = 'Router tauschen; Angebot von zwei Händlern einholen'
    await note.focus()
    await page.keyboard.type(text)
    // The status promises the text is stored: kill at once after it says so.
    await page.getByText('Gespeichert auf diesem Gerät').waitFor()
    await first.kill()

    const second = await launchKillable(typedProfileDir)
    try {
      const again = await second.browser.contexts()[0]!.newPage()
      await again.goto(`${baseUrl}/check/${id}/beratung/1`)
      await again.locator(`#note-${questionId}`).waitFor()
      expect(await again.locator(`#note-${questionId}`).inputValue()).toBe(text)
      expect((await readAssessment(again, id)).notes[questionId]).toBe(text)
    } finally {
      await second.kill()
    }
  })
})
