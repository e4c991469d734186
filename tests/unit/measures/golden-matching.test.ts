import { createApp } from 'vue'
import { describe, expect, it } from 'vitest'
import { useReasonText } from '@/components/measures/reason-text'
import { loadMeasuresCatalogue } from '@/domain/measures/load-catalogue'
import { matchMeasures, type MatchedMeasure, type MatchOutcome } from '@/domain/measures/match-measures'
import { standingOn } from '@/domain/measures/standing'
import { validityOn } from '@/domain/measures/validity'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { resolveTargets } from '@/domain/scoring/targets'
import type { MeasuresCatalogue } from '@/domain/measures/catalogue-format'
import { createAppI18n, type UiLocale } from '@/i18n'
import { answerAll, loadQuestionnaireFile, lowest, middle, readRepoJson } from '../scoring/answer-builder'
import { type Profile, STATE_CODES } from '@/domain/shapes/profile'
import { uiMessages } from '../../component/ui-messages'

/*
 * Golden cases on the real flagship questionnaire (version 2.0.0, whose topics the catalogue's
 * triggers name) and the real measures catalogue. The business answers every question with a
 * middling option, and the IT-security questions with the lowest, so IT security is its weak spot.
 */

const flagship = loadQuestionnaireFile('questionnaires/digitalisierungsgrad-check/2.0.0.json')
const loaded = loadMeasuresCatalogue(readRepoJson('questionnaires/measures.json'))
if (!loaded.ok) throw new Error(`measures.json does not load: ${JSON.stringify(loaded.errors)}`)
const catalogue: MeasuresCatalogue = loaded.catalogue

/** A metal workshop in the Landkreis Rosenheim: 12 people on 11 full-time posts, liable to trade tax. */
const craftBusiness: Profile = {
  state: 'DE-BY', district: '09187', sector: 'hw-metall', employees: '10-49', headcount: 12, fte: 11, turnover: 'le2m', tradeTax: 'liable', apprentices: true,
}
const TODAY = '2026-11-29'

/** A suggestion's reasons as the results page words them, with the real message files. */
function reasonsIn(locale: UiLocale) {
  const app = createApp({})
  app.use(createAppI18n(locale, uiMessages))
  const { reasonsText } = app.runWithContext(() => useReasonText())
  return (item: MatchedMeasure) => reasonsText(item.reasons, flagship)
}
const reasonsDe = reasonsIn('de')
const reasonsEn = reasonsIn('en')

function match(profile: Profile, date: string): MatchOutcome {
  const answers = answerAll(flagship, profile, (q) => (q.topic === 'it-security' ? lowest(q) : middle(q)))
  const result = scoreAssessment(flagship, answers, profile)
  const targets = resolveTargets(result, flagship, {})
  return matchMeasures({ result, profile, catalogue, date, targets, answers })
}
const ids = (list: readonly MatchedMeasure[]) => list.map((item) => item.measure.id)
const find = (list: readonly MatchedMeasure[], id: string) => list.find((item) => item.measure.id === id)
const all = (outcome: MatchOutcome) => [...outcome.open, ...outcome.check, ...outcome.ended]

describe(`golden: 12-person crafts business in Bayern, ${TODAY}`, () => {
  const outcome = match(craftBusiness, TODAY)

  it('has the Digitalbonus Bayern and the CyberRisikoCheck open today, in the top five', () => {
    const top5 = ids(outcome.open).slice(0, 5)
    expect(top5).toContain('digitalbonus-bayern')
    expect(top5).toContain('cyberrisikocheck')
  })

  // The Bavarian programme names the state and the full-time posts it is limited by; the nationwide check says so.
  it.each([
    ['digitalbonus-bayern', 'Betrieb in Bayern mit 11 Vollzeitstellen'],
    ['cyberrisikocheck', 'bundesweites Angebot · Betrieb mit 12 Beschäftigten'],
  ])('gives %s an IT-security reason in plain words', (id, where) => {
    const item = find(outcome.open, id)!
    expect(item.reasons[0]).toMatchObject({ kind: 'score', topic: 'it-security' })
    const text = reasonsDe(item)
    expect(text).toMatch(/^IT-Sicherheit \d+(,\d)? von 100, Ziel \d+/)
    expect(text).toContain(where)
  })

  it('says how long each runs', () => {
    expect(reasonsDe(find(outcome.open, 'digitalbonus-bayern')!)).toContain('läuft bis 31.12.2027')
    expect(reasonsEn(find(outcome.open, 'digitalbonus-bayern')!)).toContain('runs until 31 Dec 2027')
    // The CyberRisikoCheck has no known end date in the catalogue.
    expect(reasonsDe(find(outcome.open, 'cyberrisikocheck')!)).toContain('ohne festes Enddatum')
  })

  it('offers no programme of another state, in any group', () => {
    for (const item of all(outcome)) expect(item.measure.regions.some((region) => region === 'DE' || region === 'DE-BY'), item.measure.id).toBe(true)
  })

  it('shows a regional contact only for its Kreise, and the nearest contact of a group only', () => {
    for (const item of all(outcome)) {
      if (item.measure.districts) expect(item.measure.districts, item.measure.id).toContain('09187')
    }
    const contacts = all(outcome).filter((item) => item.measure.contactGroup === 'mittelstand-digital-regional')
    expect(contacts.length).toBeLessThanOrEqual(1)
  })
})

