import type { Kysely, Transaction } from 'kysely'
import type { Logger } from 'pino'
import type { Config } from './config'
import type { Encryption } from './crypto/encryption'
import type { Database } from './db/database'
import type { DB } from './db/schema'
import type { JobQueue } from './jobs/types'

/** Everything a service needs, created once per process and passed explicitly (no global singletons). */
export interface AppContext {
  config: Config
  database: Database
  db: Kysely<DB>
  encryption: Encryption
  jobs: JobQueue
  logger: Logger
}

/**
 * What code inside a transaction gets: `db` is the transaction, and there is no pool, database handle or job queue
 * (jobs and mail are handed over after commit). A function that needs the pool takes an AppContext, so calling it
 * from inside a transaction does not type-check.
 */
export interface TxContext {
  readonly db: Transaction<DB>
  readonly config: Config
  readonly encryption: Encryption
  readonly logger: Logger
}

/**
 * Runs `work` in one transaction and hands it only a TxContext. Name the callback's parameter `ctx`: it shadows the
 * caller's AppContext, so inside the transaction the pool cannot be reached by name - `ctx.db` is the transaction.
 */
export function inTransaction<T>(ctx: AppContext, work: (ctx: TxContext) => Promise<T>): Promise<T> {
  return ctx.db
    .transaction()
    .execute((trx) => work({ db: trx, config: ctx.config, encryption: ctx.encryption, logger: ctx.logger }))
}
