import { nameTokens } from '../../domain/datasets/column-names'
import type { IntrospectedTable } from './model'

const GENERIC_KEYS = new Set(['id', 'code', 'key', 'nr', 'no'])
const sameKind = (a: string, b: string) => a === b && (a === 'integer' || a === 'text')

/**
 * References a table implies without declaring them. MySQL/MariaDB cannot declare foreign keys on partitioned
 * tables and MyISAM ignores them, so a table that declares none gets one per column named like the single-column
 * key of exactly one other table of the same kind (payment.customer_id -> customer.customer_id, or
 * order.customer_id -> customer.id). Marked `inferred` so the review says no constraint backs it.
 */
export function withInferredReferences(tables: readonly IntrospectedTable[]): IntrospectedTable[] {
  const keyed = tables.filter((t) => t.primaryKey.length === 1)
  return tables.map((table) => {
    if (table.foreignKeys.length > 0) return table
    const ownKey = table.primaryKey.length === 1 ? table.primaryKey[0] : undefined
    const inferred = table.columns.flatMap((column) => {
      if (column.name === ownKey) return []
      const tokens = nameTokens(column.name).join('_')
      const targets = keyed.filter((other) => {
        if (other.name === table.name) return false
        const key = other.columns.find((c) => c.name === other.primaryKey[0])
        if (!key || !sameKind(key.type, column.type)) return false
        const keyTokens = nameTokens(key.name).join('_')
        if (!GENERIC_KEYS.has(keyTokens)) return keyTokens === tokens
        return tokens === `${nameTokens(other.name).join('_')}_${keyTokens}`
      })
      const target = targets.length === 1 ? targets[0] : undefined
      if (!target) return []
      return [
        {
          columns: [column.name],
          refSchema: target.schema,
          refTable: target.name,
          refColumns: [target.primaryKey[0] ?? ''],
          origin: 'inferred' as const,
        },
      ]
    })
    return inferred.length > 0 ? { ...table, foreignKeys: inferred } : table
  })
}
