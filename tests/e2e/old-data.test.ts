import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage } from './support/browser'
import { waitForWholeResults } from './support/check-flow'

const baseUrl = inject('baseUrl')
const RELEASED = join(import.meta.dirname, '../fixtures/released/v1')
const released = (name: string) => JSON.parse(readFileSync(join(RELEASED, `${name}.json`), 'utf8')) as Record<string, unknown>

/** The list entry release 1 wrote beside each check. */
function summaryOf(record: Record<string, unknown>) {
  const result = record.result as { overall: { score: number | null; level: number | null } } | null
  const { id, questionnaireId, questionnaireVersion, companyId, status, createdAt, updatedAt, completedAt } = record
  return { id, questionnaireId, questionnaireVersion, companyId, status, createdAt, updatedAt, completedAt, overallScore: result?.overall.score ?? null, overallLevel: result?.overall.level ?? null }
}

/**
 * Writes the data of release 1 the way release 1 stored it: database version 2 with its stores and
 * indexes, records of schema version 1, before the new build opens the page.
 */
async function seedRelease1(page: Page) {
  const data = {
    company: released('company'),
    checks: [released('assessment-completed'), released('assessment-draft')],
    outbox: released('outbox-entry'),
  }
  await page.goto(`${baseUrl}/ueber`)
  await page.evaluate(async () => {
    const registrations = await navigator.serviceWorker?.getRegistrations()
    await Promise.all((registrations ?? []).map((registration) => registration.unregister()))
  })
  await page.evaluate(
    ({ data, summaries }) =>
      new Promise<void>((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('reifegrad')
        deleting.onsuccess = () => {
          const open = indexedDB.open('reifegrad', 2)
          open.onupgradeneeded = () => {
            const db = open.result
            const assessments = db.createObjectStore('assessments', { keyPath: 'id' })
            assessments.createIndex('by-company', 'companyId')
            assessments.createIndex('by-status', 'status')
            assessments.createIndex('by-updated', 'updatedAt')
            assessments.createIndex('by-company-updated', ['companyId', 'updatedAt'])
            const summaryStore = db.createObjectStore('summaries', { keyPath: 'id' })
            summaryStore.createIndex('by-updated', ['updatedAt', 'id'])
            summaryStore.createIndex('by-company-updated', ['companyId', 'updatedAt', 'id'])
            summaryStore.createIndex('by-status-updated', ['status', 'updatedAt', 'id'])
            summaryStore.createIndex('by-company-status-updated', ['companyId', 'status', 'updatedAt', 'id'])
            summaryStore.createIndex('by-company-completed', ['companyId', 'completedAt', 'id'])
            const companies = db.createObjectStore('companies', { keyPath: 'id' })
            companies.createIndex('by-name', 'name')
            companies.createIndex('by-state', 'state')
            companies.createIndex('by-updated', 'updatedAt')
            db.createObjectStore('settings', { keyPath: 'key' })
            const outbox = db.createObjectStore('outbox', { keyPath: 'key' })
            outbox.createIndex('by-status-due', ['status', 'nextAttemptAt'])
            outbox.createIndex('by-assessment', 'assessmentId')
          }
          open.onsuccess = () => {
            const db = open.result
            const tx = db.transaction(['assessments', 'summaries', 'companies', 'outbox'], 'readwrite')
            tx.objectStore('companies').put(data.company)
            for (const check of data.checks) tx.objectStore('assessments').put(check)
            for (const summary of summaries) tx.objectStore('summaries').put(summary)
            tx.objectStore('outbox').put(data.outbox)
            tx.oncomplete = () => {
              db.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
          open.onerror = () => reject(open.error)
        }
        deleting.onerror = () => reject(deleting.error)
      }),
    { data, summaries: data.checks.map(summaryOf) },
  )
}

describe('data of release 1 opened with this build', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists, shows and continues the old checks and business; the database is upgraded without losing a record', async () => {
    const page = await (await browser.newContext()).newPage()
    const watch = watchPage(page, baseUrl)
    await seedRelease1(page)

    await page.goto(`${baseUrl}/meine-checks`)
    await page.getByRole('heading', { level: 1, name: 'Meine Checks' }).waitFor()
    await expect.poll(() => page.getByText('Elektro Huber GmbH').count()).toBeGreaterThan(0)
    expect(await page.getByText('abgeschlossen').count()).toBeGreaterThan(0)
    expect(await page.getByText('in Bearbeitung').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])

    // The completed check opens on its own questionnaire version, with its frozen result.
    const completed = released('assessment-completed')
    await page.goto(`${baseUrl}/check/${String(completed.id)}/ergebnis`)
    await waitForWholeResults(page)
    const score = Math.round((completed.result as { overall: { score: number } }).overall.score)
    expect(await page.locator('.result-overall').textContent()).toContain(`${score} von 100`)
    expect(await page.getByText('Elektro Huber GmbH').count()).toBeGreaterThan(0)

    // The draft continues where it was left, on version 1.0.0, with the offer to move to the new version.
    const draft = released('assessment-draft')
    await page.goto(`${baseUrl}/check/${String(draft.id)}`)
    await page.waitForURL(`**/check/${String(draft.id)}/**/3`)
    await page.locator('fieldset.question').first().waitFor()
    expect(await page.getByRole('button', { name: 'Auf die neue Fassung umstellen' }).count()).toBe(1)

    // The business, with its sector moved to the new list.
    await page.goto(`${baseUrl}/betriebe`)
    await page.getByRole('link', { name: 'Elektro Huber GmbH' }).waitFor()

    // Upgraded in place: version 3 with the plans store, and every record still there.
    const stored = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; checks: number; companies: number; outbox: number }>((resolve, reject) => {
          const open = indexedDB.open('reifegrad')
          open.onsuccess = () => {
            const db = open.result
            const tx = db.transaction(['assessments', 'companies', 'outbox'])
            const counts: number[] = []
            ;(['assessments', 'companies', 'outbox'] as const).forEach((name, index) => {
              const request = tx.objectStore(name).count()
              request.onsuccess = () => (counts[index] = request.result)
            })
            tx.oncomplete = () => {
              resolve({ version: db.version, stores: [...db.objectStoreNames], checks: counts[0]!, companies: counts[1]!, outbox: counts[2]! })
              db.close()
            }
          }
          open.onerror = () => reject(open.error)
        }),
    )
    expect(stored).toMatchObject({ version: 3, checks: 2, companies: 1, outbox: 1 })
    expect(stored.stores).toContain('plans')
    expect(watch.consoleErrors).toEqual([])
  })
})
