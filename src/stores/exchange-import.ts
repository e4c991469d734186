import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { DEFAULT_MAX_IMPORT_BYTES, type ExportFile } from '@/domain/shapes/export-file'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { tooLargeIssue } from '@/domain/exchange/parse-messages'
import type { ImportPlan } from '@/domain/exchange/plan-import'
import type { Issue } from '@/domain/schema/issue'
import { listCompanies } from '@/storage/companies-repository'
import { applyImport } from '@/storage/exchange-repository'
import { planFileImport } from './exchange-backup'
import { shipsQuestionnaire } from './questionnaires'
import { useDurabilityStore } from './durability'
import type { CompanyRecord } from '@/domain/shapes/company'

/**
 * `choose`: no file yet; `invalid`: the file was refused (see `errors`); `preview`: what the import
 * will do (a self-assessment first needs its company); `done`: written.
 */
export type ImportStep = 'choose' | 'reading' | 'invalid' | 'preview' | 'writing' | 'done'

/** Importing a handover file, a backup or a business's self-assessment: read, preview, then write. */
export const useExchangeImportStore = defineStore('exchange-import', () => {
  const step = ref<ImportStep>('choose')
  const errors = shallowRef<Issue[]>([])
  const file = shallowRef<ExportFile | null>(null)
  const plan = shallowRef<ImportPlan | null>(null)
  /** The companies a self-assessment can go into. */
  const companies = shallowRef<CompanyRecord[]>([])
  const targetId = ref('')
  const counts = shallowRef<ImportPlan['counts'] | null>(null)
  /** Names of stored companies by id: where conflicting checks already belong. */
  const storedCompanyNames = shallowRef<Record<string, string>>({})

  const needsTarget = computed(() => file.value?.scope === 'self-assessment')

  function reset(): void {
    step.value = 'choose'
    errors.value = []
    file.value = null
    plan.value = null
    targetId.value = ''
    counts.value = null
  }

  /** Reads and checks a chosen file; a refused file changes nothing and lists its problems. */
  async function read(chosen: File): Promise<void> {
    reset()
    step.value = 'reading'
    // Checked before reading, so a huge file is never loaded into memory.
    const parsed =
      chosen.size > DEFAULT_MAX_IMPORT_BYTES
        ? { ok: false as const, errors: [tooLargeIssue(chosen.size, DEFAULT_MAX_IMPORT_BYTES)] }
        : parseImportFile(await chosen.text(), { hasQuestionnaire: shipsQuestionnaire })
    if (!parsed.ok) {
      errors.value = parsed.errors
      step.value = 'invalid'
      return
    }
    file.value = parsed.file
    // Stored companies are listed for the preview: a self-assessment needs one, and a conflict names its business.
    companies.value = await listCompanies()
    storedCompanyNames.value = Object.fromEntries(companies.value.map((company) => [company.id, company.name]))
    if (!needsTarget.value) plan.value = await planFileImport(parsed.file)
    step.value = 'preview'
  }

  /** The company a self-assessment is imported into ('' for none chosen yet). */
  async function chooseTarget(companyId: string): Promise<void> {
    targetId.value = companyId
    plan.value = null
    if (file.value && companyId) plan.value = await planFileImport(file.value, { companyId })
  }

  /** Writes the previewed plan in one transaction. If the data changed meanwhile, nothing is written and the preview is renewed. */
  async function confirm(): Promise<void> {
    if (!plan.value || !file.value) return
    step.value = 'writing'
    try {
      counts.value = await applyImport(plan.value)
      step.value = 'done'
      // Imported data is worth keeping, like a completed check: ask the browser not to evict it.
      void useDurabilityStore().askAfterCompletion()
    } catch (error) {
      plan.value = await planFileImport(file.value, targetId.value ? { companyId: targetId.value } : undefined).catch(() => null)
      step.value = 'preview'
      throw error
    }
  }

  return { step, errors, file, plan, companies, storedCompanyNames, targetId, counts, needsTarget, reset, read, chooseTarget, confirm }
})
