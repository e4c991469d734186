import { parse, type Schema } from '@/domain/schema/kit'
import { StorageError } from './errors'
import { toPlainData } from './transaction'

// Apart from transaction.ts: the app shell counts stored checks at start without loading the schema kit.

/**
 * A plain copy of `value` that `schema` accepts, ready to be written, so that everything stored
 * can be read back. Throws StorageError `invalid` otherwise (nothing is written).
 */
export function validatedForWrite<T>(value: T, schema: Schema<T>, what: string): T {
  let plain: unknown
  try {
    plain = toPlainData(value)
  } catch {
    // JSON.stringify throws on cycles and BigInt: such a value cannot be stored either.
    throw new StorageError('invalid', `Refusing to store ${what}: not plain data`)
  }
  const checked = parse(schema, plain, { unknownKeys: 'drop', maxIssues: 5 })
  if (!checked.ok) {
    throw new StorageError('invalid', `Refusing to store an invalid ${what}: ${checked.issues.map((found) => `${found.path} ${found.code}`).join('; ')}`)
  }
  return checked.value
}
