import type pg from 'pg'
import type { DatasetCollection } from '../../domain/datasets/schema'
import type { ConnectionCheck, Driver, DueScan, Match, RetentionScanner, Row } from '../driver'
import { countStatement, pageStatement, type ScanDialect } from './due-scan'
import { checkFailure, neutralised, type SqlEndpoint } from './endpoint'
import { qualified, quotePg } from './identifiers'
import { openPgPool, pgColumns } from './pg-pool'
import { PostgresWriter } from './postgres-writer'
import { ColumnCache, dateColumnsOf, pickColumns } from './table-columns'
import { comparableValues } from './values'

/** PostgreSQL connector: one pool of four connections, one statement per select, one transaction per write. */
export class PostgresDriver implements Driver {
  readonly kind = 'postgres' as const
  private readonly pool: pg.Pool
  private readonly columns: ColumnCache
  private closed = false

  constructor(private readonly endpoint: SqlEndpoint) {
    this.pool = openPgPool(endpoint)
    this.columns = new ColumnCache((table, schema) => pgColumns(this.pool, table, schema), endpoint.schema)
  }

  async check(): Promise<ConnectionCheck> {
    try {
      await this.pool.query('select 1')
      const { rows } = await this.pool.query<{ version: string; database: string }>(
        "select current_setting('server_version') as version, current_database() as database",
      )
      const version = rows[0]?.version.split(' ')[0] ?? '?'
      return { ok: true, message: `PostgreSQL ${version}, database ${rows[0]?.database}` }
    } catch (error) {
      return checkFailure(neutralised(error, this.endpoint), this.endpoint)
    }
  }

  async select(collection: DatasetCollection, matches: Match[], fields?: string[]): Promise<Row[]> {
    try {
      return await this.selectRows(collection, matches, fields)
    } catch (error) {
      throw neutralised(error, this.endpoint)
    }
  }

  private async selectRows(
    collection: DatasetCollection,
    matches: Match[],
    fields?: string[],
  ): Promise<Row[]> {
    const names = fields ?? collection.fields.map((f) => f.name)
    const columns = await this.columns.table(collection)
    const selected = pickColumns(collection, columns, names)
    const params: unknown[] = []
    const conditions: string[] = []
    for (const match of matches) {
      const [column] = pickColumns(collection, columns, [match.field])
      if (!column) continue
      const values = comparableValues(column.kind, match.values)
      if (values.length === 0) continue
      params.push(values)
      conditions.push(
        column.kind === 'other'
          ? `${quotePg(column.name)}::text = ANY($${params.length}::text[])`
          : `${quotePg(column.name)} = ANY($${params.length}::${column.castType}[])`,
      )
    }
    if (conditions.length === 0 || selected.length === 0) return []
    const table = qualified(quotePg, collection.name, this.columns.schemaOf(collection))
    const sql = `SELECT ${selected.map((c) => quotePg(c.name)).join(', ')} FROM ${table} WHERE ${conditions.join(' OR ')}`
    return (await this.pool.query(sql, params)).rows
  }

  async write<T>(fn: (writer: PostgresWriter) => Promise<T>): Promise<T> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw neutralised(error, this.endpoint)
    })
    let broken = false
    try {
      await client.query('BEGIN')
      const result = await fn(new PostgresWriter(client, this.columns))
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true
      })
      throw error
    } finally {
      client.release(broken)
    }
  }

  readonly retention: RetentionScanner = {
    countDue: async (collection: DatasetCollection, scan: DueScan) => {
      const { sql, params } = await countStatement(this.dialect(), this.columns, collection, scan)
      const { rows } = await this.pool.query<{ n: string }>(sql, params).catch((error: unknown) => {
        throw neutralised(error, this.endpoint)
      })
      return Number(rows[0]?.n ?? 0)
    },
    pageDue: async (collection, scan, after, limit, fields) => {
      const statement = await pageStatement(
        this.dialect(),
        this.columns,
        collection,
        scan,
        after,
        limit,
        fields,
      )
      try {
        return (await this.pool.query(statement.sql, statement.params)).rows
      } catch (error) {
        throw neutralised(error, this.endpoint)
      }
    },
    dateColumns: async (collection) => {
      const columns = await this.columns.table(collection).catch((error: unknown) => {
        throw neutralised(error, this.endpoint)
      })
      return dateColumnsOf(columns)
    },
  }

  private dialect(): ScanDialect {
    return {
      quote: quotePg,
      table: (collection) => qualified(quotePg, collection.name, this.columns.schemaOf(collection)),
      param: (params, value, column) => {
        params.push(value)
        return `$${params.length}::${column ? column.castType : 'date'}`
      },
      distinct: (lhs, rhs) => `${lhs} IS DISTINCT FROM ${rhs}`,
    }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}
