import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, launchPersistent } from './support/browser'
import { answerStepByKeyboard, startCheckByKeyboard } from './support/check-flow'
import { readAssessment } from './support/indexeddb'
import { cachedPaths, DIST, waitForServiceWorkerControl } from './support/pwa'
import { serveDirectory, type RunningServer } from './support/static-server'

const CRAFTS_IN_LOWER_SAXONY = { state: 'Niedersachsen', sector: 'Handwerk: Bau', employeesIndex: 0, apprentices: true }

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file)
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('installable and offline in Chromium', () => {
  let browser: Browser
  // Each file serves the build itself, so this test can switch the server off.
  let server: RunningServer
  beforeAll(async () => {
    server = await serveDirectory(DIST)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('has a manifest with its icons, no installability errors, and precaches every app file', async () => {
    // A normal profile: Chromium never offers to install from an incognito context.
    const { context, close } = await launchPersistent()
    const page = await context.newPage()
    await page.goto(server.url + '/')
    await waitForServiceWorkerControl(page)

    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])

    const manifest = await (await fetch(server.url + '/manifest.webmanifest')).json()
    expect(manifest).toMatchObject({
      name: 'Reifegrad – Digitalisierungs-Check',
      short_name: 'Reifegrad',
      start_url: '/',
      display: 'standalone',
      theme_color: '#0b5394',
      lang: 'de',
    })
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[]
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])
    for (const icon of icons) expect(pngSize(join(DIST, icon.src)).join('x')).toBe(icon.sizes)

    // Every script and style of the build (views, questionnaire chunks, …) and index.html.
    const assets = readdirSync(join(DIST, 'assets')).filter((file) => /\.(js|css)$/.test(file)).map((file) => `/assets/${file}`)
    expect(assets.some((path) => path.includes('schnellcheck-handwerk'))).toBe(true)
    const cached = await cachedPaths(page)
    expect(assets.filter((path) => !cached.includes(path))).toEqual([])
    expect(cached).toContain('/index.html')
    await close()
  })

  it('after one visit, starts without network (reload and a new visit) and does a whole Schnellcheck to the result', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(server.url + '/')
    await waitForServiceWorkerControl(page)

    // No network at all: the server is gone and the browser is offline.
    const baseUrl = server.url
    await server.close()
    await context.setOffline(true)

    // Proof that nothing can come from the network now: a file the service worker does not cache fails.
    expect(await page.evaluate(() => fetch('/nicht-im-cache.txt').then(() => 'answered', () => 'failed'))).toBe('failed')
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Wie digital ist Ihr Betrieb?' }).waitFor()
    const fresh = await context.newPage()
    await fresh.goto(baseUrl + '/')
    await fresh.getByRole('heading', { level: 1, name: 'Wie digital ist Ihr Betrieb?' }).waitFor()
    // A history-mode route opened directly is answered with the cached index.html too.
    await fresh.goto(baseUrl + '/meine-checks')
    await fresh.getByRole('heading', { level: 1, name: 'Meine Checks' }).waitFor()

    const id = await startCheckByKeyboard(fresh, baseUrl, CRAFTS_IN_LOWER_SAXONY, 1)
    for (let step = 1; step <= 7; step += 1) {
      await fresh.waitForURL(`**/schritt/${step}`)
      await fresh.locator('.step-buttons').waitFor()
      await answerStepByKeyboard(fresh)
    }
    await fresh.waitForURL('**/pruefen')
    await fresh.getByRole('button', { name: 'Check abschließen und Ergebnis ansehen' }).click()
    await fresh.waitForURL('**/ergebnis')
    await fresh.getByRole('heading', { level: 1 }).waitFor()
    expect(await fresh.locator('.alert--error').count()).toBe(0)

    const stored = await readAssessment(fresh, id)
    expect(stored.status).toBe('completed')
    expect(stored.questionnaireId).toBe('schnellcheck-handwerk')
    expect(stored.result.questionnaire).toBe('schnellcheck-handwerk@2.0.0')
    await context.close()
  })
})
