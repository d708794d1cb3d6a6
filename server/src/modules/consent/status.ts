import type { AppContext } from '../../context'
import { type ConsentState, effectiveState, renewalDue } from './model'
import * as repo from './repository'
import { type ConsentPerson, consentSubjectOf } from './subject'

/** Which person's status to read: by identity or anonymous id, in one organisation. */
export type ConsentStatusQuery = { organizationId: string } & ConsentPerson

export interface PurposeStatus {
  purpose: string
  state: ConsentState
  occurredAt: Date
  expiresAt: Date | null
  renewalDue: boolean
  textHash: string | null
  eventId: string
}

export interface ConsentStatusView {
  identityKind: string
  identityMasked: string
  purposes: PurposeStatus[]
}

/** The current consent of one person per purpose (only the purposes they ever chose for). One indexed read. */
export async function consentStatus(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  query: ConsentStatusQuery,
  now = new Date(),
): Promise<ConsentStatusView> {
  const subject = consentSubjectOf(ctx.encryption, query)
  const rows = await repo.statusOf(ctx.db, query.organizationId, [subject.subjectKey])
  return {
    identityKind: subject.kind,
    identityMasked: subject.masked,
    purposes: rows.map((r) => presentStatusRow(r, now)),
  }
}

export function presentStatusRow(
  r: {
    purpose: string
    state: string
    occurred_at: Date
    expires_at: Date | null
    text_hash: string | null
    event_id: string
  },
  now: Date,
): PurposeStatus {
  const state = effectiveState(r.state, r.expires_at, now)
  return {
    purpose: r.purpose,
    state,
    occurredAt: r.occurred_at,
    expiresAt: r.expires_at,
    renewalDue: renewalDue(state, r.expires_at, now),
    textHash: r.text_hash,
    eventId: r.event_id,
  }
}
