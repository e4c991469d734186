import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage } from './support/browser'
import { shownMessageKeys } from './support/message-keys'

const baseUrl = inject('baseUrl')

// Every page reachable from the start page, in both languages.
const ROUTES = ['/', '/datenschutz', '/ueber', '/einstellungen', '/betriebe', '/betriebe/neu', '/betriebe/import', '/gibt-es-nicht']

describe('app shell in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  for (const path of ROUTES) {
    it(`${path}: German, one h1, no text key instead of a text, no console error, no third-party request, 0 axe violations`, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      const watch = watchPage(page, baseUrl)
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' })
      await page.locator('h1').first().waitFor()
      expect(await page.getAttribute('html', 'lang')).toBe('de')
      expect(await page.locator('h1').count()).toBe(1)
      expect(await shownMessageKeys(page)).toEqual([])
      expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#main')
      expect(await axeViolations(page)).toEqual([])
      expect(watch.consoleErrors).toEqual([])
      expect(watch.foreignRequests).toEqual([])
      await context.close()
    })
  }

  it('links from the start page reach the privacy and about pages', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(baseUrl + '/')
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Datenschutz' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Datenschutz')
    // Focus moves to the new page's heading after navigation.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Über Reifegrad' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Über Reifegrad')
    expect(await page.getByText('Strategierat Niedersachsen').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('switches to English, remembers it after a reload, and stays accessible', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(baseUrl + '/')
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('How digital is your business?')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.reload()
    await expect.poll(() => page.locator('h1').textContent()).toBe('How digital is your business?')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('the skip link moves keyboard focus to the main content', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(baseUrl + '/')
    await page.locator('h1').waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Zum Inhalt springen')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await context.close()
  })
})

describe('built index.html', () => {
  it('carries a strict Content-Security-Policy and no inline script', async () => {
    const html = await (await fetch(baseUrl + '/')).text()
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="/)
      expect(body?.trim()).toBe('')
    }
  })
})
