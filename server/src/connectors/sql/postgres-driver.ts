import type pg from 'pg'
import type { DatasetCollection } from '../../domain/datasets/schema'
import type { ConnectionCheck, DeletedBatch, Driver, DueScan, Match, RetentionScanner, Row } from '../driver'
import {
  countStatement,
  dueKeysStatement,
  KEYS_PER_STATEMENT,
  nextDueParts,
  pageStatement,
  rangeDeleteStatement,
  type ScanDialect,
  sameKeys,
} from './due-scan'
import { checkFailure, neutralised, type SqlEndpoint } from './endpoint'
import { qualified, quotePg } from './identifiers'
import { openPgPool, pgColumns } from './pg-pool'
import { PgWriteStatements, PostgresWriter } from './postgres-writer'
import { boundMatches, type CachedStatement, SelectStatements } from './select-statements'
import { ColumnCache, dateColumnsOf } from './table-columns'
import type { ColumnInfo } from './values'

/** Selects with at most this many bound values run as prepared statements (see PostgresDriver.query). */
export const PREPARED_MAX_VALUES = 100

/** `"a" = ANY($1::integer[]) OR "b"::text = ANY($2::text[])`: one condition per match column with values. */
export function pgWhere(columns: readonly ColumnInfo[]): string {
  return columns
    .map((column, i) =>
      column.kind === 'other'
        ? `${quotePg(column.name)}::text = ANY($${i + 1}::text[])`
        : `${quotePg(column.name)} = ANY($${i + 1}::${column.castType}[])`,
    )
    .join(' OR ')
}

/** The server no longer knows a prepared statement of this connection, or cannot run it as prepared. */
function preparedStatementLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : ''
  return code === '26000' || code === '42P05' || (code === '0A000' && message.includes('cached plan'))
}

/** PostgreSQL connector: one pool of four connections, one statement per select, one transaction per write. */
export class PostgresDriver implements Driver {
  readonly kind = 'postgres' as const
  private readonly pool: pg.Pool
  private readonly columns: ColumnCache
  private readonly statements: SelectStatements
  /** The texts of its uniform updates and deletes, kept like the selects' (postgres-writer.ts). */
  private readonly writeStatements: PgWriteStatements
  private prepared = true
  private closed = false

  constructor(private readonly endpoint: SqlEndpoint) {
    this.pool = openPgPool(endpoint)
    this.columns = new ColumnCache((table, schema) => pgColumns(this.pool, table, schema), endpoint.schema)
    this.writeStatements = new PgWriteStatements(this.columns)
    this.statements = new SelectStatements(
      (collection, selected) =>
        `SELECT ${selected.map((c) => quotePg(c.name)).join(', ')} FROM ${qualified(quotePg, collection.name, this.columns.schemaOf(collection))}`,
      pgWhere,
      'custos_select_',
    )
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
    const shape = this.statements.shape(collection, this.columns.schemaOf(collection), columns, names)
    const bound = boundMatches(collection, columns, matches)
    if (bound.columns.length === 0 || shape.head === null) return []
    return this.query(this.statements.statement(shape, shape.head, bound.columns), bound.values)
  }

  /**
   * A select of a person's few values runs as a prepared statement (parsed and planned once per connection); many
   * values, or a server that lost the statement (a pooler such as PgBouncer in transaction mode, a changed table),
   * take the unnamed path - after such a failure for the rest of the driver's life.
   */
  private async query(statement: CachedStatement, values: unknown[][]): Promise<Row[]> {
    if (this.prepared && statement.name && values.reduce((n, v) => n + v.length, 0) <= PREPARED_MAX_VALUES) {
      try {
        return (await this.pool.query({ name: statement.name, text: statement.text, values })).rows
      } catch (error) {
        if (!preparedStatementLost(error)) throw error
        this.prepared = false
      }
    }
    return (await this.pool.query(statement.text, values)).rows
  }

