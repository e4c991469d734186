import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'

/** The consultant's stores read straight from the page's IndexedDB (bypassing the app), key order. */
export async function dumpConsultantData(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('reifegrad')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = ['assessments', 'companies', 'summaries']
          const transaction = db.transaction(names)
          const dump: Record<string, unknown[]> = {}
          for (const name of names) {
            const request = transaction.objectStore(name).getAll()
            request.onsuccess = () => (dump[name] = request.result)
          }
          transaction.oncomplete = () => {
            db.close()
            resolve(dump)
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
  )
}

/**
 * Clicks `trigger` and returns the download it starts, with its bytes, saved where it outlives the
 * browser context (a file the business saves is imported on the consultant's device).
 */
export async function downloadOf(page: Page, trigger: () => Promise<void>): Promise<{ download: Download; path: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()])
  const path = join(mkdtempSync(join(tmpdir(), 'reifegrad-download-')), download.suggestedFilename())
  await download.saveAs(path)
  return { download, path, bytes: readFileSync(path) }
}

/** Creates a company through the form; returns its id (from the detail page it lands on). */
export async function createCompany(
  page: Page,
  baseUrl: string,
  company: { name: string; state: string; sector: string; employees: string; notes: string },
): Promise<string> {
  await page.goto(`${baseUrl}/betriebe`)
  await page.getByRole('link', { name: 'Neuer Betrieb' }).click()
  await page.locator('#field-company-name').fill(company.name)
  await page.locator('#field-company-state').selectOption(company.state)
  await page.locator('#field-company-sector').selectOption(company.sector)
  await page.locator('#field-company-employees').selectOption(company.employees)
  await page.locator('#field-company-notes').fill(company.notes)
  await page.getByRole('button', { name: 'Speichern' }).click()
  await page.waitForURL(/\/betriebe\/[0-9a-f-]{36}$/)
  await page.getByRole('heading', { level: 1, name: company.name }).waitFor()
  return new URL(page.url()).pathname.split('/')[2] ?? ''
}

/**
 * Answers every question of the current step with the mouse (option `pick` of each radio group,
 * the first checkbox, 120 in number fields, a short text), leaving the session notes alone; answers
 * can reveal further questions, so it goes round until every question has one. Then "Weiter".
 */
export async function answerStepByClicks(page: Page, pick = 0): Promise<void> {
  await page.locator('fieldset.question').first().waitFor()
  for (let round = 0; round < 100; round += 1) {
    const questions = page.locator('fieldset.question')
    const count = await questions.count()
    let answered = false
    for (let i = 0; i < count && !answered; i += 1) {
      const question = questions.nth(i)
      const number = question.locator('input[type=text]')
      const text = question.locator('textarea')
      const radios = question.locator('input[type=radio]')
      const boxes = question.locator('input[type=checkbox]')
      if ((await number.count()) > 0) {
        if ((await number.inputValue()) === '' && !(await boxes.first().isChecked())) {
          await number.fill('120')
          answered = true
        }
      } else if ((await text.count()) > 0) {
        if ((await text.inputValue()) === '') {
          await text.fill('Terminbuchung online')
          answered = true
        }
      } else if ((await radios.count()) > 0) {
        if ((await question.locator('input[type=radio]:checked').count()) === 0) {
          // The last radio is "trifft nicht zu"; `pick` counts among the real options.
          await radios.nth(Math.min(pick, (await radios.count()) - 2)).check()
          answered = true
        }
      } else if ((await boxes.count()) > 0 && (await question.locator('input[type=checkbox]:checked').count()) === 0) {
        await boxes.first().check()
        answered = true
      }
    }
    if (!answered) break
  }
  const before = page.url()
  await page.getByRole('button', { name: /^Weiter/ }).click()
  await page.waitForURL((url) => url.href !== before)
}
