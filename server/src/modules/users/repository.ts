import type { Kysely, Transaction } from 'kysely'
import type { DB, Language, UserRow } from '../../db/schema'

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

export function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst()
}

/** Whether the installation has any account at all (it waits for its first-run set-up until it has). */
export async function anyAccountExists(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined
}

/** The name, address and language of these accounts (e.g. a request's assignees, for their reminders). */
export function findUsersByIds(db: Kysely<DB>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'preferred_language'])
    .where('id', 'in', [...ids])
    .execute()
}

export function findUserById(db: Kysely<DB>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export function insertUser(
  trx: Transaction<DB>,
  user: {
    email: string
    displayName: string
    passwordHash: string | null
    language: Language
    installationAdmin?: boolean
  },
): Promise<UserRow> {
  return trx
    .insertInto('users')
    .values({
      email: normaliseEmail(user.email),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      preferred_language: user.language,
      installation_admin: user.installationAdmin ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function updateUser(
  trx: Transaction<DB> | Kysely<DB>,
  id: string,
  changes: Partial<
    Pick<
      UserRow,
      | 'display_name'
      | 'preferred_language'
      | 'password_hash'
      | 'totp_secret'
      | 'totp_enabled'
      | 'installation_admin'
      | 'action_digest'
    >
  >,
): Promise<UserRow> {
  return trx
    .updateTable('users')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/**
 * Records that a TOTP code of time step `step` was used, atomically: false when this step or a later one was used
 * already, so a code (seen over a shoulder, replayed) is accepted once.
 */
export async function claimTotpStep(db: Kysely<DB>, userId: string, step: number): Promise<boolean> {
  const claimed = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .returning('id')
    .executeTakeFirst()
  return claimed !== undefined
}
