import { createApp } from 'vue'
import { describe, expect, it } from 'vitest'
import { useReasonText } from '@/components/measures/reason-text'
import { useDates } from '@/composables/useDates'
import type { Reason } from '@/domain/measures/reasons'
import { createAppI18n, type UiLocale } from '@/i18n'
import { uiMessages } from '../../component/ui-messages'
import { buildQuestionnaire, dimension, single } from '../scoring/questionnaire-builder'

/*
 * Reasons are data in the domain (match-measures.test.ts); the results page words them with the
 * real message files (`measures.reasons.*`, profile code names, dates of the shown language).
 */

const questionnaire = {
  ...buildQuestionnaire([single('has-backup', 'reifegrad', [0, 1])], [dimension('reifegrad')], ['it-security']),
  topics: [{ id: 'it-security', title: { de: 'IT-Sicherheit', en: 'IT security' } }],
}
questionnaire.questions[0]!.text = { de: 'Sichern Sie Ihre Daten?', en: 'Do you back up your data?' }

/** The composables as a component of the app would get them, in one language. */
function inLanguage(locale: UiLocale) {
  const app = createApp({})
  app.use(createAppI18n(locale, uiMessages))
  return app.runWithContext(() => ({ ...useReasonText(), ...useDates() }))
}
const de = inLanguage('de')
const en = inLanguage('en')

const bavarianReasons: Reason[] = [
  { kind: 'score', topic: 'it-security', score: 30, target: 60 },
  { kind: 'region', state: 'DE-BY', nationwide: false },
  { kind: 'size', headcount: 12 },
  { kind: 'validity', validUntil: '2027-12-31' },
]

describe('reasonsText', () => {
  it('reads as one line in German and English', () => {
    expect(de.reasonsText(bavarianReasons, questionnaire)).toBe(
      'IT-Sicherheit 30 von 100, Ziel 60 · Betrieb in Bayern mit 12 Beschäftigten · läuft bis 31.12.2027',
    )
    expect(en.reasonsText(bavarianReasons, questionnaire)).toBe(
      'IT security 30 of 100, target 60 · Business in Bavaria with a headcount of 12 · runs until 31 Dec 2027',
    )
  })

  it('uses the size class when no headcount is known', () => {
    const reasons: Reason[] = [{ kind: 'region', state: 'DE-NI', nationwide: false }, { kind: 'size', employees: '10-49' }]
    expect(de.reasonsText(reasons, questionnaire)).toBe('Betrieb in Niedersachsen mit 10 bis 49 Beschäftigten')
    expect(en.reasonsText(reasons, questionnaire)).toBe('Business in Lower Saxony with 10 to 49 employees')
  })

  it('keeps size separate when the state is unknown', () => {
    const reasons: Reason[] = [{ kind: 'region', state: null, nationwide: true }, { kind: 'size', employees: '250+' }]
    expect(de.reasonsText(reasons, questionnaire)).toBe('bundesweites Angebot · Betrieb mit 250 oder mehr Beschäftigten')
  })
})

describe('reasonText', () => {
  it('names dimensions with their title and shows whole points, as every score on the page', () => {
    const reason: Reason = { kind: 'score', dimension: 'reifegrad', score: 32.4, target: 40 }
    expect(de.reasonText(reason, questionnaire)).toBe('reifegrad 32 von 100, Ziel 40')
    expect(en.reasonText(reason, questionnaire)).toBe('reifegrad 32 of 100, target 40')
  })

  it('quotes the question of an answer reason', () => {
    expect(de.reasonText({ kind: 'answer', question: 'has-backup' }, questionnaire)).toBe('Ihre Antwort auf „Sichern Sie Ihre Daten?“')
    expect(en.reasonText({ kind: 'answer', question: 'has-backup' }, questionnaire)).toBe('Your answer to “Do you back up your data?”')
  })

  it('says when there is no end date and when the status is unconfirmed', () => {
    expect(de.reasonText({ kind: 'validity' }, questionnaire)).toBe('ohne festes Enddatum')
    expect(en.reasonText({ kind: 'validity' }, questionnaire)).toBe('no fixed end date')
    expect(de.reasonText({ kind: 'unverified', lastVerified: '2026-11-20' }, questionnaire)).toBe(
      'Status nicht bestätigt – bitte beim Anbieter nachfragen (Stand 20.11.2026)',
    )
    expect(en.reasonText({ kind: 'unverified', lastVerified: '2026-11-20' }, questionnaire)).toBe(
      'Status not confirmed – please check with the provider (as of 20 Nov 2026)',
    )
  })

  it('describes the size alone', () => {
    expect(en.reasonText({ kind: 'size', headcount: 12 }, questionnaire)).toBe('Business with a headcount of 12')
    expect(de.reasonText({ kind: 'size', headcount: 12 }, questionnaire)).toBe('Betrieb mit 12 Beschäftigten')
  })

  // The translator has no plural rules, so the words avoid the plural ("with 1 employees").
  it('reads right for a business of one', () => {
    expect(en.reasonText({ kind: 'size', headcount: 1 }, questionnaire)).toBe('Business with a headcount of 1')
  })
})

describe('useDates().day', () => {
  it('formats ISO dates per locale', () => {
    expect(de.day('2027-01-05')).toBe('05.01.2027')
    expect(en.day('2027-01-05')).toBe('5 Jan 2027')
    expect(en.day('not a date')).toBe('not a date')
  })
})
