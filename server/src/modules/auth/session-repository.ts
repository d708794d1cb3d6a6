import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'

export interface SessionRecord {
  id: string
  userId: string
  email: string
  csrfToken: string
  secondFactorPending: boolean
  expiresAt: Date
}

export async function insertSession(
  db: Kysely<DB>,
  session: {
    id: string
    userId: string
    csrfToken: string
    secondFactorPending: boolean
    expiresAt: Date
    ip: string | null
    userAgent: string | null
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      second_factor_pending: session.secondFactorPending,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute()
}

export async function findLiveSession(db: Kysely<DB>, id: string): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'users.email',
      'sessions.csrf_token',
      'sessions.second_factor_pending',
      'sessions.expires_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', new Date())
    .executeTakeFirst()
  if (!row) return undefined
  return {
    id: row.id,
    userId: row.user_id,
    email: row.email,
    csrfToken: row.csrf_token,
    secondFactorPending: row.second_factor_pending,
    expiresAt: row.expires_at,
  }
}

export async function completeSecondFactor(db: Kysely<DB>, id: string): Promise<void> {
  await db.updateTable('sessions').set({ second_factor_pending: false }).where('id', '=', id).execute()
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute()
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId)
  if (exceptId) q = q.where('id', '!=', exceptId)
  await q.execute()
}
