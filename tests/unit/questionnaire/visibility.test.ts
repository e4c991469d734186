import { describe, expect, it, vi } from 'vitest'
import * as expression from '@/domain/expression'
import type { Question, Questionnaire } from '@/domain/questionnaire/types'
import { isContextQuestion, isNotApplicable, isScored, NOT_APPLICABLE, visibleQuestionIds } from '@/domain/questionnaire/visibility'
import { loadQuestionnaire } from '@/domain/questionnaire/validate-questionnaire'
import { compileConditions } from '@/domain/questionnaire/compile-conditions'
import { minimalValid } from './fixtures'

// Wraps the real parser so the test can count how often expressions are parsed.
vi.mock('@/domain/expression', async (importOriginal) => {
  const actual = await importOriginal<typeof expression>()
  return { ...actual, parseExpression: vi.fn(actual.parseExpression) }
})

const text = { de: 'x', en: 'x' }
const yesno = (id: string, visibleIf?: string): Question => ({ id, dimension: 'reifegrad', scope: 'firm', type: 'yesno', text, points: { yes: 1, no: 0 }, visibleIf })

/** Unchecked questions with their conditions parsed, as loading does. */
function questionnaireOf(questions: Question[]): Questionnaire {
  return compileConditions({ ...(minimalValid() as unknown as Questionnaire), questions })
}

function loaded(): Questionnaire {
  const result = loadQuestionnaire(minimalValid())
  if (!result.ok) throw new Error('minimal-valid.json must load')
  return result.questionnaire
}

describe('visibleQuestionIds', () => {
  it('shows questions without visibleIf and hides those whose condition is not true', () => {
    expect([...visibleQuestionIds(loaded(), {}, {})]).toEqual(['website', 'schutz', 'bandbreite', 'notiz'])
  })

  it('shows a question once the answer it depends on fits', () => {
    const ids = visibleQuestionIds(loaded(), { website: true }, {})
    expect(ids.has('shop')).toBe(true)
    expect(visibleQuestionIds(loaded(), { website: false }, {}).has('shop')).toBe(false)
  })

  it('reads the profile', () => {
    expect(visibleQuestionIds(loaded(), {}, { apprentices: true, sector: 'hw-kfz' }).has('azubis-digital')).toBe(true)
    expect(visibleQuestionIds(loaded(), {}, { apprentices: true, sector: 'handel' }).has('azubis-digital')).toBe(false)
  })

  it('reads a multiple-choice answer with not in', () => {
    expect(visibleQuestionIds(loaded(), { schutz: ['backup'] }, {}).has('notiz')).toBe(false)
    expect(visibleQuestionIds(loaded(), { schutz: ['virenschutz'] }, {}).has('notiz')).toBe(true)
  })

  it('treats answers of hidden questions as unanswered, so stale answers never show dependents', () => {
    const chain = questionnaireOf([yesno('a'), yesno('b', 'answers.a == true'), yesno('c', 'answers.b == true'), yesno('d', 'answers.b == null')])
    expect([...visibleQuestionIds(chain, { a: true, b: true }, {})]).toEqual(['a', 'b', 'c'])
    expect([...visibleQuestionIds(chain, { a: false, b: true }, {})]).toEqual(['a', 'd'])
    expect([...visibleQuestionIds(chain, { a: NOT_APPLICABLE, b: true }, {})]).toEqual(['a', 'd'])
  })

  it('uses the conditions parsed at load time and never parses while answers change', () => {
    const questionnaire = loaded()
    const conditional = questionnaire.questions.filter((question) => question.visibleIf !== undefined)
    expect(conditional.map((question) => question.visibleIfAst?.kind)).toEqual(['compare', 'and', 'compare'])
    const parses = () => vi.mocked(expression.parseExpression).mock.calls.length
    const before = parses()
    for (let i = 0; i < 5; i++) visibleQuestionIds(questionnaire, { website: i % 2 === 0 }, {})
    visibleQuestionIds(questionnaire, {}, { apprentices: true })
    expect(parses()).toBe(before)
  })

  it('refuses a questionnaire whose conditions were never parsed instead of showing every question', () => {
    const unparsed = { ...(minimalValid() as unknown as Questionnaire), questions: [yesno('a'), yesno('b', 'answers.a == true')] }
    expect(() => visibleQuestionIds(unparsed, {}, {})).toThrow(/Condition of question b not compiled/)
  })

  it('refuses to compile an unparseable condition (only possible for unchecked input) instead of showing or hiding the question', () => {
    expect(() => questionnaireOf([yesno('a'), yesno('b', 'answers.a == #')])).toThrow(
      new RangeError('The condition of b does not parse (expression-unexpected-character); validate the questionnaire first'),
    )
  })

  it('ignores answers stored under inherited property names', () => {
    const odd = questionnaireOf([yesno('constructor'), yesno('b', 'answers.constructor == null')])
    expect(visibleQuestionIds(odd, {}, {}).has('b')).toBe(true)
  })
})

describe('isScored and isNotApplicable', () => {
  it('scores every question type except free text', () => {
    const types = loaded().questions.map((question) => [question.type, isScored(question)])
    expect(Object.fromEntries(types)).toEqual({ yesno: true, single: true, multiple: true, number: true, text: false })
  })

  it('never scores a context question, of any type', () => {
    const context = loaded().questions.map((question) => ({ ...question, scope: 'context' }) as Question)
    expect(context.map((question) => isScored(question))).toEqual(Array(context.length).fill(false))
    expect(context.filter((question) => isContextQuestion(question)).map((question) => question.type)).toEqual(['yesno', 'single', 'multiple', 'number', 'yesno'])
  })

  it('recognises only { na: true } as not applicable', () => {
    expect(isNotApplicable(NOT_APPLICABLE)).toBe(true)
    expect(isNotApplicable({ na: true })).toBe(true)
    for (const value of [undefined, true, false, 0, '', 'na', [], ['na']]) expect(isNotApplicable(value)).toBe(false)
    expect(Object.isFrozen(NOT_APPLICABLE)).toBe(true)
  })
})
