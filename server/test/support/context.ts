import { randomBytes } from 'node:crypto'
import pino from 'pino'
import type { Config } from '../../src/config'
import { closeDrivers } from '../../src/connectors/engine/driver-cache'
import type { AppContext } from '../../src/context'
import { createEncryption } from '../../src/crypto/encryption'
import { parseAllowList } from '../../src/domain/connector-allow-list'
import { startJobQueue } from '../../src/jobs/pg-boss-queue'
import { allJobs } from '../../src/jobs/registry'
import { TEST_CONNECTOR_ALLOW } from './connector-guard'
import { createTestDatabase } from './database'

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    databaseUrl: undefined,
    dataDir: '/nonexistent',
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'http://custos.test',
    secretKey: randomBytes(32),
    smtpUrl: undefined,
    mailFrom: 'Custos <no-reply@custos.test>',
    mailBodyDays: 30,
    logLevel: 'silent',
    sessionHours: 12,
    loginMaxFailures: 5,
    cookieSecure: false,
    auditCheckpointFile: '/nonexistent/audit-checkpoints.jsonl',
    orgCreation: 'admins',
    connectorAllow: parseAllowList(TEST_CONNECTOR_ALLOW),
    connectorStaleMinutes: 15,
    redisUrl: undefined,
    databasePoolSize: 10,
    databaseListen: true,
    shutdownSeconds: 30,
    ...overrides,
  }
}

export interface TestContext {
  ctx: AppContext
  close(): Promise<void>
}

/** A complete application context on a fresh database, with a real pg-boss queue that only sends. */
export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const config = testConfig(overrides)
  const database = await createTestDatabase(config.secretKey)
  const base = {
    config,
    database,
    db: database.db,
    encryption: createEncryption(config.secretKey),
    logger: pino({ level: 'silent' }),
  }
  const jobs = await startJobQueue(base, { work: false, schedule: false, jobs: allJobs() })
  const ctx: AppContext = { ...base, jobs }
  return {
    ctx,
    async close() {
      await jobs.stop()
      await closeDrivers(ctx)
      await database.close()
    },
  }
}
