import type { Transaction } from 'kysely'
import { hashToken, randomToken } from '../../crypto/tokens'
import type { DB } from '../../db/schema'

/**
 * A single-use token with which the user chooses a password until `expiresAt` - the link of a password reset or of
 * a member's invitation. Only its hash is stored; the token itself goes into the link.
 */
export async function issuePasswordToken(
  trx: Transaction<DB>,
  userId: string,
  expiresAt: Date,
): Promise<string> {
  const token = randomToken()
  await trx
    .insertInto('password_resets')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: expiresAt })
    .execute()
  return token
}
