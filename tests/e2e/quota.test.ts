import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser, launchPersistent } from './support/browser'
import { startCheckByKeyboard } from './support/check-flow'
import { readAssessment } from './support/indexeddb'

const baseUrl = inject('baseUrl')
const QUOTA_MESSAGE = 'Auf diesem Gerät ist nicht genug Speicherplatz frei.'

/** Writes `bytes` random bytes into a scratch database; the name of the error, or 'ok'. */
function probeWrite(page: Page, bytes: number): Promise<string> {
  return page.evaluate(
    (size) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('quota-probe', 1)
        open.onupgradeneeded = () => open.result.createObjectStore('probe')
        open.onerror = () => resolve(open.error?.name ?? 'open failed')
        open.onsuccess = () => {
          const transaction = open.result.transaction('probe', 'readwrite')
          // Random bytes: Chromium compresses what it stores, and random data stays as large as it is.
          const data = new Uint8Array(size)
          for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(data.subarray(offset, offset + 65_536))
          transaction.objectStore('probe').put(data, 'probe')
          const done = (outcome: string) => {
            open.result.close()
            resolve(outcome)
          }
          transaction.oncomplete = () => done('ok')
          transaction.onabort = () => done(transaction.error?.name ?? 'aborted')
        }
      }),
    bytes,
  )
}

const questionRadio = (page: Page, question: number, option: number) =>
  page.locator('fieldset.question').nth(question).getByRole('radio').nth(option)

describe('storage failures in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a full disk during an answer: the message is shown and the last saved state survives a reload', async () => {
    // A normal profile: Chromium enforces the quota for IndexedDB on disk (an incognito context keeps it in memory).
    const { context, close } = await launchPersistent()
    const page = await context.newPage()
    // A disk with 20 MB for this site: plenty for the check (IndexedDB notes that much as free).
    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseUrl, quotaSize: 20_000_000 })
    const id = await startCheckByKeyboard(page, baseUrl, { state: 'Berlin', sector: 'Handwerk: Bau', employeesIndex: 0, apprentices: true }, 1)
    await questionRadio(page, 0, 1).check()
    await page.getByText('Gespeichert auf diesem Gerät').waitFor()
    const saved = await readAssessment(page, id)

    // Now the disk is full. IndexedDB keeps using the free space it noted until a write needs more
    // than that: a probe write larger than 20 MB makes it look again and find the new quota.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseUrl, quotaSize: 1 })
    expect(await probeWrite(page, 25_000_000)).toBe('QuotaExceededError')

    await questionRadio(page, 0, 2).check()
    const saveStatus = page.locator('.save-status')
    await expect.poll(() => saveStatus.textContent()).toContain('Nicht gespeichert.')
    expect(await saveStatus.textContent()).toContain(QUOTA_MESSAGE)
    // The global alert says it too, on whatever page the user is.
    await page.getByRole('alert').filter({ hasText: QUOTA_MESSAGE }).waitFor()

    const afterFailure = await readAssessment(page, id)
    expect(afterFailure.answers).toEqual(saved.answers)
    expect(afterFailure.updatedAt).toBe(saved.updatedAt)

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseUrl })
    await page.reload()
    await page.locator('fieldset.question').first().waitFor()
    expect(await questionRadio(page, 0, 1).isChecked()).toBe(true)
    expect((await readAssessment(page, id)).answers).toEqual(saved.answers)
    await close()
  })

  it('no IndexedDB (private mode, blocked site data): the app says so instead of failing silently', async () => {
    const context = await browser.newContext()
    // What browsers do in these modes: opening the database throws a SecurityError.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      }
    })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/check/neu`)
    await page.getByRole('button', { name: 'Check beginnen' }).click()
    const message = 'In diesem Browser können keine Daten gespeichert werden.'
    await page.getByRole('alert').filter({ hasText: message }).first().waitFor()
    expect(await page.getByRole('alert').filter({ hasText: 'privaten Modus' }).count()).toBeGreaterThan(0)
    expect(page.url()).toMatch(/\/check\/neu$/)

    await page.goto(`${baseUrl}/meine-checks`)
    await page.getByRole('alert').filter({ hasText: message }).first().waitFor()
    await context.close()
  })

  it('data the browser removed: the app says what happened and what to do, once', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await startCheckByKeyboard(page, baseUrl, { state: 'Bremen', sector: 'Handwerk: Bau', employeesIndex: 0, apprentices: true }, 1)
    await page.goto(`${baseUrl}/ueber`)
    expect(await page.getByText('Ihre gespeicherten Checks sind nicht mehr da').count()).toBe(0)

    // What an eviction does: the site's IndexedDB is gone; localStorage (with the note) is not.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: baseUrl, storageTypes: 'indexeddb' })
    await page.goto(`${baseUrl}/`)
    const notice = page.getByRole('alert').filter({ hasText: 'Ihre gespeicherten Checks sind nicht mehr da' })
    await notice.waitFor()
    expect(await notice.textContent()).toContain('Der Browser hat diese Daten inzwischen gelöscht')
    expect(await axeViolations(page)).toEqual([])

    await notice.getByRole('button', { name: 'Verstanden' }).click()
    await page.reload()
    await page.locator('h1').waitFor()
    expect(await page.getByText('Ihre gespeicherten Checks sind nicht mehr da').count()).toBe(0)
    await context.close()
  })

  it('the settings page shows whether the browser keeps the data and reminds to save results otherwise', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`)
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Einstellungen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor()
    const status = page.locator('.persistence-status')
    await expect.poll(() => status.textContent()).toMatch(/Dauerhafter Speicher ist (nicht )?gewährt/)
    if ((await status.textContent())?.includes('nicht gewährt')) {
      await page.getByText('Speichern Sie wichtige Ergebnisse als Bericht oder Datei.').waitFor()
      expect(await page.getByRole('button', { name: 'Dauerhaften Speicher anfordern' }).count()).toBe(1)
    }
    expect(await page.getByText(/^Belegt: /).count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
