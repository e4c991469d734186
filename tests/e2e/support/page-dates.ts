import type { Page } from 'playwright-core'

/** The page's local date (YYYY-MM-DD), `days` from today: what the app counts due dates from. */
export async function localDay(page: Page, days: number): Promise<string> {
  return page.evaluate((offset) => {
    const now = new Date()
    now.setDate(now.getDate() + offset)
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  }, days)
}
