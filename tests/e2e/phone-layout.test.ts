import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage, type PageWatch } from './support/browser'
import { answerStepByClicks, createCompany } from './support/consultant-flow'
import { tabUntil } from './support/keyboard'
import { waitForWholeResults } from './support/check-flow'
import { localDay } from './support/page-dates'

const baseUrl = inject('baseUrl')
const SLOW = 300_000
const FIXTURES = join(import.meta.dirname, '../fixtures/exchange')
const WIDTHS = [360, 390]
// A long name without spaces where a table would like to break: it must wrap, not widen the page.
const COMPANY = {
  name: 'Elektroinstallationsmeisterbetrieb Müller-Lüdenscheidt GmbH & Co. KG',
  state: 'DE-NW',
  sector: 'hw-gebaeudetechnik',
  employees: '10-49',
  notes: 'Ansprechpartnerin: Frau Müller-Lüdenscheidt, montags bis donnerstags, Durchwahl 0123456789012345',
}

interface Route {
  name: string
  path: () => string
  /** Waits until the page shows its content (lazily loaded parts included). */
  ready?: (page: Page) => Promise<void>
  /** Puts the page into a further state to measure as well (e.g. a confirmation shown). */
  states?: { name: string; enter: (page: Page) => Promise<void> }[]
}

/** Chooses a file to import and waits for its preview or the reasons it is refused. */
async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByLabel('Datei (JSON)').setInputFiles(path)
  await page.locator('.import-preview, .import-errors').first().waitFor()
}

/**
 * Null when the page does not scroll sideways; else its scroll width and the elements sticking out
 * of the viewport that no sideways-scrolling box around them holds (outermost first).
 */
async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; offenders: string[] } | null> {
  return page.evaluate(() => {
    const root = document.documentElement
    const width = root.clientWidth
    if (root.scrollWidth <= width) return null
    const scrollsInside = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX
        if (overflowX === 'auto' || overflowX === 'scroll') return true
      }
      return false
    }
    // Text that its own box clips (e.g. visually hidden text) does not widen the page.
    const clipsText = (element: Element) => getComputedStyle(element).overflowX !== 'visible'
    const describe = (element: Element) => {
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : ''
      const id = element.id ? `#${element.id}` : ''
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
      return `${element.tagName.toLowerCase()}${id}${classes} right=${Math.round(right(element))} "${text}"`
    }
    // Text sticking out of its element (a long word) counts as its element sticking out.
    const textRight = (element: Element) => {
      let most = -Infinity
      if (clipsText(element)) return most
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of range.getClientRects()) most = Math.max(most, rect.right + window.scrollX)
      }
      return most
    }
    // Page coordinates: the page may have been scrolled sideways already.
    const right = (element: Element) => Math.max(element.getBoundingClientRect().right + window.scrollX, textRight(element))
    const sticksOut = (element: Element) => right(element) > width + 0.5 && !scrollsInside(element)
    const all = [...document.body.querySelectorAll('*')]
    let offenders = all.filter(sticksOut)
    // None outside a scrolling box: then one inside it pushes the page (e.g. it is positioned).
    if (offenders.length === 0) offenders = all.filter((element) => right(element) > width + 0.5)
    // The outermost ones name the cause; their children stick out only because they do.
    const outermost = offenders.filter((element) => !element.parentElement || !offenders.includes(element.parentElement))
    return { scrollWidth: root.scrollWidth, clientWidth: width, offenders: outermost.slice(0, 12).map(describe) }
  })
}

/**
 * Every page of the app on a phone, 360 and 390 px wide, with real data (a company with two
 * completed checks, a plan and an open draft): nothing may make the page scroll sideways; wide
 * tables scroll inside their own region; the header is compact and its menu works by keyboard.
 */
