import { type AppContext, inTransaction } from '../../context'
import { hashToken, randomToken, safeEqual } from '../../crypto/tokens'
import type { Language, OrganizationRow } from '../../db/schema'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { unsubscribeToken } from '../notices'

/**
 * "Tell me when the notice changes": double opt-in. The answer is the same whether or not the address is
 * already known (no enumeration); a confirmed address is not mailed again.
 */
export async function subscribeToNotice(
  ctx: AppContext,
  org: OrganizationRow,
  email: string,
  language: Language,
) {
  const address = email.trim().toLowerCase()
  const token = randomToken()
  const mailId = await inTransaction(ctx, async (ctx) => {
    const existing = await ctx.db
      .selectFrom('notice_subscribers')
      .select(['id', 'confirmed_at'])
      .where('organization_id', '=', org.id)
      .where('email', '=', address)
      .executeTakeFirst()
    if (existing?.confirmed_at) return null
    if (existing) {
      await ctx.db
        .updateTable('notice_subscribers')
        .set({ confirm_token_hash: hashToken(token), language })
        .where('id', '=', existing.id)
        .execute()
    } else {
      await ctx.db
        .insertInto('notice_subscribers')
        .values({ organization_id: org.id, email: address, language, confirm_token_hash: hashToken(token) })
        .execute()
    }
    return queueMail(ctx.db, ctx.encryption, {
      organizationId: org.id,
      to: address,
      language,
      template: 'notice-subscription',
      params: {
        organizationName: org.legal_name || org.name,
        confirmUrl: `${ctx.config.publicUrl}/p/${org.slug}/privacy/subscribe/confirm?token=${token}&lang=${language}`,
      },
    })
  })
  if (mailId) await dispatchQueuedMail(ctx, [mailId])
}

export async function confirmNoticeSubscription(
  ctx: AppContext,
  org: OrganizationRow,
  token: string,
): Promise<boolean> {
  const result = await ctx.db
    .updateTable('notice_subscribers')
    .set({ confirmed_at: new Date(), confirm_token_hash: null })
    .where('organization_id', '=', org.id)
    .where('confirm_token_hash', '=', hashToken(token))
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function unsubscribeFromNotice(
  ctx: AppContext,
  org: OrganizationRow,
  id: string,
  token: string,
) {
  if (!/^[0-9a-f-]{36}$/.test(id) || !safeEqual(token, unsubscribeToken(ctx, id))) return false
  const result = await ctx.db
    .deleteFrom('notice_subscribers')
    .where('organization_id', '=', org.id)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numDeletedRows > 0n
}
