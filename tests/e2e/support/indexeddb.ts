import type { Page } from 'playwright-core'

/** Reads a stored check straight from the page's IndexedDB, bypassing the app, to see what is really stored. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function readAssessment(page: Page, id: string): Promise<any> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('reifegrad')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const request = db.transaction('assessments').objectStore('assessments').get(key)
          request.onsuccess = () => {
            resolve(request.result)
            db.close()
          }
          request.onerror = () => reject(request.error)
        }
      }),
    id,
  )
}
