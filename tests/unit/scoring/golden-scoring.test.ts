import { readdirSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreAssessment } from '@/domain/scoring/score-assessment'
import { isScored } from '@/domain/questionnaire/visibility'
import { answerAll, highest, loadQuestionnaireFile, lowest } from './answer-builder'
import type { Profile } from '@/domain/shapes/profile'

/** Every questionnaire version file, questionnaires/<id>/<version>.json (not the schemas or drafts). */
const root = new URL('../../../questionnaires/', import.meta.url)
const questionnaireFiles = readdirSync(root)
  .filter((name) => !['schema', 'drafts'].includes(name) && statSync(new URL(name, root)).isDirectory())
  .flatMap((folder) => readdirSync(new URL(`${folder}/`, root)).filter((name) => name.endsWith('.json')).map((name) => `${folder}/${name}`))
  .sort()

const profiles: Record<string, Profile> = {
  'small craft business with apprentices': {
    state: 'DE-NI', district: '03241', sector: 'hw-bau', employees: '1-9', headcount: 4, fte: 3.5, turnover: 'le2m', tradeTax: 'liable', apprentices: true,
  },
  'mid-sized industry without apprentices': {
    state: 'DE-BY', sector: 'industrie', employees: '50-249', turnover: 'le50m', apprentices: false,
  },
  'empty profile': {},
}

it('finds the shipped questionnaires', () => {
  expect(questionnaireFiles).toEqual(expect.arrayContaining(['digitalisierungsgrad-check/1.0.0.json', 'schnellcheck-handwerk/1.0.0.json']))
})

describe.each(questionnaireFiles)('scoring %s', (file) => {
  const questionnaire = loadQuestionnaireFile(`questionnaires/${file}`)

  it.each(Object.entries(profiles))('reaches 100 with the best answers (%s)', (_name, profile) => {
    const result = scoreAssessment(questionnaire, answerAll(questionnaire, profile, highest), profile)
    expect(result.overall).toMatchObject({ score: 100, level: 5, completeness: 1 })
    for (const d of result.dimensions) if (d.visible > 0) expect(d).toMatchObject({ score: 100, completeness: 1 })
  })

  it.each(Object.entries(profiles))('reaches 0 with the worst answers (%s)', (_name, profile) => {
    const result = scoreAssessment(questionnaire, answerAll(questionnaire, profile, lowest), profile)
    expect(result.overall).toMatchObject({ score: 0, level: 1, completeness: 1 })
    for (const t of result.topics) if (t.visible > 0) expect(t.score).toBe(0)
  })

  it('has no score but full completeness when everything is N/A', () => {
    const profile = profiles['small craft business with apprentices']!
    const result = scoreAssessment(questionnaire, answerAll(questionnaire, profile, () => ({ na: true })), profile)
    expect(result.overall).toMatchObject({ score: null, level: null, completeness: 1, answered: 0 })
    expect(result.overall.notApplicable).toBe(result.overall.visible)
  })

  it('reports every dimension and topic of the file', () => {
    const result = scoreAssessment(questionnaire, {}, {})
    expect(result.questionnaire).toBe(`${questionnaire.id}@${questionnaire.version}`)
    expect(result.dimensions.map((d) => d.dimension)).toEqual(questionnaire.dimensions.map((d) => d.id))
    // A topic is scored when it has firm-practice questions; one of context questions only has no score.
    const scoredTopics = questionnaire.topics.filter((topic) => questionnaire.questions.some((q) => q.topic === topic.id && isScored(q)))
    expect(result.topics.map((t) => t.topic)).toEqual(scoredTopics.map((t) => t.id))
  })
})
