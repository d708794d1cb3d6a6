import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { InvalidInput } from '../../domain/errors'
import type { Organization } from '../organizations'
import { changeRecordedPart, changeSubjectPart } from './change'
import { presentRelationship } from './presenter'
import * as repo from './repository'
import type { CreateSubjectInput } from './schemas'

type RelationshipInput = CreateSubjectInput['relationships'][number]

export function newRelationship(
  org: Organization,
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

export async function addRelationship(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  input: RelationshipInput,
) {
  const row = newRelationship(org, subjectId, input)
  await changeSubjectPart(ctx, actor, org, subjectId, async (ctx) => {
    await repo.insertRelationships(ctx.db, [row])
    return {
      action: 'subject.relationship_added',
      summary: {
        relationshipId: row.id,
        relationship: row.relationship,
        startedOn: row.startedOn,
        endedOn: row.endedOn,
      },
      result: undefined,
    }
  })
  return presentRelationship({ ...row, createdAt: new Date() })
}

export async function changeRelationship(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  relationshipId: string,
  input: {
    startedOn?: string | null | undefined
    endedOn?: string | null | undefined
    note?: string | null | undefined
  },
) {
  const part = { subjectId, kind: 'relationship', id: relationshipId } as const
  return changeRecordedPart(ctx, actor, org, part, async (ctx, existing) => {
    const startedOn = input.startedOn === undefined ? existing.startedOn : input.startedOn
    const endedOn = input.endedOn === undefined ? existing.endedOn : input.endedOn
    if (startedOn && endedOn && endedOn < startedOn) {
      throw new InvalidInput([
        {
          path: 'body.endedOn',
          code: 'end_before_start',
          message: 'The end date is before the start date',
          params: { startedOn, endedOn },
        },
      ])
    }
    const changes = {
      ...(input.startedOn === undefined ? {} : { startedOn: input.startedOn }),
      ...(input.endedOn === undefined ? {} : { endedOn: input.endedOn }),
      ...(input.note === undefined ? {} : { note: input.note }),
    }
    await repo.updateRelationship(ctx.db, org.id, relationshipId, changes)
    return {
      action: 'subject.relationship_updated',
      summary: {
        relationshipId,
        relationship: existing.relationship,
        changedFields: Object.keys(changes),
        startedOn,
        endedOn,
      },
      result: presentRelationship({
        ...existing,
        startedOn,
        endedOn,
        note: input.note === undefined ? existing.note : input.note,
      }),
    }
  })
}

export async function removeRelationship(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  relationshipId: string,
) {
  const part = { subjectId, kind: 'relationship', id: relationshipId } as const
  await changeRecordedPart(ctx, actor, org, part, async (ctx, existing) => {
    await repo.deletePart(ctx.db, 'relationship', org.id, relationshipId)
    return {
      action: 'subject.relationship_removed',
      summary: {
        relationshipId,
        relationship: existing.relationship,
        startedOn: existing.startedOn,
        endedOn: existing.endedOn,
      },
      result: undefined,
    }
  })
}
