import type { AppContext } from '../../context'
import { Conflict, NotFound } from '../../domain/errors'
import { PERSON_ERASED } from './erasure'
import { type PropagationView, propagationsOf, runPropagation } from './propagation'
import { sendPropagations } from './propagation-jobs'

/**
 * "Retry now" for a withdrawal call that failed or waits for its next automatic retry: the call is made at once.
 * A failed call starts a new round (attempts from 0, MAX_ATTEMPTS calls, retried with backoff by the queue); a
 * waiting one is made now and keeps its queued retry (which does nothing once the call is done). A call that is
 * done, or that cannot be made because no identity of the kind the system needs is known, is refused (409
 * not_failed, params.status `done`, `no_identity` or `person_erased`, so that the page words it in the user's language). Answers the propagation as it is after the call.
 */
export async function retryPropagation(
  ctx: AppContext,
  organizationId: string,
  propagationId: string,
): Promise<PropagationView> {
  const row = await ctx.db
    .selectFrom('consent_propagations')
    .select(['id', 'consent_event_id', 'status', 'identity_encrypted', 'subject_erased_at', 'last_error'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', propagationId)
    .executeTakeFirst()
  if (!row) throw new NotFound('consent_propagation')
  if (row.status === 'done')
    throw new Conflict('not_failed', 'This system was told of the withdrawal already.', {
      params: { status: 'done' },
    })
  if (
    row.identity_encrypted === null &&
    (row.subject_erased_at !== null || row.last_error?.startsWith(PERSON_ERASED))
  )
    throw new Conflict(
      'not_failed',
      'The person was erased from the subject index, and the address this call needed with them: it cannot be made again.',
      { params: { status: 'person_erased' } },
    )
  if (row.identity_encrypted === null)
    throw new Conflict(
      'not_failed',
      'No identity of the kind this system needs is known for this person: the call cannot be made. Add it to the subject index and record the withdrawal again.',
      { params: { status: 'no_identity' } },
    )
  if (row.status === 'failed') {
    await ctx.db
      .updateTable('consent_propagations')
      .set({ status: 'pending', attempts: 0, finished_at: null, updated_at: new Date() })
      .where('id', '=', row.id)
      .where('status', '=', 'failed')
      .execute()
    const retryAfter: { seconds?: number } = {}
    const outcome = await runPropagation(ctx, row.id, { retryAfter })
    if (outcome === 'retry') await sendPropagations(ctx, [row.id], retryAfter.seconds)
  } else {
    await runPropagation(ctx, row.id)
  }
  const views = await propagationsOf(ctx.db, organizationId, [row.consent_event_id])
  const view = views.get(row.consent_event_id)?.find((p) => p.id === row.id)
  if (!view) throw new NotFound('consent_propagation')
  return view
}
