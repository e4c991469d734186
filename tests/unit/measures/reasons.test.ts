import { describe, expect, it } from 'vitest'
import { formatDate, reasonText, suggestionReasonsText, type Reason } from '@/domain/measures/reasons'
import { buildQuestionnaire, dimension, single } from '../scoring/questionnaire-builder'

const questionnaire = {
  ...buildQuestionnaire([single('has-backup', 'reifegrad', [0, 1])], [dimension('reifegrad')], ['it-security']),
  topics: [{ id: 'it-security', title: { de: 'IT-Sicherheit', en: 'IT security' } }],
}
questionnaire.questions[0]!.text = { de: 'Sichern Sie Ihre Daten?', en: 'Do you back up your data?' }

const bavarianSuggestion: { reasons: Reason[] } = {
  reasons: [
    { kind: 'score', topic: 'it-security', score: 30, target: 60 },
    { kind: 'region', state: 'DE-BY', nationwide: false },
    { kind: 'size', headcount: 12 },
    { kind: 'validity', validUntil: '2027-12-31' },
  ],
}

describe('suggestionReasonsText', () => {
  it('reads as one line in German and English', () => {
    expect(suggestionReasonsText(bavarianSuggestion, 'de', questionnaire)).toBe(
      'IT-Sicherheit 30 von 100, Ziel 60 · Betrieb in Bayern mit 12 Beschäftigten · läuft bis 31.12.2027',
    )
    expect(suggestionReasonsText(bavarianSuggestion, 'en', questionnaire)).toBe(
      'IT security 30 of 100, target 60 · Business in Bavaria with 12 employees · runs until 31 Dec 2027',
    )
  })

  it('uses the size class when no headcount is known', () => {
    const s = { reasons: [{ kind: 'region', state: 'DE-NI', nationwide: false }, { kind: 'size', employees: '10-49' }] as Reason[] }
    expect(suggestionReasonsText(s, 'de', questionnaire)).toBe('Betrieb in Niedersachsen mit 10 bis 49 Beschäftigten')
    expect(suggestionReasonsText(s, 'en', questionnaire)).toBe('Business in Lower Saxony with 10 to 49 employees')
  })

  it('keeps size separate when the state is unknown', () => {
    const s = { reasons: [{ kind: 'region', state: null, nationwide: true }, { kind: 'size', employees: '250+' }] as Reason[] }
    expect(suggestionReasonsText(s, 'de', questionnaire)).toBe('bundesweites Angebot · Betrieb mit 250 oder mehr Beschäftigten')
  })
})

describe('reasonText', () => {
  it('names dimensions with their title and formats decimals per locale', () => {
    const r: Reason = { kind: 'score', dimension: 'reifegrad', score: 32.5, target: 40 }
    expect(reasonText(r, 'de', questionnaire)).toBe('reifegrad 32,5 von 100, Ziel 40')
    expect(reasonText(r, 'en', questionnaire)).toBe('reifegrad 32.5 of 100, target 40')
  })

  it('quotes the question of an answer reason', () => {
    expect(reasonText({ kind: 'answer', question: 'has-backup' }, 'de', questionnaire)).toBe(
      'Ihre Antwort auf „Sichern Sie Ihre Daten?“',
    )
    expect(reasonText({ kind: 'answer', question: 'has-backup' }, 'en', questionnaire)).toBe(
      'Your answer to “Do you back up your data?”',
    )
  })

  it('says when there is no end date and when the status is unconfirmed', () => {
    expect(reasonText({ kind: 'validity' }, 'de', questionnaire)).toBe('ohne festes Enddatum')
    expect(reasonText({ kind: 'validity' }, 'en', questionnaire)).toBe('no fixed end date')
    expect(reasonText({ kind: 'unverified', lastVerified: '2026-11-20' }, 'de', questionnaire)).toBe(
      'Status nicht bestätigt – bitte beim Anbieter nachfragen (Stand 20.11.2026)',
    )
    expect(reasonText({ kind: 'unverified', lastVerified: '2026-11-20' }, 'en', questionnaire)).toBe(
      'Status not confirmed – please check with the provider (as of 20 Nov 2026)',
    )
  })

  it('describes the size alone', () => {
    expect(reasonText({ kind: 'size', headcount: 1 }, 'en', questionnaire)).toBe('Business with 1 employee')
    expect(reasonText({ kind: 'size', headcount: 12 }, 'de', questionnaire)).toBe('Betrieb mit 12 Beschäftigten')
  })
})

describe('formatDate', () => {
  it('formats ISO dates per locale', () => {
    expect(formatDate('2027-01-05', 'de')).toBe('05.01.2027')
    expect(formatDate('2027-01-05', 'en')).toBe('5 Jan 2027')
    expect(formatDate('not a date', 'en')).toBe('not a date')
  })
})
