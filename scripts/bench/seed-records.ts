import { readFileSync } from 'node:fs'
import { createAssessment } from '../../src/domain/assessment/new-assessment'
import type { Questionnaire } from '../../src/domain/questionnaire/types'
import { loadQuestionnaire } from '../../src/domain/questionnaire/validate-questionnaire'
import { scoreAssessment } from '../../src/domain/scoring/score-assessment'
import { versionFiles } from '../vite/shipped-questionnaires'
import { ROOT } from './paths'
import { BENCH_PROFILE, syntheticAnswers } from './synthetic-questionnaire'
import type { AssessmentRecord } from '../../src/domain/shapes/assessment'
import { COMPANY_VERSION, type CompanyRecord } from '../../src/domain/shapes/company'
import { EMPLOYEE_CLASSES, type Profile, SECTOR_CODES, STATE_CODES } from '../../src/domain/shapes/profile'
import type { Answers } from '../../src/domain/shapes/answers'

/**
 * Stored records for the browser benches, made with the app's own domain code (new check, scoring),
 * so they pass the storage module's validation like records the app writes itself.
 */

/** The latest version of the flagship, the one new checks use (FLAGSHIP_SOURCE in bundle-size.ts). */
export function flagshipQuestionnaire(): Questionnaire {
  const file = versionFiles(ROOT, 'digitalisierungsgrad-check').at(-1)!
  const loaded = loadQuestionnaire(JSON.parse(readFileSync(file, 'utf8')))
  if (!loaded.ok) throw new Error(`${file} is invalid`)
  return loaded.questionnaire
}

/** A draft with the first `answered` questions answered. */
export function draftCheck(questionnaire: Questionnaire, id: string, answered = 0, profile: Profile = BENCH_PROFILE): AssessmentRecord {
  const draft = createAssessment({
    id,
    now: '2026-03-02T09:00:00.000Z',
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    profile,
  })
  const answers = Object.fromEntries(Object.entries(syntheticAnswers(questionnaire, 7)).slice(0, answered))
  return { ...draft, answers }
}

/** A completed check with every question answered and its frozen result. */
export function completedCheck(
  questionnaire: Questionnaire,
  id: string,
  options: { seed?: number; at?: string; companyId?: string | null; profile?: Profile; answers?: Answers } = {},
): AssessmentRecord {
  const at = options.at ?? '2026-03-02T10:00:00.000Z'
  const profile = options.profile ?? BENCH_PROFILE
  const answers = options.answers ?? syntheticAnswers(questionnaire, options.seed ?? 1)
  return {
    ...createAssessment({
      id,
      now: at,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      companyId: options.companyId ?? null,
      profile,
    }),
    answers,
    status: 'completed',
    completedAt: at,
    updatedAt: at,
    result: scoreAssessment(questionnaire, answers, profile),
  }
}

export interface ScaleData {
  companies: CompanyRecord[]
  /** In batches, so no single message to the page is huge. */
  checkBatches: AssessmentRecord[][]
}

/**
 * A consultant's database after years of use: `companies` client businesses with `perCompany`
 * checks each, four in five completed, one change every few hours back from March 2026.
 */
export function consultantData(questionnaire: Questionnaire, companies: number, perCompany: number, batchSize = 500): ScaleData {
  const answerSets = Array.from({ length: 40 }, (_, seed) => syntheticAnswers(questionnaire, seed + 100))
  const companyRecords: CompanyRecord[] = []
  const checks: AssessmentRecord[] = []
  const start = Date.parse('2026-03-01T12:00:00.000Z')
  for (let c = 0; c < companies; c += 1) {
    const at = new Date(start - c * 3 * 3_600_000).toISOString()
    const company: CompanyRecord = {
      schemaVersion: COMPANY_VERSION,
      id: `company-${c}`,
      name: `Betrieb ${c + 1} GmbH & Co. KG`,
      state: STATE_CODES[c % STATE_CODES.length]!,
      sector: SECTOR_CODES[c % SECTOR_CODES.length]!,
      employees: EMPLOYEE_CLASSES[c % EMPLOYEE_CLASSES.length]!,
      contactNotes: 'Ansprechpartnerin: Frau Muster, Tel. 0511 000000',
      createdAt: at,
      updatedAt: at,
    }
    companyRecords.push(company)
    const profile: Profile = { state: company.state!, sector: company.sector!, employees: company.employees!, apprentices: c % 2 === 0 }
    for (let k = 0; k < perCompany; k += 1) {
      const index = c * perCompany + k
      const when = new Date(start - index * 3_600_000 - k * 7 * 86_400_000).toISOString()
      const answers = answerSets[index % answerSets.length]!
      const id = `check-${index}`
      if (index % 5 === 4) {
        checks.push({ ...draftCheck(questionnaire, id, 20, profile), companyId: company.id, createdAt: when, updatedAt: when })
      } else {
        checks.push(completedCheck(questionnaire, id, { at: when, companyId: company.id, profile, answers }))
      }
    }
  }
  const checkBatches: AssessmentRecord[][] = []
  for (let i = 0; i < checks.length; i += batchSize) checkBatches.push(checks.slice(i, i + batchSize))
  return { companies: companyRecords, checkBatches }
}