describe('golden: the same business without full-time posts and trade tax in its profile', () => {
  it('has the Digitalbonus Bayern to check with the provider, naming what the profile does not tell', () => {
    const { fte: _fte, tradeTax: _tax, ...profile } = craftBusiness
    const outcome = match(profile, TODAY)
    expect(ids(outcome.open)).not.toContain('digitalbonus-bayern')
    const bonus = find(outcome.check, 'digitalbonus-bayern')!
    // 12 people are at most 12 full-time posts, so only the trade tax is unknown.
    expect(bonus.reasons).toContainEqual({ kind: 'eligibility-unknown', facts: ['trade-tax'] })
    expect(reasonsDe(bonus)).toContain('Ihre Angaben zeigen nicht ob der Betrieb Gewerbesteuer zahlt')
  })
})

describe('golden: the same business in Niedersachsen (Region Hannover)', () => {
  const outcome = match({ ...craftBusiness, state: 'DE-NI', district: '03241' }, TODAY)

  it('offers no Digitalbonus today; the ended Niedersachsen ones are listed as ended', () => {
    expect([...ids(outcome.open), ...ids(outcome.check)].filter((id) => id.startsWith('digitalbonus-'))).toEqual([])
    expect(ids(outcome.ended)).toEqual(expect.arrayContaining(['digitalbonus-niedersachsen-innovativ', 'digitalbonus-niedersachsen-2019']))
  })

  it('offers the Digitalagentur and the nearest Mittelstand-Digital Zentrum (Hannover) to check with the provider', () => {
    expect(ids(outcome.check)).toContain('niedersachsen-next-digitalagentur')
    const centres = [...outcome.open, ...outcome.check].filter((item) => item.measure.contactGroup === 'mittelstand-digital-regional')
    expect(ids(centres)).toEqual(['mittelstand-digital-zentrum-hannover'])
  })

  it('marks the Digitalagentur as unverified with the check-with-provider note', () => {
    const agency = find(outcome.check, 'niedersachsen-next-digitalagentur')!
    expect(agency.reasons).toContainEqual(expect.objectContaining({ kind: 'unverified' }))
    expect(reasonsDe(agency)).toContain('bitte beim Anbieter nachfragen')
  })
})

describe('golden: 60-person firm in Bayern', () => {
  it('does not see the Digitalbonus Bayern or the CyberRisikoCheck at all', () => {
    const outcome = match({ ...craftBusiness, headcount: 60, fte: 58, employees: '50-249' }, TODAY)
    expect(ids(all(outcome))).not.toContain('digitalbonus-bayern')
    expect(ids(all(outcome))).not.toContain('cyberrisikocheck')
  })
})

describe('golden: the Bavarian business after the Digitalbonus has ended', () => {
  it('lists the Digitalbonus Bayern as ended on 2028-01-15, not as open', () => {
    const outcome = match(craftBusiness, '2028-01-15')
    expect(ids(outcome.open)).not.toContain('digitalbonus-bayern')
    const bonus = outcome.ended.find((item) => item.measure.id === 'digitalbonus-bayern')
    expect(bonus).toMatchObject({ status: 'ended', measure: { validFrom: '2024-07-01', validUntil: '2027-12-31' } })
  })
})

describe('golden: nothing ended is offered as open', () => {
  it.each(STATE_CODES)('in %s on 2026-11-22', (state) => {
    const date = '2026-11-22'
    const outcome = match({ ...craftBusiness, state, district: undefined }, date)
    for (const item of outcome.open) expect([validityOn(item.measure, date), item.measure.status]).toEqual(['open', 'verified'])
    for (const item of outcome.check) expect(standingOn(item.measure, date) === 'ended', item.measure.id).toBe(false)
    for (const item of outcome.ended) expect(validityOn(item.measure, date)).not.toBe('open')
  })
})

describe('catalogue content against the questionnaires', () => {
  it('triggers only on topics the flagship has', () => {
    const topics = new Set(flagship.topics.map((t) => t.id))
    for (const m of catalogue.measures) {
      for (const t of m.triggers) if ('topic' in t) expect(topics.has(t.topic), `${m.id}: ${t.topic}`).toBe(true)
    }
  })

  it('triggers only on questions and options some questionnaire has', () => {
    const schnellcheck = loadQuestionnaireFile('questionnaires/schnellcheck-handwerk/2.0.0.json')
    const questions = [...flagship.questions, ...schnellcheck.questions]
    for (const m of catalogue.measures) {
      for (const t of m.triggers) {
        if (!('question' in t)) continue
        const q = questions.find((x) => x.id === t.question)
        expect(q, `${m.id}: ${t.question}`).toBeDefined()
      }
    }
  })
})
