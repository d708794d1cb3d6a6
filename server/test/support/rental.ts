import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadMariadbTarget, loadPostgresTarget, type TargetDatabase } from './target-database'

/**
 * The rental shop fixture (server/test/fixtures/rental, written by the project; README.md there lists the known
 * truth: who shares which address, which tables are partitioned) loaded into a fresh database on the real
 * PostgreSQL or MariaDB test server. Each call makes its own database, so test files never share one; drop()
 * removes it. Table and column names are the same (lower case) on both servers; test queries write positional
 * parameters as `?` on both.
 */
export type RentalDatabase = TargetDatabase

const DATA_DIR = fileURLToPath(new URL('../fixtures/rental/', import.meta.url))

/** The tables of the fixture with their primary keys, in an order that respects the foreign keys. */
export const RENTAL_TABLES = {
  country: ['country_id'],
  city: ['city_id'],
  address: ['address_id'],
  store: ['store_id'],
  staff: ['staff_id'],
  customer: ['customer_id'],
  film: ['film_id'],
  inventory: ['inventory_id'],
  rental: ['rental_id'],
  payment: ['payment_id', 'payment_date'],
} as const

export function loadRentalPostgres(
  script = readFileSync(`${DATA_DIR}postgres.sql`, 'utf8'),
): Promise<RentalDatabase> {
  return loadPostgresTarget('rental', script, { questionMarkParameters: true })
}

export function loadRentalMariadb(
  script = readFileSync(`${DATA_DIR}mariadb.sql`, 'utf8'),
): Promise<RentalDatabase> {
  return loadMariadbTarget('rental', script, { dateStrings: true })
}

export const RENTAL_TARGETS = [
  { name: 'PostgreSQL', load: () => loadRentalPostgres() },
  { name: 'MariaDB', load: () => loadRentalMariadb() },
] as const

/**
 * A checksum of every row of every table, keyed by table and primary key, computed by the database itself (md5
 * over the row's text), so that a test can prove which rows an operation changed and that every other row is
 * byte-identical.
 */
export async function rowChecksums(db: RentalDatabase): Promise<Map<string, string>> {
  const sums = new Map<string, string>()
  for (const [table, key] of Object.entries(RENTAL_TABLES)) {
    const keyText =
      db.dialect === 'postgres'
        ? key.map((k) => `${k}::text`).join(` || '|' || `)
        : `concat_ws('|', ${key.join(', ')})`
    const rowText =
      db.dialect === 'postgres' ? `md5(t::text)` : `md5(concat_ws('|', ${await mariadbColumns(db, table)}))`
    const rows = await db.query(`select ${keyText} as k, ${rowText} as sum from ${table} t`)
    for (const row of rows) sums.set(`${table}:${row.k}`, row.sum)
  }
  return sums
}

async function mariadbColumns(db: RentalDatabase, table: string): Promise<string> {
  const columns = await db.query(
    'select column_name as c from information_schema.columns where table_schema = database() and table_name = ? order by ordinal_position',
    [table],
  )
  // concat_ws skips nulls, so every column is wrapped to keep null and '' apart.
  return columns.map((c: { c: string }) => `coalesce(hex(\`${c.c}\`), 'NULL')`).join(', ')
}
