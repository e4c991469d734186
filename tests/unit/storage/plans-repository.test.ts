import { describe, expect, it } from 'vitest'
import { addOwnStep, newPlan, updateStep } from '@/domain/plan/plan-edits'
import type { PlanRecord } from '@/domain/shapes/plan'
import { getAssessment } from '@/storage/assessments-repository'
import { deleteAssessment, restoreAssessment } from '@/storage/assessment-removal'
import { deleteCompany, getCompany, restoreCompany, saveCompany } from '@/storage/companies-repository'
import { openDatabase } from '@/storage/database'
import { getPlan, listPlans, plansOfChecks, savePlan } from '@/storage/plans-repository'
import { at, company, completedCheck, draftCheck, plan, rejectionOf, step, useFreshDatabase } from '../plan/plan-builders'

const { problems } = useFreshDatabase()

/** A stored completed check and a first stored plan with one step. */
async function storedCheckWithPlan(id = 'check-1', companyId: string | null = null): Promise<PlanRecord> {
  const check = await restoreAssessment(completedCheck({ id, companyId }))
  return savePlan(addOwnStep(newPlan(check, at(40)), 'Datensicherung testen', 'reifegrad', `${id}-s1`, at(40)), null)
}

/** What the plans store really holds, read with the raw API. */
async function rawPlans(): Promise<unknown[]> {
  return (await openDatabase()).getAll('plans')
}

describe('savePlan and getPlan', () => {
  it('stores a new plan (basedOn null) and reads it back as it was', async () => {
    const saved = await storedCheckWithPlan()
    expect(await getPlan('check-1')).toEqual(saved)
    expect(saved.steps.map((entry) => entry.text)).toEqual(['Datensicherung testen'])
    expect(await getPlan('no-such-check')).toBeNull()
  })

  it('returns the stored copy: plain data, timestamps in canonical form', async () => {
    await restoreAssessment(completedCheck())
    const saved = await savePlan({ ...plan(), updatedAt: '2026-11-29T11:00:00+01:00' }, null)
    expect(saved.updatedAt).toBe('2026-11-29T10:00:00.000Z')
    expect((await getPlan('check-1'))?.updatedAt).toBe('2026-11-29T10:00:00.000Z')
  })

  it('saves an edit made from the stored version', async () => {
    const first = await storedCheckWithPlan()
    const edited = updateStep(first, 'check-1-s1', { status: 'done', owner: 'Frau Schulz' }, at(60))
    const second = await savePlan(edited, first.updatedAt)
    expect(await getPlan('check-1')).toEqual(second)
    expect(second.steps[0]).toMatchObject({ status: 'done', doneAt: at(60), owner: 'Frau Schulz' })
    // And the next edit goes on from that one.
    await savePlan(updateStep(second, 'check-1-s1', { note: 'ok' }, at(70)), second.updatedAt)
    expect((await getPlan('check-1'))?.steps[0]?.note).toBe('ok')
  })

  it('refuses an edit of a version that is no longer stored (another tab saved meanwhile): plan-changed-elsewhere, nothing written', async () => {
    const first = await storedCheckWithPlan()
    const otherTab = await savePlan(updateStep(first, 'check-1-s1', { owner: 'Tab B' }, at(50)), first.updatedAt)
    const stale = updateStep(first, 'check-1-s1', { owner: 'Tab A' }, at(55))
    const error = await rejectionOf(savePlan(stale, first.updatedAt))
    expect(error.kind).toBe('plan-changed-elsewhere')
    expect(await getPlan('check-1')).toEqual(otherTab)
  })

  it('refuses a "new" plan where one is stored already, and an edit where none is stored', async () => {
    const first = await storedCheckWithPlan()
    expect((await rejectionOf(savePlan(updateStep(first, 'check-1-s1', { owner: 'x' }, at(41)), null))).kind).toBe('plan-changed-elsewhere')
    expect(await getPlan('check-1')).toEqual(first)

    await restoreAssessment(completedCheck({ id: 'check-2' }))
    expect((await rejectionOf(savePlan(plan({ assessmentId: 'check-2' }), at(1)))).kind).toBe('plan-changed-elsewhere')
    expect(await getPlan('check-2')).toBeNull()
  })

  it('refuses a plan of a check that does not exist (e.g. deleted in another tab): check-not-found, nothing written', async () => {
    const error = await rejectionOf(savePlan(plan({ assessmentId: 'gone' }), null))
    expect(error.kind).toBe('check-not-found')
    expect(await rawPlans()).toEqual([])
  })

  it('refuses a plan of a draft: a plan belongs to a completed check', async () => {
    await restoreAssessment(draftCheck({ id: 'draft-1' }))
    const error = await rejectionOf(savePlan(plan({ assessmentId: 'draft-1' }), null))
    expect(error).toHaveProperty('kind')
    expect(await rawPlans()).toEqual([])
  })

  it('refuses an invalid plan: invalid, nothing written', async () => {
    await restoreAssessment(completedCheck())
    const invalid = [
      plan({ steps: [step({ status: 'done', doneAt: null })] }),
      plan({ steps: [step({ id: 'same' }), step({ id: 'same' })] }),
      plan({ steps: [step({ text: '   ' })] }),
      { ...plan(), schemaVersion: 2 } as unknown as PlanRecord,
    ]
    for (const value of invalid) {
      expect((await rejectionOf(savePlan(value, null))).kind).toBe('invalid')
    }
    expect(await rawPlans()).toEqual([])
  })
})

