import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { withAuditKey } from '../../src/audit/key'
import { type Database, openDatabase } from '../../src/db/database'
import { migrateToLatest } from '../../src/db/migrate'

/**
 * Each test file gets its own, freshly migrated database: an in-memory PGlite, or a new PostgreSQL database
 * when CUSTOS_TEST_DATABASE=postgres (the `db-postgres` Vitest project). Nothing is shared, nothing truncated.
 * Its handle carries the audit key derived from `secretKey`, as the runtime's does.
 */
export async function createTestDatabase(secretKey: Buffer = randomBytes(32)): Promise<Database> {
  if (process.env.CUSTOS_TEST_DATABASE !== 'postgres') {
    const database = await openDatabase({})
    const db = withAuditKey(database.db, secretKey)
    await migrateToLatest(db)
    return { ...database, db }
  }
  const empty = await createEmptyPostgresDatabase()
  const database = await openDatabase({ databaseUrl: empty.url })
  const db = withAuditKey(database.db, secretKey)
  await migrateToLatest(db)
  return {
    ...database,
    db,
    async close() {
      await database.close()
      await empty.drop()
    },
  }
}

const ADMIN_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

async function adminQuery(text: string) {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  try {
    await admin.query(text)
  } finally {
    await admin.end()
  }
}

/** A new, empty PostgreSQL database on the test server, and how to drop it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `custos_test_${randomBytes(6).toString('hex')}`
  await adminQuery(`create database ${name}`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) }
}
