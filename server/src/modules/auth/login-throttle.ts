import type { Kysely } from 'kysely'
import type { Encryption } from '../../crypto/encryption'
import type { DB } from '../../db/schema'

const WINDOW_MS = 15 * 60_000

/**
 * Per-account brute-force protection shared by every web process (it lives in the database). The key is a
 * blind index of the e-mail address, kept for unknown addresses too, so the limit reveals nothing.
 */
export function loginThrottle(db: Kysely<DB>, encryption: Encryption, maxFailures: number) {
  const keyOf = (email: string) => encryption.blindIndex(email.trim().toLowerCase(), 'login-email')
  return {
    async isLocked(email: string): Promise<boolean> {
      const row = await db
        .selectFrom('login_failures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('email_key', '=', keyOf(email))
        .where('at', '>', new Date(Date.now() - WINDOW_MS))
        .executeTakeFirstOrThrow()
      return Number(row.n) >= maxFailures
    },
    async recordFailure(email: string, ip: string | null): Promise<void> {
      await db
        .insertInto('login_failures')
        .values({ email_key: keyOf(email), ip })
        .execute()
    },
    async clear(email: string): Promise<void> {
      await db.deleteFrom('login_failures').where('email_key', '=', keyOf(email)).execute()
    },
  }
}
