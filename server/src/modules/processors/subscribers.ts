import { type AppContext, inTransaction } from '../../context'
import { hashToken, randomToken, safeEqual } from '../../crypto/tokens'
import type { Language, OrganizationRow } from '../../db/schema'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { findSubscriberByEmail } from './repository'

/** Unsubscribe links carry a keyed hash of the subscriber id: nothing to store, nothing to guess. */
export function unsubscribeSignature(ctx: Pick<AppContext, 'encryption'>, subscriberId: string) {
  return ctx.encryption.blindIndex(subscriberId, 'subprocessor-unsubscribe')
}

export function unsubscribeUrl(
  ctx: Pick<AppContext, 'encryption' | 'config'>,
  slug: string,
  subscriberId: string,
  language: Language,
) {
  return (
    `${ctx.config.publicUrl}/p/${slug}/subprocessors/unsubscribe?s=${subscriberId}` +
    `&t=${unsubscribeSignature(ctx, subscriberId)}&lang=${language}`
  )
}

/**
 * "Tell me when the sub-processors change": double opt-in, like the notice subscriptions. The answer is the same
 * whether or not the address is known (no enumeration); a confirmed address is not mailed again.
 */
export async function subscribeToSubprocessors(
  ctx: AppContext,
  org: OrganizationRow,
  email: string,
  language: Language,
) {
  const address = email.trim().toLowerCase()
  const token = randomToken()
  const mailId = await inTransaction(ctx, async (ctx) => {
    const existing = await findSubscriberByEmail(ctx.db, org.id, address)
    if (existing?.confirmed_at) return null
    if (existing) {
      await ctx.db
        .updateTable('subprocessor_subscribers')
        .set({ confirm_token_hash: hashToken(token), language })
        .where('id', '=', existing.id)
        .execute()
    } else {
      await ctx.db
        .insertInto('subprocessor_subscribers')
        .values({ organization_id: org.id, email: address, language, confirm_token_hash: hashToken(token) })
        .execute()
    }
    return queueMail(ctx.db, ctx.encryption, {
      organizationId: org.id,
      to: address,
      language,
      template: 'subprocessor-subscription',
      params: {
        organizationName: org.legal_name || org.name,
        confirmUrl: `${ctx.config.publicUrl}/p/${org.slug}/subprocessors/confirm?token=${token}&lang=${language}`,
      },
    })
  })
  if (mailId) await dispatchQueuedMail(ctx, [mailId])
}

export async function confirmSubprocessorSubscription(ctx: AppContext, org: OrganizationRow, token: string) {
  const result = await ctx.db
    .updateTable('subprocessor_subscribers')
    .set({ confirmed_at: new Date(), confirm_token_hash: null })
    .where('organization_id', '=', org.id)
    .where('confirm_token_hash', '=', hashToken(token))
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function unsubscribeFromSubprocessors(
  ctx: AppContext,
  org: OrganizationRow,
  id: string,
  signature: string,
) {
  if (!/^[0-9a-f-]{36}$/.test(id) || !safeEqual(signature, unsubscribeSignature(ctx, id))) return false
  const result = await ctx.db
    .deleteFrom('subprocessor_subscribers')
    .where('organization_id', '=', org.id)
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numDeletedRows > 0n
}
