import { z } from 'zod'
import { StoredDataInvalid } from '../domain/errors'

/**
 * Stored JSON with a version (decision 0025). Every JSON value the application stores and reads back (a jsonb
 * column, or JSON text kept encrypted) is described by one `defineStoredJson`: a zod schema of the current shape,
 * its version, and the steps that upgrade older versions. Writers store `toStored(value)` (checked, with the
 * version under `$v`); readers call `read(stored, rowId)`, which upgrades an older value in code - rows are never
 * rewritten for it - and throws StoredDataInvalid (code internal_error, logged with the row) instead of letting a
 * malformed value through as a cast.
 */

/** The key under which a stored object carries the version of its shape; a value without it is version 1. */
export const VERSION_KEY = '$v'

export interface StoredJsonDefinition<T extends object> {
  /** What is stored, for logs and errors: 'request.state', 'dataset.document', ... */
  name: string
  /** The version this code writes, from 1. Raise it when the shape changes and add the step to `upgrade`. */
  version: number
  /** The current shape. Its output is what `read` returns. */
  schema: z.ZodType<T>
  /** Turns a value of version `from` (without `$v`) into the current shape; checked with `schema` after. */
  upgrade?: (value: Record<string, unknown>, from: number) => unknown
}

export interface StoredJson<T extends object> {
  readonly name: string
  readonly version: number
  /** The value to store: checked against the schema, with its version. Throws when it does not match. */
  toStored(value: T): Record<string, unknown>
  /** `toStored` as JSON text (for a column written as text, or encrypted). */
  serialize(value: T): string
  /** A stored value (a jsonb column's object, or JSON text) as the current shape. Throws StoredDataInvalid. */
  read(stored: unknown, rowId: string): T
}

const versionSchema = z.number().int().min(1)

export function defineStoredJson<T extends object>(definition: StoredJsonDefinition<T>): StoredJson<T> {
  const { name, version, schema, upgrade } = definition
  const fail = (rowId: string, reason: StoredDataInvalid['reason'], detail: string) =>
    new StoredDataInvalid(name, rowId, reason, detail)

  const toStored = (value: T): Record<string, unknown> => {
    const parsed = schema.safeParse(value)
    if (!parsed.success) {
      throw new TypeError(`Refusing to store an invalid ${name}: ${z.prettifyError(parsed.error)}`)
    }
    const checked: unknown = parsed.data
    if (typeof checked !== 'object' || checked === null || Array.isArray(checked)) {
      throw new TypeError(`A stored ${name} must be an object`)
    }
    return { ...checked, [VERSION_KEY]: version }
  }

  return {
    name,
    version,
    toStored,
    serialize: (value) => JSON.stringify(toStored(value)),
    read(stored, rowId) {
      let raw = stored
      if (typeof raw === 'string') {
        try {
          raw = JSON.parse(raw)
        } catch (error) {
          throw fail(rowId, 'malformed', error instanceof Error ? error.message : 'not JSON')
        }
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw fail(
          rowId,
          'malformed',
          `not an object (${raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw})`,
        )
      }
      const { [VERSION_KEY]: storedVersion = 1, ...value } = raw as Record<string, unknown>
      const known = versionSchema.safeParse(storedVersion)
      if (!known.success)
        throw fail(rowId, 'malformed', `${VERSION_KEY} is not a version: ${String(storedVersion)}`)
      const from = known.data
      if (from > version) {
        throw fail(rowId, 'newer-version', `version ${from}, this release reads up to ${version}`)
      }
      let current: unknown = value
      if (from < version) {
        if (!upgrade) throw fail(rowId, 'older-version', `version ${from} has no upgrade to ${version}`)
        try {
          current = upgrade(value, from)
        } catch (error) {
          throw fail(
            rowId,
            'older-version',
            `upgrade from ${from}: ${error instanceof Error ? error.message : error}`,
          )
        }
      }
      const parsed = schema.safeParse(current)
      if (!parsed.success) throw fail(rowId, 'invalid', z.prettifyError(parsed.error))
      return parsed.data
    },
  }
}

/** An ISO 8601 date-time as JSON keeps a Date (`JSON.stringify`), for stored schemas. */
export const storedDateTime = z.iso.datetime({ offset: true })
