import { describe, expect, it } from 'vitest'
import { loadMeasuresCatalogue } from '@/domain/measures/load-catalogue'
import { matchMeasures, type MatchOutcome } from '@/domain/measures/match-measures'
import { suggestionReasonsText } from '@/domain/measures/reasons'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { resolveTargets } from '@/domain/scoring/targets'
import { STATE_CODES, type Profile } from '@/domain/profile/profile-fields'
import type { MeasuresCatalogue } from '@/domain/measures/types'
import { answerAll, loadQuestionnaireFile, lowest, middle, readRepoJson } from '../scoring/answer-builder'

/*
 * Golden cases on the real flagship questionnaire and the real measures catalogue. The business
 * answers every question with a middling option, and the IT-security questions with the lowest,
 * so IT security is its weak spot.
 */

const flagship = loadQuestionnaireFile('questionnaires/digitalisierungsgrad-check.json')
const loaded = loadMeasuresCatalogue(readRepoJson('questionnaires/measures.json'))
if (!loaded.ok) throw new Error(`measures.json does not load: ${JSON.stringify(loaded.errors)}`)
const catalogue: MeasuresCatalogue = loaded.catalogue

const craftBusiness: Profile = {
  sector: 'hw-elektro-metall', employees: '10-49', headcount: 12, turnover: 'le2m', state: 'DE-BY', apprentices: true,
}

function match(profile: Profile, date: string): MatchOutcome {
  const answers = answerAll(flagship, profile, (q) => (q.topic === 'it-security' ? lowest(q) : middle(q)))
  const result = scoreAssessment(flagship, answers, profile)
  const targets = resolveTargets(result, flagship, {})
  return matchMeasures({ result, profile, catalogue, date, targets, answers })
}
const openIds = (o: MatchOutcome) => o.open.map((s) => s.measure.id)
const closedIds = (o: MatchOutcome) => o.closed.map((c) => c.measure.id)
const suggestion = (o: MatchOutcome, id: string) => o.open.find((s) => s.measure.id === id)

describe('golden: 12-person crafts business in Bayern, 2026-11-21', () => {
  const outcome = match(craftBusiness, '2026-11-21')

  it('puts the Digitalbonus Bayern and the CyberRisikoCheck in the top five', () => {
    const top5 = openIds(outcome).slice(0, 5)
    expect(top5).toContain('digitalbonus-bayern')
    expect(top5).toContain('cyberrisikocheck')
  })

  it.each(['digitalbonus-bayern', 'cyberrisikocheck'])('gives %s an IT-security reason in plain words', (id) => {
    const s = suggestion(outcome, id)!
    expect(s.reasons).toContainEqual(expect.objectContaining({ kind: 'score', topic: 'it-security' }))
    const text = suggestionReasonsText(s, 'de', flagship)
    expect(text).toContain('IT-Sicherheit')
    expect(text).toContain('Bayern mit 12 Beschäftigten')
  })

  it('says how long each runs', () => {
    expect(suggestionReasonsText(suggestion(outcome, 'digitalbonus-bayern')!, 'de', flagship)).toContain('läuft bis 31.12.2027')
    expect(suggestionReasonsText(suggestion(outcome, 'digitalbonus-bayern')!, 'en', flagship)).toContain('runs until 31 Dec 2027')
    // The CyberRisikoCheck has no known end date in the catalogue.
    expect(suggestionReasonsText(suggestion(outcome, 'cyberrisikocheck')!, 'de', flagship)).toContain('ohne festes Enddatum')
  })

  it('offers no programme of another state, open or closed', () => {
    const all = [...outcome.open.map((s) => s.measure), ...outcome.closed.map((c) => c.measure)]
    for (const m of all) expect(m.regions.some((r) => r === 'DE' || r === 'DE-BY')).toBe(true)
  })
})

describe('golden: the same business in Niedersachsen', () => {
  const outcome = match({ ...craftBusiness, state: 'DE-NI' }, '2026-11-21')

  it('offers no Digitalbonus as open; the ended Niedersachsen one is closed', () => {
    expect(openIds(outcome).filter((id) => id.startsWith('digitalbonus-'))).toEqual([])
    expect(closedIds(outcome)).toContain('digitalbonus-niedersachsen-innovativ')
  })

  it('offers the Digitalagentur and a Mittelstand-Digital Zentrum', () => {
    expect(openIds(outcome)).toContain('digitalagentur-niedersachsen')
    expect(openIds(outcome).some((id) => id.startsWith('mittelstand-digital-'))).toBe(true)
  })

  it('marks the Digitalagentur as unverified with the check-with-provider note', () => {
    const s = suggestion(outcome, 'digitalagentur-niedersachsen')!
    expect(s.unverified).toBe(true)
    expect(suggestionReasonsText(s, 'de', flagship)).toContain('bitte beim Anbieter nachfragen')
  })
})

describe('golden: 60-person firm in Bayern', () => {
  it('does not see the Digitalbonus Bayern at all', () => {
    const outcome = match({ ...craftBusiness, headcount: 60, employees: '50-249' }, '2026-11-21')
    expect(openIds(outcome)).not.toContain('digitalbonus-bayern')
    expect(closedIds(outcome)).not.toContain('digitalbonus-bayern')
    expect(openIds(outcome)).not.toContain('cyberrisikocheck')
  })
})

describe('golden: the Bavarian business after the Digitalbonus has ended', () => {
  it('lists the Digitalbonus Bayern as closed on 2028-01-15, not as open', () => {
    const outcome = match(craftBusiness, '2028-01-15')
    expect(openIds(outcome)).not.toContain('digitalbonus-bayern')
    expect(outcome.closed.find((c) => c.measure.id === 'digitalbonus-bayern')).toMatchObject({
      status: 'ended', validFrom: '2024-07-01', validUntil: '2027-12-31',
    })
  })
})

describe('golden: nothing ended is offered as open', () => {
  it.each(STATE_CODES)('in %s on 2026-11-22', (state) => {
    const date = '2026-11-22'
    const outcome = match({ ...craftBusiness, state }, date)
    for (const s of outcome.open) {
      if (s.measure.validUntil !== undefined) expect(s.measure.validUntil >= date).toBe(true)
      expect(s.measure.validFrom <= date).toBe(true)
    }
    for (const c of outcome.closed) expect(c.validUntil === undefined || c.validUntil < date || c.validFrom > date).toBe(true)
  })
})

describe('catalogue content against the flagship', () => {
  it('triggers only on topics the flagship has', () => {
    const topics = new Set(flagship.topics.map((t) => t.id))
    for (const m of catalogue.measures) {
      for (const t of m.triggers) if ('topic' in t) expect(topics.has(t.topic), `${m.id}: ${t.topic}`).toBe(true)
    }
  })

  it('triggers only on questions and options some questionnaire has', () => {
    const schnellcheck = loadQuestionnaireFile('questionnaires/schnellcheck-handwerk.json')
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
