import type { Transaction } from 'kysely'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import type { AppContext } from '../../context'
import type { DB, OrganizationRow } from '../../db/schema'
import { notFound } from '../../http/problem'
import type { SubjectRow } from './repository'
import * as repo from './repository'

/** What a change did to a subject: its audit event (action and summary) and what the caller gets back. */
export interface SubjectChange<T> {
  action: string
  summary: Record<string, unknown>
  result: T
}

type Apply<T> = (trx: Transaction<DB>, subject: SubjectRow) => Promise<SubjectChange<T> | null>

/**
 * The sequence every change to a known subject follows, in one transaction: lock the subject (404 when the
 * organisation has no such subject), apply the change, and record its audit event. A change that returns null
 * changed nothing and records nothing.
 */
export async function changeSubject<T>(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  apply: Apply<T>,
): Promise<T | null> {
  return lockChangeAudit(ctx, actor, org, subjectId, apply, false)
}

/** The same for a change to a part of the subject (an identity, relationship or event): the subject is marked updated. */
export async function changeSubjectPart<T>(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  apply: (trx: Transaction<DB>, subject: SubjectRow) => Promise<SubjectChange<T>>,
): Promise<T> {
  return (await lockChangeAudit(ctx, actor, org, subjectId, apply, true)) as T
}

async function lockChangeAudit<T>(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  apply: Apply<T>,
  touch: boolean,
): Promise<T | null> {
  return ctx.db.transaction().execute(async (trx) => {
    const subject = await repo.lockSubject(trx, org.id, subjectId)
    if (!subject) throw notFound('Subject')
    const change = await apply(trx, subject)
    if (change === null) return null
    if (touch) await repo.touchSubjects(trx, org.id, [subjectId])
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: change.action,
      targetType: 'subject',
      targetId: subjectId,
      summary: change.summary,
    })
    return change.result
  })
}
