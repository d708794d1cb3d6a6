import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/db/database'
import { purgeExpiredSessions } from '../src/modules/auth'
import { createTestDatabase } from './support/database'

describe('sessions.purge (Art. 5(1)(e) storage limitation)', () => {
  let database: Database
  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(() => database?.close())

  it('removes expired sessions, day-old login failures, password resets expired over a day ago, stale known sources', async () => {
    const db = database.db
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000)
    const user = await db
      .insertInto('users')
      .values({ email: 'sam@example.be', display_name: 'Sam' })
      .returning('id')
      .executeTakeFirstOrThrow()
    const session = (id: string, expiresAt: Date) => ({
      id,
      user_id: user.id,
      csrf_token: `csrf-${id}`,
      second_factor_pending: false,
      expires_at: expiresAt,
    })
    await db
      .insertInto('sessions')
      .values([session('expired', hoursAgo(1)), session('active', hoursAgo(-1))])
      .execute()
    await db
      .insertInto('login_failures')
      .values([
        { email_key: 'old', at: hoursAgo(25) },
        { email_key: 'recent', at: hoursAgo(2) },
      ])
      .execute()
    await db
      .insertInto('password_resets')
      .values([
        { token_hash: 'long-expired', user_id: user.id, expires_at: hoursAgo(30), used_at: null },
        { token_hash: 'just-expired', user_id: user.id, expires_at: hoursAgo(1), used_at: null },
      ])
      .execute()

    await db
      .insertInto('login_known_sources')
      .values([
        { email_key: 'stale', source_key: 's', last_success_at: hoursAgo(91 * 24) },
        { email_key: 'fresh', source_key: 's', last_success_at: hoursAgo(89 * 24) },
      ])
      .execute()

    await db
      .insertInto('rate_limit_counters')
      .values([
        { key: 'ended', hits: 3, resets_at: hoursAgo(1) },
        { key: 'running', hits: 3, resets_at: new Date(Date.now() + 60_000) },
      ])
      .execute()

    expect(await purgeExpiredSessions(db)).toEqual({
      sessions: 1,
      loginFailures: 1,
      passwordResets: 1,
      knownSources: 1,
      rateLimitCounters: 1,
    })
    expect(
      (await db.selectFrom('login_known_sources').select('email_key').execute()).map((r) => r.email_key),
    ).toEqual(['fresh'])
    expect((await db.selectFrom('sessions').select('id').execute()).map((r) => r.id)).toEqual(['active'])
    expect(
      (await db.selectFrom('login_failures').select('email_key').execute()).map((r) => r.email_key),
    ).toEqual(['recent'])
    expect(
      (await db.selectFrom('password_resets').select('token_hash').execute()).map((r) => r.token_hash),
    ).toEqual(['just-expired'])
    expect((await db.selectFrom('rate_limit_counters').select('key').execute()).map((r) => r.key)).toEqual([
      'running',
    ])
  })
})
