import type { AppContext } from '../../src/context'
import { queueMail } from '../../src/mail/outbox'

/** A mail that could not be sent (no SMTP), as the outbox shows it. */
export async function createHeldMail(ctx: AppContext, organizationId: string): Promise<string> {
  const id = await ctx.db.transaction().execute((trx) =>
    queueMail(trx, ctx.encryption, {
      organizationId,
      to: 'someone@example.be',
      language: 'fr',
      template: 'second-factor-enabled',
      params: { name: 'Camille Dubois' },
    }),
  )
  await ctx.db.updateTable('outbox_messages').set({ status: 'held' }).where('id', '=', id).execute()
  return id
}
