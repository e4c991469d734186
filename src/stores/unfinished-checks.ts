import { latestUnfinishedChecks, type UnfinishedCheck } from '@/storage/unfinished-checks'

export type { UnfinishedCheck }

/** The start page's "Weitermachen": the last few unfinished checks on this device; none when storage fails. */
export async function unfinishedChecks(limit = 3): Promise<UnfinishedCheck[]> {
  try {
    return await latestUnfinishedChecks(limit)
  } catch {
    // The start page works without storage; the storage banner reports the problem itself.
    return []
  }
}
