import type { AppContext } from '../../context'
import { type IdentityInput, normaliseIdentity } from '../../domain/subjects/identity'
import { lookupKeyOf } from './presenter'
import { findIdentitiesByLookup } from './repository'

/** Lookup keys per statement: well under the parameter limits of both databases. */
const CHUNK = 1000

/**
 * The subjects of the index that hold any of these identities (by blind index, never by decrypting the index):
 * the people of a connected system's rows that Custos knows, e.g. to write to them about a breach. Values that are
 * not a valid identity of their kind are not matched. Each subject once, in no particular order.
 */
export async function subjectsWithIdentities(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  identities: readonly IdentityInput[],
): Promise<string[]> {
  const keys = new Set<string>()
  for (const input of identities) {
    const normalised = normaliseIdentity(input)
    if (normalised.ok) keys.add(lookupKeyOf(ctx.encryption, normalised.value))
  }
  const all = [...keys]
  const subjects = new Set<string>()
  for (let start = 0; start < all.length; start += CHUNK) {
    const found = await findIdentitiesByLookup(ctx.db, organizationId, all.slice(start, start + CHUNK))
    for (const f of found) subjects.add(f.subjectId)
  }
  return [...subjects]
}
