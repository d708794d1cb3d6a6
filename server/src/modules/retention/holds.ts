import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { Conflict, NotFound } from '../../domain/errors'
import { findDataset } from '../datasets'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { subjectNamesOf } from '../subjects'
import {
  findLegalHold,
  insertLegalHold,
  type LegalHoldRow,
  liftLegalHold,
  listLegalHolds,
} from './repository'

export type HoldInput =
  | { scope: 'subject'; subjectId: string; reason: string; endsOn?: string | null | undefined }
  | { scope: 'request'; requestId: string; reason: string; endsOn?: string | null | undefined }
  | { scope: 'system'; systemKey: string; reason: string; endsOn?: string | null | undefined }
  | {
      scope: 'collection'
      datasetKey: string
      collection: string
      reason: string
      endsOn?: string | null | undefined
    }

const unknownTarget = (what: string) =>
  new Conflict('legal_hold_target_unknown', `Nothing to hold: ${what} does not exist here.`, {
    params: { target: what },
  })

/**
 * Places a legal hold (a dispute, litigation, an inspection): the rows it covers are kept by every retention sweep
 * and every erasure until its end date passes or someone lifts it.
 */
export async function placeHold(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: HoldInput,
): Promise<LegalHoldRow> {
  const target = { subject_id: null, request_id: null, system_key: null, dataset_key: null, collection: null }
  switch (input.scope) {
    case 'subject': {
      const found = await ctx.db
        .selectFrom('subjects')
        .select('id')
        .where('organization_id', '=', org.id)
        .where('id', '=', input.subjectId)
        .executeTakeFirst()
      if (!found) throw unknownTarget(`subject ${input.subjectId}`)
      Object.assign(target, { subject_id: input.subjectId })
      break
    }
    case 'request': {
      const found = await ctx.db
        .selectFrom('requests')
        .select('id')
        .where('organization_id', '=', org.id)
        .where('id', '=', input.requestId)
        .executeTakeFirst()
      if (!found) throw unknownTarget(`request ${input.requestId}`)
      Object.assign(target, { request_id: input.requestId })
      break
    }
    case 'system': {
      const register = await loadRegister(ctx, org)
      if (!register.systems.some((s) => s.key === input.systemKey))
        throw unknownTarget(`system ${input.systemKey}`)
      Object.assign(target, { system_key: input.systemKey })
      break
    }
    case 'collection': {
      const dataset = await findDataset(ctx.db, org.id, input.datasetKey)
      if (!dataset?.document.collections.some((c) => c.name === input.collection))
        throw unknownTarget(`collection ${input.datasetKey}/${input.collection}`)
      Object.assign(target, { dataset_key: input.datasetKey, collection: input.collection })
      break
    }
  }
  return inTransaction(ctx, async (tx) => {
    const row = await insertLegalHold(tx.db, {
      id: randomUUID(),
      organization_id: org.id,
      scope: input.scope,
      ...target,
      reason: input.reason,
      placed_by: actor.type === 'user' ? actor.id : null,
      placed_by_label: actor.label,
      ends_on: input.endsOn ?? null,
    })
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'legal_hold.placed',
      targetType: 'legal_hold',
      targetId: row.id,
      summary: { scope: row.scope, ...target, reason: row.reason, endsOn: row.ends_on },
    })
    return row
  })
}

export async function liftHold(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
): Promise<LegalHoldRow> {
  return inTransaction(ctx, async (tx) => {
    const existing = await findLegalHold(tx.db, org.id, id)
    if (!existing) throw new NotFound('legal_hold')
    if (existing.lifted_at) return existing
    const row = (await liftLegalHold(tx.db, org.id, id, actor.label)) as LegalHoldRow
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'legal_hold.lifted',
      targetType: 'legal_hold',
      targetId: id,
      summary: { scope: row.scope, reason: row.reason },
    })
    return row
  })
}

/**
 * The active legal holds an erasure must respect (holds win over erasure requests): a hold on the request, on its
 * subject, on one of the systems or on a collection of one of the datasets the erasure would change. An erasure that
 * is not for one request (an ad-hoc erasure, a client's contract end) cannot tell whose rows it reaches:
 * `personUnknown` makes every hold on a person or a request count.
 */
export async function holdsOverErasure(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  target: {
    requestId: string | null
    subjectId: string | null
    systems: string[]
    datasets: string[]
    personUnknown?: boolean
  },
  today: string,
): Promise<LegalHoldRow[]> {
  const holds = await listLegalHolds(ctx.db, organizationId, today)
  return holds.filter(
    (h) =>
      (target.personUnknown === true && (h.scope === 'request' || h.scope === 'subject')) ||
      (h.scope === 'request' && h.request_id !== null && h.request_id === target.requestId) ||
      (h.scope === 'subject' && h.subject_id !== null && h.subject_id === target.subjectId) ||
      (h.scope === 'system' && target.systems.includes(h.system_key ?? '')) ||
      (h.scope === 'collection' && target.datasets.includes(h.dataset_key ?? '')),
  )
}

/** What a hold list shows for a hold on a person or a request: the person's name, the request's reference. */
export interface HoldLabels {
  subjectName: string | null
  requestReference: string | null
}

/**
 * Names the people and requests the holds are on (a list of ids tells a privacy officer nothing): the person's name
 * from the subject index; the request's reference and the name of the person it is linked to.
 */
export async function holdLabels(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  holds: readonly LegalHoldRow[],
): Promise<Map<string, HoldLabels>> {
  const requestIds = holds.flatMap((h) => (h.scope === 'request' && h.request_id ? [h.request_id] : []))
  const requests = requestIds.length
    ? await ctx.db
        .selectFrom('requests')
        .select(['id', 'reference', 'subject_id'])
        .where('organization_id', '=', organizationId)
        .where('id', 'in', requestIds)
        .execute()
    : []
  const byRequest = new Map(requests.map((r) => [r.id, r]))
  const names = await subjectNamesOf(ctx, organizationId, [
    ...holds.flatMap((h) => (h.scope === 'subject' && h.subject_id ? [h.subject_id] : [])),
    ...requests.flatMap((r) => (r.subject_id ? [r.subject_id] : [])),
  ])
  const labels = new Map<string, HoldLabels>()
  for (const h of holds) {
    const request = h.request_id ? byRequest.get(h.request_id) : undefined
    const subjectId = h.scope === 'subject' ? h.subject_id : (request?.subject_id ?? null)
    labels.set(h.id, {
      subjectName: (subjectId && names.get(subjectId)) || null,
      requestReference: request?.reference ?? null,
    })
  }
  return labels
}
