import type { DatasetCollection, DatasetField, ErasureStrategy } from './schema'
import type { Row } from './write-plan'

const KEEP: ErasureStrategy = { strategy: 'keep' }
const NULL: ErasureStrategy = { strategy: 'null' }

/** The field's erasure strategy, defaults included: keys and references stay, personal fields are nulled. */
function effectiveStrategy(collection: DatasetCollection, field: DatasetField): ErasureStrategy {
  if (field.erasure) return field.erasure
  if (collection.primaryKey?.includes(field.name) || field.references) return KEEP
  return field.category !== undefined || field.identity !== undefined ? NULL : KEEP
}

export type FieldStrategies = readonly (readonly [DatasetField, ErasureStrategy])[]

/** The fields erasure changes in a collection, with their strategies: worked out once, not for every row. */
export function changingFields(collection: DatasetCollection): FieldStrategies {
  return collection.fields
    .map((field) => [field, effectiveStrategy(collection, field)] as const)
    .filter(([, strategy]) => strategy.strategy !== 'keep')
}

export function maskedValues(
  strategies: FieldStrategies,
  row: Row,
  hash: (value: string) => string,
): Record<string, unknown> {
  const set: Record<string, unknown> = {}
  for (const [field, strategy] of strategies) {
    const current = row[field.name]
    switch (strategy.strategy) {
      case 'null':
        set[field.name] = null
        break
      case 'fixed':
        set[field.name] = strategy.value
        break
      case 'hash':
        set[field.name] =
          current === null || current === undefined
            ? current
            : hash(current instanceof Date ? current.toISOString() : String(current)).slice(
                0,
                strategy.maxLength ?? 64,
              )
        break
      case 'delete_row':
        // A row that must be kept instead of deleted: its personal value is nulled.
        if (field.category !== undefined || field.identity !== undefined) set[field.name] = null
        break
      default:
        break
    }
  }
  return set
}
