import { z } from 'zod'
import { systemActor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { defineJob } from '../../jobs/define-job'
import { appendConsentEvent } from './log'
import { consentStatusIdentityContext } from './model'
import { expireParentalRequests } from './parental'
import { datasetsForPropagation, type PropagationDatasets, propagationDrafts } from './propagation'
import { sendPropagations } from './propagation-jobs'
import * as repo from './repository'

/**
 * Writes an `expired` record for every given consent past its end, so the chain proves when it ended, and passes
 * it on like a withdrawal: the consent.expired webhooks, and the `consentWithdrawal` call of every HTTP dataset
 * that acts on the purpose (a job per call, retried, its status shown with the record). Once only: the record
 * turns the status to expired, so the next run no longer finds it. The status already reads such a consent as
 * expired before this runs; a renewal after the end is a new given record. Returns how many expired.
 */
export async function expireConsents(ctx: AppContext, now = new Date(), limit = 5000): Promise<number> {
  const due = await repo.expiredGiven(ctx.db, now, limit)
  const actor = systemActor('consent expiry')
  const datasets = new Map<string, Promise<PropagationDatasets>>()
  const datasetsOf = (organizationId: string) => {
    let list = datasets.get(organizationId)
    if (!list) {
      list = datasetsForPropagation(ctx, organizationId)
      datasets.set(organizationId, list)
    }
    return list
  }
  const stored = await Promise.all(
    due.map(async (row) =>
      appendConsentEvent(ctx.db, {
        organization_id: row.organization_id,
        subject_key: row.subject_key,
        identity_kind: row.identity_kind,
        identity_masked: row.identity_masked,
        purpose: row.purpose,
        state: 'expired',
        text_hash: row.text_hash,
        // Nobody was shown anything: the language of the text given, as far as it matters, is the record's own.
        language: 'en',
        channel: 'system',
        method: 'expiry',
        // The moment it ended, so that a choice made after the end stays the later one.
        occurred_at: row.expires_at ?? now,
        recorded_at: now,
        expires_at: null,
        source: 'custos',
        ip: null,
        user_agent: null,
        evidence: null,
        external_ref: row.external_ref,
        actor_type: actor.type,
        actor_id: actor.id,
        actor_label: actor.label,
        text: null,
        actor,
        propagations: await propagationDrafts(
          ctx,
          row.organization_id,
          row.purpose,
          {
            subjectKey: row.subject_key,
            kind: row.identity_kind,
            // The identity it was given under, kept for this; else the subject index is asked.
            value: row.identity_encrypted
              ? ctx.encryption.decrypt(
                  row.identity_encrypted,
                  consentStatusIdentityContext(row.subject_key, row.purpose),
                )
              : undefined,
          },
          await datasetsOf(row.organization_id),
        ),
      }),
    ),
  )
  // After the commit, as for a withdrawal: a crash before this leaves them pending for the sweep job.
  await sendPropagations(
    ctx,
    stored.flatMap((s) => s.pendingPropagations),
  )
  return due.length
}

/** Hourly: closes the consents whose period ended, and the parents' confirmations whose link ended unanswered. */
export const expireConsentsJob = defineJob({
  name: 'consent.expire',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 300,
  retryBackoff: true,
  policy: 'short',
  cron: '17 * * * *',
  async run(_data, ctx) {
    const expired = await expireConsents(ctx)
    if (expired > 0) ctx.logger.info({ expired }, 'Consents expired')
    const unanswered = await expireParentalRequests(ctx)
    if (unanswered > 0) ctx.logger.info({ unanswered }, 'Parental confirmations expired unanswered')
  },
})
