import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentHash } from '@/domain/questionnaire/content-hash'
import { loadQuestionnaire, loadQuestionnaireText, publishedLockIssue } from '@/domain/questionnaire/validate-questionnaire'
import { formatIssue, issueMessage } from '@/i18n/format-issue'
import issuesDe from '@/i18n/messages/issues-de'
import issuesEn from '@/i18n/messages/issues-en'
import { minimalValid, minimalValidV2 } from './fixtures'

function errorsOf(input: unknown) {
  const result = loadQuestionnaire(input)
  if (result.ok) throw new Error('expected errors')
  return result.errors
}

function loads(input: unknown) {
  const result = loadQuestionnaire(input)
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.code}`).join('\n'))
  return result
}

const step = { id: 'backup-einrichten', text: { de: 'Backup einrichten', en: 'Set up backups' }, effortHours: 4, costBand: 'low', quickWin: true, measureKinds: ['consultation'] }

describe('loadQuestionnaire', () => {
  it('accepts the minimal valid file and returns its content hash', () => {
    const input = minimalValid()
    const result = loads(input)
    expect(result.hash).toBe(contentHash(input))
    expect(result.questionnaire.questions).toHaveLength(6)
  })

  it('returns a deep-frozen copy without $schema', () => {
    const input = minimalValid()
    const result = loads(input)
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
    expect(errorsOf(input)).toEqual([
      { path: '$.questions[0].visibelIf', code: 'unknown-key-suggestion', params: { key: 'visibelIf', suggestion: 'visibleIf' } },
      { path: '$.questions[0].weight', code: 'not-above', params: { value: 0, min: 0 } },
      { path: '$.questions[1].options', code: 'wrong-type', params: { expected: 'array', found: 'string' } },
      { path: '$.title.de', code: 'required' },
      { path: '$.version', code: 'pattern', params: { value: 'v1', format: 'semver' } },
    ])
  })

  it('reports each unknown key at its own path, also inside nested texts', () => {
    const input = minimalValid()
    input.extra = 1
    ;(input.questions[0]?.text as Record<string, unknown>).fr = 'Bonjour'
    expect(errorsOf(input).map((error) => [error.path, error.code])).toEqual([
      ['$.extra', 'unknown-key'],
      ['$.questions[0].text.fr', 'unknown-key-suggestion'],
    ])
  })

  it('names the wrong type and the expected one, in words in both languages', () => {
    const input = minimalValid()
    input.estimatedMinutes = '5'
    const [error] = errorsOf(input)
    expect(error).toEqual({ path: '$.estimatedMinutes', code: 'wrong-type', params: { expected: 'number', found: 'string' } })
    expect(formatIssue(error!, issuesDe, 'de')).toBe('$.estimatedMinutes: Falscher Typ: erwartet Zahl, gefunden Text')
    expect(issueMessage(error!, issuesEn, 'en')).toMatch(/number.*text/)
  })

  it('reports a missing question type alone instead of every key of the question', () => {
    const input = minimalValid()
    delete input.questions[2]?.type
    expect(errorsOf(input)).toEqual([{ path: '$.questions[2].type', code: 'required' }])
  })

  it('reports duplicated profile fields', () => {
    const input = minimalValid()
    input.profileFields = ['state', 'sector', 'state']
    expect(errorsOf(input)).toEqual([{ path: '$.profileFields[2]', code: 'duplicate', params: expect.objectContaining({ value: 'state' }) }])
  })

  it('reports an unknown profile field with the allowed ones', () => {
    const input = minimalValid()
    input.profileFields = ['state', 'branche']
    expect(errorsOf(input)).toEqual([
      { path: '$.profileFields[1]', code: 'not-allowed', params: expect.objectContaining({ value: 'branche' }) },
    ])
  })

  it('rejects input that is not an object at $', () => {
    for (const input of [null, 5, 'text', [], undefined]) {
      expect(errorsOf(input)).toEqual([{ path: '$', code: 'wrong-type', params: expect.objectContaining({ expected: 'object' }) }])
    }
  })

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (input) => typeof loadQuestionnaire(input).ok === 'boolean'))
    // Damaged copies of a valid file (of both formats) reach the semantic checks, which must cope with them too.
    const keys = ['id', 'dimension', 'type', 'scope', 'options', 'points', 'visibleIf', 'bands', 'maxPoints', 'min', 'max', 'stepsIfNo']
    fc.assert(
      fc.property(fc.boolean(), fc.nat(5), fc.constantFrom(...keys), fc.anything(), (v2, index, key, value) => {
        const input = v2 ? minimalValidV2() : minimalValid()
        input.questions[index] = { ...input.questions[index], [key]: value }
        return typeof loadQuestionnaire(input).ok === 'boolean'
      }),
    )
  })

  it('turns invalid JSON text into an issue at $', () => {
    expect(loadQuestionnaireText('{ "id": ')).toEqual({ ok: false, errors: [{ path: '$', code: 'json-invalid' }] })
    expect(loadQuestionnaireText(JSON.stringify(minimalValid())).ok).toBe(true)
  })

  it('checks literals against profile codes and option ids but accepts null and valid codes', () => {
    const input = minimalValid()
    input.questions[4] = { ...input.questions[4], visibleIf: "profile.state in ['DE-NI', null] and answers.shop != null and profile.headcount >= 10" }
    expect(loadQuestionnaire(input).ok).toBe(true)
  })

  it('knows the profile fields of profile version 2 in conditions', () => {
    const input = minimalValid()
    input.questions[4] = { ...input.questions[4], visibleIf: "profile.sector in ['hw-holz', 'hw-ausbau'] and profile.fte >= 1.5 and profile.district == '03241'" }
    expect(loadQuestionnaire(input).ok).toBe(true)
    input.questions[4] = { ...input.questions[4], visibleIf: "profile.sector == 'hw-elektro-metall'" }
    expect(errorsOf(input)).toEqual([
      { path: '$.questions[4].visibleIf', code: 'expression-not-a-code', params: expect.objectContaining({ value: 'hw-elektro-metall', reference: 'profile.sector' }) },
    ])
  })
})

describe('loadQuestionnaire: format 1 is read into the model of format 2', () => {
  it('makes every question firm practice, with no next steps and no author’s duration', () => {
    const { questionnaire } = loads(minimalValid())
    expect(questionnaire.formatVersion).toBe(2)
    expect(questionnaire.questions.map((question) => question.scope)).toEqual(Array(6).fill('firm'))
    expect(questionnaire.steps).toEqual([])
    expect(questionnaire).not.toHaveProperty('estimatedMinutes')
  })

  it('gives the same model as the same content written in format 2, while the hash stays that of the file', () => {
    const v1 = loads(minimalValid())
    const v2 = loads(minimalValidV2())
    expect(v2.questionnaire).toEqual(v1.questionnaire)
    expect(v1.hash).toBe(contentHash(minimalValid()))
    expect(v2.hash).not.toBe(v1.hash)
  })

  it('keeps format 1 as it was released: no scope, and the duration is required', () => {
    const withScope = minimalValid()
    withScope.questions[0]!.scope = 'firm'
    expect(errorsOf(withScope)).toEqual([{ path: '$.questions[0].scope', code: 'unknown-key', params: { key: 'scope' } }])
    const { estimatedMinutes: _minutes, ...withoutMinutes } = minimalValid()
    expect(errorsOf(withoutMinutes)).toEqual([{ path: '$.estimatedMinutes', code: 'required' }])
  })

  it('refuses a format newer than the app knows', () => {
    expect(errorsOf({ ...minimalValidV2(), formatVersion: 3 })).toEqual([
      { path: '$.formatVersion', code: 'newer-version', params: { found: 3, supported: 2 } },
    ])
  })
})

describe('loadQuestionnaire: format 2', () => {
  it('needs a scope on every question and has no author’s duration', () => {
    const input = minimalValidV2()
    delete input.questions[3]!.scope
    input.estimatedMinutes = 5
    expect(errorsOf(input)).toEqual([
      { path: '$.estimatedMinutes', code: 'unknown-key', params: { key: 'estimatedMinutes' } },
      { path: '$.questions[3].scope', code: 'required' },
    ])
  })

  it('asks context questions without points and refuses points on them', () => {
    const input = minimalValidV2()
    const [website, , schutz, bandbreite] = input.questions as Record<string, unknown>[]
    const { points: _points, ...websiteWithoutPoints } = website!
    input.questions[0] = { ...websiteWithoutPoints, scope: 'context' }
    input.questions[3] = { ...bandbreite, scope: 'context', bands: (bandbreite!.bands as Record<string, unknown>[]).map(({ points: _p, ...band }) => band) }
    expect(loadQuestionnaire(input).ok).toBe(true)
    input.questions[2] = { ...schutz, scope: 'context' }
    expect(errorsOf(input)).toEqual([
      { path: '$.questions[2].maxPoints', code: 'points-in-context' },
      { path: '$.questions[2].options[0].points', code: 'points-in-context' },
      { path: '$.questions[2].options[1].points', code: 'points-in-context' },
      { path: '$.questions[2].options[2].points', code: 'points-in-context' },
    ])
  })

  it('needs points on firm questions, except on a “not relevant” option, which may not have any', () => {
    const input = minimalValidV2()
    delete input.questions[0]!.points
    expect(errorsOf(input)).toEqual([{ path: '$.questions[0].points', code: 'points-missing' }])

    const notRelevant = { id: 'egal', text: { de: 'Für unsere Kunden nicht relevant', en: 'Not relevant for our customers' }, notRelevant: true }
    const withOption = minimalValidV2()
    ;(withOption.questions[1]!.options as unknown[]).push(notRelevant)
    expect(loadQuestionnaire(withOption).ok).toBe(true)
    ;(withOption.questions[1]!.options as unknown[])[3] = { ...notRelevant, points: 0 }
    expect(errorsOf(withOption)).toEqual([{ path: '$.questions[1].options[3].points', code: 'not-relevant-with-points' }])
  })

  it('checks next steps: declared, used, and only on firm questions', () => {
    const used = minimalValidV2()
    used.steps = [step]
    used.questions[0]!.stepsIfNo = ['backup-einrichten']
    expect(loads(used).questionnaire.steps).toEqual([step])

    const unused = minimalValidV2()
    unused.steps = [step]
    expect(errorsOf(unused)).toEqual([{ path: '$.steps[0].id', code: 'unused-step', params: { value: 'backup-einrichten' } }])

    const undeclared = minimalValidV2()
    undeclared.questions[0]!.stepsIfNo = ['nirgends']
    expect(errorsOf(undeclared)).toEqual([{ path: '$.questions[0].stepsIfNo[0]', code: 'unknown-step', params: { value: 'nirgends' } }])

    const inContext = minimalValidV2()
    inContext.steps = [step]
    const { points: _points, ...website } = inContext.questions[0]!
    inContext.questions[0] = { ...website, scope: 'context', stepsIfNo: ['backup-einrichten'] }
    expect(errorsOf(inContext)).toEqual([{ path: '$.questions[0].stepsIfNo', code: 'steps-in-context' }])
  })

  it('checks sources: an https address and a real date', () => {
    const input = minimalValidV2()
    input.questions[0]!.sources = [{ title: 'BSI', url: 'https://www.bsi.bund.de', date: '2026-02-28' }]
    expect(loadQuestionnaire(input).ok).toBe(true)
    input.questions[0]!.sources = [{ title: 'BSI', url: 'http://www.bsi.bund.de', date: '2026-02-30' }]
    expect(errorsOf(input)).toEqual([
      { path: '$.questions[0].sources[0].date', code: 'date' },
      { path: '$.questions[0].sources[0].url', code: 'pattern', params: { value: 'http://www.bsi.bund.de', format: 'https-url' } },
    ])
  })
})

describe('publishedLockIssue', () => {
  it('is null for a matching or unpublished version and names the lock of an edited one', () => {
    const lock = { 'minimal@1.0.0': 'sha256-aaa' }
    expect(publishedLockIssue('minimal@1.0.0', 'sha256-aaa', lock)).toBeNull()
    expect(publishedLockIssue('minimal@1.1.0', 'sha256-bbb', lock)).toBeNull()
    expect(publishedLockIssue('minimal@1.0.0', 'sha256-bbb', lock)).toEqual({
      path: '$',
      code: 'published-version-edited',
      params: { version: 'minimal@1.0.0', locked: 'sha256-aaa' },
    })
  })
})

describe('formatIssue', () => {
  it('prints the path and the message in the chosen language', () => {
    const issue = { path: '$.version', code: 'pattern', params: { value: 'v1', format: 'semver' } } as const
    expect(formatIssue(issue, issuesDe, 'de')).toBe('$.version: „v1“ hat nicht die erwartete Form: eine Version wie 1.0.0')
    expect(formatIssue(issue, issuesEn, 'en')).toMatch(/^\$\.version: .*v1/)
  })

  it('formats numbers in the language’s way and leaves an unknown code readable', () => {
    expect(issueMessage({ code: 'too-long', params: { length: 12345, max: 2000 } }, issuesDe, 'de')).toBe('Zu lang: 12.345 Zeichen, erlaubt sind höchstens 2.000')
    expect(issueMessage({ code: 'too-long', params: { length: 12345, max: 2000 } }, issuesEn, 'en')).toContain('12,345')
  })
})
