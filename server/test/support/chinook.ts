import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadMariadbTarget, loadPostgresTarget, type TargetDatabase } from './target-database'

/**
 * The chinook sample database (server/test/fixtures/chinook, copied from the shared sample data with its MIT licence; a music store with customers, employees and invoices) loaded
 * into a fresh database on the real PostgreSQL or MariaDB test server. Each call makes its own database, so test
 * files never share one; drop() removes it.
 */
export type ChinookDatabase = TargetDatabase

const DATA_DIR = fileURLToPath(new URL('../fixtures/chinook/', import.meta.url))

/** The script without the statements that drop, create and switch to its own database. */
function chinookScript(file: string): string {
  return readFileSync(`${DATA_DIR}${file}`, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(DROP DATABASE|CREATE DATABASE|USE |\\c )/i.test(line))
    .join('\n')
}

export function loadChinookPostgres(): Promise<ChinookDatabase> {
  return loadPostgresTarget('chinook', chinookScript('chinook-postgres.sql'))
}

export function loadChinookMariadb(): Promise<ChinookDatabase> {
  return loadMariadbTarget('chinook', chinookScript('chinook-mysql.sql'))
}
