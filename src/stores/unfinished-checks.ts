import { latestUnfinishedChecks, type UnfinishedCheck } from '@/storage/unfinished-checks'

export type { UnfinishedCheck }

let latest: UnfinishedCheck[] = []

/**
 * Reads the last few unfinished checks on this device for the start page's "Weitermachen"; none
 * when storage fails (the start page works without it, the storage banner reports the problem).
 * The router calls it before the start page opens, so the list is there at the first paint and
 * nothing below it moves once it arrives.
 */
export async function loadUnfinishedChecks(limit = 3): Promise<void> {
  try {
    latest = await latestUnfinishedChecks(limit)
  } catch {
    latest = []
  }
}

/** What `loadUnfinishedChecks` read last. */
export function unfinishedChecks(): UnfinishedCheck[] {
  return latest
}
