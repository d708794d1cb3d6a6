import type { AppContext } from '../context'
import { sealBody, sealEnvelope } from '../mail/outbox-seal'

type SealingContext = Pick<AppContext, 'db' | 'encryption'>

const BATCH = 200

export interface SealCounts {
  outboxMessages: number
}

/**
 * Seals the personal data that rows written before migration 0009 still hold in clear (the migration has no
 * key): each value is encrypted into its `_encrypted` column and the clear column emptied, one row per
 * statement, only while the row is still unsealed - so it is idempotent, safe when two processes start at
 * once, and does nothing at all once every row is sealed. Runs at every start (`openRuntime`).
 */
export async function sealPersonalData(ctx: SealingContext): Promise<SealCounts> {
  return { outboxMessages: await sealOutbox(ctx) }
}

async function sealOutbox(ctx: SealingContext): Promise<number> {
  let sealed = 0
  for (;;) {
    const rows = await ctx.db
      .selectFrom('outbox_messages')
      .select(['id', 'to_address', 'subject', 'text_body', 'html_body'])
      .where('envelope_encrypted', 'is', null)
      .limit(BATCH)
      .execute()
    for (const row of rows) {
      const body =
        row.text_body !== null && row.html_body !== null
          ? sealBody(ctx.encryption, row.id, { text: row.text_body, html: row.html_body })
          : null
      await ctx.db
        .updateTable('outbox_messages')
        .set({
          envelope_encrypted: sealEnvelope(ctx.encryption, row.id, {
            to: row.to_address ?? '',
            subject: row.subject ?? '',
          }),
          body_encrypted: body,
          to_address: null,
          subject: null,
          text_body: null,
          html_body: null,
        })
        .where('id', '=', row.id)
        .where('envelope_encrypted', 'is', null)
        .execute()
    }
    sealed += rows.length
    if (rows.length < BATCH) return sealed
  }
}
