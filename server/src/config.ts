import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { type AllowList, AllowListError, parseAllowList } from './domain/connector-allow-list'

export { SERVICES, type Service } from './services'

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  CUSTOS_DATA_DIR: z.string().default('./data'),
  CUSTOS_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  CUSTOS_HOST: z.string().default('127.0.0.1'),
  CUSTOS_PUBLIC_URL: z.string().url().optional(),
  CUSTOS_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional(),
  CUSTOS_SMTP_URL: z.string().url().optional(),
  CUSTOS_MAIL_FROM: z.string().default('Custos <no-reply@localhost>'),
  CUSTOS_MAIL_BODY_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  CUSTOS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CUSTOS_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  CUSTOS_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  CUSTOS_AUDIT_CHECKPOINT_FILE: z.string().optional(),
  CUSTOS_ORG_CREATION: z.enum(['admins', 'any-user']).default('admins'),
  CUSTOS_CONNECTOR_ALLOW: z.string().optional(),
  CUSTOS_CONNECTOR_STALE_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  CUSTOS_REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://')
    .optional(),
  CUSTOS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  CUSTOS_DB_LISTEN: z.enum(['true', 'false']).default('true'),
  CUSTOS_SHUTDOWN_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
})

export interface Config {
  databaseUrl: string | undefined
  dataDir: string
  port: number
  host: string
  publicUrl: string
  secretKey: Buffer
  smtpUrl: string | undefined
  mailFrom: string
  /** Days the text of a delivered mail is kept before it is purged. */
  mailBodyDays: number
  logLevel: z.infer<typeof envSchema>['CUSTOS_LOG_LEVEL']
  sessionHours: number
  loginMaxFailures: number
  cookieSecure: boolean
  /** Where the hourly audit checkpoints are appended (outside the database). */
  auditCheckpointFile: string
  /** Who may create organisations: installation admins only (default) or any signed-in user. */
  orgCreation: 'admins' | 'any-user'
  /** Hosts and networks connectors may reach (CUSTOS_CONNECTOR_ALLOW); empty: none. */
  connectorAllow: AllowList
  /** A connector run whose worker gave no sign of life for this long is resumed by another worker. */
  connectorStaleMinutes: number
  /** Redis for the HTTP rate limits (CUSTOS_REDIS_URL); unset: they are counted in the database. */
  redisUrl: string | undefined
  /** Connections this process opens to PostgreSQL for the application (the job queue adds its own 4). */
  databasePoolSize: number
  /** Keep a PostgreSQL session LISTENing for changed public pages (false behind PgBouncer in transaction mode). */
  databaseListen: boolean
  /**
   * On SIGTERM/SIGINT: how long running requests and jobs get to finish (CUSTOS_SHUTDOWN_SECONDS, default 30).
   * Jobs still running then are handed back to the queue and connector runs to the other workers; then it exits.
   */
  shutdownSeconds: number
}

export interface ConfigOverrides {
  port?: number
  host?: string
  dataDir?: string
}

export class ConfigError extends Error {}

/** Reads and validates the whole configuration once, from the environment and command-line flags. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  // An empty variable (DATABASE_URL=) means unset, as in most tools.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')))
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`)
  }
  const e = parsed.data
  let connectorAllow: AllowList
  try {
    connectorAllow = parseAllowList(e.CUSTOS_CONNECTOR_ALLOW)
  } catch (error) {
    if (error instanceof AllowListError)
      throw new ConfigError(`Invalid configuration:\n  CUSTOS_CONNECTOR_ALLOW: ${error.message}`)
    throw error
  }
  const dataDir = resolve(overrides.dataDir ?? e.CUSTOS_DATA_DIR)
  const port = overrides.port ?? e.CUSTOS_PORT
  const host = overrides.host ?? e.CUSTOS_HOST
  const publicUrl = (e.CUSTOS_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '')
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir,
    port,
    host,
    publicUrl,
    secretKey: e.CUSTOS_SECRET_KEY ? Buffer.from(e.CUSTOS_SECRET_KEY, 'base64') : readOrCreateKey(dataDir),
    smtpUrl: e.CUSTOS_SMTP_URL,
    mailFrom: e.CUSTOS_MAIL_FROM,
    mailBodyDays: e.CUSTOS_MAIL_BODY_DAYS,
    logLevel: e.CUSTOS_LOG_LEVEL,
    sessionHours: e.CUSTOS_SESSION_HOURS,
    loginMaxFailures: e.CUSTOS_LOGIN_MAX_FAILURES,
    cookieSecure: publicUrl.startsWith('https://'),
    orgCreation: e.CUSTOS_ORG_CREATION,
    auditCheckpointFile: resolve(e.CUSTOS_AUDIT_CHECKPOINT_FILE ?? join(dataDir, 'audit-checkpoints.jsonl')),
    connectorAllow,
    connectorStaleMinutes: e.CUSTOS_CONNECTOR_STALE_MINUTES,
    redisUrl: e.CUSTOS_REDIS_URL,
    databasePoolSize: e.CUSTOS_DB_POOL_SIZE,
    databaseListen: e.CUSTOS_DB_LISTEN === 'true',
    shutdownSeconds: e.CUSTOS_SHUTDOWN_SECONDS,
  }
}

/** Without CUSTOS_SECRET_KEY, a key is generated once and kept (mode 0600) in the data directory. */
function readOrCreateKey(dataDir: string): Buffer {
  const file = join(dataDir, 'secret.key')
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
  mkdirSync(dataDir, { recursive: true })
  const key = randomBytes(32)
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 })
  return key
}
