import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { Conflict, NotFound } from '../../domain/errors'
import { planSearch } from '../../domain/subjects/identity'
import { forgetConsentIdentitiesOfSubject } from '../consent'
import type { Organization } from '../organizations'
import { changeSubject, changeSubjectInTransaction } from './change'
import { newEvent } from './events'
import { assertIdentitiesFree, normaliseAll, translateRace, withoutRepeats } from './identity-checks'
import { nameSearchOf } from './name-seal'
import {
  auditedIdentity,
  lookupKeyOf,
  presentEvent,
  presentIdentity,
  presentRelationship,
  presentSubjectBase,
  sealIdentity,
} from './presenter'
import { newRelationship } from './relationships'
import * as repo from './repository'
import type { CreateSubjectInput } from './schemas'

/** The subject itself: list, read, create, update and erase. Its parts live in identities, relationships, events. */

export async function listSubjectsPage(
  ctx: AppContext,
  org: Organization,
  query: { q?: string | undefined; limit: number; offset: number },
) {
  let filter: repo.SubjectFilter = { organizationId: org.id, lookupKeys: [], name: null }
  let interpretedAs: string[] = []
  if (query.q !== undefined && query.q.trim() !== '') {
    const systems = await repo.listIdentitySystems(ctx.db, org.id)
    const plan = planSearch(query.q, systems)
    filter = {
      organizationId: org.id,
      lookupKeys: plan.candidates.map((c) => lookupKeyOf(ctx.encryption, c)),
      name: plan.namePrefix === null ? null : nameSearchOf(ctx.encryption, org.id, plan.namePrefix),
    }
    interpretedAs = plan.interpretedAs
    // A query that reads as nothing searchable matches nothing (rather than everything).
    if (filter.lookupKeys.length === 0 && filter.name === null) {
      return {
        items: [],
        total: 0,
        totalCapped: false,
        limit: query.limit,
        offset: query.offset,
        interpretedAs,
      }
    }
  }
  const { subjects, ...total } = await repo.searchSubjects(ctx.db, ctx.encryption, filter, query)
  const identities = await repo.listIdentitiesOf(
    ctx.db,
    org.id,
    subjects.map((s) => s.id),
  )
  // One Brussels date for the page (an age is told from it): formatting it costs more than decrypting a value.
  const today = toBrusselsDate(new Date())
  return {
    items: subjects.map((subject) => ({
      ...presentSubjectBase(subject),
      identities: identities
        .filter((i) => i.subjectId === subject.id)
        .map((i) => presentIdentity(ctx.encryption, i, today)),
    })),
    total: total.count,
    totalCapped: total.capped,
    limit: query.limit,
    offset: query.offset,
    interpretedAs,
  }
}

export async function getSubject(ctx: AppContext, org: Organization, id: string) {
  const subject = await repo.findSubject(ctx.db, ctx.encryption, org.id, id)
  if (!subject) throw new NotFound('subject')
  const identities = await repo.listIdentitiesOf(ctx.db, org.id, [id])
  const relationships = await repo.listRelationshipsOf(ctx.db, org.id, [id])
  const events = await repo.listEventsOf(ctx.db, org.id, [id])
  return {
    ...presentSubjectBase(subject),
    identities: identities.map((i) => presentIdentity(ctx.encryption, i)),
    relationships: relationships.map(presentRelationship),
    events: events.map(presentEvent),
  }
}

export async function createSubject(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: CreateSubjectInput,
) {
  const pathOf = (index: number) => `body.identities.${index}`
  const identities = normaliseAll(input.identities, pathOf)
  const id = randomUUID()
  await translateRace(
    () =>
      inTransaction(ctx, async (ctx) => {
        await assertIdentitiesFree(ctx, org.id, identities, pathOf, null)
        const unique = withoutRepeats(identities)
        await repo.insertSubjects(ctx.db, ctx.encryption, [
          { id, organizationId: org.id, displayName: input.name, language: input.language ?? null },
        ])
        await repo.insertIdentities(
          ctx.db,
          unique.map((i) => sealIdentity(ctx.encryption, org.id, id, i)),
        )
        const relationships = input.relationships.map((r) => newRelationship(org, id, r))
        await repo.insertRelationships(ctx.db, relationships)
        const events = input.events.map((e) => newEvent(org, id, e))
        await repo.insertEvents(ctx.db, events)
        await recordAudit(ctx.db, actor, {
          organizationId: org.id,
          action: 'subject.created',
          targetType: 'subject',
          targetId: id,
          summary: {
            language: input.language ?? null,
            identities: unique.map(auditedIdentity),
            relationships: relationships.map((r) => r.relationship),
            events: events.map((e) => e.kind),
          },
        })
      }),
    'body.identities',
  )
  return getSubject(ctx, org, id)
}

