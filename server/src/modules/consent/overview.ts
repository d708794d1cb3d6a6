import { sql } from 'kysely'
import { auditKeysOf } from '../../audit/key'
import type { AppContext } from '../../context'
import type { Language } from '../../domain/register/localized'
import { consentChainKey, RENEWAL_WINDOW_DAYS } from './model'
import { type ConsentEventView, consentProofByKeys, presentEventRow, withPropagations } from './proof'
import { consentPurposesOf } from './purposes'
import * as repo from './repository'
import { type ConsentPerson, consentSubjectOf } from './service'

/** How many persons are in each state for one purpose now (a given consent past its end counts as expired). */
export interface PurposeCounts {
  given: number
  refused: number
  withdrawn: number
  expired: number
  /** Given, and ending within the renewal window (30 days). */
  renewalDue: number
}

export interface ConsentPurposeOverview {
  key: string
  label: string
  activities: string[]
  offeredToChildren: boolean
  /** False for a purpose that has records but is no longer a consent purpose of the register. */
  inRegister: boolean
  counts: PurposeCounts
}

export interface ConsentOverview {
  purposes: ConsentPurposeOverview[]
  /** The number of records in the organisation's chain (its head). */
  chainLength: number
  recent: ConsentEventView[]
}

const ZERO: PurposeCounts = { given: 0, refused: 0, withdrawn: 0, expired: 0, renewalDue: 0 }

/**
 * The consent page's overview: per consent purpose of the register (and per purpose with records that left the
 * register) how many persons have given, refused, withdrawn or let expire their consent now, the length of the
 * chain and its latest records. Counts are read from the current status (one row per person and purpose).
 */
export async function consentOverview(
  ctx: AppContext,
  organizationId: string,
  options: { language: Language; recent: number },
  now = new Date(),
): Promise<ConsentOverview> {
  const soon = new Date(now.getTime() + RENEWAL_WINDOW_DAYS * 86_400_000)
  const [purposes, counts, head, recent] = await Promise.all([
    consentPurposesOf(ctx, organizationId, { fresh: true }),
    sql<{
      purpose: string
      given: string | number
      refused: string | number
      withdrawn: string | number
      expired: string | number
      renewal_due: string | number
    }>`
      select purpose,
        count(*) filter (where state = 'given' and (expires_at is null or expires_at > ${now})) as given,
        count(*) filter (where state = 'refused') as refused,
        count(*) filter (where state = 'withdrawn') as withdrawn,
        count(*) filter (where state = 'expired' or (state = 'given' and expires_at <= ${now})) as expired,
        count(*) filter (where state = 'given' and expires_at > ${now} and expires_at <= ${soon}) as renewal_due
      from consent_status
      where organization_id = ${organizationId}
      group by purpose
    `.execute(ctx.db),
    repo.chainHead(ctx.db, organizationId),
    repo.recentEvents(ctx.db, organizationId, options.recent),
  ])
  const byPurpose = new Map(
    counts.rows.map((r) => [
      r.purpose,
      {
        given: Number(r.given),
        refused: Number(r.refused),
        withdrawn: Number(r.withdrawn),
        expired: Number(r.expired),
        renewalDue: Number(r.renewal_due),
      },
    ]),
  )
  const listed: ConsentPurposeOverview[] = [...purposes.values()].map((p) => ({
    key: p.key,
    label: p.labelIn(options.language),
    activities: p.activities,
    offeredToChildren: p.offeredToChildren,
    inRegister: true,
    counts: byPurpose.get(p.key) ?? ZERO,
  }))
  const gone: ConsentPurposeOverview[] = [...byPurpose.entries()]
    .filter(([key]) => !purposes.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, c]) => ({
      key,
      label: key,
      activities: [],
      offeredToChildren: false,
      inRegister: false,
      counts: c,
    }))
  const key = consentChainKey(auditKeysOf(ctx.db).chain)
  return {
    purposes: [...listed, ...gone],
    chainLength: head ? Number(head.seq) : 0,
    recent: await withPropagations(
      ctx.db,
      organizationId,
      recent.map((row) => presentEventRow(row, key)),
    ),
  }
}

/**
 * The consent proof of one person looked up by an identity or an anonymous consent id. When the identity belongs
 * to a subject of the index, the proof covers every identity of that subject (the same person recorded under
 * their phone number and their e-mail address).
 */
export async function consentProofOfPerson(ctx: AppContext, organizationId: string, person: ConsentPerson) {
  const subject = consentSubjectOf(ctx.encryption, person)
  const match =
    'identity' in person
      ? await repo.subjectOfLookupKey(ctx.db, organizationId, subject.subjectKey)
      : undefined
  if (match) {
    const identities = await repo.lookupKeysOfSubject(ctx.db, organizationId, match.subject_id)
    const keys = identities.map((i) => ({ subjectKey: i.lookup_key, kind: i.kind, masked: i.value_masked }))
    return { subjectId: match.subject_id, proof: await consentProofByKeys(ctx, organizationId, keys) }
  }
  return { subjectId: null, proof: await consentProofByKeys(ctx, organizationId, [subject]) }
}
