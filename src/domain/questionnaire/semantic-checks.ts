import { issue, type ValidationIssue } from '../validation-issue'
import type { NumberQuestion, Question, Questionnaire } from './types'

/**
 * Rules across fields of a structurally valid questionnaire: unique ids, declared dimensions and
 * topics, the five levels, the five advice entries, reachable points and number bands.
 * Expression rules (`visibleIf`) are in `expression-checks.ts`.
 */
export function semanticIssues(questionnaire: Questionnaire): ValidationIssue[] {
  return [
    ...duplicateIds(questionnaire.dimensions, '$.dimensions', 'Dimensions-ID', 'Dimension id'),
    ...duplicateIds(questionnaire.topics, '$.topics', 'Themen-ID', 'Topic id'),
    ...duplicateIds(questionnaire.questions, '$.questions', 'Fragen-ID', 'Question id'),
    ...levelIssues(questionnaire),
    ...adviceIssues(questionnaire),
    ...questionnaire.questions.flatMap((question, index) => questionIssues(questionnaire, question, `$.questions[${index}]`)),
  ]
}

function duplicateIds(items: readonly { id: string }[], path: string, de: string, en: string): ValidationIssue[] {
  const firstIndex = new Map<string, number>()
  const issues: ValidationIssue[] = []
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id)
    if (first === undefined) {
      firstIndex.set(item.id, index)
      return
    }
    issues.push(
      issue(
        `${path}[${index}].id`,
        `${de} „${item.id}“ kommt doppelt vor (zuerst bei ${path}[${first}])`,
        `${en} “${item.id}” occurs twice (first at ${path}[${first}])`,
      ),
    )
  })
  return issues
}

function levelIssues({ levels }: Questionnaire): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (levels.length !== 5) {
    issues.push(issue('$.levels', `Genau 5 Stufen erwartet, gefunden ${levels.length}`, `Exactly 5 levels expected, found ${levels.length}`))
  }
  levels.forEach((level, index) => {
    const at = `$.levels[${index}]`
    if (level.level !== index + 1) {
      issues.push(
        issue(
          `${at}.level`,
          `Hier wird Stufe ${index + 1} erwartet, gefunden ${level.level} (Stufen in der Reihenfolge 1 bis 5)`,
          `Level ${index + 1} expected here, found ${level.level} (levels in order 1 to 5)`,
        ),
      )
    }
    const previous = levels[index - 1]
    if (index === 0 && level.minScore !== 0) {
      issues.push(issue(`${at}.minScore`, `Stufe 1 muss bei minScore 0 beginnen, gefunden ${level.minScore}`, `Level 1 must start at minScore 0, found ${level.minScore}`))
    } else if (previous !== undefined && level.minScore <= previous.minScore) {
      issues.push(
        issue(
          `${at}.minScore`,
          `minScore ${level.minScore} muss größer sein als bei der vorigen Stufe (${previous.minScore})`,
          `minScore ${level.minScore} must be greater than the previous level's (${previous.minScore})`,
        ),
      )
    }
  })
  return issues
}

function adviceIssues({ dimensions }: Questionnaire): ValidationIssue[] {
  return dimensions.flatMap((dimension, index) =>
    dimension.advice.length === 5
      ? []
      : [
          issue(
            `$.dimensions[${index}].advice`,
            `Genau 5 Hinweise (für die Stufen 1 bis 5) erwartet, gefunden ${dimension.advice.length}`,
            `Exactly 5 advice entries (for levels 1 to 5) expected, found ${dimension.advice.length}`,
          ),
        ],
  )
}

function questionIssues(questionnaire: Questionnaire, question: Question, at: string): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (!questionnaire.dimensions.some((dimension) => dimension.id === question.dimension)) {
    issues.push(
      issue(
        `${at}.dimension`,
        `Dimension „${question.dimension}“ ist in $.dimensions nicht angelegt`,
        `Dimension “${question.dimension}” is not declared in $.dimensions`,
      ),
    )
  }
  if (question.topic !== undefined && !questionnaire.topics.some((topic) => topic.id === question.topic)) {
    issues.push(issue(`${at}.topic`, `Thema „${question.topic}“ ist in $.topics nicht angelegt`, `Topic “${question.topic}” is not declared in $.topics`))
  }
  if (question.type === 'single' || question.type === 'multiple') {
    issues.push(...duplicateIds(question.options, `${at}.options`, 'Antwort-ID', 'Option id'))
  }
  return [...issues, ...pointsIssues(question, at)]
}

const NO_POINTS = {
  de: 'Höchstpunktzahl ist 0: keine Antwort gibt Punkte, die Frage kann nicht bewertet werden',
  en: 'Maximum points are 0: no answer gives points, so the question cannot be scored',
}

function pointsIssues(question: Question, at: string): ValidationIssue[] {
  switch (question.type) {
    case 'single':
      return Math.max(...question.options.map((option) => option.points)) > 0 ? [] : [issue(`${at}.options`, NO_POINTS.de, NO_POINTS.en)]
    case 'multiple': {
      const reachable = question.options.reduce((sum, option) => sum + Math.max(0, option.points), 0)
      if (question.maxPoints <= reachable) return []
      return [
        issue(
          `${at}.maxPoints`,
          `maxPoints ${question.maxPoints} ist größer als die Summe der positiven Punkte (${reachable}): die volle Punktzahl ist nicht erreichbar`,
          `maxPoints ${question.maxPoints} is greater than the sum of positive points (${reachable}): full points cannot be reached`,
        ),
      ]
    }
    case 'yesno':
      return Math.max(question.points.yes, question.points.no) > 0 ? [] : [issue(`${at}.points`, NO_POINTS.de, NO_POINTS.en)]
    case 'number':
      return bandIssues(question, at)
    case 'text':
      return []
  }
}

function bandIssues(question: NumberQuestion, at: string): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  if (question.min >= question.max) {
    issues.push(issue(`${at}.max`, `max (${question.max}) muss größer als min (${question.min}) sein`, `max (${question.max}) must be greater than min (${question.min})`))
  }
  if (Math.max(...question.bands.map((band) => band.points)) <= 0) issues.push(issue(`${at}.bands`, NO_POINTS.de, NO_POINTS.en))
  question.bands.forEach((band, index) => {
    const bandAt = `${at}.bands[${index}].min`
    const previous = question.bands[index - 1]
    if (index === 0 && band.min !== question.min) {
      issues.push(issue(bandAt, `Das erste Band muss bei min der Frage (${question.min}) beginnen, nicht bei ${band.min}`, `The first band must start at the question's min (${question.min}), not at ${band.min}`))
    } else if (previous !== undefined && band.min <= previous.min) {
      issues.push(issue(bandAt, `Bänder müssen aufsteigend nach min sortiert sein: ${band.min} folgt auf ${previous.min}`, `Bands must be sorted ascending by min: ${band.min} follows ${previous.min}`))
    } else if (band.min > question.max) {
      issues.push(issue(bandAt, `Band beginnt bei ${band.min}, über max der Frage (${question.max})`, `Band starts at ${band.min}, above the question's max (${question.max})`))
    }
  })
  return issues
}
