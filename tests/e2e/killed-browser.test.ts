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
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }))

  it('finds the answer after SIGKILL and a relaunch on the same profile', async () => {
    const first = await launchKillable(profileDir)
    const page = await first.browser.contexts()[0]!.newPage()
    const id = await startCheckByKeyboard(page, baseUrl, { state: 'Sachsen', sector: 'Handwerk: Bau', employeesIndex: 0, apprentices: false })
    const question = page.locator('fieldset.question').first()
    await question.getByRole('radio').nth(2).check()
    await page.getByText('Gespeichert auf diesem Gerät').waitFor()
    const answered = (await readAssessment(page, id)).answers
    expect(Object.keys(answered)).toHaveLength(1)
    await first.kill()

    const second = await launchKillable(profileDir)
    try {
      const again = await second.browser.contexts()[0]!.newPage()
      await again.goto(`${baseUrl}/check/${id}`)
      await again.waitForURL('**/schritt/1')
      await again.locator('fieldset.question').first().waitFor()
      expect(await again.locator('fieldset.question').first().getByRole('radio').nth(2).isChecked()).toBe(true)
      expect((await readAssessment(again, id)).answers).toEqual(answered)
    } finally {
      await second.kill()
    }
  })
})
