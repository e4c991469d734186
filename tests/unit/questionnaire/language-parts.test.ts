import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { keepLanguage, mergeLanguageParts } from '@/domain/questionnaire/language-parts'
import { reportTexts, withoutReportTexts } from '@/domain/questionnaire/report-part'
import type { Questionnaire } from '@/domain/questionnaire/types'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { minimalValidV2 } from './fixtures'

const read = (name: string) => JSON.parse(readFileSync(`questionnaires/${name}/1.0.0.json`, 'utf8')) as Record<string, unknown>
const SHIPPED = ['digitalisierungsgrad-check', 'schnellcheck-handwerk']

/** Every object in a JSON tree, with its path. */
function objects(value: unknown, path = '$'): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objects(item, `${path}[${index}]`))
  if (typeof value !== 'object' || value === null) return []
  const entries = Object.entries(value as Record<string, unknown>)
  return [[path, value as Record<string, unknown>], ...entries.flatMap(([key, child]) => objects(child, `${path}.${key}`))]
}

describe('questionnaire language parts (one chunk per UI language)', () => {
  it.each(SHIPPED)('%s: the German part holds no English text and the English part no German one', (name) => {
    const questionnaire = read(name)
    for (const [locale, other] of [['de', 'en'], ['en', 'de']] as const) {
      const part = keepLanguage(questionnaire, locale)
      for (const [path, object] of objects(part)) expect(object, path).not.toHaveProperty(other)
      expect((part.title as Record<string, string>)[locale]).toBe((questionnaire.title as Record<string, string>)[locale])
    }
  })

  it.each(SHIPPED)('%s: merging both parts, in either order, gives the whole file back', (name) => {
    const questionnaire = read(name)
    const de = keepLanguage(questionnaire, 'de')
    const en = keepLanguage(questionnaire, 'en')
    expect(mergeLanguageParts(de, en)).toEqual(questionnaire)
    expect(mergeLanguageParts(en, de)).toEqual(questionnaire)
  })

  it.each(SHIPPED)('%s: the four parts (two languages, answering and report) merge back into the whole file', (name) => {
    const questionnaire = read(name) as unknown as Questionnaire
    const parts = (['de', 'en'] as const).flatMap((locale) => [
      keepLanguage(withoutReportTexts(questionnaire), locale),
      keepLanguage(reportTexts(questionnaire), locale) as Questionnaire,
    ])
    expect(parts.reduce((whole, part) => mergeLanguageParts(whole, part))).toEqual(questionnaire)
  })

  it('puts the next steps in the report part only, and the parts of a loaded format 2 model merge back into it', () => {
    const file = minimalValidV2()
    file.steps = [{ id: 'backup', text: { de: 'Backup einrichten', en: 'Set up backups' }, effortHours: 4, costBand: 'low', quickWin: true, measureKinds: ['consultation'] }]
    file.questions[0]!.stepsIfNo = ['backup']
    const loaded = loadQuestionnaire(file)
    if (!loaded.ok) throw new Error('must load')
    const model = JSON.parse(JSON.stringify(loaded.questionnaire)) as Questionnaire
    expect(withoutReportTexts(model)).not.toHaveProperty('steps')
    expect(reportTexts(model).steps).toEqual(file.steps)
    const parts = (['de', 'en'] as const).flatMap((locale) => [
      keepLanguage(withoutReportTexts(model), locale),
      keepLanguage(reportTexts(model), locale) as Questionnaire,
    ])
    expect(parts.reduce((whole, part) => mergeLanguageParts(whole, part))).toEqual(model)
  })

  it('keeps everything that is not a text: ids, points, expressions, numbers', () => {
    const questionnaire = read('digitalisierungsgrad-check')
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, child) => (child?.de !== undefined || child?.en !== undefined ? null : child)))
    expect(strip(keepLanguage(questionnaire, 'de'))).toEqual(strip(questionnaire))
  })

  it('treats only objects with exactly the two text keys as texts', () => {
    const value = { label: { de: 'Ja', en: 'Yes' }, other: { de: 'x', en: 'y', note: 'kept' } }
    expect(keepLanguage(value, 'de')).toEqual({ label: { de: 'Ja' }, other: { de: 'x', en: 'y', note: 'kept' } })
  })
})
