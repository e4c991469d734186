import type { Page } from 'playwright-core'
import { focused, tabUntil } from './keyboard'

/** Profile of the test business: picked by keyboard from the profile form's selects and radios. */
export interface KeyboardProfile {
  /** Visible option label of the federal state, e.g. "Bayern". */
  state: string
  /** Visible option label of the district (Kreis), official name, e.g. "Vechta"; none chosen when absent. */
  district?: string
  /** Visible option label of the sector group. */
  sector: string
  /** 0-based index of the employees class radio (0: 1–9, 1: 10–49, 2: 50–249, 3: 250+). */
  employeesIndex: number
  /** 0-based index of the turnover class radio (0: up to 2 M, 1: to 10 M, 2: to 50 M, 3: over 50 M); defaults to 0. */
  turnoverIndex?: number
  headcount?: string
  apprentices: boolean
}

/** Selects an option of a focused <select> by keyboard: typing its label selects it. */
async function typeIntoSelect(page: Page, label: string) {
  await page.keyboard.type(label, { delay: 20 })
}

/** From the start page to the first question step, keyboard only. Returns the check's id. */
export async function startCheckByKeyboard(page: Page, baseUrl: string, profile: KeyboardProfile, questionnaireIndex = 0): Promise<string> {
  // Keys go to the tab in front, as for a user; with several tabs open this one may not be.
  await page.bringToFront()
  await page.goto(baseUrl + '/')
  // The load event can come before the app has mounted (it first loads its texts): wait for it,
  // or the Tab presses below run through an empty page.
  await page.getByRole('heading', { level: 1 }).waitFor()
  await tabUntil(page, (info) => info.tag === 'a' && info.text === 'Check starten')
  await page.keyboard.press('Enter')
  await page.waitForURL('**/check/neu')
  await page.getByRole('radio').first().waitFor()
  // The flagship is preselected; arrow keys move within the radio group.
  await tabUntil(page, (info) => info.type === 'radio')
  for (let i = 0; i < questionnaireIndex; i += 1) await page.keyboard.press('ArrowDown')
  await tabUntil(page, (info) => info.tag === 'button' && info.text === 'Check beginnen')
  await page.keyboard.press('Enter')
  await page.waitForURL('**/profil')
  await page.locator('#field-state').waitFor()

  await tabUntil(page, (info) => info.id === 'field-state')
  await typeIntoSelect(page, profile.state)
  if (profile.district) {
    // The state's list of Kreise loads after the state is chosen.
    await page.locator('#field-district:not([disabled])').waitFor()
    await tabUntil(page, (info) => info.id === 'field-district')
    await typeIntoSelect(page, profile.district)
  }
  await tabUntil(page, (info) => info.id === 'field-sector')
  await typeIntoSelect(page, profile.sector)
  await tabUntil(page, (info) => info.type === 'radio' && info.name === 'employees')
  await page.keyboard.press('Space')
  for (let i = 0; i < profile.employeesIndex; i += 1) await page.keyboard.press('ArrowDown')
  if (profile.headcount) {
    await tabUntil(page, (info) => info.id === 'field-headcount')
    await page.keyboard.type(profile.headcount)
  }
  await tabUntil(page, (info) => info.type === 'radio' && info.name === 'turnover')
  await page.keyboard.press('Space')
  for (let i = 0; i < (profile.turnoverIndex ?? 0); i += 1) await page.keyboard.press('ArrowDown')
  await tabUntil(page, (info) => info.type === 'radio' && info.name === 'apprentices')
  await page.keyboard.press('Space')
  if (!profile.apprentices) await page.keyboard.press('ArrowDown')
  await tabUntil(page, (info) => info.tag === 'button' && info.text.startsWith('Speichern und weiter'))
  await page.keyboard.press('Enter')
  await page.waitForURL('**/schritt/1')
  return new URL(page.url()).pathname.split('/')[2] ?? ''
}

/**
 * Answers every question of the current step by keyboard: Space on the first choice of each radio
 * group or on the first checkbox of each checkbox group, a number into number fields and a short
 * text into text fields; then Enter on "Weiter". `choose` may move the choice with arrow keys.
 */
export async function answerStepByKeyboard(page: Page, choose: (name: string) => number = () => 0): Promise<void> {
  const done = new Set<string>()
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab')
    const info = await focused(page)
    if (info.tag === 'button' && (info.text === 'Weiter' || info.text === 'Weiter zur Übersicht')) {
      await page.keyboard.press('Enter')
      return
    }
    if (done.has(info.name)) continue
    if (info.type === 'radio' && !info.groupAnswered) {
      await page.keyboard.press('Space')
      for (let step = 0; step < choose(info.name); step += 1) await page.keyboard.press('ArrowDown')
      done.add(info.name)
    } else if (info.type === 'checkbox' && info.name) {
      await page.keyboard.press('Space')
      done.add(info.name)
    } else if (info.tag === 'input' && info.type === 'text' && info.value === '') {
      await page.keyboard.type('120')
      done.add(info.name || `text-${i}`)
    } else if (info.tag === 'textarea' && info.value === '') {
      await page.keyboard.type('Terminbuchung online')
      done.add(info.name || `textarea-${i}`)
    }
  }
  throw new Error('Did not reach the Weiter button')
}

/**
 * Waits until the results page has built all its parts: it shows the result first and adds the
 * fields, offers and plan after painting, so counting or axe before this reads half a page.
 */
export async function waitForWholeResults(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Gesamtergebnis' }).waitFor()
  await page.locator('.results-page[data-complete]').waitFor()
}

/** Waits until the last answer is confirmed as stored. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.getByText('Gespeichert auf diesem Gerät').waitFor()
  await focused(page)
}

/**
 * Completes a whole check by keyboard with the first (lowest) choice everywhere, i.e. a business
 * weak in every field, IT security included, and opens its result. Returns the check's id.
 */
export async function completeCheckByKeyboard(page: Page, baseUrl: string, profile: KeyboardProfile, questionnaireIndex = 0): Promise<string> {
  const id = await startCheckByKeyboard(page, baseUrl, profile, questionnaireIndex)
  while (!page.url().endsWith('/pruefen')) {
    const before = page.url()
    await page.locator('fieldset.question').first().waitFor()
    await answerStepByKeyboard(page)
    await page.waitForURL((url) => url.href !== before)
  }
  const finish = page.getByRole('button', { name: 'Check abschließen und Ergebnis ansehen' })
  await finish.waitFor()
  if (await finish.isDisabled()) {
    throw new Error(`Cannot finish: ${(await page.locator('article').textContent())?.replace(/\s+/g, ' ')}`)
  }
  await finish.click()
  await page.waitForURL('**/ergebnis')
  await waitForWholeResults(page)
  return id
}
