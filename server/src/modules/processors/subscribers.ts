import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import { doubleOptInList } from '../../mail/subscriptions'

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
 * "Tell me when the sub-processors change": the shared double opt-in list (mail/subscriptions.ts), like the
 * notice subscriptions, over subprocessor_subscribers.
 */
const subprocessorList = doubleOptInList({
  table: 'subprocessor_subscribers',
  template: 'subprocessor-subscription',
  confirmPath: 'subprocessors/confirm',
  signature: unsubscribeSignature,
})

export const subscribeToSubprocessors = subprocessorList.subscribe
export const confirmSubprocessorSubscription = subprocessorList.confirm
export const unsubscribeFromSubprocessors = subprocessorList.unsubscribe
