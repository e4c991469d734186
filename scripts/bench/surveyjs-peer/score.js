// The peer's own scoring, the same rules as src/domain/scoring in a few lines: visible firm
// questions, N/A and "not relevant" left out, weighted means per field, fields weighted overall.
import { PEER_NOT_APPLICABLE } from './peer-types'

function questionScore(rule, value) {
  if (value === undefined || value === null) return null
  if (rule.type === 'yesno') return typeof value === 'boolean' ? (value ? rule.yes : rule.no) / Math.max(rule.yes, rule.no) : null
  const chosen = Array.isArray(value) ? value : [value]
  if (chosen.length === 0 || chosen.includes(PEER_NOT_APPLICABLE) || chosen.some((id) => rule.notRelevant.includes(id))) return null
  const sum = chosen.reduce((total, id) => total + (rule.points[id] ?? 0), 0)
  const max = rule.type === 'single' ? rule.max : rule.cap
  return max > 0 ? Math.min(1, sum / max) : null
}

const round = (value) => Math.round(value * 10) / 10

function levelOf(score, levels) {
  if (score === null) return null
  return levels.filter((level) => level.minScore <= score).sort((a, b) => b.minScore - a.minScore)[0] ?? null
}

export function scoreSurvey(scoring, survey) {
  const sums = new Map(scoring.dimensions.map((dimension) => [dimension.id, { weighted: 0, weights: 0 }]))
  for (const question of survey.getAllQuestions(true)) {
    const rule = scoring.questions[question.name]
    const score = rule ? questionScore(rule, question.value) : null
    if (score === null) continue
    const sum = sums.get(rule.dimension)
    sum.weighted += score * rule.weight
    sum.weights += rule.weight
  }
  let weighted = 0
  let weights = 0
  const dimensions = scoring.dimensions.map((dimension) => {
    const sum = sums.get(dimension.id)
    const exact = sum.weights > 0 ? (sum.weighted / sum.weights) * 100 : null
    if (exact !== null) {
      weighted += exact * dimension.weight
      weights += dimension.weight
    }
    const score = exact === null ? null : round(exact)
    const level = levelOf(score, scoring.levels)
    // The target: the next level up, at least level 3 (as the app's default targets).
    const target = scoring.levels.find((candidate) => candidate.level === Math.min(5, Math.max(3, (level?.level ?? 0) + 1)))
    return { id: dimension.id, title: dimension.title, score, level, target: target?.minScore ?? null }
  })
  const overall = weights > 0 ? round(weighted / weights) : null
  return { overall, level: levelOf(overall, scoring.levels), dimensions }
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const points = (value) => (value === null ? '–' : String(value))

/** The text result: overall score and level, a table of the seven fields, and the two chart figures. */
export function resultHtml(result) {
  const rows = result.dimensions
    .map((row) => `<tr><th scope="row">${escape(row.title)}</th><td>${points(row.score)}</td><td>${escape(row.level?.name ?? '–')}</td></tr>`)
    .join('')
  const summary = escape(result.dimensions.map((row) => `${row.title}: heute ${points(row.score)}, Ziel ${points(row.target)}`).join('; '))
  const figure = (id, title) =>
    `<figure class="peer-chart"><figcaption>${title}</figcaption><div><canvas id="${id}" role="img" aria-label="${summary}"></canvas></div></figure>`
  return [
    '<h2>Ihr Ergebnis</h2>',
    `<p class="peer-overall"><strong>Gesamt: ${points(result.overall)} von 100 – Stufe ${result.level?.level ?? '–'}: ${escape(result.level?.name ?? '')}</strong></p>`,
    `<p>${escape(result.level?.text ?? '')}</p>`,
    '<h3>Ergebnis je Handlungsfeld</h3>',
    `<table><thead><tr><th scope="col">Handlungsfeld</th><th scope="col">Punkte</th><th scope="col">Stufe</th></tr></thead><tbody>${rows}</tbody></table>`,
    figure('peer-radar', 'Reifegrad je Handlungsfeld (Netzdiagramm)'),
    figure('peer-bar', 'Reifegrad je Handlungsfeld (Balkendiagramm)'),
  ].join('')
}
