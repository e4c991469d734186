import { AppError, type AppErrorKind, type AppErrorParams } from '@/domain/app-error'

/** Problems with the device's storage as a whole; the app shows them in one place (a banner). */
export type StorageProblemKind = Extract<
  AppErrorKind,
  'blocked' | 'blocking' | 'deleted-elsewhere' | 'terminated' | 'quota' | 'unavailable' | 'outdated' | 'corrupt'
>

const PROBLEM_KINDS: ReadonlySet<AppErrorKind> = new Set<StorageProblemKind>([
  'blocked', 'blocking', 'deleted-elsewhere', 'terminated', 'quota', 'unavailable', 'outdated', 'corrupt',
])

/** True for kinds that concern the storage as a whole rather than one call. */
export function isStorageProblemKind(kind: AppErrorKind): kind is StorageProblemKind {
  return PROBLEM_KINDS.has(kind)
}

/** Every failure of a storage call: an AppError (its kind decides what the user reads). */
export class StorageError extends AppError {
  constructor(kind: AppErrorKind, detail: string, options: { cause?: unknown; params?: AppErrorParams } = {}) {
    super(kind, options.params, { detail, cause: options.cause })
    this.name = 'StorageError'
  }
}

/** IndexedDB reports failures as DOMExceptions told apart by `name`. */
const KIND_BY_ERROR_NAME: Record<string, AppErrorKind> = {
  QuotaExceededError: 'quota',
  VersionError: 'outdated',
  SecurityError: 'unavailable',
  DataCloneError: 'invalid',
  DataError: 'invalid',
  ConstraintError: 'conflict',
}

/** The legacy DOMException code of QUOTA_EXCEEDED_ERR, still used by some engines. */
const LEGACY_QUOTA_CODE = 22

/** Any thrown value as an AppError; an AppError is returned unchanged. */
export function toStorageError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : ''
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  const kind = KIND_BY_ERROR_NAME[name] ?? (code === LEGACY_QUOTA_CODE ? 'quota' : 'failed')
  const detail = error instanceof Error ? error.message : String(error)
  return new StorageError(kind, `${name || 'Error'}: ${detail}`, { cause: error })
}
