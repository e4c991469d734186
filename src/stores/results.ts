import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { visibleQuestionIds } from '@/domain/questionnaire/visibility'
import { fieldStandings, type FieldStandings } from '@/domain/results/field-standing'
import { suggestSteps, type SuggestedStep } from '@/domain/plan/suggest-steps'
import type { Answers } from '@/domain/shapes/answers'
import { loadMeasuresCatalogue } from '@/domain/measures/load-catalogue'
import { matchMeasures, type MatchOutcome } from '@/domain/measures/match-measures'
import type { MeasuresCatalogue } from '@/domain/measures/catalogue-format'
import { compareResults, type ResultComparison } from '@/domain/scoring/compare'
import { resolveTargets, type DimensionTarget } from '@/domain/scoring/targets'
import { getAssessment, listSummaries } from '@/storage/assessments-repository'
import { saveTargets } from '@/storage/assessment-targets'
import { getCompany } from '@/storage/companies-repository'
import { useAssessmentStore } from './assessment'
import type { AssessmentRecord } from '@/domain/shapes/assessment'
import type { DimensionId, LevelNumber } from '@/domain/indicator-fields'
import type { CompanyRecord } from '@/domain/shapes/company'

/** Today as an ISO date in the user's time zone: measures are shown as open or closed as of today. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000)
  return local.toISOString().slice(0, 10)
}

/** What the results page shows beyond the frozen result: targets, matching measures, the change since last time. */
export const useResultsStore = defineStore('results', () => {
  const assessment = useAssessmentStore()
  const catalogue = shallowRef<MeasuresCatalogue | null>(null)
  const previous = shallowRef<AssessmentRecord | null>(null)
  const company = shallowRef<CompanyRecord | null>(null)
  const catalogueError = ref(false)

  const targets = computed<DimensionTarget[]>(() => {
    const record = assessment.record
    if (!record?.result || !assessment.questionnaire) return []
    return resolveTargets(record.result, assessment.questionnaire, record.targets)
  })

  /** Answers of the questions this business was shown: hidden ones are stale and must not count. */
  const shownAnswers = computed<Answers>(() => {
    const record = assessment.record
    if (!record || !assessment.questionnaire) return {}
    const visible = visibleQuestionIds(assessment.questionnaire, record.answers, record.profile)
    return Object.fromEntries(Object.entries(record.answers).filter(([id]) => visible.has(id)))
  })

  const matches = computed<MatchOutcome | null>(() => {
    const record = assessment.record
    if (!record?.result || !catalogue.value || !assessment.questionnaire) return null
    return matchMeasures({
      result: record.result,
      profile: record.profile,
      catalogue: catalogue.value,
      date: todayIso(),
      targets: targets.value,
      answers: shownAnswers.value,
    })
  })

  /** Strengths, gaps and context fields: one definition (domain/results/field-standing.ts). */
  const standings = computed<FieldStandings | null>(() => {
    const record = assessment.record
    if (!record?.result || !assessment.questionnaire) return null
    return fieldStandings(record.result, assessment.questionnaire, targets.value)
  })

  /** The next steps the answers suggest, weakest places and quick wins first (needs the report texts). */
  const suggestedSteps = computed<SuggestedStep[]>(() => {
    const record = assessment.record
    const questionnaire = assessment.questionnaire
    if (!record?.result || !questionnaire?.steps) return []
    return suggestSteps(questionnaire, shownAnswers.value, record.result)
  })

  const comparison = computed<ResultComparison | null>(() => {
    const before = previous.value?.result
    const after = assessment.record?.result
    return before && after ? compareResults(before, after) : null
  })

  /** Loads the catalogue (its own chunk) and the previous completed check of the same business. */
  async function load(): Promise<void> {
    const record = assessment.record
    if (!record) return
    const [catalogueModule, earlier, owner] = await Promise.all([
      import('../../questionnaires/measures.json'),
      findPrevious(record),
      record.companyId ? getCompany(record.companyId) : Promise.resolve(null),
    ])
    company.value = owner
    const loaded = loadMeasuresCatalogue(catalogueModule.default)
    catalogue.value = loaded.ok ? loaded.catalogue : null
    catalogueError.value = !loaded.ok
    previous.value = earlier
  }

  async function setTarget(dimension: DimensionId, level: LevelNumber): Promise<void> {
    const record = assessment.record
    if (!record) return
    const updated = await saveTargets(record.id, { ...record.targets, [dimension]: level }, new Date().toISOString())
    assessment.replaceRecord(updated)
  }

  return { catalogue, catalogueError, previous, company, targets, matches, standings, suggestedSteps, shownAnswers, comparison, load, setTarget }
})

/**
 * The latest completed check of the same business and questionnaire that was finished before this
 * one: the same company in consultant mode, or the device's own checks (no company).
 */
async function findPrevious(record: AssessmentRecord): Promise<AssessmentRecord | null> {
  const completedAt = record.completedAt
  if (!completedAt) return null
  let best: { id: string; completedAt: string } | null = null
  let after: Parameters<typeof listSummaries>[0]['after']
  // Lists are ordered by last change, not by completion, so look at every completed check of this business.
  do {
    const page = await listSummaries({ companyId: record.companyId, status: 'completed', limit: 200, after })
    for (const item of page.items) {
      if (item.id === record.id || item.questionnaireId !== record.questionnaireId || !item.completedAt) continue
      if (item.completedAt < completedAt && (!best || item.completedAt > best.completedAt)) {
        best = { id: item.id, completedAt: item.completedAt }
      }
    }
    after = page.next ?? undefined
  } while (after)
  return best ? getAssessment(best.id) : null
}
