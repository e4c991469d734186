/**
 * Every failure the app reports to a user is an AppError of a known kind, with parameters for its
 * message. Callers tell failures apart by `kind`, never by message text; only the i18n messages
 * (`errors.<kind>`) word them.
 */
export type AppErrorKind =
  // The device's storage as a whole (shown in one banner).
  | 'blocked'
  | 'blocking'
  | 'deleted-elsewhere'
  | 'terminated'
  | 'quota'
  | 'unavailable'
  | 'outdated'
  | 'corrupt'
  // One call.
  | 'not-found'
  | 'invalid'
  | 'conflict'
  | 'failed'
  | 'check-not-found'
  | 'check-completed'
  | 'company-not-found'
  | 'company-has-checks'
  | 'company-changed-elsewhere'
  | 'company-deleted-elsewhere'
  | 'import-changed-since-preview'
  | 'draft-locked'
  | 'questionnaire-unavailable'
  | 'plan-changed-elsewhere'

export type AppErrorParams = Readonly<Record<string, string | number>>

export class AppError extends Error {
  readonly kind: AppErrorKind
  readonly params: AppErrorParams
  /** The failure underneath (e.g. a DOMException), for developers. */
  readonly cause: unknown

  /** `detail` is for developers (the console); users read the message of `kind`. */
  constructor(kind: AppErrorKind, params: AppErrorParams = {}, options: { detail?: string; cause?: unknown } = {}) {
    super(options.detail ?? kind)
    this.name = 'AppError'
    this.kind = kind
    this.params = params
    this.cause = options.cause
  }
}

/** True for an AppError of one of `kinds` (any kind when none are given). */
export function isAppError(error: unknown, ...kinds: AppErrorKind[]): error is AppError {
  return error instanceof AppError && (kinds.length === 0 || kinds.includes(error.kind))
}
