import { randomUUID } from 'node:crypto'
import type { Transaction } from 'kysely'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import type { AppContext } from '../../context'
import type { DB, Language, OrganizationRow } from '../../db/schema'
import { type NormalisedIdentity, normaliseIdentity, planSearch } from '../../domain/subjects/identity'
import { conflict, type FieldError, invalid, notFound } from '../../http/problem'
import { nameSearchKey, openSubjectName } from './name-seal'
import {
  auditedIdentity,
  lookupKeyOf,
  presentEvent,
  presentIdentity,
  presentRelationship,
  presentSubjectBase,
  sealIdentity,
} from './presenter'
import * as repo from './repository'
import type { CreateSubjectInput } from './schemas'

type IdentityInput = CreateSubjectInput['identities'][number]
type RelationshipInput = CreateSubjectInput['relationships'][number]
type EventInput = CreateSubjectInput['events'][number]

/** PostgreSQL unique_violation: two writers raced for the same identity. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
}

async function translateRace<T>(work: () => Promise<T>, path: string): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('This identity was recorded for a subject at the same moment.', [
        { path, message: 'Already recorded in this organisation' },
      ])
    }
    throw error
  }
}

/** Validates identities from a request body; every problem names its field (e.g. body.identities.0.value). */
function normaliseAll(inputs: IdentityInput[], pathOf: (index: number) => string): NormalisedIdentity[] {
  const errors: FieldError[] = []
  const out: NormalisedIdentity[] = []
  inputs.forEach((input, index) => {
    const result = normaliseIdentity(input)
    if (result.ok) out.push(result.value)
    else
      for (const p of result.problems)
        errors.push({ path: `${pathOf(index)}.${p.field}`, message: p.message })
  })
  if (errors.length > 0) throw invalid(errors)
  return out
}

/** Refuses identities another subject (or this one) already has: 409 naming each field. */
async function assertIdentitiesFree(
  ctx: AppContext,
  trx: Transaction<DB>,
  organizationId: string,
  identities: NormalisedIdentity[],
  pathOf: (index: number) => string,
  subjectId: string | null,
) {
  const keys = identities.map((i) => lookupKeyOf(ctx.encryption, i))
  const taken = await repo.findIdentitiesByLookup(trx, organizationId, keys)
  if (taken.length === 0) return
  const owner = new Map(taken.map((t) => [t.lookup_key, t.subject_id]))
  const errors: FieldError[] = []
  keys.forEach((key, index) => {
    const holder = owner.get(key)
    if (holder === undefined) return
    errors.push({
      path: `${pathOf(index)}.value`,
      message:
        holder === subjectId
          ? 'This subject has this identity already'
          : `Already recorded for another subject (${holder})`,
    })
  })
  throw conflict('An identity is already recorded in this organisation.', errors)
}

