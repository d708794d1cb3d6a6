import type { Kysely } from 'kysely'
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