  async write<T>(fn: (writer: PostgresWriter) => Promise<T>): Promise<T> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw neutralised(error, this.endpoint)
    })
    let broken = false
    try {
      await client.query('BEGIN')
      const result = await fn(new PostgresWriter(client, this.writeStatements))
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
    deleteDueRange: async (collection, scan, range, expected, timeoutMs) => {
      const statement = await rangeDeleteStatement(
        this.dialect(),
        this.columns,
        collection,
        scan,
        range.after,
        range.last,
      )
      const names = statement.keyColumns.map((c) => c.name)
      const returning = names.map(quotePg).join(', ')
      const client = await this.pool.connect().catch((error: unknown) => {
        throw neutralised(error, this.endpoint)
      })
      let broken = false
      const rollback = () =>
        client.query('ROLLBACK').catch(() => {
          broken = true
        })
      try {
        await client.query('BEGIN')
        await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.trunc(timeoutMs))}`)
        const result = await client.query(`${statement.sql} RETURNING ${returning}`, statement.params)
        if (!sameKeys(result.rows, names, expected)) {
          await rollback()
          return 'changed'
        }
        await client.query('COMMIT')
        return 'deleted'
      } catch (error) {
        await rollback()
        const code = (error as { code?: unknown } | null)?.code
        if (code === '57014') return 'timeout'
        // A row of the range is still referred to by a declared foreign key: nothing deleted, the batch goes by key.
        if (code === '23503') return 'changed'
        throw neutralised(error, this.endpoint)
      } finally {
        client.release(broken)
      }
    },
    deleteNextDue: (collection, scan, after, limit, timeoutMs, record) =>
      this.deleteNextDue(collection, scan, after, limit, timeoutMs, record),
    deleteDueKeys: async (collection, scan, keys) => {
      if (keys.length === 0) return []
      const client = await this.pool.connect().catch((error: unknown) => {
        throw neutralised(error, this.endpoint)
      })
      let broken = false
      try {
        await client.query('BEGIN')
        const deleted: unknown[][] = []
        for (let i = 0; i < keys.length; i += KEYS_PER_STATEMENT) {
          const part = keys.slice(i, i + KEYS_PER_STATEMENT)
          const statement = await dueKeysStatement(this.dialect(), this.columns, collection, scan, part)
          const names = statement.keyColumns.map((c) => c.name)
          const result = await client.query(
            `${statement.delete} RETURNING ${names.map(quotePg).join(', ')}`,
            statement.params,
          )
          for (const row of result.rows) deleted.push(names.map((n) => row[n]))
        }
        await client.query('COMMIT')
        return deleted
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true
        })
        throw neutralised(error, this.endpoint)
      } finally {
        client.release(broken)
      }
    },
  }

  /**
   * The next due rows after `after`: one DELETE of the rows an inner keyset scan picks (`ORDER BY key LIMIT n`), the
   * due conditions checked again on each row deleted, whose RETURNING is folded in the same statement into a count,
   * one JSON text of the keys and the greatest key - one row back, not a row per key. A plain table (no partitions,
   * no inheritance children) is deleted by the rows' ctid (a TID scan, no second index descent); others by key. The
   * transaction stays open while `record` runs (decision 0114).
   */
  private async deleteNextDue(
    collection: DatasetCollection,
    scan: DueScan,
    after: readonly unknown[] | null,
    limit: number,
    timeoutMs: number,
    record: (batch: DeletedBatch) => Promise<void>,
  ): Promise<DeletedBatch | 'timeout' | null> {
    const [parts, plain] = await Promise.all([
      nextDueParts(this.dialect(), this.columns, collection, scan, after),
      this.isPlainTable(collection),
    ]).catch((error: unknown) => {
      throw neutralised(error, this.endpoint)
    })
    if (!parts) return null
    const k = quotePg(parts.key.name)
    const due = parts.where.length ? parts.where.join(' AND ') : 'true'
    const picked = plain ? 'ctid' : k
    const limitRows = Math.max(1, Math.trunc(limit))
    // The keys the inner scan picked are counted apart from the rows deleted: a picked row the organisation's own
    // application changed or deleted meanwhile is skipped by the DELETE's re-check, and must not end the run early.
    // max() has no uuid variant: the greatest uuid key is read by ordering.
    const greatest =
      parts.key.kind === 'uuid'
        ? `(SELECT p.k::text AS last_key FROM p ORDER BY p.k DESC LIMIT 1)`
        : `(SELECT max(p.k)::text FROM p)`
    const text =
      `WITH p AS MATERIALIZED (SELECT ${picked} AS r, ${k} AS k FROM ${parts.table} WHERE ${due}` +
      ` ORDER BY ${k} LIMIT ${limitRows}),` +
      ` d AS (DELETE FROM ${parts.table} WHERE ${picked} = ANY(ARRAY(SELECT p.r FROM p)) AND ${due} RETURNING ${k})` +
      ` SELECT count(*)::int AS n, coalesce(json_agg(d.${k}::text), '[]')::text AS keys,` +
      ` (SELECT count(*) FROM p)::int AS picked, ${greatest} AS last FROM d`
    const client = await this.pool.connect().catch((error: unknown) => {
      throw neutralised(error, this.endpoint)
    })
    let broken = false
    const rollback = () =>
      client.query('ROLLBACK').catch(() => {
        broken = true
      })
    try {
      let batch: DeletedBatch
      try {
        await client.query(`BEGIN; SET LOCAL statement_timeout = ${Math.max(1, Math.trunc(timeoutMs))}`)
        const { rows } = await client.query<{ n: number; keys: string; picked: number; last: string | null }>(
          text,
          parts.params,
        )
        const row = rows[0] ?? { n: 0, keys: '[]', picked: 0, last: null }
        batch = {
          count: Number(row.n),
          keys: row.keys,
          picked: Number(row.picked),
          last: row.last === null ? null : [row.last],
        }
      } catch (error) {
        await rollback()
        if ((error as { code?: unknown } | null)?.code === '57014') return 'timeout'
        throw neutralised(error, this.endpoint)
      }
      // What the record throws (Custos's database, a stop) is the caller's: the delete is rolled back, nothing went.
      if (batch.count > 0)
        await record(batch).catch(async (error: unknown) => {
          await rollback()
          throw error
        })
      await client.query('COMMIT').catch(async (error: unknown) => {
        await rollback()
        throw neutralised(error, this.endpoint)
      })
      return batch
    } finally {
      client.release(broken)
    }
  }

  private readonly plainTables = new Map<string, Promise<boolean>>()

  /** The table is an ordinary table without partitions or inheritance children (its ctid names one row). */
  private isPlainTable(collection: DatasetCollection): Promise<boolean> {
    const table = qualified(quotePg, collection.name, this.columns.schemaOf(collection))
    let known = this.plainTables.get(table)
    if (!known) {
      known = this.pool
        .query<{ plain: boolean }>(
          `SELECT c.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhparent = c.oid) AS plain
             FROM pg_class c WHERE c.oid = to_regclass($1)`,
          [table],
        )
        .then(({ rows }) => rows[0]?.plain === true)
      known.catch(() => this.plainTables.delete(table))
      this.plainTables.set(table, known)
    }
    return known
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
