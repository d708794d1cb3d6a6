import type pg from 'pg'
import type { ColumnType } from '../../domain/datasets/classify'
import { cannotConnect, type SqlEndpoint } from '../sql/endpoint'
import { qualified, quotePg } from '../sql/identifiers'
import { openPgPool, pgColumnKind } from '../sql/pg-pool'
import type { IntrospectedColumn, IntrospectedTable, Introspector, SampleRow } from './model'

const SYSTEM_SCHEMAS = ['pg_catalog', 'information_schema', 'pg_toast']
const TEXT_CUT = 200

function columnType(typname: string, category: string): ColumnType {
  const kind = pgColumnKind(typname, category)
  return kind === 'uuid' ? 'other' : kind
}

/** Reads one PostgreSQL schema (default public) through pg_catalog: tables, columns, primary and foreign keys. */
export class PostgresIntrospector implements Introspector {
  readonly connector = 'postgres' as const
  readonly database: string
  readonly schema: string
  private readonly pool: pg.Pool

  constructor(private readonly endpoint: SqlEndpoint) {
    this.database = endpoint.database
    this.schema = endpoint.schema ?? 'public'
    if (SYSTEM_SCHEMAS.includes(this.schema)) throw new Error(`${this.schema} is a system schema`)
    this.pool = openPgPool(endpoint)
  }

  async connect(): Promise<string> {
    try {
      const { rows } = await this.pool.query<{ version: string }>(
        "select current_setting('server_version') as version",
      )
      return `PostgreSQL ${rows[0]?.version.split(' ')[0]}, database ${this.database}`
    } catch (error) {
      throw new Error(cannotConnect(error, this.endpoint))
    }
  }

  async tables(): Promise<IntrospectedTable[]> {
    const columns = await this.pool.query<{
      table: string
      name: string
      typname: string
      category: string
      nullable: boolean
      max_length: number | null
    }>(
      `select c.relname as table, a.attname as name, t.typname, t.typcategory as category,
              not a.attnotnull as nullable,
              case when t.typcategory = 'S' and a.atttypmod > 4 then a.atttypmod - 4 end as max_length
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
         join pg_type t on t.oid = a.atttypid
        where n.nspname = $1 and c.relkind in ('r', 'p') and not c.relispartition
        order by c.relname, a.attnum`,
      [this.schema],
    )
    const keys = await this.pool.query<{
      kind: 'p' | 'f'
      table: string
      columns: string[]
      ref_schema: string | null
      ref_table: string | null
      ref_columns: string[] | null
    }>(
      `select con.contype as kind, cl.relname as table,
              array(select a.attname::text from unnest(con.conkey) with ordinality k(num, i)
                      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.i) as columns,
              fn.nspname as ref_schema, fcl.relname as ref_table,
              array(select a.attname::text from unnest(con.confkey) with ordinality k(num, i)
                      join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.i) as ref_columns
         from pg_constraint con
         join pg_class cl on cl.oid = con.conrelid
         join pg_namespace n on n.oid = cl.relnamespace
         left join pg_class fcl on fcl.oid = con.confrelid
         left join pg_namespace fn on fn.oid = fcl.relnamespace
        where n.nspname = $1 and con.contype in ('p', 'f')
        order by cl.relname, con.conname`,
      [this.schema],
    )
    const tables = new Map<string, IntrospectedTable>()
    for (const c of columns.rows) {
      const table = tables.get(c.table) ?? {
        schema: this.schema,
        name: c.table,
        columns: [],
        primaryKey: [],
        foreignKeys: [],
      }
      table.columns.push({
        name: c.name,
        type: columnType(c.typname, c.category),
        nullable: c.nullable,
        maxLength: c.max_length,
      })
      tables.set(c.table, table)
    }
    for (const k of keys.rows) {
      const table = tables.get(k.table)
      if (!table) continue
      if (k.kind === 'p') table.primaryKey = k.columns
      else if (k.ref_table && k.ref_schema && k.ref_columns)
        table.foreignKeys.push({
          columns: k.columns,
          refSchema: k.ref_schema,
          refTable: k.ref_table,
          refColumns: k.ref_columns,
        })
    }
    return [...tables.values()]
  }

  async sample(table: IntrospectedTable, columns: IntrospectedColumn[], limit: number): Promise<SampleRow[]> {
    if (columns.length === 0) return []
    const list = columns.map((c) =>
      c.type === 'text' ? `left(${quotePg(c.name)}, ${TEXT_CUT}) as ${quotePg(c.name)}` : quotePg(c.name),
    )
    const anyValue = columns.map((c) => `${quotePg(c.name)} is not null`).join(' or ')
    const sql = `select ${list.join(', ')} from ${qualified(quotePg, table.name, table.schema)} where ${anyValue} limit $1`
    return (await this.pool.query(sql, [limit])).rows
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
