import type { AppContext } from '../../context'
import { NotFound } from '../../domain/errors'
import { type ConsentLanguage, consentTextHash } from './model'
import * as repo from './repository'

/** Texts this process knows are stored (organisation/hash): an event referencing one needs no look-up or insert. */
const knownTexts = new Map<string, true>()

export const isKnownText = (organizationId: string, hash: string) =>
  knownTexts.has(`${organizationId}/${hash}`)

export function markTextKnown(organizationId: string, hash: string): void {
  knownTexts.set(`${organizationId}/${hash}`, true)
}

/** Stores a consent text once (the same text again changes nothing) and answers its hash. */
export async function storeConsentText(
  ctx: AppContext,
  organizationId: string,
  input: { body: string; language: ConsentLanguage },
): Promise<{ hash: string; language: string; body: string }> {
  const hash = consentTextHash(input.body)
  await repo.insertTexts(ctx.db, [{ organization_id: organizationId, hash, ...input }])
  const row = await repo.findText(ctx.db, organizationId, hash)
  if (!row) throw new NotFound('consent_text')
  markTextKnown(organizationId, hash)
  return { hash: row.hash, language: row.language, body: row.body }
}

export async function findConsentText(ctx: AppContext, organizationId: string, hash: string) {
  const row = await repo.findText(ctx.db, organizationId, hash)
  if (!row) throw new NotFound('consent_text')
  return { hash: row.hash, language: row.language, body: row.body, createdAt: row.created_at }
}
