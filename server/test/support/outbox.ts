import type { AppContext } from '../../src/context'
import { type OutboxMessage, openOutboxRow } from '../../src/mail/outbox'

type Ctx = Pick<AppContext, 'db' | 'encryption'>

/** Every stored mail, oldest first, decrypted as the application reads it (optionally only those to `to`). */
export async function storedMails(ctx: Ctx, to?: string): Promise<OutboxMessage[]> {
  const rows = await ctx.db
    .selectFrom('outbox_messages')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  const mails = rows.map((row) => openOutboxRow(ctx.encryption, row))
  return to === undefined ? mails : mails.filter((m) => m.to_address === to)
}

/** One stored mail, decrypted. */
export async function storedMail(ctx: Ctx, id: string): Promise<OutboxMessage> {
  const row = await ctx.db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new Error(`No outbox message ${id}`)
  return openOutboxRow(ctx.encryption, row)
}
