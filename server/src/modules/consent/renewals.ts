import type { AppContext } from '../../context'

/** A person's consent for a purpose that is given and not expired: when it was given, until when it runs. */
export interface GivenConsent {
  occurredAt: Date
  expiresAt: Date | null
}

/**
 * The valid consent of people of the subject index for one purpose (retention's renewal by consent, issue 16): per
 * subject, the latest consent given with any of their identities that is still given (not withdrawn, not refused)
 * and not expired at `now`. People without such a consent are absent. One indexed read per call.
 */
export async function givenConsentsOfSubjects(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  purpose: string,
  subjectIds: readonly string[],
  now: Date,
): Promise<Map<string, GivenConsent>> {
  const given = new Map<string, GivenConsent>()
  if (subjectIds.length === 0) return given
  const rows = await ctx.db
    .selectFrom('subject_identities as i')
    .innerJoin('consent_status as c', (join) =>
      join.onRef('c.organization_id', '=', 'i.organization_id').onRef('c.subject_key', '=', 'i.lookup_key'),
    )
    .select(['i.subject_id', 'c.occurred_at', 'c.expires_at'])
    .where('i.organization_id', '=', organizationId)
    .where('i.subject_id', 'in', [...subjectIds])
    .where('c.purpose', '=', purpose)
    .where('c.state', '=', 'given')
    .where((eb) => eb.or([eb('c.expires_at', 'is', null), eb('c.expires_at', '>', now)]))
    .execute()
  for (const row of rows) {
    const occurredAt = new Date(row.occurred_at)
    const current = given.get(row.subject_id)
    if (current && current.occurredAt.getTime() >= occurredAt.getTime()) continue
    given.set(row.subject_id, { occurredAt, expiresAt: row.expires_at ? new Date(row.expires_at) : null })
  }
  return given
}
