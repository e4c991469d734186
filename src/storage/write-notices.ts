import { announceChange } from './change-broadcast'
import { clearDataMarker, markDataStored } from './data-marker'

/**
 * What happens after a write of a check has been committed: the data-loss note outside IndexedDB
 * is kept up to date, and the other tabs are told.
 */

/** After a committed save or completion of check `id`. */
export function noticeAssessmentWritten(id: string, kind: 'assessment-saved' | 'assessment-completed'): void {
  markDataStored()
  announceChange({ kind, id })
}

/** After committed deletes; `remaining` checks are still stored (none left: no data to miss). */
export function noticeAssessmentsDeleted(ids: readonly string[], remaining: number): void {
  if (remaining === 0) clearDataMarker()
  for (const id of ids) announceChange({ kind: 'assessment-deleted', id })
}
