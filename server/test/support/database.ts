import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { type Database, openDatabase } from '../../src/db/database'
import { migrateToLatest } from '../../src/db/migrate'

/**
 * Each test file gets its own, freshly migrated database: an in-memory PGlite, or a new PostgreSQL database
 * when CUSTOS_TEST_DATABASE=postgres (the `db-postgres` Vitest project). Nothing is shared, nothing truncated.
 */
export async function createTestDatabase(): Promise<Database> {
  if (process.env.CUSTOS_TEST_DATABASE !== 'postgres') {
    const database = await openDatabase({})
    await migrateToLatest(database.db)
    return database
  }
  const adminUrl = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `custos_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const database = await openDatabase({ databaseUrl: url.toString() })
  await migrateToLatest(database.db)
  return {
    ...database,
    async close() {
      await database.close()
      const cleanup = new pg.Client({ connectionString: adminUrl })
      await cleanup.connect()
      await cleanup.query(`drop database if exists ${name} with (force)`)
      await cleanup.end()
    },
  }
}
