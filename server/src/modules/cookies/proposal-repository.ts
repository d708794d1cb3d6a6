import type { Kysely, Transaction } from 'kysely'
import { z } from 'zod'
import type { CookieProposalKind, CookieProposalStatus, DB } from '../../db/schema'
import { COOKIE_CATEGORIES } from '../../domain/cookies/catalogue'
import type { ProposalDraft, ProposalSuggestion } from '../../domain/cookies/proposals'
import { defineStoredJson } from '../../lib/stored-json'

type Db = Kysely<DB> | Transaction<DB>

/** What the catalogue and the scan suggest for a proposal (`cookie_proposals.suggestion`, decision 0025). */
const storedSuggestion = defineStoredJson<ProposalSuggestion>({
  name: 'cookie_proposal.suggestion',
  version: 2,
  schema: z.object({
    serviceId: z.string(),
    serviceName: z.string(),
    provider: z.string(),
    category: z.enum(COOKIE_CATEGORIES).nullable(),
    servicePurpose: z.string(),
    hosts: z.array(z.string()),
    purpose: z.string(),
    duration: z.string(),
    thirdCountry: z.string().nullable(),
    url: z.string().nullable(),
    known: z.boolean(),
    domain: z.string().nullable(),
    thirdParty: z.boolean().nullable(),
  }),
  // Version 1 did not record where a cookie was set: a host is a third party, a cookie is not known to be either.
  upgrade: (value) => ({ ...value, domain: null, thirdParty: value.url ? true : null }),
})

export interface StoredProposal extends ProposalDraft {
  id: string
  status: CookieProposalStatus
  scanId: string | null
  inventoryVersion: number | null
  decidedAt: Date | null
  createdAt: Date
}

function toProposal(row: {
  id: string
  kind: CookieProposalKind
  subject: string
  page: string
  status: CookieProposalStatus
  suggestion: unknown
  scan_id: string | null
  inventory_version: number | null
  decided_at: Date | null
  created_at: Date
}): StoredProposal {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    page: row.page,
    status: row.status,
    suggestion: storedSuggestion.read(row.suggestion, row.id),
    scanId: row.scan_id,
    inventoryVersion: row.inventory_version,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
  }
}

/**
 * Records what a scan saw outside the inventory. A name or host proposed before keeps its row: a dismissed one
 * stays dismissed (never proposed again), an open one takes the latest scan's suggestion, and an accepted one
 * that is outside the inventory again (removed by hand since) is open again.
 */
export async function upsertProposals(
  db: Db,
  organizationId: string,
  scanId: string,
  drafts: ProposalDraft[],
) {
  for (const d of drafts) {
    const suggestion = storedSuggestion.serialize(d.suggestion)
    await db
      .insertInto('cookie_proposals')
      .values({
        organization_id: organizationId,
        kind: d.kind,
        subject: d.subject,
        page: d.page,
        suggestion,
        scan_id: scanId,
      })
      .onConflict((oc) =>
        oc
          .columns(['organization_id', 'kind', 'subject'])
          .doUpdateSet({
            status: 'open',
            page: d.page,
            suggestion,
            scan_id: scanId,
            inventory_version: null,
            decided_by: null,
            decided_at: null,
            updated_at: new Date(),
          })
          .where('cookie_proposals.status', '!=', 'dismissed'),
      )
      .execute()
  }
}

export async function proposalsWithStatus(db: Db, organizationId: string, status: CookieProposalStatus) {
  const rows = await db
    .selectFrom('cookie_proposals')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('status', '=', status)
    .orderBy('kind')
    .orderBy('subject')
    .limit(500)
    .execute()
  return rows.map(toProposal)
}

/** The proposal, locked until the transaction ends; undefined when the organisation has none with that id. */
export async function lockProposal(trx: Transaction<DB>, organizationId: string, id: string) {
  const row = await trx
    .selectFrom('cookie_proposals')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  return row && toProposal(row)
}

export async function decideProposal(
  trx: Transaction<DB>,
  id: string,
  decision: { status: 'accepted' | 'dismissed'; by: string | null; inventoryVersion: number | null },
) {
  const row = await trx
    .updateTable('cookie_proposals')
    .set({
      status: decision.status,
      decided_by: decision.by,
      decided_at: new Date(),
      inventory_version: decision.inventoryVersion,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return toProposal(row)
}
