import { type AppContext, inTransaction } from '../context'
import { hashToken, randomToken, safeEqual } from '../crypto/tokens'
import type { Language } from '../db/schema'
import { dispatchQueuedMail, queueMail } from './outbox'

/**
 * A public mailing list with double opt-in ("tell me when the notice changes", "... when the sub-processors
 * change"): one building block for every such list. Subscribing stores the address with a hashed confirmation
 * token and mails the link in the subscriber's language; the answer is the same whether or not the address is
 * known (no enumeration) and a confirmed address is not mailed again. The link confirms; an unsubscribe link
 * carries a keyed signature of the subscriber id - nothing to store, nothing to guess.
 */
export interface DoubleOptInList {
  /** The list's table: id, organization_id, email, language, confirm_token_hash, confirmed_at. */
  table: 'notice_subscribers' | 'subprocessor_subscribers'
  /** The mail with the confirmation link (its params: the organisation's name and the link). */
  template: 'notice-subscription' | 'subprocessor-subscription'
  /** The public page that confirms, under /p/{slug}/, e.g. 'privacy/subscribe/confirm'. */
  confirmPath: string
  /** The signature an unsubscribe link carries for this subscriber. */
  signature(ctx: Pick<AppContext, 'encryption'>, subscriberId: string): string
}

/** What a list needs of the organisation. */
export interface ListOrganization {
  id: string
  slug: string
  name: string
  legalName: string
}

const SUBSCRIBER_ID = /^[0-9a-f-]{36}$/

export function doubleOptInList(list: DoubleOptInList) {
  return {
    /** Stores the address (or a new token for an unconfirmed one) and mails the confirmation link. */
    async subscribe(
      ctx: AppContext,
      org: ListOrganization,
      email: string,
      language: Language,
    ): Promise<void> {
      const address = email.trim().toLowerCase()
      const token = randomToken()
      const mailId = await inTransaction(ctx, async (ctx) => {
        const existing = await ctx.db
          .selectFrom(list.table)
          .select(['id', 'confirmed_at'])
          .where('organization_id', '=', org.id)
          .where('email', '=', address)
          .executeTakeFirst()
        if (existing?.confirmed_at) return null
        if (existing) {
          await ctx.db
            .updateTable(list.table)
            .set({ confirm_token_hash: hashToken(token), language })
            .where('id', '=', existing.id)
            .execute()
        } else {
          await ctx.db
            .insertInto(list.table)
            .values({
              organization_id: org.id,
              email: address,
              language,
              confirm_token_hash: hashToken(token),
            })
            .execute()
        }
        return queueMail(ctx.db, ctx.encryption, {
          organizationId: org.id,
          to: address,
          language,
          template: list.template,
          params: {
            organizationName: org.legalName || org.name,
            confirmUrl: `${ctx.config.publicUrl}/p/${org.slug}/${list.confirmPath}?token=${token}&lang=${language}`,
          },
        })
      })
      if (mailId) await dispatchQueuedMail(ctx, [mailId])
    },

    /** Confirms the subscription the token belongs to; false when no pending one has it. */
    async confirm(ctx: AppContext, org: ListOrganization, token: string): Promise<boolean> {
      const result = await ctx.db
        .updateTable(list.table)
        .set({ confirmed_at: new Date(), confirm_token_hash: null })
        .where('organization_id', '=', org.id)
        .where('confirm_token_hash', '=', hashToken(token))
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },

    /** Removes the subscriber when the link's signature is theirs; false otherwise or when already gone. */
    async unsubscribe(
      ctx: AppContext,
      org: ListOrganization,
      id: string,
      signature: string,
    ): Promise<boolean> {
      if (!SUBSCRIBER_ID.test(id) || !safeEqual(signature, list.signature(ctx, id))) return false
      const result = await ctx.db
        .deleteFrom(list.table)
        .where('organization_id', '=', org.id)
        .where('id', '=', id)
        .executeTakeFirst()
      return result.numDeletedRows > 0n
    },
  }
}
