import type { AppContext } from '../../context'

/**
 * The objection link in a change notice is signed: a keyed hash (HMAC through the blind-index key) of the change
 * and the recipient, so nothing is stored and nothing can be guessed; it works until the change takes effect.
 */
export function objectionSignature(ctx: Pick<AppContext, 'encryption'>, changeId: string, recipient: string) {
  return ctx.encryption.blindIndex(`${changeId}|${recipient}`, 'subprocessor-objection')
}

export function objectionUrl(
  ctx: Pick<AppContext, 'encryption' | 'config'>,
  slug: string,
  changeId: string,
  recipient: string,
  language: string,
) {
  const query = new URLSearchParams({
    c: changeId,
    r: recipient,
    t: objectionSignature(ctx, changeId, recipient),
    lang: language,
  })
  return `${ctx.config.publicUrl}/p/${slug}/subprocessors/object?${query.toString()}`
}

export const subprocessorsPageUrl = (ctx: Pick<AppContext, 'config'>, slug: string) =>
  `${ctx.config.publicUrl}/p/${slug}/subprocessors`
