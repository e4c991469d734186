import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Expr } from '../../../src/domain/expression/ast'
import type { ChoiceOption, Question, Questionnaire } from '../../../src/domain/questionnaire/types'
import { isNotApplicable, isScored } from '../../../src/domain/questionnaire/visibility'
import type { AssessmentRecord } from '../../../src/domain/shapes/assessment'
import {
  EMPLOYEE_CLASSES, ROLE_CODES, SECTOR_CODES, STATE_CODES, TRADE_TAX_CODES, TURNOVER_CLASSES, type ProfileFieldId,
} from '../../../src/domain/shapes/profile'
import { PEER_NOT_APPLICABLE, type PeerContent, type PeerScoredQuestion } from './peer-types'

/**
 * The flagship questionnaire (format 2) as SurveyJS JSON, in German as the bench visits the app:
 * a start page, the profile (the app's /profil route), then one page per dimension like the app's
 * steps. single → radiogroup, multiple → checkbox, yes/no → boolean, number → text (inputType
 * number), text → comment. Every condition is mapped to `visibleIf`; "Trifft nicht zu / keine
 * Angabe" is a choice of its own as in the app (exclusive in a checkbox); yes/no questions, a
 * SurveyJS boolean, have no such choice. The district (a list per state the app loads) is left out.
 */
export async function surveyJsPeerContent(questionnaire: Questionnaire): Promise<PeerContent> {
  const de = await germanMessages()
  const pages = [
    {
      name: 'start',
      elements: [
        { type: 'html', name: 'intro', html: `<p>${escapeHtml(questionnaire.description.de)}</p>` },
      ],
    },
    { name: 'profil', title: de.profile.title, description: de.profile.requiredNote, elements: profileElements(questionnaire.profileFields, de) },
    ...questionnaire.dimensions.map((dimension) => ({
      name: dimension.id,
      title: dimension.title.de,
      description: dimension.description.de,
      elements: questionnaire.questions.filter((question) => question.dimension === dimension.id).map((question) => questionElement(question, de)),
    })),
  ]
  const survey = {
    title: questionnaire.title.de,
    locale: 'de',
    firstPageIsStartPage: true,
    startSurveyText: de.app.nav.start,
    showProgressBar: true,
    progressBarType: 'pages',
    checkErrorsMode: 'onComplete',
    pages,
  }
  const questions: Record<string, PeerScoredQuestion> = {}
  for (const question of questionnaire.questions) {
    if (!isScored(question) || question.scope !== 'firm') continue
    const scored = scoringOf(question)
    if (scored) questions[question.id] = scored
  }
  return {
    survey,
    scoring: {
      dimensions: questionnaire.dimensions.map((dimension) => ({ id: dimension.id, title: dimension.title.de, weight: dimension.weight })),
      levels: questionnaire.levels.map((level) => ({ level: level.level, minScore: level.minScore, name: level.name.de, text: level.text.de })),
      questions,
    },
  }
}

/** The app's German UI texts the peer uses (src/i18n/messages/de.ts). */
interface Messages {
  app: { nav: { start: string } }
  profile: { title: string; requiredNote: string; fields: Record<string, string>; hints: Record<string, string>; codes: Record<string, Record<string, string>> }
  check: { question: { yes: string; no: string; notApplicable: string } }
}

/** Imported by its path: outside the files the Node type-check project lists (tsconfig.node.json). */
async function germanMessages(): Promise<Messages> {
  const file = pathToFileURL(resolve(import.meta.dirname, '../../../src/i18n/messages/de.ts')).href
  return ((await import(file)) as { default: Messages }).default
}

function questionElement(question: Question, de: Messages): Record<string, unknown> {
  const base = {
    name: question.id,
    title: question.text.de,
    ...(question.help ? { description: question.help.de } : {}),
    ...(question.required ? { isRequired: true } : {}),
    ...(question.visibleIfAst ? { visibleIf: surveyJsExpression(question.visibleIfAst) } : {}),
  }
  const na = { value: PEER_NOT_APPLICABLE, text: de.check.question.notApplicable }
  switch (question.type) {
    case 'single':
      return { ...base, type: 'radiogroup', choices: [...question.options.map(choice), na] }
    case 'multiple':
      return {
        ...base,
        type: 'checkbox',
        choices: [...question.options.map((option) => ({ ...choice(option), ...(option.exclusive ? { isExclusive: true } : {}) })), { ...na, isExclusive: true }],
      }
    case 'yesno':
      return { ...base, type: 'boolean', renderAs: 'radio', labelTrue: de.check.question.yes, labelFalse: de.check.question.no }
    case 'number':
      return { ...base, type: 'text', inputType: 'number', min: question.min, max: question.max }
    case 'text':
      return { ...base, type: 'comment' }
  }
}

const choice = (option: ChoiceOption) => ({ value: option.id, text: option.text.de })

