import type { Kysely, Selectable } from 'kysely'
import { sql } from 'kysely'
import { z } from 'zod'
import type { DB, LoginFailuresTable } from '../../db/schema'
import { purgeRateLimitCounters } from '../../http/rate-limit-store'
import { defineJob } from '../../jobs/define-job'

export interface PurgeCounts {
  sessions: number
  loginFailures: number
  passwordResets: number
  knownSources: number
  rateLimitCounters: number
}

/**
 * Storage limitation (Art. 5(1)(e)): expired sessions go at once; login failures and expired password-reset
 * tokens are kept one day (rate limiting, support questions) and then removed; an address from which an account
 * last signed in over 90 days ago is no longer a known source of it (see login-throttle); rate-limit windows that
 * ended are removed.
 */
export async function purgeExpiredSessions(db: Kysely<DB>): Promise<PurgeCounts> {
  const sessions = await db
    .deleteFrom('sessions')
    .where('expires_at', '<', sql<Date>`now()`)
    .executeTakeFirst()
  const loginFailures = await db
    .deleteFrom('login_failures')
    .where('at', '<', sql<Selectable<LoginFailuresTable>['at']>`now() - interval '1 day'`)
    .executeTakeFirst()
  const passwordResets = await db
    .deleteFrom('password_resets')
    .where('expires_at', '<', sql<Date>`now() - interval '1 day'`)
    .executeTakeFirst()
  const knownSources = await db
    .deleteFrom('login_known_sources')
    .where('last_success_at', '<', sql<Date>`now() - interval '90 days'`)
    .executeTakeFirst()
  const rateLimitCounters = await purgeRateLimitCounters(db)
  return {
    rateLimitCounters,
    knownSources: Number(knownSources.numDeletedRows),
    sessions: Number(sessions.numDeletedRows),
    loginFailures: Number(loginFailures.numDeletedRows),
    passwordResets: Number(passwordResets.numDeletedRows),
  }
}

export const purgeSessionsJob = defineJob({
  name: 'sessions.purge',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '0 * * * *',
  async run(_data, ctx) {
    const counts = await purgeExpiredSessions(ctx.db)
    ctx.logger.info(counts, 'Purged expired sessions, login failures and password resets')
  },
})
