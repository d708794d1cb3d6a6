import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import type { OrganizationRow } from '../../db/schema'
import { notFound } from '../../http/problem'
import { changeSubjectPart } from './change'
import { presentEvent } from './presenter'
import * as repo from './repository'
import type { CreateSubjectInput } from './schemas'

type EventInput = CreateSubjectInput['events'][number]

export function newEvent(org: OrganizationRow, subjectId: string, e: EventInput): repo.NewEvent {
  return {
    id: randomUUID(),
    organizationId: org.id,
    subjectId,
    kind: e.kind,
    occurredOn: e.occurredOn,
    note: e.note ?? null,
  }
}

export async function addEvent(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  input: EventInput,
) {
  const row = newEvent(org, subjectId, input)
  await changeSubjectPart(ctx, actor, org, subjectId, async (ctx) => {
    await repo.insertEvents(ctx.db, [row])
    return {
      action: 'subject.event_added',
      summary: { eventId: row.id, kind: row.kind, occurredOn: row.occurredOn },
      result: undefined,
    }
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
  await changeSubjectPart(ctx, actor, org, subjectId, async (ctx) => {
    const existing = await repo.findEvent(ctx.db, org.id, subjectId, eventId)
    if (!existing) throw notFound('Event')
    await repo.deleteEvent(ctx.db, org.id, eventId)
    return {
      action: 'subject.event_removed',
      summary: { eventId, kind: existing.kind, occurredOn: existing.occurred_on },
      result: undefined,
    }
  })
}
