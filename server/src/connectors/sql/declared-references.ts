import type { DeclaredReference } from '../../domain/datasets/shared-rows'
import type { Introspector } from '../discovery/model'

/**
 * The foreign keys a SQL system declares between the tables of the connection's schema (PostgreSQL) or database
 * (MySQL/MariaDB), read once from its catalogue through the same introspection discovery uses (partitions merged
 * onto their table). Single-column keys name their column; a key over several columns is checked on each of its
 * columns, which can only find more referring rows, never fewer. References from other schemas are not read.
 */
export async function readDeclaredReferences(introspector: Introspector): Promise<DeclaredReference[]> {
  try {
    const tables = await introspector.tables()
    return tables.flatMap((table) =>
      table.foreignKeys
        .filter((fk) => fk.origin !== 'inferred' && fk.refSchema === table.schema)
        .flatMap((fk) =>
          fk.columns.map((column, i) => ({
            table: table.name,
            column,
            primaryKey: table.primaryKey,
            collection: fk.refTable,
            field: fk.refColumns[i] ?? fk.refColumns[0] ?? column,
          })),
        ),
    )
  } finally {
    await introspector.close()
  }
}

/** Gives a SQL driver `declaredReferences`, read on first use and kept for the driver's life. */
export function withDeclaredReferences<D extends object>(
  driver: D,
  introspector: () => Introspector,
): D & { declaredReferences(): Promise<DeclaredReference[]> } {
  let read: Promise<DeclaredReference[]> | undefined
  return Object.assign(driver, {
    declaredReferences() {
      if (!read) {
        read = readDeclaredReferences(introspector())
        read.catch(() => {
          read = undefined
        })
      }
      return read
    },
  })
}
