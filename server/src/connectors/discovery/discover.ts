import { type ColumnClassification, type ColumnType, classifyColumn } from '../../domain/datasets/classify'
import type { DatasetDocument } from '../../domain/datasets/schema'
import type { ConnectionSettings } from '../driver'
import { sqlEndpoint } from '../sql/endpoint'
import { withInferredReferences } from './infer-references'
import { MysqlIntrospector } from './introspect-mysql'
import { PostgresIntrospector } from './introspect-postgres'
import { type Introspector, type Reach, sampledColumns } from './model'
import { proposeDataset, type ReferenceProposal, type Suggestion } from './propose-dataset'
import { reachKey, reachQuestions } from './references'

export type { ReferenceProposal, Suggestion } from './propose-dataset'

export interface DiscoverOptions {
  key: string
  system: string
  name?: string
  /** PostgreSQL schema to read (default public). */
  schema?: string
  /** Values sampled per column (default 200). */
  sampleSize?: number
}

export interface DiscoverProgress {
  done: number
  total: number
  table: string
}

export const DEFAULT_SAMPLE_SIZE = 200

function openIntrospector(settings: ConnectionSettings, schema?: string): Introspector {
  const endpoint = sqlEndpoint(settings)
  if (schema) endpoint.schema = schema
  if (endpoint.dialect === 'postgres') return new PostgresIntrospector(endpoint)
  return new MysqlIntrospector(endpoint)
}

/** Non-null sampled values per column. */
function valuesOf(rows: readonly Record<string, unknown>[], column: string): unknown[] {
  return rows.map((r) => r[column]).filter((v) => v !== null && v !== undefined)
}

/**
 * Connects to a database, reads its schema, samples each table once (a few hundred rows at most) and proposes a
 * dataset with a suggestion per personal field. Throws "Cannot connect to host:port: ..." when it cannot connect.
 */
export async function discoverDataset(
  driverSettings: ConnectionSettings,
  options: DiscoverOptions,
  onProgress?: (p: DiscoverProgress) => void,
): Promise<{ document: DatasetDocument; suggestions: Suggestion[]; references: ReferenceProposal[] }> {
  const introspector = openIntrospector(driverSettings, options.schema)
  const limit = options.sampleSize ?? DEFAULT_SAMPLE_SIZE
  try {
    await introspector.connect()
    const tables = withInferredReferences(await introspector.tables())
    const classifications = new Map<string, Map<string, ColumnClassification>>()
    for (const [index, table] of tables.entries()) {
      const rows = await introspector.sample(table, sampledColumns(table), limit)
      const foreign = new Set(table.foreignKeys.flatMap((fk) => fk.columns))
      const names = table.columns.map((c) => c.name)
      const found = new Map<string, ColumnClassification>()
      for (const column of table.columns) {
        const result = classifyColumn({
          table: table.name,
          column: column.name,
          type: column.type as ColumnType,
          samples: valuesOf(rows, column.name),
          primaryKey: table.primaryKey.length === 1 && table.primaryKey[0] === column.name,
          foreignKey: foreign.has(column.name),
          tableColumns: names,
        })
        if (result) found.set(column.name, result)
      }
      classifications.set(table.name, found)
      onProgress?.({ done: index + 1, total: tables.length, table: table.name })
    }
    // Dry runs of the references between people: one query each, on one sample person.
    const reaches = new Map<string, Reach | null>()
    for (const q of reachQuestions(tables, classifications))
      reaches.set(reachKey(q.table.name, q.via, q.other), await introspector.reach(q.table, q.via, q.other))
    return proposeDataset({
      key: options.key,
      system: options.system,
      name:
        options.name ??
        `${introspector.database} (${introspector.connector === 'postgres' ? 'PostgreSQL' : 'MySQL'})`,
      connector: introspector.connector,
      ...(introspector.connector === 'postgres' ? { defaultSchema: 'public' } : {}),
      tables,
      classifications,
      reaches,
    })
  } finally {
    await introspector.close()
  }
}
