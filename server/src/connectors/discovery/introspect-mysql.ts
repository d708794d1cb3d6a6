import type mysql from 'mysql2/promise'
import type { ColumnType } from '../../domain/datasets/classify'
import { cannotConnect, type SqlEndpoint } from '../sql/endpoint'
import { qualified, quoteMysql } from '../sql/identifiers'
import { mysqlServerName } from '../sql/mysql-driver'
import { mysqlColumnKind, openMysqlPool } from '../sql/mysql-pool'
import type { IntrospectedColumn, IntrospectedTable, Introspector, Reach, SampleRow } from './model'

const SYSTEM_DATABASES = ['mysql', 'information_schema', 'performance_schema', 'sys']
const TEXT_CUT = 200

function columnType(dataType: string): ColumnType {
  const kind = mysqlColumnKind(dataType)
  return kind === 'uuid' ? 'other' : kind
}

/** Reads the connection's MySQL/MariaDB database through information_schema. */
export class MysqlIntrospector implements Introspector {
  readonly connector = 'mysql' as const
  readonly database: string
  readonly schema: string
  private readonly pool: mysql.Pool

  constructor(private readonly endpoint: SqlEndpoint) {
    this.database = endpoint.database
    this.schema = endpoint.database
    if (SYSTEM_DATABASES.includes(this.schema.toLowerCase()))
      throw new Error(`${this.schema} is a system database`)
    this.pool = openMysqlPool(endpoint)
  }

  async connect(): Promise<string> {
    try {
      const [rows] = await this.pool.query<mysql.RowDataPacket[]>('select version() as version')
      return `${mysqlServerName(String(rows[0]?.version))}, database ${this.database}`
    } catch (error) {
      throw new Error(cannotConnect(error, this.endpoint))
    }
  }

  async tables(): Promise<IntrospectedTable[]> {
    const [columns] = await this.pool.execute<mysql.RowDataPacket[]>(
      `select c.TABLE_NAME as tbl, c.COLUMN_NAME as name, c.DATA_TYPE as data_type, c.IS_NULLABLE as nullable,
              c.CHARACTER_MAXIMUM_LENGTH as max_length
         from information_schema.COLUMNS c
         join information_schema.TABLES t on t.TABLE_SCHEMA = c.TABLE_SCHEMA and t.TABLE_NAME = c.TABLE_NAME
        where c.TABLE_SCHEMA = ? and t.TABLE_TYPE in ('BASE TABLE', 'SYSTEM VERSIONED')
        order by c.TABLE_NAME, c.ORDINAL_POSITION`,
      [this.schema],
    )
    const [keys] = await this.pool.execute<mysql.RowDataPacket[]>(
      `select TABLE_NAME as tbl, CONSTRAINT_NAME as name, COLUMN_NAME as col, REFERENCED_TABLE_SCHEMA as ref_schema,
              REFERENCED_TABLE_NAME as ref_table, REFERENCED_COLUMN_NAME as ref_col
         from information_schema.KEY_COLUMN_USAGE
        where TABLE_SCHEMA = ? and (CONSTRAINT_NAME = 'PRIMARY' or REFERENCED_TABLE_NAME is not null)
        order by TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`,
      [this.schema],
    )
    // A partitioned table is one table here (its partitions are rows of PARTITIONS); views are not base tables.
    const [partitioned] = await this.pool.execute<mysql.RowDataPacket[]>(
      `select TABLE_NAME as tbl, count(*) as n from information_schema.PARTITIONS
        where TABLE_SCHEMA = ? and PARTITION_NAME is not null group by TABLE_NAME`,
      [this.schema],
    )
    const partitions = new Map(partitioned.map((p) => [String(p.tbl), Number(p.n)]))
    const tables = new Map<string, IntrospectedTable>()
    for (const c of columns) {
      const name = String(c.tbl)
      const table = tables.get(name) ?? {
        schema: this.schema,
        name,
        columns: [],
        primaryKey: [],
        foreignKeys: [],
        ...(partitions.has(name) ? { partitions: partitions.get(name) } : {}),
      }
      table.columns.push({
        name: String(c.name),
        type: columnType(String(c.data_type).toLowerCase()),
        nullable: c.nullable === 'YES',
        maxLength: c.max_length === null ? null : Number(c.max_length),
      })
      tables.set(name, table)
    }
    const foreign = new Map<string, IntrospectedTable['foreignKeys'][number]>()
    for (const k of keys) {
      const table = tables.get(String(k.tbl))
      if (!table) continue
      if (k.name === 'PRIMARY') {
        table.primaryKey.push(String(k.col))
        continue
      }
      const id = `${k.tbl}\u0000${k.name}`
      let fk = foreign.get(id)
      if (!fk) {
        fk = { columns: [], refSchema: String(k.ref_schema), refTable: String(k.ref_table), refColumns: [] }
        foreign.set(id, fk)
        table.foreignKeys.push(fk)
      }
      fk.columns.push(String(k.col))
      fk.refColumns.push(String(k.ref_col))
    }
    return [...tables.values()]
  }

  async sample(table: IntrospectedTable, columns: IntrospectedColumn[], limit: number): Promise<SampleRow[]> {
    if (columns.length === 0) return []
    const list = columns.map((c) =>
      c.type === 'text'
        ? `left(${quoteMysql(c.name)}, ${TEXT_CUT}) as ${quoteMysql(c.name)}`
        : quoteMysql(c.name),
    )
    const anyValue = columns.map((c) => `${quoteMysql(c.name)} is not null`).join(' or ')
    const sql = `select ${list.join(', ')} from ${qualified(quoteMysql, table.name, table.schema)} where ${anyValue} limit ${Math.trunc(limit)}`
    const [rows] = await this.pool.query<mysql.RowDataPacket[]>(sql)
    return rows.map((r) => ({ ...r }))
  }

  async reach(table: IntrospectedTable, via: string, other: string): Promise<Reach | null> {
    const from = qualified(quoteMysql, table.name, table.schema)
    const [v, o] = [quoteMysql(via), quoteMysql(other)]
    const [rows] = await this.pool.query<mysql.RowDataPacket[]>(
      `select count(*) as \`rows\`, count(distinct t.${o}) as others
         from (select ${v} as k from ${from} where ${v} is not null and ${o} is not null limit 1) s
         join ${from} t on t.${v} = s.k
        group by s.k`,
    )
    const row = rows[0]
    return row ? { rows: Number(row.rows), others: Number(row.others) } : null
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
