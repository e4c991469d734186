/**
 * Whether the consultant works in session mode (Beratungsmodus), remembered for every check on this
 * device. Like the language, it is a small UI preference that must be known before a step page is
 * shown (the router sends the step to its session-mode page), so it lives in localStorage, which
 * can be read at once, not in IndexedDB.
 */

export const SESSION_MODE_KEY = 'reifegrad.sessionMode'

/** True when session mode was switched on (and not off again) on this device. */
export function sessionModeOn(): boolean {
  try {
    return localStorage.getItem(SESSION_MODE_KEY) === 'on'
  } catch {
    // Blocked site data: the page works, the choice is just not remembered.
    return false
  }
}

/** Remembers the choice; where storage is blocked it holds only until the page is left. */
export function rememberSessionMode(on: boolean): void {
  try {
    if (on) localStorage.setItem(SESSION_MODE_KEY, 'on')
    else localStorage.removeItem(SESSION_MODE_KEY)
  } catch {
    // Nothing to do: see above.
  }
}
