import { describe, expect, it } from 'vitest'
import { loadMeasuresCatalogue } from '@/domain/measures/load-catalogue'
import { matchMeasures, type MatchOutcome } from '@/domain/measures/match-measures'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { resolveTargets } from '@/domain/scoring/targets'
import type { MeasuresCatalogue } from '@/domain/measures/catalogue-format'
import { type Profile, STATE_CODES } from '@/domain/shapes/profile'
import { answerAll, loadQuestionnaireFile, lowest, middle, readRepoJson } from '../scoring/answer-builder'

/*
 * Dated cases across all 16 Länder, driven through the domain with the real flagship and the real
 * catalogue: three kinds of business (a one-person craft, a 25-person manufacturer, a 120-person
 * service firm) on four days from 2025 to 2028. The rules hold for every case; the catalogue's
 * coverage (a state's own funding or advice, federal offers) is checked on each day too.
 */

const flagship = loadQuestionnaireFile('questionnaires/digitalisierungsgrad-check/2.0.0.json')
const loaded = loadMeasuresCatalogue(readRepoJson('questionnaires/measures.json'))
if (!loaded.ok) throw new Error('measures.json does not load')
const catalogue: MeasuresCatalogue = loaded.catalogue

const DAYS = ['2025-03-15', '2026-11-29', '2027-06-30', '2028-09-01']
const BUSINESSES: { name: string; profile: Omit<Profile, 'state'> }[] = [
  { name: 'one-person craft', profile: { sector: 'hw-ausbau', employees: '1-9', headcount: 1, fte: 1, turnover: 'le2m', tradeTax: 'liable', apprentices: false } },
  { name: '25-person manufacturer', profile: { sector: 'industrie', employees: '10-49', headcount: 25, fte: 22, turnover: 'le10m', tradeTax: 'liable', apprentices: true } },
  { name: '120-person service firm', profile: { sector: 'dienstleistung', employees: '50-249', headcount: 120, fte: 100, turnover: 'le50m', tradeTax: 'liable', apprentices: true } },
]

function match(profile: Profile, date: string): MatchOutcome {
  const answers = answerAll(flagship, profile, (question) => (question.topic === 'it-security' ? lowest(question) : middle(question)))
  const result = scoreAssessment(flagship, answers, profile)
  return matchMeasures({ result, profile, catalogue, date, targets: resolveTargets(result, flagship, {}), answers })
}

describe.each(STATE_CODES)('dated cases in %s', (state) => {
  describe.each(DAYS)('on %s', (date) => {
    it.each(BUSINESSES)('$name: only offers for its state, open only when running and confirmed, ended only after their end', ({ profile }) => {
      const outcome = match({ ...profile, state }, date)
      const everything = [...outcome.open, ...outcome.check, ...outcome.ended]
      for (const item of everything) {
        const where = `${item.measure.id} for ${state} on ${date}`
        expect(item.measure.regions.includes('DE') || item.measure.regions.includes(state), where).toBe(true)
        // Size limits are never broken by an offer that is open or to check (ended ones are history).
        const { maxEmployees, minEmployees, maxFte, excludedSectors } = item.measure.eligibility
        if (!outcome.ended.includes(item as never)) {
          expect(maxEmployees === undefined || profile.headcount! <= maxEmployees, `${where}: max ${maxEmployees}`).toBe(true)
          expect(minEmployees === undefined || profile.headcount! >= minEmployees, `${where}: min ${minEmployees}`).toBe(true)
          expect(maxFte === undefined || profile.fte! <= maxFte, `${where}: fte ${maxFte}`).toBe(true)
          expect(excludedSectors?.includes(profile.sector!) ?? false, `${where}: sector`).toBe(false)
        }
      }
      for (const item of outcome.open) {
        const where = `${item.measure.id} open for ${state} on ${date}`
        // "Heute offen" means: running on the day and confirmed; never an unconfirmed entry.
        expect(item.measure.status, where).toBe('verified')
        expect(item.measure.validFrom <= date, where).toBe(true)
        expect(item.measure.validUntil === undefined || date <= item.measure.validUntil, where).toBe(true)
        expect(item.reasons.some((reason) => reason.kind === 'eligibility-unknown'), where).toBe(false)
      }
      for (const item of outcome.check) {
        const where = `${item.measure.id} to check for ${state} on ${date}`
        expect(item.measure.validUntil === undefined || date <= item.measure.validUntil || item.measure.successor !== undefined, where).toBe(true)
        const unconfirmed = item.measure.status === 'unverified' || item.measure.successor !== undefined || item.reasons.some((reason) => reason.kind === 'eligibility-unknown')
        expect(unconfirmed, where).toBe(true)
      }
      for (const item of outcome.ended) {
        const where = `${item.measure.id} ended for ${state} on ${date}`
        if (item.status === 'ended') expect(item.measure.validUntil !== undefined && item.measure.validUntil < date, where).toBe(true)
        else expect(item.measure.validFrom > date, where).toBe(true)
      }
      // Nothing twice, and of a contact group only the nearest one.
      const ids = everything.map((item) => item.measure.id)
      expect(new Set(ids).size).toBe(ids.length)
      const groups = everything.flatMap((item) => (item.measure.contactGroup ? [item.measure.contactGroup] : []))
      expect(new Set(groups).size).toBe(groups.length)
    })

    it('names something of the state itself (funding or advice, open, to check or ended) and a federal offer', () => {
      const outcome = match({ ...BUSINESSES[0]!.profile, state }, date)
      const everything = [...outcome.open, ...outcome.check, ...outcome.ended]
      expect(everything.some((item) => item.measure.regions.includes(state)), `${state} on ${date}`).toBe(true)
      expect(everything.some((item) => item.measure.regions.includes('DE')), `${state} on ${date}`).toBe(true)
    })
  })
})

describe('dated cases: what a small business can get', () => {
  it('has something open today in the states whose own programme is confirmed and running', () => {
    const running = catalogue.measures.filter(
      (measure) => measure.status === 'verified' && measure.kind === 'funding' && measure.validFrom <= '2026-11-29' && (measure.validUntil ?? '9999') >= '2026-11-29',
    )
    const states = STATE_CODES.filter((state) => running.some((measure) => measure.regions.includes(state)))
    expect(states.length).toBeGreaterThan(1)
    for (const state of states) expect(match({ ...BUSINESSES[1]!.profile, state }, '2026-11-29').open.length, state).toBeGreaterThan(0)
  })
})

describe('dated cases: programmes that end or begin', () => {
  it('the Digitalbonus Bayern is open in 2026 and listed as ended in 2028, never open after its end', () => {
    const craft = { ...BUSINESSES[0]!.profile, state: 'DE-BY' as const }
    const before = match(craft, '2026-11-29')
    const after = match(craft, '2028-09-01')
    expect(before.open.map((item) => item.measure.id)).toContain('digitalbonus-bayern')
    expect(after.open.map((item) => item.measure.id)).not.toContain('digitalbonus-bayern')
    expect(after.ended.map((item) => item.measure.id)).toContain('digitalbonus-bayern')
  })

  it('the ended Niedersachsen Digitalbonus programmes are ended on every day after 2025, with their dates', () => {
    for (const date of DAYS.slice(1)) {
      const outcome = match({ ...BUSINESSES[0]!.profile, state: 'DE-NI' }, date)
      const ended = outcome.ended.filter((item) => item.measure.id.startsWith('digitalbonus-niedersachsen'))
      expect(ended.length, date).toBeGreaterThan(0)
      for (const item of ended) expect(item.measure.validUntil! < date, `${item.measure.id} ${date}`).toBe(true)
    }
  })
})