describe('listPlans and plansOfChecks', () => {
  it('lists every stored plan', async () => {
    await storedCheckWithPlan('check-1')
    await storedCheckWithPlan('check-2')
    expect((await listPlans()).map((entry) => entry.assessmentId).sort()).toEqual(['check-1', 'check-2'])
  })

  it('leaves out a damaged plan and reports it', async () => {
    await storedCheckWithPlan('check-1')
    await (await openDatabase()).put('plans', { ...plan({ assessmentId: 'check-bad' }), steps: 'kaputt' } as unknown as PlanRecord)
    expect((await listPlans()).map((entry) => entry.assessmentId)).toEqual(['check-1'])
    expect(problems.map((problem) => problem.kind)).toContain('corrupt')
    expect(await getPlan('check-bad')).toBeNull()
  })

  it('returns the plans of the given checks that have one', async () => {
    await storedCheckWithPlan('check-1')
    await storedCheckWithPlan('check-2')
    await restoreAssessment(completedCheck({ id: 'check-3' }))
    const found = await plansOfChecks(['check-3', 'check-2', 'unknown'])
    expect(found.map((entry) => entry.assessmentId)).toEqual(['check-2'])
    expect(await plansOfChecks([])).toEqual([])
  })
})

describe('deleting and restoring a check', () => {
  it('deletes the check with its plan and returns both; restoring puts both back', async () => {
    const saved = await storedCheckWithPlan('check-1')
    await storedCheckWithPlan('check-2')
    const record = await getAssessment('check-1')
    const deleted = await deleteAssessment('check-1')
    expect(deleted).toEqual({ record, plan: saved })
    expect(await getAssessment('check-1')).toBeNull()
    expect(await getPlan('check-1')).toBeNull()
    // The other check's plan stays.
    expect((await listPlans()).map((entry) => entry.assessmentId)).toEqual(['check-2'])

    await restoreAssessment(deleted!.record, deleted!.plan)
    expect(await getAssessment('check-1')).toEqual(record)
    expect(await getPlan('check-1')).toEqual(saved)
    // After the undo, editing goes on from the restored version.
    await savePlan(updateStep(saved, 'check-1-s1', { owner: 'danach' }, at(99)), saved.updatedAt)
  })

  it('a check without a plan comes back with plan null; an unknown check gives null', async () => {
    await restoreAssessment(completedCheck({ id: 'check-9' }))
    expect(await deleteAssessment('check-9')).toMatchObject({ record: { id: 'check-9' }, plan: null })
    expect(await deleteAssessment('check-9')).toBeNull()
  })

  it('refuses to restore a check with the plan of another check, writing nothing', async () => {
    const error = await rejectionOf(restoreAssessment(completedCheck({ id: 'check-1' }), plan({ assessmentId: 'check-2' })))
    expect(error.kind).toBe('invalid')
    expect(await getAssessment('check-1')).toBeNull()
    expect(await rawPlans()).toEqual([])
  })

  it('refuses to restore with an invalid plan, writing nothing (not even the check)', async () => {
    const error = await rejectionOf(restoreAssessment(completedCheck(), plan({ steps: [step({ status: 'done', doneAt: null })] })))
    expect(error.kind).toBe('invalid')
    expect(await getAssessment('check-1')).toBeNull()
  })
})

describe('deleting and restoring a company with its checks', () => {
  it('returns the company, its checks and their plans, removes them all, and puts them all back', async () => {
    await saveCompany(company({ id: 'company-a' }), null)
    await saveCompany(company({ id: 'company-b', name: 'Bäckerei Busch' }), null)
    const planA1 = await storedCheckWithPlan('a-1', 'company-a')
    const planA2 = await storedCheckWithPlan('a-2', 'company-a')
    await restoreAssessment(completedCheck({ id: 'a-3', companyId: 'company-a' }))
    const planB = await storedCheckWithPlan('b-1', 'company-b')
    const own = await storedCheckWithPlan('own-1', null)

    // Refused while checks exist and withChecks is not set: nothing is deleted.
    expect((await rejectionOf(deleteCompany('company-a'))).kind).toBe('company-has-checks')
    expect(await listPlans()).toHaveLength(4)

    const deleted = await deleteCompany('company-a', { withChecks: true })
    expect(deleted?.company.id).toBe('company-a')
    expect(deleted?.assessments.map((check) => check.id).sort()).toEqual(['a-1', 'a-2', 'a-3'])
    expect(deleted?.plans.map((entry) => entry.assessmentId).sort()).toEqual(['a-1', 'a-2'])
    expect(deleted?.plans.find((entry) => entry.assessmentId === 'a-1')).toEqual(planA1)
    expect((await listPlans()).map((entry) => entry.assessmentId).sort()).toEqual(['b-1', 'own-1'])
    expect(await getPlan('b-1')).toEqual(planB)
    expect(await getPlan('own-1')).toEqual(own)

    await restoreCompany(deleted!)
    expect(await getCompany('company-a')).toEqual(deleted!.company)
    expect(await getPlan('a-1')).toEqual(planA1)
    expect(await getPlan('a-2')).toEqual(planA2)
    expect(await getAssessment('a-3')).not.toBeNull()
    expect(await listPlans()).toHaveLength(4)
  })

  it('refuses to restore a plan whose check is not among the restored checks, writing nothing', async () => {
    await saveCompany(company({ id: 'company-a' }), null)
    await restoreAssessment(completedCheck({ id: 'a-1', companyId: 'company-a' }))
    const deleted = await deleteCompany('company-a', { withChecks: true })
    const broken = { ...deleted!, plans: [plan({ assessmentId: 'elsewhere', companyId: 'company-a' })] }
    expect((await rejectionOf(restoreCompany(broken))).kind).toBe('invalid')
    expect(await getCompany('company-a')).toBeNull()
    expect(await getAssessment('a-1')).toBeNull()
    expect(await rawPlans()).toEqual([])
  })
})
