import pg from 'pg'
import { PinnedSocket, pinOnce } from '../network/pinned-socket'
import { type SqlEndpoint, targetOf } from './endpoint'
import { qualified, quotePg } from './identifiers'
import { PG_MARKER_SQL } from './installation-marker'
import type { ColumnInfo, ColumnKind } from './values'

const INT8 = 20
const NUMERIC = 1700
const MAX_EXACT_DIGITS = 15

/** bigint and numeric as JS numbers while they fit exactly, as strings beyond. */
function numberOrString(text: string): number | string {
  const digits =
    text.replace(/^[+-]?0*/, '').replace(/[.eE].*$/, '').length + (text.split('.')[1]?.length ?? 0)
  const n = Number(text)
  return Number.isFinite(n) && digits <= MAX_EXACT_DIGITS ? n : text
}

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (format !== 'binary' && (oid === INT8 || oid === NUMERIC)) return numberOrString
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text')
  },
} as pg.CustomTypesConfig

/**
 * A client that connects only where the guard allows (to the address it pinned) and refuses a Custos database
 * (installation marker) before any statement of the driver; a failure to connect or sign in is neutral.
 */
function guardedClient(endpoint: SqlEndpoint): typeof pg.Client {
  const target = targetOf(endpoint)
  const failed = (error: unknown) => endpoint.guard.failed(error, target, [endpoint.password])
  return class GuardedClient extends pg.Client {
    // pg-pool connects with a callback, drivers' own clients with the promise: both are served.
    // biome-ignore lint/suspicious/noExplicitAny: pg.Client.connect is overloaded (promise or callback)
    override connect(callback?: any): any {
      const connected = this.connectGuarded().then(() => this)
      if (typeof callback !== 'function') return connected
      connected.then(
        (client) => callback(null, client),
        (error: Error) => callback(error),
      )
    }

    private async connectGuarded(): Promise<void> {
      try {
        await super.connect()
      } catch (error) {
        throw failed(error)
      }
      let marked = true
      try {
        const { rows } = await this.query<{ marked: boolean }>(PG_MARKER_SQL)
        marked = rows[0]?.marked !== false
      } catch (error) {
        await this.end().catch(() => {})
        throw failed(error)
      }
      if (marked) {
        await this.end().catch(() => {})
        throw endpoint.guard.marked(target)
      }
    }
  }
}

/** A small pool (4 connections) on the organisation's PostgreSQL database, only where the guard allows. */
export function openPgPool(endpoint: SqlEndpoint): pg.Pool {
  const pinned = pinOnce(() => endpoint.guard.pin(targetOf(endpoint)))
  const pool = new pg.Pool({
    Client: guardedClient(endpoint),
    stream: () => new PinnedSocket(pinned),
    host: endpoint.host,
    port: endpoint.port,
    database: endpoint.database,
    user: endpoint.user,
    password: endpoint.password ?? '',
    ssl: endpoint.ssl ? { rejectUnauthorized: true } : false,
    max: 4,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 10_000,
    // Names the process, so that the database's administrator (pg_stat_activity) sees which Custos process it is.
    application_name: `custos (pid ${process.pid})`,
    types,
  })
  // An idle connection dropped by the server must not crash the process; the next query reconnects. A connection
  // the server terminates while the pool is closing it reports on the client itself, after the pool let go of it.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  return pool
}

export function pgColumnKind(typname: string, category: string): ColumnKind {
  if (['int2', 'int4', 'int8'].includes(typname)) return 'integer'
  if (typname === 'uuid') return 'uuid'
  if (typname === 'date') return 'date'
  if (typname === 'timestamp' || typname === 'timestamptz') return 'timestamp'
  if (category === 'N') return 'decimal'
  if (category === 'S') return 'text'
  if (category === 'B') return 'boolean'
  return 'other'
}

/** Columns of a table keyed by name, or null when the table does not exist. */
export async function pgColumns(
  queryable: Pick<pg.Pool, 'query'>,
  table: string,
  schema?: string,
): Promise<Map<string, ColumnInfo> | null> {
  const { rows } = await queryable.query<{
    name: string
    cast_type: string
    typname: string
    category: string
    nullable: boolean
    max_length: number | null
  }>(
    `select a.attname as name, t.typname,
            format_type(a.atttypid, case when t.typcategory = 'S' then null else a.atttypmod end) as cast_type,
            t.typcategory as category, not a.attnotnull as nullable,
            case when t.typcategory = 'S' and a.atttypmod > 4 then a.atttypmod - 4 end as max_length
       from pg_attribute a join pg_type t on t.oid = a.atttypid
      where a.attrelid = to_regclass($1) and a.attnum > 0 and not a.attisdropped
      order by a.attnum`,
    [qualified(quotePg, table, schema)],
  )
  if (rows.length === 0) return null
  return new Map(
    rows.map((r) => [
      r.name,
      {
        name: r.name,
        kind: pgColumnKind(r.typname, r.category),
        castType: r.cast_type,
        nullable: r.nullable,
        maxLength: r.max_length,
      },
    ]),
  )
}
