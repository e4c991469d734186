/**
 * One draft is edited in one tab at a time, with the Web Locks API: the tab that edits a draft
 * holds the lock `reifegrad-draft-<id>`. Another tab either finds it taken (and shows the draft
 * read-only) or steals it on the user's request; the tab it was stolen from is told, so it stops
 * editing. Browsers without Web Locks edit without a lock, as before.
 */

/** `held`: this tab edits; `elsewhere`: another tab holds it; `unsupported`: no Web Locks here. */
export type DraftLockOutcome = 'held' | 'elsewhere' | 'unsupported'

export interface DraftLock {
  outcome: DraftLockOutcome
  /** Gives the lock back (no-op unless held). */
  release: () => void
}

export interface DraftLockOptions {
  /** Take the lock even if another tab holds it (that tab's `onLost` runs). */
  steal?: boolean
  /** Called when another tab steals the lock from this one. */
  onLost: () => void
}

/** The lock name of a draft; the same in every tab. */
export function draftLockName(id: string): string {
  return `reifegrad-draft-${id}`
}

const NOTHING_TO_RELEASE = () => undefined

/**
 * How long a tab waits for a draft's lock before it counts as open elsewhere. After a reload the
 * page that is going away may still hold the lock for a moment; without the wait, reloading a step
 * would show the user's own check as "open in another tab".
 */
export const LOCK_WAIT_MS = 1500

/** Tries to take the edit lock of draft `id` for this tab, without waiting for another tab. */
export function acquireDraftLock(id: string, options: DraftLockOptions): Promise<DraftLock> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return Promise.resolve({ outcome: 'unsupported', release: NOTHING_TO_RELEASE })
  let release: () => void = NOTHING_TO_RELEASE
  const releasedByUs = new Promise<void>((resolve) => (release = resolve))
  return new Promise((resolve) => {
    let granted = false
    const waiting = options.steal ? null : new AbortController()
    const timer = waiting ? setTimeout(() => waiting.abort(), LOCK_WAIT_MS) : undefined
    const request = options.steal ? { steal: true } : { signal: waiting!.signal }
    locks
      .request(draftLockName(id), request, (lock) => {
        clearTimeout(timer)
        if (!lock) {
          resolve({ outcome: 'elsewhere', release: NOTHING_TO_RELEASE })
          return undefined
        }
        granted = true
        resolve({ outcome: 'held', release })
        // The lock is held until this promise settles, i.e. until we release it.
        return releasedByUs
      })
      .catch((error: unknown) => {
        clearTimeout(timer)
        // A held lock that another tab steals rejects its request with an AbortError.
        if (granted) options.onLost()
        // Still held by another tab after the wait.
        else if (waiting?.signal.aborted) resolve({ outcome: 'elsewhere', release: NOTHING_TO_RELEASE })
        else {
          console.warn('Web Locks request failed; editing without a lock', error)
          resolve({ outcome: 'unsupported', release: NOTHING_TO_RELEASE })
        }
      })
  })
}
