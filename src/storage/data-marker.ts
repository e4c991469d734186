/**
 * A note outside IndexedDB that this browser has stored checks. Browsers may delete a site's
 * IndexedDB without asking (storage pressure, "clear data after 7 days" policies); with the note
 * the app can tell "never used" apart from "the browser removed the data" and say so. It lives
 * in localStorage, which such evictions often spare; where both are removed nothing can be told.
 */

export const DATA_MARKER_KEY = 'reifegrad.hasData'

/** What the note says: when a check was last saved on this device. */
export interface DataMarker {
  lastSavedAt: string
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Reading `localStorage` throws where site data is blocked.
    return null
  }
}

/** Notes that a check was saved just now. */
export function markDataStored(now: string = new Date().toISOString()): void {
  try {
    storage()?.setItem(DATA_MARKER_KEY, JSON.stringify({ lastSavedAt: now }))
  } catch {
    // Full or blocked: the note is a help, never a reason for a save to fail.
  }
}

/** The note, or null when there is none (or it is unreadable). */
export function readDataMarker(): DataMarker | null {
  try {
    const raw = storage()?.getItem(DATA_MARKER_KEY)
    if (!raw) return null
    const parsed: unknown = JSON.parse(raw)
    const lastSavedAt = (parsed as { lastSavedAt?: unknown } | null)?.lastSavedAt
    return typeof lastSavedAt === 'string' && !Number.isNaN(Date.parse(lastSavedAt)) ? { lastSavedAt } : null
  } catch {
    return null
  }
}

/** Removes the note: no check is stored any more (all deleted), or the user saw the data-loss notice. */
export function clearDataMarker(): void {
  try {
    storage()?.removeItem(DATA_MARKER_KEY)
  } catch {
    // Blocked storage holds no note either.
  }
}
