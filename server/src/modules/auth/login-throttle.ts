import type { Kysely } from 'kysely'
import type { Encryption } from '../../crypto/encryption'
import type { DB } from '../../db/schema'

export const LOGIN_WINDOW_MS = 15 * 60_000
/** Failures on one account from all sources together, as a multiple of the per-source limit. */
export const ACCOUNT_FAILURE_FACTOR = 10
/** How long a source that signed in successfully stays known to the account (sessions.purge removes older ones). */
const KNOWN_SOURCE_DAYS = 90

/**
 * Brute-force protection shared by every web process (it lives in the database), keyed by account and source
 * (client address) together, so that nobody can lock someone else out by failing from their own address:
 *
 * - `maxFailures` wrong attempts for one account from one source block that pair for the rest of the window;
 * - `maxFailures x 10` wrong attempts for one account from all sources together (a distributed attack) block the
 *   account for every source except those it signed in from successfully before (known sources).
 *
 * The account key is a blind index of the e-mail address, kept for unknown addresses too, so the answers reveal
 * nothing about which accounts exist. Sources are stored as blind indexes too. `now` is injectable for tests.
 */
export function loginThrottle(
  db: Kysely<DB>,
  encryption: Encryption,
  maxFailures: number,
  now: () => Date = () => new Date(),
) {
  const keyOf = (email: string) => encryption.blindIndex(email.trim().toLowerCase(), 'login-email')
  const sourceOf = (ip: string | null) => encryption.blindIndex(ip ?? 'unknown', 'login-source')
  const windowStart = () => new Date(now().getTime() - LOGIN_WINDOW_MS)
  const failures = async (emailKey: string, source: string | null | undefined) => {
    let query = db
      .selectFrom('login_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('email_key', '=', emailKey)
      .where('at', '>', windowStart())
    if (source !== undefined) query = query.where('ip', source === null ? 'is' : '=', source)
    return Number((await query.executeTakeFirstOrThrow()).n)
  }
  return {
    async isLocked(email: string, ip: string | null): Promise<boolean> {
      const emailKey = keyOf(email)
      if ((await failures(emailKey, ip)) >= maxFailures) return true
      if ((await failures(emailKey, undefined)) < maxFailures * ACCOUNT_FAILURE_FACTOR) return false
      const known = await db
        .selectFrom('login_known_sources')
        .select('source_key')
        .where('email_key', '=', emailKey)
        .where('source_key', '=', sourceOf(ip))
        .where('last_success_at', '>', new Date(now().getTime() - KNOWN_SOURCE_DAYS * 86_400_000))
        .executeTakeFirst()
      return !known
    },
    async recordFailure(email: string, ip: string | null): Promise<void> {
      await db
        .insertInto('login_failures')
        .values({ email_key: keyOf(email), ip, at: now() })
        .execute()
    },
    /** A successful sign-in clears this source's failures and makes it a known source of the account. */
    async recordSuccess(email: string, ip: string | null): Promise<void> {
      const emailKey = keyOf(email)
      await db
        .deleteFrom('login_failures')
        .where('email_key', '=', emailKey)
        .where('ip', ip === null ? 'is' : '=', ip)
        .execute()
      await db
        .insertInto('login_known_sources')
        .values({ email_key: emailKey, source_key: sourceOf(ip), last_success_at: now() })
        .onConflict((oc) => oc.columns(['email_key', 'source_key']).doUpdateSet({ last_success_at: now() }))
        .execute()
    },
  }
}
