import type { AuditAction } from '../../audit/actions'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import { NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import * as repo from './repository'
import type { Subject, SubjectParts } from './subject'

/** What a change did to a subject: its audit event (action and summary) and what the caller gets back. */
export interface SubjectChange<T> {
  action: AuditAction
  summary: Record<string, unknown>
  result: T
}

type Apply<T> = (ctx: TxContext, subject: Subject) => Promise<SubjectChange<T> | null>

/**
 * The sequence every change to a known subject follows, in one transaction: lock the subject (404 when the
 * organisation has no such subject), apply the change, and record its audit event. A change that returns null
 * changed nothing and records nothing.
 */
export async function changeSubject<T>(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  apply: Apply<T>,
): Promise<T | null> {
  return lockChangeAudit(ctx, actor, org, subjectId, apply, false)
}

/**
 * The same sequence inside the caller's transaction: a change that must commit together with the caller's own
 * record of it (a retention sweep's progress, decision 0085).
 */
export function changeSubjectInTransaction<T>(
  ctx: TxContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  apply: Apply<T>,
): Promise<T | null> {
  return lockChangeAuditIn(ctx, actor, org, subjectId, apply, false)
}

/** The same for a change to a part of the subject (an identity, relationship or event): the subject is marked updated. */
export async function changeSubjectPart<T>(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  apply: (ctx: TxContext, subject: Subject) => Promise<SubjectChange<T>>,
): Promise<T> {
  return (await lockChangeAudit(ctx, actor, org, subjectId, apply, true)) as T
}

/**
 * A change to one recorded part of a known subject (remove an identity, change or remove a relationship, remove
 * an event): lock the subject, read the part by its id (404 naming the part when this subject has none such),
 * apply the change and record its audit event.
 */
export async function changeRecordedPart<K extends repo.SubjectPartKind, T>(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  part: { subjectId: string; kind: K; id: string },
  apply: (ctx: TxContext, found: SubjectParts[K]) => Promise<SubjectChange<T>>,
): Promise<T> {
  return changeSubjectPart(ctx, actor, org, part.subjectId, async (ctx) => {
    const found = await repo.findPart(ctx.db, part.kind, org.id, part.subjectId, part.id)
    if (!found) throw new NotFound(part.kind)
    return apply(ctx, found)
  })
}

async function lockChangeAudit<T>(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  apply: Apply<T>,
  touch: boolean,
): Promise<T | null> {
  return inTransaction(ctx, (ctx) => lockChangeAuditIn(ctx, actor, org, subjectId, apply, touch))
}

async function lockChangeAuditIn<T>(
  ctx: TxContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  apply: Apply<T>,
  touch: boolean,
): Promise<T | null> {
  const subject = await repo.lockSubject(ctx.db, ctx.encryption, org.id, subjectId)
  if (!subject) throw new NotFound('subject')
  const change = await apply(ctx, subject)
  if (change === null) return null
  if (touch) await repo.touchSubjects(ctx.db, org.id, [subjectId])
  await recordAudit(ctx.db, actor, {
    organizationId: org.id,
    action: change.action,
    targetType: 'subject',
    targetId: subjectId,
    summary: change.summary,
  })
  return change.result
}
