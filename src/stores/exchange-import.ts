import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CompanyRecord } from '@/domain/assessment/types'
import { DEFAULT_MAX_IMPORT_BYTES, type ExportFile } from '@/domain/exchange/export-file'
import { parseImportFile } from '@/domain/exchange/parse-import'
import { tooLargeIssue } from '@/domain/exchange/parse-messages'
import type { ImportPlan } from '@/domain/exchange/plan-import'
import type { ValidationIssue } from '@/domain/validation-issue'
import { listCompanies } from '@/storage/companies-repository'
import { applyImport } from '@/storage/exchange-repository'
import { planFileImport } from './exchange-backup'
import { useDurabilityStore } from './durability'

/**
 * `choose`: no file yet; `invalid`: the file was refused (see `errors`); `preview`: what the import
 * will do (a self-assessment first needs its company); `done`: written.
 */
export type ImportStep = 'choose' | 'reading' | 'invalid' | 'preview' | 'writing' | 'done'

/** Importing a handover file, a backup or a business's self-assessment: read, preview, then write. */
export const useExchangeImportStore = defineStore('exchange-import', () => {
  const step = ref<ImportStep>('choose')
  const errors = shallowRef<ValidationIssue[]>([])
  const file = shallowRef<ExportFile | null>(null)
  const plan = shallowRef<ImportPlan | null>(null)
  /** The companies a self-assessment can go into. */
  const companies = shallowRef<CompanyRecord[]>([])
  const targetId = ref('')
  const counts = shallowRef<ImportPlan['counts'] | null>(null)

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
        : parseImportFile(await chosen.text())
    if (!parsed.ok) {
      errors.value = parsed.errors
      step.value = 'invalid'
      return
    }
    file.value = parsed.file
    if (needsTarget.value) companies.value = await listCompanies()
    else plan.value = await planFileImport(parsed.file)
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

  return { step, errors, file, plan, companies, targetId, counts, needsTarget, reset, read, chooseTarget, confirm }
})
