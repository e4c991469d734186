import { forEachNode, parseExpression, referenceNodes, type Expr, type LiteralExpr, type ReferenceExpr } from '../expression'
import { PROFILE_ENUMS, PROFILE_FIELD_KINDS } from '../shapes/profile'
import { issue, quote, type Issue, type IssueCode } from '../schema/issue'
import type { Question, Questionnaire } from './types'

/**
 * Checks every `visibleIf`: syntax, references (known profile field; an earlier question, never
 * the question itself or a later one, so visibility can be evaluated in file order), and that
 * literals fit what they are compared with (a valid code or option id, the right kind of value).
 */
export function expressionIssues(questionnaire: Questionnaire): Issue[] {
  // First occurrence wins, so a duplicated id (reported elsewhere) does not also look like a forward reference.
  const indexById = new Map<string, number>()
  questionnaire.questions.forEach((question, index) => {
    if (!indexById.has(question.id)) indexById.set(question.id, index)
  })
  return questionnaire.questions.flatMap((question, index) => {
    if (question.visibleIf === undefined) return []
    const at = `$.questions[${index}].visibleIf`
    const parsed = parseExpression(question.visibleIf)
    if (!parsed.ok) return [issue(at, parsed.error.code, parsed.error.params)]
    const context: CheckContext = { questionnaire, indexById, index, at }
    const issues = referenceNodes(parsed.ast).flatMap((reference) => referenceIssues(reference, context))
    if (issues.length > 0) return issues
    return literalIssues(parsed.ast, context)
  })
}

interface CheckContext {
  questionnaire: Questionnaire
  indexById: Map<string, number>
  /** Index of the question whose condition is checked. */
  index: number
  at: string
}

function referenceIssues(reference: ReferenceExpr, { indexById, index, at }: CheckContext): Issue[] {
  const params = { reference: quote(`${reference.scope}.${reference.name}`), position: reference.position }
  if (reference.scope === 'profile') {
    if (Object.prototype.hasOwnProperty.call(PROFILE_FIELD_KINDS, reference.name)) return []
    return [issue(at, 'expression-unknown-profile-field', { ...params, allowed: Object.keys(PROFILE_FIELD_KINDS).join(', ') })]
  }
  const target = indexById.get(reference.name)
  if (target === undefined) return [issue(at, 'expression-unknown-reference', params)]
  if (target === index) return [issue(at, 'expression-self-reference', params)]
  if (target > index) return [issue(at, 'expression-forward-reference', { ...params, target: `$.questions[${target}]` })]
  return []
}

/** What a reference can hold, as far as literals compared with it are concerned. */
type ReferenceKind =
  | { kind: 'code'; codes: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'text' }

function kindOf(reference: ReferenceExpr, questionnaire: Questionnaire): ReferenceKind {
  if (reference.scope === 'profile') {
    const kind = PROFILE_FIELD_KINDS[reference.name]
    if (kind === 'enum') return { kind: 'code', codes: PROFILE_ENUMS[reference.name] ?? [] }
    return { kind: kind ?? 'text' }
  }
  const question = questionnaire.questions.find((candidate) => candidate.id === reference.name) as Question
  if (question.type === 'single' || question.type === 'multiple') {
    return { kind: 'code', codes: question.options.map((option) => option.id) }
  }
  return { kind: question.type === 'yesno' ? 'boolean' : question.type === 'number' ? 'number' : 'text' }
}

const ORDERING = ['<', '<=', '>', '>=']

function literalIssues(ast: Expr, context: CheckContext): Issue[] {
  const issues: Issue[] = []
  forEachNode(ast, (node) => {
    if (node.kind !== 'compare') return
    const pairs: [ReferenceExpr, Expr][] = []
    if (node.left.kind === 'reference') pairs.push([node.left, node.right])
    if (node.right.kind === 'reference') pairs.push([node.right, node.left])
    for (const [reference, other] of pairs) {
      const literals = other.kind === 'literal' ? [other] : other.kind === 'list' ? other.items : []
      const kind = kindOf(reference, context.questionnaire)
      for (const literal of literals) {
        const problem = ORDERING.includes(node.operator) ? orderingProblem(kind, literal) : literalProblem(kind, literal)
        if (problem !== undefined) issues.push(literalIssue(reference, literal, problem, context.at))
      }
    }
  })
  return issues
}

/** What is wrong with a literal compared with a reference, as an issue code and its parameters. */
type Problem = { code: IssueCode; params?: Record<string, string> }

function literalProblem(kind: ReferenceKind, literal: LiteralExpr): Problem | undefined {
  const value = literal.value
  if (value === null) return undefined
  switch (kind.kind) {
    case 'code':
      if (typeof value === 'string' && kind.codes.includes(value)) return undefined
      return { code: 'expression-not-a-code', params: { allowed: quote(kind.codes.join(', ')) } }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { code: 'expression-type', params: { expected: 'boolean' } }
    case 'number':
      return typeof value === 'number' ? undefined : { code: 'expression-type', params: { expected: 'number' } }
    case 'text':
      return typeof value === 'string' ? undefined : { code: 'expression-type', params: { expected: 'string' } }
  }
}

// `<`, `<=`, `>`, `>=` are only ever true between two numbers, so anything else is a mistake.
function orderingProblem(kind: ReferenceKind, literal: LiteralExpr): Problem | undefined {
  if (kind.kind === 'number' && typeof literal.value === 'number') return undefined
  return { code: 'expression-ordering' }
}

function literalIssue(reference: ReferenceExpr, literal: LiteralExpr, problem: Problem, at: string): Issue {
  return issue(at, problem.code, {
    ...problem.params,
    value: quote(literal.value),
    position: literal.position,
    reference: `${reference.scope}.${reference.name}`,
  })
}
