import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeViolations, launchBrowser, watchPage, type PageWatch } from './support/browser'
import { completeCheckByKeyboard } from './support/check-flow'
import { readAssessment } from './support/indexeddb'
import { shownMessageKeys } from './support/message-keys'
import { answerStepByClicks, createCompany, downloadOf, dumpConsultantData } from './support/consultant-flow'
import { issueMessage } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import type { Issue } from '@/domain/schema/issue'

const baseUrl = inject('baseUrl')
const HOSTILE = join(import.meta.dirname, '../fixtures/exchange/hostile')
const SLOW = 180_000

/**
 * A consultant's laptop in Chromium: one browser context (one device, one IndexedDB) for the whole
 * day, so each test continues with the data the one before it left: two companies, a check in
 * session mode, a self-assessment imported from a business, the portfolio table, a backup restored,
 * and a hostile file refused.
 */
describe('consultant workspace in Chromium', () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let watch: PageWatch
  const ids = { meyer: '', brandt: '', check: '' }
  const noted = { question: '', flagged: '', note: 'Glasfaser kommt im Herbst; Angebot der Stadtwerke abwarten.' }

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await browser.newContext()
    page = await context.newPage()
    watch = watchPage(page, baseUrl)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('a consultant’s day: two companies, a check with the profile taken over, notes and a follow-up in session mode, shown in the result', async () => {
    ids.meyer = await createCompany(page, baseUrl, { name: 'Tischlerei Meyer', state: 'DE-NI', sector: 'hw-bau', employees: '10-49', notes: 'Herr Meyer, dienstags' })
    expect(await axeViolations(page)).toEqual([])
    ids.brandt = await createCompany(page, baseUrl, { name: 'Bäckerei Brandt', state: 'DE-BY', sector: 'hw-lebensmittel', employees: '1-9', notes: '' })

    // The list: both companies, search, and the header's "Betriebe" link.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Betriebe' }).click()
    await page.waitForURL('**/betriebe')
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(2)
    expect(await page.locator('tbody th').allTextContents()).toEqual(['Bäckerei Brandt', 'Tischlerei Meyer'])
    await page.getByLabel('Name enthält').fill('meyer')
    await expect.poll(() => page.locator('tbody th').allTextContents()).toEqual(['Tischlerei Meyer'])
    expect(await page.getByRole('status').filter({ hasText: 'von 2 Betrieben' }).textContent()).toContain('1 von 2 Betrieben')
    expect(await axeViolations(page)).toEqual([])

    // A new check from the company page: state, sector and size come with it.
    await page.getByRole('link', { name: 'Tischlerei Meyer' }).click()
    await page.getByRole('heading', { level: 1, name: 'Tischlerei Meyer' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Neuen Check starten' }).click()
    await page.waitForURL('**/profil')
    expect(await page.locator('#field-state').inputValue()).toBe('DE-NI')
    expect(await page.locator('#field-sector').inputValue()).toBe('hw-bau')
    expect(await page.locator('input[name=employees][value="10-49"]').isChecked()).toBe(true)
    await page.locator('input[name=apprentices][value=yes]').check()
    await page.locator('input[name=turnover][value=le2m]').check()
    await page.getByRole('button', { name: 'Speichern und weiter zu den Fragen' }).click()
    await page.waitForURL('**/schritt/1')
    ids.check = new URL(page.url()).pathname.split('/')[2] ?? ''

    // Session mode: a note on the first question, a follow-up flag on the second.
    const toggle = page.getByRole('button', { name: 'Beratungsmodus' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.click()
    await page.waitForURL('**/beratung/1')
    expect(await page.getByRole('button', { name: 'Beratungsmodus' }).getAttribute('aria-pressed')).toBe('true')
    const first = page.locator('fieldset.question').first()
    noted.question = ((await first.getAttribute('id')) ?? '').replace('frage-', '')
    noted.flagged = ((await page.locator('fieldset.question').nth(1).getAttribute('id')) ?? '').replace('frage-', '')
    await page.locator(`#note-${noted.question}`).fill(noted.note)
    await page.getByRole('group', { name: 'Beratung zu Frage 2' }).getByLabel('Wiedervorlage').check()
    await page.getByText('Gespeichert auf diesem Gerät').waitFor()
    await expect.poll(async () => (await readAssessment(page, ids.check)).notes).toEqual({ [noted.question]: noted.note })
    expect((await readAssessment(page, ids.check)).followUps).toEqual([noted.flagged])
    expect(await axeViolations(page)).toEqual([])

    // The presenter view for the client: large, answerable, without the notes and the app's navigation.
    await page.getByRole('link', { name: 'Präsentationsansicht für den Betrieb' }).click()
    await page.waitForURL('**/praesentation/1')
    await page.locator('fieldset.question').first().waitFor()
    expect(await page.locator('.session-note').count()).toBe(0)
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.getByText(noted.note).count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'Präsentation beenden' }).click()
    await page.waitForURL('**/beratung/1')

    // Session mode is remembered: a step opened directly comes up in it.
    await page.goto(`${baseUrl}/check/${ids.check}/schritt/1`)
    await page.waitForURL('**/beratung/1')
    expect(await page.locator(`#note-${noted.question}`).inputValue()).toBe(noted.note)

    // Answer everything (second option), finish, and find the note and the flag in the result.
    for (let step = 1; step <= 7; step += 1) {
      await page.waitForURL(`**/beratung/${step}`)
      await answerStepByClicks(page, 1)
    }
    await page.waitForURL('**/pruefen')
    await page.getByRole('button', { name: 'Check abschließen und Ergebnis ansehen' }).click()
    await page.waitForURL('**/ergebnis')
    const notes = page.getByRole('region', { name: 'Notizen und Wiedervorlagen' })
    await notes.waitFor()
    const text = (await notes.textContent())?.replace(/\s+/g, ' ') ?? ''
    expect(text).toContain(noted.note)
    expect(text).toContain('(zur Wiedervorlage)')
    const stored = await readAssessment(page, ids.check)
    expect(stored).toMatchObject({ status: 'completed', companyId: ids.meyer, notes: { [noted.question]: noted.note }, followUps: [noted.flagged] })
    expect(stored.profile).toMatchObject({ state: 'DE-NI', sector: 'hw-bau', employees: '10-49', apprentices: true, turnover: 'le2m' })
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  }, SLOW)

  it('a self-assessment a business saved on its own device is imported into the company the consultant chooses', async () => {
    // The business owner's device: its own check, then the file for the consultant.
    const ownerContext = await browser.newContext()
    const owner = await ownerContext.newPage()
    const ownId = await completeCheckByKeyboard(owner, baseUrl, { state: 'Niedersachsen', sector: 'Handwerk: Bau', employeesIndex: 1, apprentices: true })
    const ownRecord = await readAssessment(owner, ownId)
    const file = await downloadOf(owner, () => owner.getByRole('button', { name: 'Datei für Ihre Beraterin / Ihren Berater speichern' }).click())
    expect(file.download.suggestedFilename()).toMatch(/^reifegrad-selbsteinschaetzung-\d{4}-\d{2}-\d{2}\.json$/)
    await ownerContext.close()

    // The consultant's device: import with a preview, choosing the company.
    await page.goto(`${baseUrl}/betriebe`)
    await page.getByRole('link', { name: 'Datei importieren' }).click()
    await page.getByLabel('Datei (JSON)').setInputFiles(file.path)
    const target = page.getByLabel('Zu welchem Betrieb gehört diese Selbsteinschätzung?')
    await target.waitFor()
    expect(await target.locator('option').allTextContents()).toEqual(['Bitte wählen', 'Bäckerei Brandt', 'Tischlerei Meyer'])
    expect(await page.getByRole('button', { name: 'Importieren' }).count()).toBe(0)
    await target.selectOption(ids.meyer)
    await page.getByText('Neu: 0 Betriebe, 1 Checks').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Importieren' }).click()
    await page.getByText('Importiert: 0 Betriebe, 1 Checks, 0 Maßnahmenpläne.').waitFor()

    const imported = await readAssessment(page, ownId)
    expect(imported).toEqual({ ...ownRecord, companyId: ids.meyer })

    // The company now has two completed checks: the history with the change, and the chart.
    await page.getByRole('link', { name: 'Tischlerei Meyer' }).click()
    await page.getByRole('heading', { name: 'Verlauf' }).waitFor()
    const header = (await page.locator('.history-table thead th').allTextContents()).map((cell) => cell.replace(/\s+/g, ' ').trim())
    expect(header).toHaveLength(3)
    expect(header[1]).toMatch(/^T0 /)
    expect(header[2]).toMatch(/^T1 /)
    const overall = page.locator('.history-table tbody tr', { has: page.getByRole('rowheader', { name: 'Gesamt' }) })
    // T1 answered the lowest options, T0 the second ones: the change is negative, written with its sign.
    expect((await overall.locator('td').nth(1).textContent())?.replace(/\s+/g, ' ')).toMatch(/^\d+ \(-\d+\)/)
    const chart = page.locator('canvas[role=img]')
    expect(await chart.getAttribute('aria-label')).toMatch(/^Gesamtpunkte: T0 \d+, T1 \d+\./)
    expect(await axeViolations(page)).toEqual([])
  }, SLOW)

  it('exports the portfolio table as CSV: byte order mark, German header, one line per completed check', async () => {
    await page.goto(`${baseUrl}/betriebe`)
    const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Übersicht aller Checks als Tabelle (CSV)' }).click())
    expect(csv.download.suggestedFilename()).toMatch(/^reifegrad-portfolio-\d{4}-\d{2}-\d{2}\.csv$/)
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean)
    expect(lines[0]).toBe(
      'Betrieb;Datum;Fragebogen;Gesamt;Stufe;Bildungseinrichtungen;Digitalberatung;Umsetzungsprojekte;Digitaler Reifegrad;Breitband gewerblich;Breitband Bildungseinrichtungen;Fachkräftepotenzial;Stufe Bildungseinrichtungen;Stufe Digitalberatung;Stufe Umsetzungsprojekte;Stufe Digitaler Reifegrad;Stufe Breitband gewerblich;Stufe Breitband Bildungseinrichtungen;Stufe Fachkräftepotenzial',
    )
    expect(lines).toHaveLength(3)
    for (const line of lines.slice(1)) {
      const fields = line.split(';')
      expect(fields).toHaveLength(19)
      expect(fields.slice(0, 3)).toEqual(['Tischlerei Meyer', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'digitalisierungsgrad-check@2.0.0'])
      expect(fields[3]).toMatch(/^\d+$/)
      expect(['Einsteiger', 'Entdecker', 'Anwender', 'Fortgeschritten', 'Vorreiter']).toContain(fields[4])
    }
    expect(await page.getByRole('status').filter({ hasText: 'reifegrad-portfolio-' }).count()).toBe(1)
  })

  it('a backup of everything, restored after deleting all companies with their checks, gives back identical stored data', async () => {
    const before = await dumpConsultantData(page)
    expect(before.companies).toHaveLength(2)
    expect(before.assessments).toHaveLength(2)
    await page.goto(`${baseUrl}/betriebe`)
    // Notes stay out of files unless chosen; a full backup here keeps them.
    await page.getByLabel('Beratungsnotizen zu den Fragen mitnehmen').check()
    const backup = await downloadOf(page, () => page.getByRole('button', { name: 'Alles als Datei sichern' }).click())
    expect(backup.download.suggestedFilename()).toMatch(/^reifegrad-sicherung-\d{4}-\d{2}-\d{2}\.json$/)

    // Brandt has no checks: one confirmation. Meyer has two: only "with all checks", confirmed again.
    await page.getByRole('link', { name: 'Bäckerei Brandt' }).click()
    await page.getByRole('button', { name: 'Betrieb löschen' }).click()
    await page.getByText('Den Betrieb „Bäckerei Brandt“ löschen?').waitFor()
    await page.getByRole('button', { name: 'Ja, löschen' }).click()
    await page.waitForURL('**/betriebe')
    await page.getByText('Der Betrieb „Bäckerei Brandt“ wurde gelöscht.').waitFor()
    await page.getByRole('link', { name: 'Tischlerei Meyer' }).click()
    await page.getByRole('button', { name: 'Betrieb löschen' }).click()
    await page.getByText('Zu „Tischlerei Meyer“ gibt es 2 Checks.').waitFor()
    expect(await page.getByRole('button', { name: 'Ja, löschen' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Betrieb mit allen Checks löschen' }).click()
    await page.getByText('„Tischlerei Meyer“ und alle 2 Checks endgültig löschen?').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Ja, Betrieb und Checks endgültig löschen' }).click()
    await page.waitForURL('**/betriebe')
    await page.getByText('Noch kein Betrieb angelegt.').waitFor()
    expect(await dumpConsultantData(page)).toEqual({ assessments: [], companies: [], summaries: [] })

    await page.getByRole('link', { name: 'Datei importieren' }).click()
    await page.getByLabel('Datei (JSON)').setInputFiles(backup.path)
    await page.getByText('Neu: 2 Betriebe, 2 Checks').waitFor()
    expect(await page.getByText('Schon vorhanden, bleibt unverändert: 0 Betriebe, 0 Checks').count()).toBe(1)
    await page.getByRole('button', { name: 'Importieren' }).click()
    await page.getByText('Importiert: 2 Betriebe, 2 Checks, 0 Maßnahmenpläne.').waitFor()
    expect(await dumpConsultantData(page)).toEqual(before)

    // The same file again: everything is already there, nothing to import.
    await page.getByLabel('Datei (JSON)').setInputFiles(backup.path)
    await page.getByText('Die Datei enthält nichts, was hier noch fehlt.').waitFor()
    expect(await page.getByRole('button', { name: 'Importieren' }).count()).toBe(0)
    expect(await dumpConsultantData(page)).toEqual(before)
  })

  it('hostile or broken files are refused with every problem and its place named, as text, and change nothing', async () => {
    const before = await dumpConsultantData(page)
    const expected = JSON.parse(readFileSync(join(HOSTILE, 'expected.json'), 'utf8')) as {
      expected: Record<string, Issue[]>
    }
    await page.goto(`${baseUrl}/betriebe/import`)
    for (const name of ['proto-in-company.json', 'truncated.json', 'script-name-too-long.json', 'self-assessment-with-company.json']) {
      await page.getByLabel('Datei (JSON)').setInputFiles(join(HOSTILE, name))
      const alert = page.getByRole('alert').filter({ hasText: 'Diese Datei kann nicht importiert werden. Es wurde nichts geändert.' })
      await alert.getByText(name).waitFor()
      const items = (await alert.locator('li').allTextContents()).map((item) => item.replace(/\s+/g, ' ').trim())
      const problems = expected.expected[name]!
      expect(items, name).toHaveLength(problems.length)
      // Each problem at its place, worded by the app's German issue texts.
      problems.forEach((problem, index) => {
        expect(items[index], name).toContain(`${problem.path}:`)
        expect(items[index], name).toContain(issueMessage(problem, issuesDe, 'de'))
      })
      // Whatever the file holds is shown as text: no element from it gets into the page.
      expect(await page.locator('main script, main img, main iframe').count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Importieren' }).count()).toBe(0)
      expect(await axeViolations(page)).toEqual([])
    }
    expect(await dumpConsultantData(page)).toEqual(before)
  })

  it('switches to English on a consultant page: its own texts follow at once, in the list, a company and a session page', async () => {
    await page.goto(`${baseUrl}/betriebe`)
    await page.getByRole('heading', { level: 1, name: 'Betriebe' }).waitFor()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Businesses' }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Businesses' }).count()).toBe(1)
    expect(await page.locator('thead th').first().textContent()).toBe('Name of the business')
    expect(await page.getByLabel('Name contains').count()).toBe(1)
    expect(await shownMessageKeys(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'Tischlerei Meyer' }).click()
    await page.getByRole('button', { name: 'Start a new check' }).waitFor()
    expect(await page.locator('.history-table caption').textContent()).toContain('Points per check')
    expect(await shownMessageKeys(page)).toEqual([])
    // The consultant's pages load their texts with them: also after a fresh start in English.
    await page.goto(`${baseUrl}/check/${ids.check}/beratung/1`)
    await page.getByRole('link', { name: 'Presenter view for the business' }).waitFor()
    await page.getByRole('button', { name: 'Deutsch' }).click()
    await page.getByRole('link', { name: 'Präsentationsansicht für den Betrieb' }).waitFor()
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })
})
