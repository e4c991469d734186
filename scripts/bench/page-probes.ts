import type { Page } from 'playwright-core'

// The little of the DOM the probes below use. scripts/ is type-checked for Node (no DOM types);
// these functions run in the page, where the real objects exist.
type PageGlobal = { document: { querySelectorAll(selector: string): { length: number } } }

/**
 * Milliseconds from the start of the current navigation until the first animation frame in which
 * `selector` matches at least `count` elements: the page is drawn and can be used. Polled in the
 * page itself on every frame (a string predicate would need eval, which the app's CSP forbids).
 */
export async function msUntilShown(page: Page, selector: string, count: number): Promise<number> {
  const shown = await page.waitForFunction(
    ([css, minimum]) => (globalThis as unknown as PageGlobal).document.querySelectorAll(css).length >= minimum && performance.now(),
    [selector, count] as const,
    { polling: 'raf', timeout: 60_000 },
  )
  return Number(await shown.jsonValue())
}