function scoringOf(question: Exclude<Question, { type: 'text' }>): PeerScoredQuestion | null {
  const common = { dimension: question.dimension, weight: question.weight ?? 1 }
  const points = (options: ChoiceOption[]) => Object.fromEntries(options.map((option) => [option.id, option.points ?? 0]))
  const notRelevant = (options: ChoiceOption[]) => options.filter((option) => option.notRelevant).map((option) => option.id)
  switch (question.type) {
    case 'single':
      return { ...common, type: 'single', points: points(question.options), max: Math.max(...question.options.map((o) => o.points ?? 0)), notRelevant: notRelevant(question.options) }
    case 'multiple':
      return { ...common, type: 'multiple', points: points(question.options), cap: question.maxPoints ?? 0, notRelevant: notRelevant(question.options) }
    case 'yesno':
      return question.points ? { ...common, type: 'yesno', ...question.points } : null
    case 'number':
      // The flagship has no number questions; the peer page would need bands to score one.
      return null
  }
}

/** A condition of the app's expression language (src/domain/expression) in SurveyJS's syntax. */
export function surveyJsExpression(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return literal(expr.value)
    case 'list':
      return `[${expr.items.map((item) => literal(item.value)).join(', ')}]`
    case 'reference':
      return expr.scope === 'answers' ? `{${expr.name}}` : `{${profileName(expr.name)}}`
    case 'not':
      return `!(${surveyJsExpression(expr.operand)})`
    case 'and':
    case 'or':
      return expr.operands.map((operand) => `(${surveyJsExpression(operand)})`).join(` ${expr.kind} `)
    case 'compare': {
      const { operator, left, right } = expr
      if (operator === 'in' || operator === 'not in') {
        // `x in [..]`: one of the listed values; `'v' in answers.multi`: a chosen option.
        if (right.kind === 'list') return `${surveyJsExpression(left)} ${operator === 'in' ? 'anyof' : 'noneof'} ${surveyJsExpression(right)}`
        return `${surveyJsExpression(right)} ${operator === 'in' ? 'contains' : 'notcontains'} ${surveyJsExpression(left)}`
      }
      if (right.kind === 'literal' && right.value === null && (operator === '==' || operator === '!=')) {
        return `${surveyJsExpression(left)} ${operator === '==' ? 'empty' : 'notempty'}`
      }
      return `${surveyJsExpression(left)} ${operator === '==' ? '=' : operator} ${surveyJsExpression(right)}`
    }
  }
}

function literal(value: string | number | boolean | null): string {
  return typeof value === 'string' ? `'${value.replace(/'/g, "\\'")}'` : String(value)
}

const profileName = (field: string) => `profile_${field}`

/** The profile form (the app's /check/:id/profil) as SurveyJS questions, with the app's German labels. */
function profileElements(fields: ProfileFieldId[], de: Messages): Record<string, unknown>[] {
  const labels = de.profile.fields
  const codes = de.profile.codes
  const choices = (field: string, values: readonly string[]) => values.map((value) => ({ value, text: codes[field]?.[value] ?? value }))
  const hint = (field: string) => de.profile.hints[field]
  const element = (field: string, rest: Record<string, unknown>) => ({
    name: profileName(field),
    title: labels[field] ?? field,
    ...(hint(field) ? { description: hint(field) } : {}),
    ...rest,
  })
  const byField: Partial<Record<ProfileFieldId, Record<string, unknown>>> = {
    state: element('state', { type: 'dropdown', isRequired: true, choices: choices('state', STATE_CODES) }),
    sector: element('sector', { type: 'dropdown', isRequired: true, choices: choices('sector', SECTOR_CODES) }),
    employees: element('employees', { type: 'radiogroup', isRequired: true, choices: choices('employees', EMPLOYEE_CLASSES) }),
    headcount: element('headcount', { type: 'text', inputType: 'number', min: 1 }),
    fte: element('fte', { type: 'text', inputType: 'number', min: 0, step: 0.5 }),
    turnover: element('turnover', { type: 'dropdown', choices: choices('turnover', TURNOVER_CLASSES) }),
    tradeTax: element('tradeTax', { type: 'radiogroup', choices: choices('tradeTax', TRADE_TAX_CODES) }),
    apprentices: element('apprentices', { type: 'boolean', renderAs: 'radio', isRequired: true, labelTrue: de.check.question.yes, labelFalse: de.check.question.no }),
    role: element('role', { type: 'dropdown', choices: choices('role', ROLE_CODES) }),
  }
  return fields.flatMap((field) => (byField[field] ? [byField[field]] : []))
}

/** A stored check of the app as the peer's SurveyJS data: the same answers and profile. */
export function peerData(record: AssessmentRecord, questionnaire: Questionnaire): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(record.profile)) {
    if (value !== undefined && value !== null) data[profileName(field)] = value
  }
  const types = new Map(questionnaire.questions.map((question) => [question.id, question.type]))
  for (const [id, value] of Object.entries(record.answers)) {
    const type = types.get(id)
    if (!type) continue
    if (isNotApplicable(value)) {
      if (type === 'single') data[id] = PEER_NOT_APPLICABLE
      else if (type === 'multiple') data[id] = [PEER_NOT_APPLICABLE]
      continue
    }
    data[id] = value
  }
  return data
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
