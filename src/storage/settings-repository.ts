import { StorageError } from './errors'
import { runTransaction } from './transaction'
import { copyJsonData } from '@/domain/shapes/json-data'

/**
 * Small app settings (endpoint, language, consent defaults, …) as JSON-like values by key.
 * A stored value is only handed out after the caller's check accepts it, because an older
 * version of the app (or a damaged entry) may have stored something else under the key.
 */

/** The stored value of a setting, or undefined when unset or rejected by `isValid`. */
export async function getSetting<T>(key: string, isValid?: (value: unknown) => value is T): Promise<T | undefined> {
  const entry = await runTransaction(['settings'], 'readonly', (transaction) =>
    transaction.objectStore('settings').get(key),
  )
  if (entry === undefined) return undefined
  const value = copyJsonData(entry.value)
  if (value === undefined) return undefined
  if (isValid && !isValid(value)) return undefined
  return value as T
}

/** Stores a JSON-like setting (objects, arrays, strings, finite numbers, booleans, null). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  // The copy also drops Vue proxies and anything that would not survive an export.
  const plain = copyJsonData(value)
  if (plain === undefined) throw new StorageError('invalid', `Setting ${key} is not JSON-like data`)
  await runTransaction(['settings'], 'readwrite', async (transaction) => {
    await transaction.objectStore('settings').put({ key, value: plain })
  })
}

/** Removes a setting. */
export async function deleteSetting(key: string): Promise<void> {
  await runTransaction(['settings'], 'readwrite', (transaction) => transaction.objectStore('settings').delete(key))
}
