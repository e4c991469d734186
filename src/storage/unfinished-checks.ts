import { runTransaction } from './transaction'

/** An unfinished check as the start page offers it ("Weitermachen"). */
export interface UnfinishedCheck {
  id: string
  questionnaireId: string
  questionnaireVersion: string
  updatedAt: string
  companyName: string | null
}

/**
 * The most recently changed drafts, newest first, with their business's name. Read straight from
 * the list summaries with plain checks instead of the record schemas: the start page is the first
 * page loaded and must stay small, and a summary that does not look right is simply not offered.
 */
export async function latestUnfinishedChecks(limit: number): Promise<UnfinishedCheck[]> {
  return runTransaction(['summaries', 'companies'], 'readonly', async (transaction) => {
    const found: UnfinishedCheck[] = []
    const range = IDBKeyRange.bound(['draft'], ['draft', []])
    let cursor = await transaction.objectStore('summaries').index('by-status-updated').openCursor(range, 'prev')
    while (cursor && found.length < limit) {
      const value = cursor.value as unknown as Record<string, unknown>
      const { id, questionnaireId, questionnaireVersion, updatedAt, companyId } = value
      if (typeof id === 'string' && typeof questionnaireId === 'string' && typeof questionnaireVersion === 'string' && typeof updatedAt === 'string') {
        const company = typeof companyId === 'string' ? ((await transaction.objectStore('companies').get(companyId)) as unknown as Record<string, unknown> | undefined) : undefined
        found.push({ id, questionnaireId, questionnaireVersion, updatedAt, companyName: typeof company?.name === 'string' ? company.name : null })
      }
      cursor = await cursor.continue()
    }
    return found
  })
}
