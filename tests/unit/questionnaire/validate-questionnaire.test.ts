import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentHash } from '@/domain/questionnaire/content-hash'
import { loadQuestionnaire, loadQuestionnaireText } from '@/domain/questionnaire/validate-questionnaire'
import { formatIssue } from '@/domain/validation-issue'
import { minimalValid } from './fixtures'

function errorsOf(input: unknown) {
  const result = loadQuestionnaire(input)
  if (result.ok) throw new Error('expected errors')
  return result.errors
}

describe('loadQuestionnaire', () => {
  it('accepts the minimal valid file and returns its content hash', () => {
    const input = minimalValid()
    const result = loadQuestionnaire(input)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.hash).toBe(contentHash(input))
    expect(result.questionnaire.questions).toHaveLength(6)
  })

  it('returns a deep-frozen copy without $schema', () => {
    const input = minimalValid()
    const result = loadQuestionnaire(input)
    if (!result.ok) throw new Error('must load')
    expect(result.questionnaire).not.toBe(input)
    expect('$schema' in result.questionnaire).toBe(false)
    expect(Object.isFrozen(result.questionnaire)).toBe(true)
    expect(Object.isFrozen(result.questionnaire.questions[1])).toBe(true)
    expect(Object.isFrozen(result.questionnaire.levels[0]?.name)).toBe(true)
  })

  it('collects every structural problem at once, in document order', () => {
    const input = minimalValid()
    input.version = 'v1'
    input.questions[0] = { ...input.questions[0], weight: 0, visibelIf: 'true' }
    input.questions[1] = { ...input.questions[1], options: 'none' }
    delete (input.title as Record<string, unknown>).de
    expect(errorsOf(input).map((error) => error.path)).toEqual([
      '$.questions[0].visibelIf',
      '$.questions[0].weight',
      '$.questions[1].options',
      '$.title.de',
      '$.version',
    ])
  })

  it('reports each unknown key at its own path, also inside nested texts', () => {
    const input = minimalValid()
    input.extra = 1
    ;(input.questions[0]?.text as Record<string, unknown>).fr = 'Bonjour'
    expect(errorsOf(input).map((error) => error.path)).toEqual(['$.extra', '$.questions[0].text.fr'])
  })

  it('names the wrong type and the expected one', () => {
    const input = minimalValid()
    input.estimatedMinutes = '5'
    const [error] = errorsOf(input)
    expect(error).toEqual({
      path: '$.estimatedMinutes',
      message: { de: 'Falscher Typ: erwartet Zahl, gefunden Text', en: 'Wrong type: expected number, found text' },
    })
  })

  it('reports a missing question type alone instead of every key of the question', () => {
    const input = minimalValid()
    delete input.questions[2]?.type
    expect(errorsOf(input)).toEqual([{ path: '$.questions[2].type', message: { de: 'Pflichtangabe fehlt', en: 'Required value is missing' } }])
  })

  it('reports duplicated profile fields', () => {
    const input = minimalValid()
    input.profileFields = ['state', 'sector', 'state']
    expect(errorsOf(input).map((error) => error.path)).toEqual(['$.profileFields[2]'])
  })

  it('rejects input that is not an object at $', () => {
    for (const input of [null, 5, 'text', [], undefined]) {
      expect(errorsOf(input)[0]?.path).toBe('$')
    }
  })

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (input) => typeof loadQuestionnaire(input).ok === 'boolean'))
    // Damaged copies of a valid file reach the semantic checks, which must cope with them too.
    const keys = ['id', 'dimension', 'type', 'options', 'points', 'visibleIf', 'bands', 'maxPoints', 'min', 'max']
    fc.assert(
      fc.property(fc.nat(5), fc.constantFrom(...keys), fc.anything(), (index, key, value) => {
        const input = minimalValid()
        input.questions[index] = { ...input.questions[index], [key]: value }
        return typeof loadQuestionnaire(input).ok === 'boolean'
      }),
    )
  })

  it('turns invalid JSON text into an issue at $', () => {
    const result = loadQuestionnaireText('{ "id": ')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]?.message.de).toContain('Kein gültiges JSON')
    expect(loadQuestionnaireText(JSON.stringify(minimalValid())).ok).toBe(true)
  })

  it('checks literals against profile codes and option ids but accepts null and valid codes', () => {
    const input = minimalValid()
    input.questions[4] = { ...input.questions[4], visibleIf: "profile.state in ['DE-NI', null] and answers.shop != null and profile.headcount >= 10" }
    expect(loadQuestionnaire(input).ok).toBe(true)
  })
})

describe('formatIssue', () => {
  it('prints the path and the message in the chosen language', () => {
    const issue = { path: '$.version', message: { de: 'Ungültig', en: 'Invalid' } }
    expect(formatIssue(issue, 'de')).toBe('$.version: Ungültig')
    expect(formatIssue(issue, 'en')).toBe('$.version: Invalid')
  })
})