describe('phone layouts in Chromium', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let watch: PageWatch
  const ids = { company: '', first: '', second: '', draft: '' }

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: 'de-DE',
    })
    page = await context.newPage()
    watch = watchPage(page, baseUrl)

    // A company with two completed checks (so the result compares and follows up on a plan) and a draft.
    ids.company = await createCompany(page, baseUrl, COMPANY)
    const startCheck = async (profileNeeded: boolean) => {
      await page.goto(`${baseUrl}/betriebe/${ids.company}`)
      await page.getByLabel('Schnellcheck Handwerk', { exact: false }).check()
      await page.getByRole('button', { name: 'Neuen Check starten' }).click()
      await page.waitForURL('**/profil')
      if (profileNeeded) {
        await page.locator('input[name=apprentices][value=yes]').check()
        await page.locator('input[name=turnover][value=le2m]').check()
      }
      await page.getByRole('button', { name: 'Speichern und weiter zu den Fragen' }).click()
      await page.waitForURL('**/schritt/1')
      return new URL(page.url()).pathname.split('/')[2] ?? ''
    }
    const finishCheck = async (pick: number) => {
      while (!page.url().endsWith('/pruefen')) await answerStepByClicks(page, pick)
      await page.getByRole('button', { name: 'Check abschließen und Ergebnis ansehen' }).click()
      await page.waitForURL('**/ergebnis')
      await page.locator('#plan').waitFor()
    }
    const planSteps = page.locator('#plan fieldset.plan-step')
    ids.first = await startCheck(true)
    await finishCheck(0)
    for (let picked = 0; picked < 2; picked += 1) {
      await page.locator('#plan').getByRole('button', { name: /in den Plan übernehmen/ }).first().click()
      await planSteps.nth(picked).waitFor()
    }
    await planSteps.first().getByLabel('Wer?').fill('Auszubildende im zweiten Lehrjahr')
    await planSteps.first().getByLabel('Bis wann?').fill(await localDay(page, -2))
    await planSteps.nth(1).getByLabel('Bis wann?').fill(await localDay(page, 5))
    await page.locator('#plan .save-status').getByText('Gespeichert auf diesem Gerät').waitFor()

    ids.second = await startCheck(false)
    await finishCheck(1)
    ids.draft = await startCheck(false)
    await answerStepByClicks(page, 2)
  }, SLOW)

  afterAll(async () => {
    await browser?.close()
  })

  const h1 = (name?: string | RegExp) => (p: Page) => p.getByRole('heading', { level: 1, ...(name ? { name } : {}) }).waitFor()
  const routes: Route[] = [
    { name: 'start', path: () => '/' },
    { name: 'check start', path: () => '/check/neu', ready: (p) => p.getByRole('radio').first().waitFor() },
    { name: 'profile', path: () => `/check/${ids.draft}/profil`, ready: (p) => p.locator('#field-state').waitFor() },
    { name: 'step', path: () => `/check/${ids.draft}/schritt/1`, ready: (p) => p.locator('fieldset.question').first().waitFor() },
    { name: 'session mode', path: () => `/check/${ids.draft}/beratung/1`, ready: (p) => p.locator('.session-note').first().waitFor() },
    {
      name: 'presentation mode',
      path: () => `/check/${ids.draft}/praesentation/1`,
      ready: (p) => p.locator('fieldset.question').first().waitFor(),
    },
    { name: 'review', path: () => `/check/${ids.draft}/pruefen`, ready: (p) => p.locator('.step-buttons').waitFor() },
    { name: 'review of a completed check', path: () => `/check/${ids.second}/pruefen`, ready: (p) => p.locator('.step-buttons').waitFor() },
    {
      name: 'results',
      path: () => `/check/${ids.second}/ergebnis`,
      ready: async (p) => {
        await waitForWholeResults(p)
        await p.getByRole('region', { name: 'Was aus dem letzten Plan wurde' }).locator('tbody tr').first().waitFor()
        // On a phone only the bar chart shows, its bars sideways in a tall box: every field name fits.
        // It is drawn when it comes near the screen, screens below the result's text.
        await p.locator('.results-chart--bar').scrollIntoViewIfNeeded()
        await p.locator('.results-chart--bar canvas[width]:not([width="0"])').waitFor()
        expect(await p.locator('.results-chart--radar').isVisible()).toBe(false)
        const box = await p.locator('.results-chart--bar canvas').boundingBox()
        expect(box && box.height > box.width, `bar chart ${JSON.stringify(box)}`).toBe(true)
      },
      states: [
        {
          name: 'all details open',
          enter: async (p) => {
            await p.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)))
          },
        },
      ],
    },
    {
      name: 'results with plan',
      path: () => `/check/${ids.first}/ergebnis`,
      ready: async (p) => {
        await waitForWholeResults(p)
        await p.locator('#plan fieldset.plan-step').first().waitFor()
      },
    },
    {
      name: 'my checks',
      path: () => '/meine-checks',
      ready: (p) => p.locator('table tbody tr').nth(2).waitFor(),
      states: [{ name: 'delete confirmation', enter: (p) => p.getByRole('button', { name: / löschen$/ }).first().click({ timeout: 5000 }) }],
    },
    { name: 'companies', path: () => '/betriebe', ready: (p) => p.locator('table tbody tr').first().waitFor() },
    { name: 'new company', path: () => '/betriebe/neu', ready: (p) => p.locator('#field-company-name').waitFor() },
    {
      name: 'company import',
      path: () => '/betriebe/import',
      ready: (p) => p.getByLabel('Datei (JSON)').waitFor(),
      states: [
        { name: 'file refused', enter: (p) => chooseFile(p, join(FIXTURES, 'hostile/duplicate-company-ids.json')) },
        { name: 'preview', enter: (p) => chooseFile(p, join(FIXTURES, 'company-export.json')) },
      ],
    },
    {
      name: 'company',
      path: () => `/betriebe/${ids.company}`,
      ready: async (p) => {
        await h1(COMPANY.name)(p)
        await p.locator('.history-table tbody tr').nth(1).waitFor()
      },
    },
    { name: 'edit company', path: () => `/betriebe/${ids.company}/bearbeiten`, ready: (p) => p.locator('#field-company-name').waitFor() },
    {
      name: 'due steps',
      path: () => '/faellig',
      ready: async (p) => {
        await p.getByLabel('Fällig bis').selectOption('all')
        await p.locator('.due-page tbody tr').first().waitFor()
      },
    },
    { name: 'lagebild', path: () => '/lagebild' },
    { name: 'settings', path: () => '/einstellungen' },
    { name: 'privacy', path: () => '/datenschutz' },
    { name: 'about', path: () => '/ueber' },
    { name: 'not found', path: () => '/gibt-es-nicht/auch-nicht' },
  ]

  async function visit(route: Route) {
    await page.goto(baseUrl + route.path())
    try {
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await route.ready?.(page)
    } catch (error) {
      throw new Error(`${route.name} (${page.url()}) did not show its content: ${String(error)}`)
    }
    // Charts and lazily loaded parts settle.
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  }

  for (const width of WIDTHS) {
    it(`no page scrolls sideways at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 })
      const problems: string[] = []
      const measured: string[] = []
      const check = async (label: string) => {
        // To look at the pages: PHONE_LAYOUT_SHOTS=/tmp/shots npm run test:e2e
        const shots = process.env.PHONE_LAYOUT_SHOTS
        if (shots) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight)
          for (let top = 0, part = 1; top < height; top += 800, part += 1) {
            const clip = { x: 0, y: top, width, height: Math.min(800, height - top) }
            await page.screenshot({ path: `${shots}/${width}-${label.replace(/\W+/g, '-')}-${part}.png`, fullPage: true, clip })
          }
        }
        const overflow = await horizontalOverflow(page)
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
        measured.push(`${label}: ${scrollWidth}`)
        if (overflow) {
          problems.push(`${label} at ${width} px is ${overflow.scrollWidth} px wide (viewport ${overflow.clientWidth}):\n    ${overflow.offenders.join('\n    ')}`)
        }
      }
      for (const route of routes) {
        await visit(route)
        await check(route.name)
        for (const state of route.states ?? []) {
          try {
            await state.enter(page)
          } catch (error) {
            problems.push(`${route.name} at ${width} px: cannot enter "${state.name}": ${String(error).split('\n')[0]}`)
            continue
          }
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
          await check(`${route.name} (${state.name})`)
        }
        // Session mode is remembered on the device; the plain step page must stay reachable.
        await page.evaluate(() => localStorage.removeItem('reifegrad.sessionMode'))
      }
      if (process.env.PHONE_LAYOUT_REPORT) console.log(`widths at ${width} px:\n  ${measured.join('\n  ')}`)
      expect(problems.join('\n')).toBe('')
    }, SLOW)
  }

  it('the header is compact at 390 px and its menu opens by keyboard', async () => {
    await page.setViewportSize({ width: 390, height: 800 })
    await visit(routes[0]!)
    const header = page.locator('.site-header')
    const height = (await header.boundingBox())?.height ?? Infinity
    if (process.env.PHONE_LAYOUT_REPORT) console.log(`header at 390 px: ${height} px`)
    expect(height, `header height ${height}`).toBeLessThanOrEqual(120)
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' })
    expect(await nav.getByRole('link').count()).toBe(0)

    const toggle = page.getByRole('button', { name: 'Menü' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    const controlled = await toggle.getAttribute('aria-controls')
    expect(controlled).toBeTruthy()
    await tabUntil(page, (info) => info.tag === 'button' && info.text.includes('Menü'))
    await page.keyboard.press('Enter')
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator(`#${controlled}`).isVisible()).toBe(true)
    const shots = process.env.PHONE_LAYOUT_SHOTS
    if (shots) await page.screenshot({ path: `${shots}/390-menu-open.png` })
    const links = nav.getByRole('link')
    expect(await links.allTextContents()).toEqual([
      'Start',
      'Check starten',
      'Meine Checks',
      'Betriebe',
      'Fällige Schritte',
      'Lagebild',
      'Einstellungen',
      'Datenschutz',
      'Über Reifegrad',
    ])
    expect(await horizontalOverflow(page)).toBeNull()
    expect(await axeViolations(page)).toEqual([])

    // Tab goes on into the list; Escape closes it and returns to the button.
    const next = await tabUntil(page, (info) => info.tag === 'a')
    expect(next.text).toBe('Start')
    await page.keyboard.press('Escape')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toContain('Menü')

    // Following a link closes the menu.
    await page.keyboard.press('Enter')
    await tabUntil(page, (info) => info.tag === 'a' && info.text === 'Betriebe')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/betriebe')
    await page.getByRole('heading', { level: 1, name: 'Betriebe' }).waitFor()
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await nav.getByRole('link').count()).toBe(0)

    // On a wide screen the links are a plain visible list, no menu button.
    await page.setViewportSize({ width: 1280, height: 720 })
    expect(await toggle.isVisible()).toBe(false)
    expect(await nav.getByRole('link').count()).toBe(9)
  })

  it('in English (longer words in places) no page scrolls sideways at 360 px either', async () => {
    await page.setViewportSize({ width: 360, height: 800 })
    await page.goto(baseUrl + '/')
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'How digital is your business?' }).waitFor()
    const header = (await page.locator('.site-header').boundingBox())?.height ?? Infinity
    expect(header, `header height ${header}`).toBeLessThanOrEqual(130)
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false')
    const problems: string[] = []
    try {
      for (const route of routes) {
        await page.goto(baseUrl + route.path())
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        await page.waitForLoadState('networkidle')
        const overflow = await horizontalOverflow(page)
        if (overflow) problems.push(`${route.name} is ${overflow.scrollWidth} px wide:\n    ${overflow.offenders.join('\n    ')}`)
        await page.evaluate(() => localStorage.removeItem('reifegrad.sessionMode'))
      }
    } finally {
      await page.goto(baseUrl + '/')
      await page.getByRole('button', { name: 'Deutsch' }).click()
      await page.getByRole('heading', { level: 1, name: 'Wie digital ist Ihr Betrieb?' }).waitFor()
    }
    expect(problems.join('\n')).toBe('')
  }, SLOW)

  it('every page passes axe at 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 800 })
    const problems: string[] = []
    for (const route of routes) {
      await visit(route)
      for (const violation of await axeViolations(page)) problems.push(`${route.name}: ${violation}`)
      await page.evaluate(() => localStorage.removeItem('reifegrad.sessionMode'))
    }
    expect(problems).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  }, SLOW)
})
