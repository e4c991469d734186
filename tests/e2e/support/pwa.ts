import { resolve } from 'node:path'
import type { Page } from 'playwright-core'

/** The production build the browser tests serve. */
export const DIST = resolve(import.meta.dirname, '../../../dist')

/** Waits until the service worker is installed, active and controls `page` (the app is then precached). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 })
}

/** Every URL path in the service worker's caches. */
export async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      paths.push(...(await cache.keys()).map((request) => new URL(request.url).pathname))
    }
    return paths
  })
}
