import type pg from 'pg'
import type { ColumnType } from '../../domain/datasets/classify'
import { cannotConnect, type SqlEndpoint } from '../sql/endpoint'
import { qualified, quotePg } from '../sql/identifiers'
import { openPgPool, pgColumnKind } from '../sql/pg-pool'
import type { IntrospectedColumn, IntrospectedTable, Introspector, Reach, SampleRow } from './model'

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

  /**
   * Tables and partitioned tables of the schema. Partitions and inheritance children are read through their root
   * table and never listed themselves; foreign keys declared on them are merged onto the root (once each), and a
   * root without a primary key takes the one all its partitions share. Views are not tables.
   */
  async tables(): Promise<IntrospectedTable[]> {
    const relations = await this.pool.query<{ oid: string; name: string; parent: string | null }>(
      `select c.oid::text as oid, c.relname as name,
              (select i.inhparent::text from pg_inherits i where i.inhrelid = c.oid limit 1) as parent
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind in ('r', 'p')`,
      [this.schema],
    )
    const parentOf = new Map(relations.rows.map((r) => [r.oid, r.parent]))
    const nameOf = new Map(relations.rows.map((r) => [r.oid, r.name]))
    const rootOf = (oid: string): string => {
      let current = oid
      for (let parent = parentOf.get(current); parent && nameOf.has(parent); parent = parentOf.get(current))
        current = parent
      return current
    }
    const roots = relations.rows.filter((r) => rootOf(r.oid) === r.oid).map((r) => r.oid)
    const columns = await this.pool.query<{
      oid: string
      name: string
      typname: string
      category: string
      nullable: boolean
      max_length: number | null
    }>(
      `select a.attrelid::text as oid, a.attname as name, t.typname, t.typcategory as category,
              not a.attnotnull as nullable,
              case when t.typcategory = 'S' and a.atttypmod > 4 then a.atttypmod - 4 end as max_length
         from pg_attribute a
         join pg_type t on t.oid = a.atttypid
        where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
        order by a.attrelid, a.attnum`,
      [roots],
    )
    // Constraints cloned from a parent's (conparentid) are the parent's own: skipped, the parent has them.
    const keys = await this.pool.query<{
      kind: 'p' | 'f'
      oid: string
      columns: string[]
      ref_oid: string | null
      ref_schema: string | null
      ref_table: string | null
      ref_columns: string[] | null
    }>(
      `select con.contype as kind, con.conrelid::text as oid,
              array(select a.attname::text from unnest(con.conkey) with ordinality k(num, i)
                      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.i) as columns,
              con.confrelid::text as ref_oid, fn.nspname as ref_schema, fcl.relname as ref_table,
              array(select a.attname::text from unnest(con.confkey) with ordinality k(num, i)
                      join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.i) as ref_columns
         from pg_constraint con
         left join pg_class fcl on fcl.oid = con.confrelid
         left join pg_namespace fn on fn.oid = fcl.relnamespace
        where con.conrelid = any($1::oid[]) and con.contype in ('p', 'f') and con.conparentid = 0
        order by con.conrelid, con.conname`,
      [relations.rows.map((r) => r.oid)],
    )
    const tables = new Map<string, IntrospectedTable>()
    for (const oid of roots) {
      const partitions = relations.rows.filter((r) => r.oid !== oid && rootOf(r.oid) === oid).length
      tables.set(oid, {
        schema: this.schema,
        name: nameOf.get(oid) ?? oid,
        columns: [],
        primaryKey: [],
        foreignKeys: [],
        ...(partitions > 0 ? { partitions } : {}),
      })
    }
    for (const c of columns.rows) {
      tables.get(c.oid)?.columns.push({
        name: c.name,
        type: columnType(c.typname, c.category),
        nullable: c.nullable,
        maxLength: c.max_length,
      })
    }
    const partitionKeys = new Map<string, Set<string>>()
    for (const k of keys.rows) {
      const root = rootOf(k.oid)
      const table = tables.get(root)
      if (!table) continue
      const own = root === k.oid
      if (k.kind === 'p') {
        if (own) table.primaryKey = k.columns
        else partitionKeys.set(root, (partitionKeys.get(root) ?? new Set()).add(k.columns.join('\u0000')))
        continue
      }
      if (!k.ref_table || !k.ref_schema || !k.ref_columns || !k.ref_oid) continue
      // A reference to a partition is a reference to its root table.
      const refTable =
        k.ref_schema === this.schema ? (nameOf.get(rootOf(k.ref_oid)) ?? k.ref_table) : k.ref_table
      const known = new Set(table.columns.map((c) => c.name))
      if (!k.columns.every((c) => known.has(c))) continue
      const fk = { columns: k.columns, refSchema: k.ref_schema, refTable, refColumns: k.ref_columns }
      const same = (f: typeof fk) =>
        f.refSchema === fk.refSchema &&
        f.refTable === fk.refTable &&
        f.columns.join() === fk.columns.join() &&
        f.refColumns.join() === fk.refColumns.join()
      const existing = table.foreignKeys.find(same)
      if (existing) {
        if (own) delete existing.origin
      } else table.foreignKeys.push(own ? fk : { ...fk, origin: 'partition' })
    }
    for (const [root, shapes] of partitionKeys) {
      const table = tables.get(root)
      const [only] = shapes
      if (table && table.primaryKey.length === 0 && shapes.size === 1 && only)
        table.primaryKey = only.split('\u0000')
    }
    return [...tables.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  async reach(table: IntrospectedTable, via: string, other: string): Promise<Reach | null> {
    const from = qualified(quotePg, table.name, table.schema)
    const [v, o] = [quotePg(via), quotePg(other)]
    const { rows } = await this.pool.query<{ rows: string; others: string }>(
      `select count(*) as rows, count(distinct t.${o}) as others
         from (select ${v} as k from ${from} where ${v} is not null and ${o} is not null limit 1) s
         join ${from} t on t.${v} = s.k
        group by s.k`,
    )
    const row = rows[0]
    return row ? { rows: Number(row.rows), others: Number(row.others) } : null
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
