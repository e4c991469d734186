import type { LocalizedText } from '@/domain/questionnaire/types'
import { STORAGE_MESSAGES, type StorageErrorKind } from './storage-messages'

export type { StorageErrorKind, StorageProblemKind } from './storage-messages'

/** Every failure of a storage call, with a message the user can act on. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind
  readonly userMessage: LocalizedText
  readonly cause: unknown

  constructor(kind: StorageErrorKind, message: string, options: { cause?: unknown; userMessage?: LocalizedText } = {}) {
    super(message)
    this.name = 'StorageError'
    this.kind = kind
    this.userMessage = options.userMessage ?? STORAGE_MESSAGES[kind]
    this.cause = options.cause
  }
}

/** IndexedDB reports failures as DOMExceptions told apart by `name`. */
const KIND_BY_ERROR_NAME: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'quota',
  VersionError: 'outdated',
  SecurityError: 'unavailable',
  DataCloneError: 'invalid',
  DataError: 'invalid',
  ConstraintError: 'conflict',
}

/** The legacy DOMException code of QUOTA_EXCEEDED_ERR, still used by some engines. */
const LEGACY_QUOTA_CODE = 22

/** Any thrown value as a StorageError; a StorageError is returned unchanged. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : ''
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  const kind = KIND_BY_ERROR_NAME[name] ?? (code === LEGACY_QUOTA_CODE ? 'quota' : 'failed')
  const detail = error instanceof Error ? error.message : String(error)
  return new StorageError(kind, `${name || 'Error'}: ${detail}`, { cause: error })
}
