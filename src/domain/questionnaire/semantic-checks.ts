import { issue, quote, type Issue } from '../schema/issue'
import type { ChoiceOption, NumberQuestion, Question, Questionnaire } from './types'

/**
 * Rules across fields of a structurally valid questionnaire: unique ids, declared dimensions,
 * topics and steps, the five levels, the five advice entries, points by scope (firm questions are
 * scored, context questions never), reachable points and number bands. Expression rules
 * (`visibleIf`) are in `expression-checks.ts`.
 */
export function semanticIssues(questionnaire: Questionnaire): Issue[] {
  const stepIds = new Set(questionnaire.steps.map((step) => step.id))
  const referenced = new Set<string>()
  const issues = [
    ...duplicateIds(questionnaire.dimensions, '$.dimensions'),
    ...duplicateIds(questionnaire.topics, '$.topics'),
    ...duplicateIds(questionnaire.questions, '$.questions'),
    ...duplicateIds(questionnaire.steps, '$.steps'),
    ...levelIssues(questionnaire),
    ...adviceIssues(questionnaire),
    ...questionnaire.questions.flatMap((question, index) => questionIssues(questionnaire, question, `$.questions[${index}]`)),
    ...questionnaire.questions.flatMap((question, index) => stepReferenceIssues(question, `$.questions[${index}]`, stepIds, referenced)),
  ]
  questionnaire.steps.forEach((step, index) => {
    if (!referenced.has(step.id)) issues.push(issue(`$.steps[${index}].id`, 'unused-step', { value: quote(step.id) }))
  })
  return issues
}

function duplicateIds(items: readonly { id: string }[], path: string): Issue[] {
  const firstIndex = new Map<string, number>()
  const issues: Issue[] = []
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id)
    if (first === undefined) firstIndex.set(item.id, index)
    else issues.push(issue(`${path}[${index}].id`, 'duplicate', { value: quote(item.id), first: `${path}[${first}]` }))
  })
  return issues
}

function levelIssues({ levels }: Questionnaire): Issue[] {
  const issues: Issue[] = []
  if (levels.length !== 5) issues.push(issue('$.levels', 'level-count', { count: levels.length }))
  levels.forEach((level, index) => {
    const at = `$.levels[${index}]`
    if (level.level !== index + 1) issues.push(issue(`${at}.level`, 'level-order', { expected: index + 1, found: level.level }))
    const previous = levels[index - 1]
    if (index === 0 && level.minScore !== 0) issues.push(issue(`${at}.minScore`, 'level-first-min', { found: level.minScore }))
    else if (previous !== undefined && level.minScore <= previous.minScore) {
      issues.push(issue(`${at}.minScore`, 'level-min-increasing', { value: level.minScore, previous: previous.minScore }))
    }
  })
  return issues
}

function adviceIssues({ dimensions }: Questionnaire): Issue[] {
  return dimensions.flatMap((dimension, index) =>
    dimension.advice.length === 5 ? [] : [issue(`$.dimensions[${index}].advice`, 'advice-count', { count: dimension.advice.length })],
  )
}

function questionIssues(questionnaire: Questionnaire, question: Question, at: string): Issue[] {
  const issues: Issue[] = []
  if (!questionnaire.dimensions.some((dimension) => dimension.id === question.dimension)) {
    issues.push(issue(`${at}.dimension`, 'unknown-dimension', { value: question.dimension }))
  }
  if (question.topic !== undefined && !questionnaire.topics.some((topic) => topic.id === question.topic)) {
    issues.push(issue(`${at}.topic`, 'unknown-topic', { value: quote(question.topic) }))
  }
  if (question.type === 'single' || question.type === 'multiple') {
    issues.push(...duplicateIds(question.options, `${at}.options`))
    question.options.forEach((option, index) => {
      if (option.notRelevant && option.points !== undefined) issues.push(issue(`${at}.options[${index}].points`, 'not-relevant-with-points'))
    })
  }
  if (question.type === 'number') issues.push(...bandOrderIssues(question, at))
  if (question.type === 'text') return issues
  return [...issues, ...(question.scope === 'context' ? contextPointsIssues(question, at) : firmPointsIssues(question, at))]
}

