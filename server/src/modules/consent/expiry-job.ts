import { z } from 'zod'
import { systemActor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { defineJob } from '../../jobs/define-job'
import { appendConsentEvent } from './log'
import * as repo from './repository'

/**
 * Writes an `expired` record for every given consent past its end, so the chain proves when it ended and the
 * consent.expired webhooks tell the systems that act on it. The status already reads such a consent as expired
 * before this runs; a renewal after the end is a new given record. Returns how many expired.
 */
export async function expireConsents(ctx: AppContext, now = new Date(), limit = 5000): Promise<number> {
  const due = await repo.expiredGiven(ctx.db, now, limit)
  const actor = systemActor('consent expiry')
  await Promise.all(
    due.map((row) =>
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
        external_ref: null,
        actor_type: actor.type,
        actor_id: actor.id,
        actor_label: actor.label,
        text: null,
        actor,
      }),
    ),
  )
  return due.length
}

/** Hourly: closes the consents whose period ended. */
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
  },
})
