import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { flushPromises } from '@vue/test-utils'
import ResultsDimensionTable from '@/components/results/ResultsDimensionTable.vue'
import ResultsChartFigure from '@/components/results/ResultsChartFigure.vue'
import MeasureList from '@/components/measures/MeasureList.vue'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { loadMeasuresCatalogue } from '@/domain/measures/load-catalogue'
import { matchMeasures } from '@/domain/measures/match-measures'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { resolveTargets } from '@/domain/scoring/targets'
import { compareResults } from '@/domain/scoring/compare'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { mountWithI18n } from './mount-helpers'
import type { Answers } from '@/domain/shapes/answers'
import type { Profile } from '@/domain/shapes/profile'

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown
// Version 2.0.0: its topics are those the catalogue's triggers name, and it asks context questions.
const loaded = loadQuestionnaire(read('questionnaires/digitalisierungsgrad-check/2.0.0.json'))
if (!loaded.ok) throw new Error('flagship questionnaire does not load')
const questionnaire: Questionnaire = loaded.questionnaire
const catalogueOutcome = loadMeasuresCatalogue(read('questionnaires/measures.json'))
if (!catalogueOutcome.ok) throw new Error('catalogue does not load')
const catalogue = catalogueOutcome.catalogue

/** Every firm single-choice question answered with its fewest (pick 0) or most (pick -1) points. */
function answersAt(pick: 0 | -1): Answers {
  return Object.fromEntries(
    questionnaire.questions.flatMap((question) => {
      if (question.type !== 'single' || question.scope !== 'firm') return []
      const byPoints = question.options.filter((option) => !option.notRelevant).sort((a, b) => (a.points ?? 0) - (b.points ?? 0))
      return [[question.id, byPoints.at(pick)!.id]]
    }),
  )
}

const BAVARIA: Profile = { state: 'DE-BY', district: '09187', sector: 'hw-metall', employees: '10-49', headcount: 12, fte: 11, turnover: 'le2m', tradeTax: 'liable', apprentices: true }
const weak = scoreAssessment(questionnaire, answersAt(0), BAVARIA)
const strong = scoreAssessment(questionnaire, answersAt(-1), BAVARIA)

describe('ResultsDimensionTable', () => {
  it('lists each dimension with score, level, completeness, change and a target select that emits the new level', async () => {
    const wrapper = mountWithI18n(ResultsDimensionTable, {
      props: { result: strong, questionnaire, targets: resolveTargets(strong, questionnaire, {}), comparison: compareResults(weak, strong), contextFields: ['breitband-bildung'] },
    })
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(7)
    expect(rows[0]!.get('th').text()).toBe('Bildungseinrichtungen')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toContain('Veränderung')
    expect(rows[0]!.text()).toMatch(/\+\d+/)
    await wrapper.get('#target-bildung').setValue('4')
    expect(wrapper.emitted('set-target')).toEqual([['bildung', 4]])
    // A field the questionnaire only asks about the surroundings of has no target.
    const context = rows.find((row) => row.get('th').text() === questionnaire.dimensions.find((d) => d.id === 'breitband-bildung')!.title.de)!
    expect(context.find('select').exists()).toBe(false)
    expect(wrapper.find('#target-breitband-bildung').exists()).toBe(false)
  })
})

describe('ResultsChartFigure', () => {
  it('has a text alternative naming every value and a data table, without relying on the canvas', async () => {
    const rows = [
      { label: 'IT', today: 30, target: 60, before: 20 },
      { label: 'Breitband', today: 80, target: 80, before: null },
    ]
    const wrapper = mountWithI18n(ResultsChartFigure, { props: { kind: 'radar', rows } })
    await flushPromises()
    expect(wrapper.get('canvas').attributes('role')).toBe('img')
    expect(wrapper.get('canvas').attributes('aria-label')).toBe('IT: heute 30, Ziel 60; Breitband: heute 80, Ziel 80')
    expect(wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))).toEqual([
      ['30', '60', '20'],
      ['80', '80', '–'],
    ])
  })
})

describe('MeasureList', () => {
  const targetsFor = (result: typeof weak) => resolveTargets(result, questionnaire, {})

  it('shows open measures with reasons and facts, those to check with what to clarify, and ended ones only in the collapsed list', () => {
    const matches = matchMeasures({ result: weak, profile: BAVARIA, catalogue, date: '2026-11-29', targets: targetsFor(weak) })
    expect(matches.check.length).toBeGreaterThan(0)
    const wrapper = mountWithI18n(MeasureList, { props: { matches, questionnaire, catalogueDate: catalogue.lastReviewed } })
    expect(wrapper.findAll('.measures__group h3').map((h3) => h3.text())).toEqual([
      `Heute offen (${matches.open.length})`,
      `Beim Anbieter prüfen (${matches.check.length})`,
    ])
    const titles = wrapper.findAll('.measure-card h4').map((h4) => h4.text())
    expect(titles).toContain('Digitalbonus Bayern')
    const bonus = wrapper.findAll('.measure-card--open').find((card) => card.get('h4').text() === 'Digitalbonus Bayern')!
    expect(bonus.text()).toContain('Förderquote')
    expect(bonus.get('.measure-card__why').text()).toMatch(/^Warum vorgeschlagen: IT-Sicherheit \d+ von 100, Ziel \d+ · Betrieb in Bayern mit 11 Vollzeitstellen$/)
    expect(bonus.text()).toContain('läuft bis 31.12.2027')
    const toCheck = wrapper.get('.measure-card--check')
    expect(toCheck.text()).toContain('Bitte beim Anbieter klären:')
    expect(toCheck.text()).toContain('bitte beim Anbieter nachfragen')
    expect(wrapper.text()).toContain('Stand des Katalogs: 29.11.2026')
    const closed = wrapper.get('details.measures__closed')
    expect(closed.text()).toContain('go-digital (beendet)')
    expect(closed.text()).toContain('lief vom 13.07.2017 bis 31.12.2024, nicht mehr offen')
    expect(titles).not.toContain('go-digital (beendet)')
  })

  it('when nothing fits, says so and names the general contacts', () => {
    const wrapper = mountWithI18n(MeasureList, {
      props: { matches: { open: [], check: [], ended: [] }, questionnaire, catalogueDate: '2026-11-20' },
    })
    expect(wrapper.text()).toContain('passt derzeit kein Programm')
    expect(wrapper.text()).toContain('Handwerkskammer')
    expect(wrapper.text()).toContain('Ein Mittelstand-Digital Zentrum in Ihrer Nähe berät kostenlos und neutral: mittelstand-digital.de')
    expect(wrapper.findAll('.measures__group p').map((p) => p.text())).toContain('Heute ist kein passendes Angebot mit bestätigtem Stand offen.')
    expect(wrapper.find('details').exists()).toBe(false)
  })
})
