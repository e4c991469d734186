import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { emptyCompanyQuery, queryCompanies, type CompanyListEntry, type CompanyQuery } from '@/domain/companies/company-list'
import { createCompany, updateCompany, type CompanyFields } from '@/domain/companies/company-record'
import { listCompanyEntries } from '@/storage/companies-list'
import { deleteCompany, getCompany, saveCompany } from '@/storage/companies-repository'
import { useDurabilityStore } from './durability'
import type { CompanyRecord } from '@/domain/shapes/company'

const PAGE_SIZE = 50

/** The calendar date of a stored time where the user is (what the list shows and filters by). */
function localDateOf(iso: string): string {
  const time = new Date(iso)
  return new Date(time.getTime() - time.getTimezoneOffset() * 60_000).toISOString().slice(0, 10)
}

/**
 * The consultant's client businesses: the list with its search, filters and order (kept while the
 * consultant looks at a company and comes back), and creating, editing and deleting companies.
 */
export const useCompaniesStore = defineStore('companies', () => {
  const entries = shallowRef<CompanyListEntry[]>([])
  const loaded = ref(false)
  const query = ref<CompanyQuery>(emptyCompanyQuery())
  const shownCount = ref(PAGE_SIZE)
  /** The name of the company deleted last, for the list's confirmation. */
  const deletedName = ref<string | null>(null)

  const matching = computed(() => queryCompanies(entries.value, query.value, { dateOf: localDateOf }))
  const shown = computed(() => matching.value.slice(0, shownCount.value))
  // A new search starts again at the first page.
  watch(query, () => (shownCount.value = PAGE_SIZE), { deep: true })

  async function load(): Promise<void> {
    entries.value = await listCompanyEntries()
    loaded.value = true
  }

  function showMore(): void {
    shownCount.value += PAGE_SIZE
  }

  function resetQuery(): void {
    query.value = { ...emptyCompanyQuery(), sort: query.value.sort }
  }

  /** The stored company, or null. */
  const find = (id: string) => getCompany(id)

  /**
   * Stores a new company (no `existing`) or an edit of `existing` as the form loaded it; refused
   * (company-changed-elsewhere / company-deleted-elsewhere) when another tab changed or deleted it since.
   */
  async function save(fields: CompanyFields, existing?: CompanyRecord): Promise<CompanyRecord> {
    const now = new Date().toISOString()
    const record = existing ? updateCompany(existing, fields, now) : createCompany(fields, crypto.randomUUID(), now)
    const stored = await saveCompany(record, existing?.updatedAt ?? null)
    deletedName.value = null
    // A consultant's client data is worth keeping, like a completed check: ask the browser not to evict it.
    if (!existing) void useDurabilityStore().askAfterCompletion()
    return stored
  }

  /** Deletes a company; `withChecks` deletes its checks too (otherwise refused while it has any). */
  async function remove(company: CompanyRecord, withChecks: boolean): Promise<void> {
    await deleteCompany(company.id, { withChecks })
    entries.value = entries.value.filter((entry) => entry.company.id !== company.id)
    deletedName.value = company.name
  }

  return { entries, loaded, query, matching, shown, deletedName, load, showMore, resetQuery, find, save, remove }
})
