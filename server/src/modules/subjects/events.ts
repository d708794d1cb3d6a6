import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import type { Organization } from '../organizations'
import { changeRecordedPart, changeSubjectPart } from './change'
import { presentEvent } from './presenter'
import * as repo from './repository'
import type { CreateSubjectInput } from './schemas'

type EventInput = CreateSubjectInput['events'][number]

export function newEvent(org: Organization, subjectId: string, e: EventInput): repo.NewEvent {
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
  org: Organization,
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
  return presentEvent({ ...row, createdAt: new Date() })
}

export async function removeEvent(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  eventId: string,
) {
  const part = { subjectId, kind: 'event', id: eventId } as const
  await changeRecordedPart(ctx, actor, org, part, async (ctx, existing) => {
    await repo.deletePart(ctx.db, 'event', org.id, eventId)
    return {
      action: 'subject.event_removed',
      summary: { eventId, kind: existing.kind, occurredOn: existing.occurredOn },
      result: undefined,
    }
  })
}
