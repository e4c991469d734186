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
import type { Answers, Questionnaire } from '@/domain/questionnaire/types'
import type { Profile } from '@/domain/profile/profile-fields'
import { mountWithI18n } from './mount-helpers'

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown
const loaded = loadQuestionnaire(read('questionnaires/digitalisierungsgrad-check.json'))
if (!loaded.ok) throw new Error('flagship questionnaire does not load')
const questionnaire: Questionnaire = loaded.questionnaire
const catalogueOutcome = loadMeasuresCatalogue(read('questionnaires/measures.json'))
if (!catalogueOutcome.ok) throw new Error('catalogue does not load')
const catalogue = catalogueOutcome.catalogue

/** Every single-choice question answered with its lowest (pick 0) or highest (pick -1) option. */
function answersAt(pick: 0 | -1): Answers {
  return Object.fromEntries(
    questionnaire.questions.flatMap((question) => (question.type === 'single' ? [[question.id, question.options.at(pick)!.id]] : [])),
  )
}

const BAVARIA: Profile = { state: 'DE-BY', sector: 'hw-elektro-metall', employees: '10-49', headcount: 12, turnover: 'le2m', apprentices: true }
const weak = scoreAssessment(questionnaire, answersAt(0), BAVARIA)
const strong = scoreAssessment(questionnaire, answersAt(-1), BAVARIA)

describe('ResultsDimensionTable', () => {
  it('lists each dimension with score, level, completeness, change and a target select that emits the new level', async () => {
    const wrapper = mountWithI18n(ResultsDimensionTable, {
      props: { result: strong, questionnaire, targets: resolveTargets(strong, questionnaire, {}), comparison: compareResults(weak, strong) },
    })
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(7)
    expect(rows[0]!.get('th').text()).toBe('Bildungseinrichtungen')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toContain('Veränderung')
    expect(rows[0]!.text()).toMatch(/\+\d+/)
    await wrapper.get('#target-bildung').setValue('4')
    expect(wrapper.emitted('set-target')).toEqual([['bildung', 4]])
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

  it('shows open measures with reasons and facts, and ended ones only in the collapsed list', () => {
    const matches = matchMeasures({ result: weak, profile: BAVARIA, catalogue, date: '2026-11-22', targets: targetsFor(weak) })
    const wrapper = mountWithI18n(MeasureList, { props: { matches, questionnaire, catalogueDate: catalogue.lastReviewed } })
    const titles = wrapper.findAll('.measure-card h3').map((h3) => h3.text())
    expect(titles).toContain('Digitalbonus Bayern')
    const bonus = wrapper.findAll('.measure-card').find((card) => card.get('h3').text() === 'Digitalbonus Bayern')!
    expect(bonus.text()).toContain('Förderquote')
    expect(bonus.text()).toContain('Betrieb in Bayern mit 12 Beschäftigten · läuft bis 31.12.2027')
    expect(wrapper.text()).toContain('Stand der Angaben: 20.11.2026')
    const closed = wrapper.get('details.measures__closed')
    expect(closed.text()).toContain('go-digital')
    expect(titles).not.toContain('go-digital')
  })

  it('when nothing fits, says so and names the general contacts', () => {
    const wrapper = mountWithI18n(MeasureList, {
      props: { matches: { open: [], closed: [] }, questionnaire, catalogueDate: '2026-11-20' },
    })
    expect(wrapper.text()).toContain('passt derzeit kein Programm')
    expect(wrapper.text()).toContain('Handwerkskammer')
    expect(wrapper.get('a').attributes('href')).toBe('https://www.mittelstand-digital.de/')
    expect(wrapper.find('details').exists()).toBe(false)
  })
})
