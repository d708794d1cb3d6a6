import { withAuditKey } from './audit/key'
import type { Config, Service } from './config'
import { closeDrivers } from './connectors/engine/driver-cache'
import { handOverHeldRuns } from './connectors/engine/execute-run'
import type { AppContext } from './context'
import { createEncryption } from './crypto/encryption'
import { type Database, openDatabase } from './db/database'
import { migrateToLatest } from './db/migrate'
import { withStartupLock } from './db/startup-lock'
import { startJobQueue } from './jobs/pg-boss-queue'
import { allJobs } from './jobs/registry'
import { createLogger } from './logger'
import { sendDeliveriesOnCommit } from './modules/webhooks'
import { runStartupTasks } from './startup-tasks'

export interface Runtime {
  ctx: AppContext
  /**
   * Stops the roles and closes the database. `timeoutMs`: how long running jobs may still take (default 30 s);
   * jobs still running then go back to the queue, and connector runs to the other workers.
   */
  close(options?: { timeoutMs?: number }): Promise<void>
  /**
   * Plants the schedules and starts the workers, when `openRuntime` was asked to leave them for later; does nothing
   * otherwise or when called again.
   */
  startRoles(): Promise<void>
}

export interface RuntimeOptions {
  /**
   * Leave planting the schedules and starting the workers (and the webhook listener) to `startRoles()`: the server
   * listens first, its database migrated and its queues created, then starts them (docs/decisions/0113).
   */
  startRolesLater?: boolean
}

/**
 * Opens the database, migrates it and starts the job queue in the roles this process plays. Every command that
 * touches the database goes through here, so the CLI, the server and the tests share one wiring.
 */
export async function openRuntime(
  config: Config,
  services: readonly Service[] = [],
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const logger = createLogger(config)
  const database: Database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  })
  try {
    // The audit key travels with the handle: every transaction opened from it can append to the keyed chain.
    const db = withAuditKey(database.db, config.secretKey)
    await migrateToLatest(db)
    const base = { config, database, db, encryption: createEncryption(config.secretKey), logger }
    // One process at a time: processes starting together would seal the same rows and deadlock.
    await withStartupLock(database, () => runStartupTasks(base))
    const jobs = await startJobQueue(base, {
      work: services.includes('worker'),
      schedule: services.includes('scheduler'),
      jobs: allJobs(),
      startRolesLater: true,
    })
    const ctx: AppContext = { ...base, jobs }
    // A worker sends webhook deliveries as soon as their change commits, not at the next minute.
    let stopDeliveries = async () => {}
    let rolesStarted: Promise<void> | undefined
    const startRoles = () => {
      rolesStarted ??= (async () => {
        await jobs.startRoles()
        if (services.includes('worker')) stopDeliveries = await sendDeliveriesOnCommit(ctx)
      })()
      return rolesStarted
    }
    if (!options.startRolesLater) await startRoles()
    return {
      ctx,
      startRoles,
      async close(closeOptions) {
        await rolesStarted?.catch(() => {})
        await stopDeliveries()
        await jobs.stop(closeOptions?.timeoutMs === undefined ? {} : { timeoutMs: closeOptions.timeoutMs })
        const handedOver = await handOverHeldRuns(ctx.db)
        if (handedOver.length > 0)
          logger.warn(
            { runs: handedOver },
            'Connector runs not finished in time: handed over to the other workers',
          )
        await closeDrivers(ctx)
        await database.close()
      },
    }
  } catch (error) {
    await database.close()
    throw error
  }
}
