import { type Kysely, type Selectable, sql } from 'kysely'
import { z } from 'zod'
import type { DB, OutboxMessagesTable } from '../db/schema'
import { defineJob } from '../jobs/define-job'

type OutboxTime = Selectable<OutboxMessagesTable>['next_attempt_at']

/**
 * Storage limitation (Art. 5(1)(e)): the text of a mail is kept `days` days after it left (sent, or handed
 * over and unconfirmed), then purged. The row stays as the record of what was sent to whom and when (its
 * recipient and subject line, encrypted); a letter is still shown, composed again from its recorded facts.
 * Pending, held and failed mail keeps its text, to be sent. Returns how many bodies were purged.
 */
export async function purgeDeliveredMailBodies(db: Kysely<DB>, days: number): Promise<number> {
  const cutoff = sql<OutboxTime>`now() - make_interval(days => ${days})`
  const result = await db
    .updateTable('outbox_messages')
    .set({
      body_encrypted: null,
      text_body: null,
      html_body: null,
      body_purged_at: sql<OutboxTime>`now()`,
    })
    .where('body_purged_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'sent'), eb('sent_at', '<=', cutoff)]),
        eb.and([eb('status', '=', 'unconfirmed'), eb('handed_over_at', '<=', cutoff)]),
      ]),
    )
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export const purgeMailBodiesJob = defineJob({
  name: 'mail.purge-bodies',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '20 * * * *',
  async run(_data, ctx) {
    const purged = await purgeDeliveredMailBodies(ctx.db, ctx.config.mailBodyDays)
    if (purged > 0) ctx.logger.info({ purged }, 'Purged the text of delivered mail')
  },
})
