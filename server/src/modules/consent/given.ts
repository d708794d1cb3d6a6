import type { AppContext } from '../../context'
import { InvalidInput } from '../../domain/errors'
import type { IdentityInput } from '../../domain/subjects/identity'
import { effectiveState } from './model'
import { statusForPurpose } from './repository'
import { consentSubjectOf } from './service'

/**
 * Whether each person's consent for `purpose` is given now (not refused, withdrawn or expired), read under the
 * identity given - as the single marketing check reads it, for a whole batch of a campaign file in one query.
 * Per person: true or false; undefined when no identity is given or it cannot be read (an invalid address).
 */
export async function consentGivenOfIdentities(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  purpose: string,
  identities: readonly (IdentityInput | undefined)[],
  now = new Date(),
): Promise<(boolean | undefined)[]> {
  const keys = identities.map((identity) => {
    if (!identity?.value?.trim()) return undefined
    try {
      return consentSubjectOf(ctx.encryption, { identity }).subjectKey
    } catch (error) {
      if (error instanceof InvalidInput) return undefined
      throw error
    }
  })
  const wanted = [...new Set(keys.filter((k): k is string => k !== undefined))]
  const rows = await statusForPurpose(ctx.db, organizationId, purpose, wanted)
  const given = new Set(
    rows.filter((r) => effectiveState(r.state, r.expires_at, now) === 'given').map((r) => r.subject_key),
  )
  return keys.map((k) => (k === undefined ? undefined : given.has(k)))
}