/** Keeps the first of identities that are the same person-identifier (same kind, system and value). */
function withoutRepeats(identities: NormalisedIdentity[]): NormalisedIdentity[] {
  const seen = new Set<string>()
  return identities.filter((i) => {
    const id = `${i.kind}\u0000${i.systemKey}\u0000${i.lookupValue}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

async function requireSubject(trx: Transaction<DB>, org: OrganizationRow, id: string) {
  const subject = await repo.lockSubject(trx, org.id, id)
  if (!subject) throw notFound('Subject')
  return subject
}

function newRelationship(
  org: OrganizationRow,
  subjectId: string,
  r: RelationshipInput,
): repo.NewRelationship {
  return {
    id: randomUUID(),
    organizationId: org.id,
    subjectId,
    relationship: r.relationship,
    startedOn: r.startedOn ?? null,
    endedOn: r.endedOn ?? null,
    note: r.note ?? null,
  }
}

function newEvent(org: OrganizationRow, subjectId: string, e: EventInput): repo.NewEvent {
  return {
    id: randomUUID(),
    organizationId: org.id,
    subjectId,
    kind: e.kind,
    occurredOn: e.occurredOn,
    note: e.note ?? null,
  }
}

export async function listSubjectsPage(
  ctx: AppContext,
  org: OrganizationRow,
  query: { q?: string | undefined; limit: number; offset: number },
) {
  let filter: repo.SubjectFilter = { organizationId: org.id, lookupKeys: [], nameKey: null }
  let interpretedAs: string[] = []
  if (query.q !== undefined && query.q.trim() !== '') {
    const systems = await repo.listIdentitySystems(ctx.db, org.id)
    const plan = planSearch(
      query.q,
      systems.map((s) => ({ kind: s.kind, systemKey: s.system_key })),
    )
    filter = {
      organizationId: org.id,
      lookupKeys: plan.candidates.map((c) => lookupKeyOf(ctx.encryption, c)),
      nameKey: plan.namePrefix === null ? null : nameSearchKey(ctx.encryption, plan.namePrefix),
    }
    interpretedAs = plan.interpretedAs
    // A query that reads as nothing searchable matches nothing (rather than everything).
    if (filter.lookupKeys.length === 0 && filter.nameKey === null) {
      return { items: [], total: 0, limit: query.limit, offset: query.offset, interpretedAs }
    }
  }
  const rows = await repo.listSubjects(ctx.db, filter, query)
  const total = await repo.countSubjects(ctx.db, filter)
  const identities = await repo.listIdentitiesOf(
    ctx.db,
    org.id,
    rows.map((r) => r.id),
  )
  return {
    items: rows.map((row) => ({
      ...presentSubjectBase(ctx.encryption, row),
      identities: identities
        .filter((i) => i.subject_id === row.id)
        .map((i) => presentIdentity(ctx.encryption, i)),
    })),
    total,
    limit: query.limit,
    offset: query.offset,
    interpretedAs,
  }
}

export async function getSubject(ctx: AppContext, org: OrganizationRow, id: string) {
  const row = await repo.findSubject(ctx.db, org.id, id)
  if (!row) throw notFound('Subject')
  const identities = await repo.listIdentitiesOf(ctx.db, org.id, [id])
  const relationships = await repo.listRelationshipsOf(ctx.db, org.id, [id])
  const events = await repo.listEventsOf(ctx.db, org.id, [id])
  return {
    ...presentSubjectBase(ctx.encryption, row),
    identities: identities.map((i) => presentIdentity(ctx.encryption, i)),
    relationships: relationships.map(presentRelationship),
    events: events.map(presentEvent),
  }
}

export async function createSubject(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  input: CreateSubjectInput,
) {
  const pathOf = (index: number) => `body.identities.${index}`
  const identities = normaliseAll(input.identities, pathOf)
  const id = randomUUID()
  await translateRace(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        await assertIdentitiesFree(ctx, trx, org.id, identities, pathOf, null)
        const unique = withoutRepeats(identities)
        await repo.insertSubjects(trx, ctx.encryption, [
          { id, organizationId: org.id, displayName: input.name, language: input.language ?? null },
        ])
        await repo.insertIdentities(
          trx,
          unique.map((i) => sealIdentity(ctx.encryption, org.id, id, i)),
        )
        const relationships = input.relationships.map((r) => newRelationship(org, id, r))
        await repo.insertRelationships(trx, relationships)
        const events = input.events.map((e) => newEvent(org, id, e))
        await repo.insertEvents(trx, events)
        await recordAudit(trx, actor, {
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
  org: OrganizationRow,
  id: string,
  input: { name?: string | undefined; language?: Language | null | undefined },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const subject = await requireSubject(trx, org, id)
    const changed: string[] = []
    if (input.name !== undefined && input.name !== openSubjectName(ctx.encryption, subject))
      changed.push('name')
    if (input.language !== undefined && input.language !== subject.preferred_language)
      changed.push('language')
    if (changed.length === 0) return
    await repo.updateSubject(trx, ctx.encryption, org.id, id, {
      ...(changed.includes('name') && input.name !== undefined ? { displayName: input.name } : {}),
      ...(changed.includes('language') && input.language !== undefined ? { language: input.language } : {}),
    })
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'subject.updated',
      targetType: 'subject',
      targetId: id,
      // The name is personal data and the audit log outlives an erasure: only which fields changed.
      summary: {
        changedFields: changed,
        ...(changed.includes('language') ? { language: input.language } : {}),
      },
    })
  })
  return getSubject(ctx, org, id)
}

export async function addIdentity(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  input: IdentityInput,
) {
  const pathOf = () => 'body'
  const [identity] = normaliseAll([input], pathOf)
  if (!identity) throw invalid([{ path: 'body', message: 'Required' }])
  const sealed = await translateRace(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        await requireSubject(trx, org, subjectId)
        await assertIdentitiesFree(ctx, trx, org.id, [identity], pathOf, subjectId)
        const row = sealIdentity(ctx.encryption, org.id, subjectId, identity)
        await repo.insertIdentities(trx, [row])
        await repo.touchSubjects(trx, org.id, [subjectId])
        await recordAudit(trx, actor, {
          organizationId: org.id,
          action: 'subject.identity_added',
          targetType: 'subject',
          targetId: subjectId,
          summary: { identityId: row.id, ...auditedIdentity(identity) },
        })
        return row
      }),
    'body.value',
  )
  return presentIdentity(ctx.encryption, {
    id: sealed.id,
    kind: sealed.kind,
    system_key: sealed.systemKey,
    value_encrypted: sealed.valueEncrypted,
    value_masked: sealed.valueMasked,
    created_at: new Date(),
  })
}

export async function removeIdentity(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  identityId: string,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await requireSubject(trx, org, subjectId)
    const identity = await repo.findIdentity(trx, org.id, subjectId, identityId)
    if (!identity) throw notFound('Identity')
    await repo.deleteIdentity(trx, org.id, identityId)
    await repo.touchSubjects(trx, org.id, [subjectId])
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'subject.identity_removed',
      targetType: 'subject',
      targetId: subjectId,
      summary: {
        identityId,
        ...auditedIdentity({
          kind: identity.kind,
          systemKey: identity.system_key,
          masked: identity.value_masked,
        }),
      },
    })
  })
}

export async function addRelationship(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  input: RelationshipInput,
) {
  const row = newRelationship(org, subjectId, input)
  await ctx.db.transaction().execute(async (trx) => {
    await requireSubject(trx, org, subjectId)
    await repo.insertRelationships(trx, [row])
    await repo.touchSubjects(trx, org.id, [subjectId])
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'subject.relationship_added',
      targetType: 'subject',
      targetId: subjectId,
      summary: {
        relationshipId: row.id,
        relationship: row.relationship,
        startedOn: row.startedOn,
        endedOn: row.endedOn,
      },
    })
  })
  return presentRelationship({
    id: row.id,
    relationship: row.relationship,
    started_on: row.startedOn,
    ended_on: row.endedOn,
    note: row.note,
    created_at: new Date(),
  })
}

export async function changeRelationship(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  relationshipId: string,
  input: {
    startedOn?: string | null | undefined
    endedOn?: string | null | undefined
    note?: string | null | undefined
  },
) {
  return ctx.db.transaction().execute(async (trx) => {
    await requireSubject(trx, org, subjectId)
    const existing = await repo.findRelationship(trx, org.id, subjectId, relationshipId)
    if (!existing) throw notFound('Relationship')
    const startedOn = input.startedOn === undefined ? existing.started_on : input.startedOn
    const endedOn = input.endedOn === undefined ? existing.ended_on : input.endedOn
    if (startedOn && endedOn && endedOn < startedOn) {
      throw invalid([{ path: 'body.endedOn', message: 'The end date is before the start date' }])
    }
    const changes = {
      ...(input.startedOn === undefined ? {} : { startedOn: input.startedOn }),
      ...(input.endedOn === undefined ? {} : { endedOn: input.endedOn }),
      ...(input.note === undefined ? {} : { note: input.note }),
    }
    await repo.updateRelationship(trx, org.id, relationshipId, changes)
    await repo.touchSubjects(trx, org.id, [subjectId])
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'subject.relationship_updated',
      targetType: 'subject',
      targetId: subjectId,
      summary: {
        relationshipId,
        relationship: existing.relationship,
        changedFields: Object.keys(changes),
        startedOn,
        endedOn,
      },
    })
    return presentRelationship({
      ...existing,
      started_on: startedOn,
      ended_on: endedOn,
      note: input.note === undefined ? existing.note : input.note,
    })
  })
}

export async function removeRelationship(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  relationshipId: string,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await requireSubject(trx, org, subjectId)
    const existing = await repo.findRelationship(trx, org.id, subjectId, relationshipId)
    if (!existing) throw notFound('Relationship')
    await repo.deleteRelationship(trx, org.id, relationshipId)
    await repo.touchSubjects(trx, org.id, [subjectId])
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'subject.relationship_removed',
      targetType: 'subject',
      targetId: subjectId,
      summary: {
        relationshipId,
        relationship: existing.relationship,
        startedOn: existing.started_on,
        endedOn: existing.ended_on,
      },
    })
  })
}

export async function addEvent(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  input: EventInput,
) {
  const row = newEvent(org, subjectId, input)
  await ctx.db.transaction().execute(async (trx) => {
    await requireSubject(trx, org, subjectId)
    await repo.insertEvents(trx, [row])
    await repo.touchSubjects(trx, org.id, [subjectId])
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'subject.event_added',
      targetType: 'subject',
      targetId: subjectId,
      summary: { eventId: row.id, kind: row.kind, occurredOn: row.occurredOn },
    })
  })
  return presentEvent({
    id: row.id,
    kind: row.kind,
    occurred_on: row.occurredOn,
    note: row.note,
    created_at: new Date(),
  })
}

export async function removeEvent(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  eventId: string,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await requireSubject(trx, org, subjectId)
    const existing = await repo.findEvent(trx, org.id, subjectId, eventId)
    if (!existing) throw notFound('Event')
    await repo.deleteEvent(trx, org.id, eventId)
    await repo.touchSubjects(trx, org.id, [subjectId])
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'subject.event_removed',
      targetType: 'subject',
      targetId: subjectId,
      summary: { eventId, kind: existing.kind, occurredOn: existing.occurred_on },
    })
  })
}

/**
 * Erases the subject from the index: the subject, its identities, relationships and events. Requests that
 * referred to it keep their own record (their link is cleared by the database). The audit event keeps only
 * counts and masked identities.
 */
export async function eraseSubject(ctx: AppContext, actor: Actor, org: OrganizationRow, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await requireSubject(trx, org, id)
    const identities = await repo.listIdentitiesOf(trx, org.id, [id])
    const relationships = await repo.listRelationshipsOf(trx, org.id, [id])
    const events = await repo.listEventsOf(trx, org.id, [id])
    const requests = await repo.countRequestsOf(trx, org.id, id)
    await repo.deleteSubject(trx, org.id, id)
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'subject.erased',
      targetType: 'subject',
      targetId: id,
      summary: {
        identities: identities.map((i) =>
          auditedIdentity({ kind: i.kind, systemKey: i.system_key, masked: i.value_masked }),
        ),
        relationships: relationships.length,
        events: events.length,
        requestsUnlinked: requests,
      },
    })
  })
}