/** A context question is never scored: no points, no cap, no next steps. */
function contextPointsIssues(question: Exclude<Question, { type: 'text' }>, at: string): Issue[] {
  const issues: Issue[] = []
  const found = (path: string) => issues.push(issue(path, 'points-in-context'))
  switch (question.type) {
    case 'single':
    case 'multiple':
      question.options.forEach((option, index) => option.points !== undefined && found(`${at}.options[${index}].points`))
      if (question.type === 'multiple' && question.maxPoints !== undefined) found(`${at}.maxPoints`)
      break
    case 'yesno':
      if (question.points !== undefined) found(`${at}.points`)
      break
    case 'number':
      question.bands.forEach((band, index) => band.points !== undefined && found(`${at}.bands[${index}].points`))
  }
  return issues
}

/** A firm question is scored: every answer has points, and full points can be reached. */
function firmPointsIssues(question: Exclude<Question, { type: 'text' }>, at: string): Issue[] {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const missing = optionsWithoutPoints(question.options, `${at}.options`)
      if (missing.length > 0) return missing
      const scored = question.options.map((option) => option.points ?? 0)
      if (question.type === 'single') return Math.max(...scored) > 0 ? [] : [issue(`${at}.options`, 'no-points')]
      if (question.maxPoints === undefined) return [issue(`${at}.maxPoints`, 'points-missing')]
      const reachable = scored.reduce((sum, value) => sum + Math.max(0, value), 0)
      return question.maxPoints <= reachable ? [] : [issue(`${at}.maxPoints`, 'max-points-unreachable', { max: question.maxPoints, reachable })]
    }
    case 'yesno':
      if (question.points === undefined) return [issue(`${at}.points`, 'points-missing')]
      return Math.max(question.points.yes, question.points.no) > 0 ? [] : [issue(`${at}.points`, 'no-points')]
    case 'number': {
      const missing = question.bands.flatMap((band, index) => (band.points === undefined ? [issue(`${at}.bands[${index}].points`, 'points-missing')] : []))
      if (missing.length > 0) return missing
      return Math.max(...question.bands.map((band) => band.points ?? 0)) > 0 ? [] : [issue(`${at}.bands`, 'no-points')]
    }
  }
}

function optionsWithoutPoints(options: readonly ChoiceOption[], at: string): Issue[] {
  return options.flatMap((option, index) => (option.points === undefined && !option.notRelevant ? [issue(`${at}[${index}].points`, 'points-missing')] : []))
}

function bandOrderIssues(question: NumberQuestion, at: string): Issue[] {
  const issues: Issue[] = []
  if (question.min >= question.max) issues.push(issue(`${at}.max`, 'number-range', { min: question.min, max: question.max }))
  question.bands.forEach((band, index) => {
    const bandAt = `${at}.bands[${index}].min`
    const previous = question.bands[index - 1]
    if (index === 0 && band.min !== question.min) issues.push(issue(bandAt, 'band-first-min', { expected: question.min, found: band.min }))
    else if (previous !== undefined && band.min <= previous.min) issues.push(issue(bandAt, 'band-order', { value: band.min, previous: previous.min }))
    else if (band.min > question.max) issues.push(issue(bandAt, 'band-outside-range', { value: band.min, max: question.max }))
  })
  return issues
}

/** Every next step a question refers to is declared; steps belong to firm questions only. */
function stepReferenceIssues(question: Question, at: string, declared: ReadonlySet<string>, referenced: Set<string>): Issue[] {
  const references: [string, readonly string[] | undefined][] = []
  if (question.type === 'single' || question.type === 'multiple') {
    question.options.forEach((option, index) => {
      references.push([`${at}.options[${index}].steps`, option.steps], [`${at}.options[${index}].stepsIfNotChosen`, option.stepsIfNotChosen])
    })
  } else if (question.type === 'yesno') references.push([`${at}.stepsIfNo`, question.stepsIfNo])
  else if (question.type === 'number') question.bands.forEach((band, index) => references.push([`${at}.bands[${index}].steps`, band.steps]))
  const issues: Issue[] = []
  for (const [path, ids] of references) {
    if (ids === undefined) continue
    if (question.scope === 'context') issues.push(issue(path, 'steps-in-context'))
    ids.forEach((id, index) => {
      referenced.add(id)
      if (!declared.has(id)) issues.push(issue(`${path}[${index}]`, 'unknown-step', { value: quote(id) }))
    })
  }
  return issues
}
