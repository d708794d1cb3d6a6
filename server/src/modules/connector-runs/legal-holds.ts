import type { RunLegalHold } from '../../connectors/engine/legal-holds'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import { canSearchBy } from '../../domain/datasets/traversal'
import { Conflict } from '../../domain/errors'
import type { Dataset } from '../datasets'
import type { Organization } from '../organizations'
import { findRequest, type RequestRow } from '../requests'
import { holdsOverErasure } from '../retention'
import { searchIdentitiesOf } from '../subjects'
import { requestIdentities } from './identities'

/**
 * The legal holds an erasure keeps rows for (issue 16, decision 0053). Holds win over erasure, but only over the
 * rows they hold: a held system or collection keeps its rows; a held person or request keeps that person's rows,
 * found with their identities. Refused (409 legal_hold_active) when every row is the held person's (the request's
 * own subject or request is held), when a request's erasure would keep rows of a held collection (they could not be
 * found again once the person's own record is erased) or when Custos cannot tell which rows are the held person's
 * (no identity, or none of a kind the dataset is searched by) - never erased on a guess. A held whole system keeps
 * the person's own record there too: a request's erasure erases the rest (decision 0115).
 */
export async function legalHoldsForErasure(
  ctx: AppContext,
  org: Organization,
  request: RequestRow | undefined,
  datasets: readonly Dataset[],
  dryRun: boolean,
  /** What the run searches by: only a dataset it can search can lose rows. */
  searched: readonly SearchIdentity[],
): Promise<RunLegalHold[]> {
  const holds = await holdsOverErasure(
    ctx,
    org.id,
    {
      requestId: request?.id ?? null,
      subjectId: request?.subject_id ?? null,
      systems: datasets.map((d) => d.systemKey),
      datasets: datasets.map((d) => d.key),
      // Without a request (ad hoc, a client's contract end) the rows may be any held person's.
      personUnknown: !request,
    },
    toBrusselsDate(new Date()),
  )
  const own = holds.filter(
    (h) =>
      request &&
      ((h.scope === 'request' && h.request_id === request.id) ||
        (h.scope === 'subject' && h.subject_id !== null && h.subject_id === request.subject_id)),
  )
  if (own.length > 0 && !dryRun)
    throw new Conflict(
      'legal_hold_active',
      `A legal hold keeps this person's data: ${own.map((h) => h.reason).join('; ')}. Lift the hold first.`,
      { params: { holds: own.map((h) => h.id) } },
    )
  const resolved: RunLegalHold[] = []
  const unknown: typeof holds = []
  for (const h of holds) {
    const base = { id: h.id, scope: h.scope, reason: h.reason }
    if (h.scope === 'system') resolved.push({ ...base, systemKey: h.system_key })
    else if (h.scope === 'collection')
      resolved.push({ ...base, datasetKey: h.dataset_key, collection: h.collection })
    else {
      const identities =
        request && own.includes(h)
          ? await requestIdentities(ctx, request)
          : h.scope === 'subject' && h.subject_id
            ? await searchIdentitiesOf(ctx, org.id, h.subject_id)
            : h.scope === 'request' && h.request_id
              ? await heldRequestIdentities(ctx, org, h.request_id)
              : []
      // Another person's identities find nothing in a dataset the run erases in when none is of a kind (or system)
      // it is searched by: Custos cannot tell which rows there are theirs, as when the person has no identity at all.
      const blind =
        !own.includes(h) &&
        datasets.some((d) => canSearchBy(d.document, searched) && !canSearchBy(d.document, identities))
      if (identities.length === 0 || blind) unknown.push(h)
      else resolved.push({ ...base, identities })
    }
  }
  // A request's erasure that would keep rows of a held collection is refused whole (decision 0053): the rows kept
  // may hang below the person's own record in another collection, which the erasure masks or deletes. A hold on a
  // whole system keeps that record too, so the erasure goes ahead (decision 0115): the rest is erased, the system's
  // rows are kept untouched, recorded by key with the hold (decision 0090) and erased once it ends, and the answer
  // letter says so.
  const heldCollections = resolved.filter((h) => h.scope === 'collection')
  if (request && !dryRun && heldCollections.length > 0)
    throw new Conflict(
      'legal_hold_active',
      `A legal hold keeps data this erasure would reach: ${heldCollections.map((h) => h.reason).join('; ')}. Lift the hold first (a dry run shows what it keeps).`,
      { params: { holds: heldCollections.map((h) => h.id) } },
    )
  if (unknown.length > 0)
    throw new Conflict(
      'legal_hold_active',
      `A legal hold keeps a person's data, and Custos cannot tell which rows are theirs (no identity of a kind the data is searched by): ${unknown.map((h) => h.reason).join('; ')}. Add such an identity to the person in the subject index, or lift the hold.`,
      { params: { holds: unknown.map((h) => h.id) } },
    )
  return resolved
}

async function heldRequestIdentities(ctx: AppContext, org: Organization, requestId: string) {
  const held = await findRequest(ctx.db, org.id, requestId)
  return held ? requestIdentities(ctx, held) : []
}