export async function updateSubject(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: { name?: string | undefined; language?: Language | null | undefined },
) {
  await changeSubject(ctx, actor, org, id, async (ctx, subject) => {
    const changed: string[] = []
    if (input.name !== undefined && input.name !== subject.name) changed.push('name')
    if (input.language !== undefined && input.language !== subject.language) changed.push('language')
    if (changed.length === 0) return null
    await repo.updateSubject(ctx.db, ctx.encryption, org.id, id, {
      ...(changed.includes('name') && input.name !== undefined ? { displayName: input.name } : {}),
      ...(changed.includes('language') && input.language !== undefined ? { language: input.language } : {}),
    })
    return {
      action: 'subject.updated',
      // The name is personal data and the audit log outlives an erasure: only which fields changed.
      summary: {
        changedFields: changed,
        ...(changed.includes('language') ? { language: input.language } : {}),
      },
      result: undefined,
    }
  })
  return getSubject(ctx, org, id)
}

/**
 * Erases the subject from the index: the subject, its identities, relationships and events, and the identity a
 * running consent of theirs keeps (encrypted) for its expiry's call. Requests that
 * referred to it keep their own record (their link is cleared by the database). The audit event keeps only
 * counts and masked identities. Refused (409 legal_hold_active, the holds' ids in params) while a legal hold is in
 * force on the person or on one of their requests: the hold would be deleted with them, or left with no one to
 * find; it must be lifted first.
 */
export async function eraseSubject(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  await changeSubject(ctx, actor, org, id, (ctx) => erasure(ctx, org, id, toBrusselsDate(new Date())))
}

/**
 * The same erasure inside the caller's transaction, for a retention sweep that records its progress in it (issue
 * 16 item 4, decision 0085): the same refusal under a legal hold in force on `today` (409 legal_hold_active),
 * the same audit event.
 */
export async function eraseSubjectInTransaction(
  ctx: TxContext,
  actor: Actor,
  org: Organization,
  id: string,
  today: string,
): Promise<void> {
  await changeSubjectInTransaction(ctx, actor, org, id, (ctx) => erasure(ctx, org, id, today))
}

async function erasure(ctx: TxContext, org: Organization, id: string, today: string) {
  const holds = await repo.activeHoldsOnSubject(ctx.db, org.id, id, today)
  if (holds.length > 0)
    throw new Conflict(
      'legal_hold_active',
      `A legal hold keeps this person's data: ${holds.map((h) => h.reason).join('; ')}. Lift the hold first.`,
      { params: { holds: holds.map((h) => h.id) } },
    )
  const identities = await repo.listIdentitiesOf(ctx.db, org.id, [id])
  const relationships = await repo.listRelationshipsOf(ctx.db, org.id, [id])
  const events = await repo.listEventsOf(ctx.db, org.id, [id])
  const requests = await repo.countRequestsOf(ctx.db, org.id, id)
  // The addresses consent kept for the person's calls: erased with them, but a pending call's (see the function).
  const consent = await forgetConsentIdentitiesOfSubject(ctx.db, org.id, id)
  await repo.deleteSubject(ctx.db, org.id, id)
  return {
    action: 'subject.erased' as const,
    summary: {
      identities: identities.map((i) =>
        auditedIdentity({ kind: i.kind, systemKey: i.systemKey, masked: i.valueMasked }),
      ),
      relationships: relationships.length,
      events: events.length,
      requestsUnlinked: requests,
      ...consent,
    },
    result: undefined,
  }
}
