import type { BrowserContext, Page } from 'playwright-core'
import { BENCH_PAGE_PATH } from './paths'
import type { AssessmentRecord } from '../../src/domain/shapes/assessment'
import type { CompanyRecord } from '../../src/domain/shapes/company'

/** What bench-page/bench-api.js puts on `window.reifegradBench`. */
interface BenchApi {
  seed(data: { companies: CompanyRecord[]; checks: AssessmentRecord[] }): Promise<number>
  time(name: string, argument?: string): Promise<number | null>
}
type BenchGlobal = { reifegradBench?: BenchApi }

export interface BenchPage {
  page: Page
  /** Writes the records through the app's storage module; returns the in-page milliseconds. */
  seed(companies: CompanyRecord[], checks: AssessmentRecord[]): Promise<number>
  /** Milliseconds of one run of a named operation, or null when the app does not have it yet. */
  time(name: string, argument?: string): Promise<number | null>
  /** A fresh document: the next storage call opens the database again, like an app start. */
  reload(): Promise<void>
}

/** Opens the bench page on the app's origin (and so on the app's IndexedDB). */
export async function openBenchPage(context: BrowserContext, origin: string): Promise<BenchPage> {
  const page = await context.newPage()
  const ready = () => page.waitForFunction(() => (globalThis as BenchGlobal).reifegradBench !== undefined)
  await page.goto(origin + BENCH_PAGE_PATH)
  await ready()
  return {
    page,
    seed: (companies, checks) =>
      page.evaluate((data) => (globalThis as BenchGlobal).reifegradBench!.seed(data), { companies, checks }),
    time: (name, argument) =>
      page.evaluate(([operation, value]) => (globalThis as BenchGlobal).reifegradBench!.time(operation, value), [name, argument] as const),
    reload: async () => {
      await page.reload()
      await ready()
    },
  }
}
