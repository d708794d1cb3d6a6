import type { Actor } from '../../audit/actor'
import type { TxContext } from '../../context'
import type { RegisterDocument } from '../../domain/register/schema'
import { requestTimeline, type TransitionResult } from '../../domain/requests'
import type { Organization } from '../organizations'
import { deadlineOptions } from '../organizations'
import { relationshipKeysOf } from '../subjects'
import { eraseAfterDecision } from './attachments'
import { entriesWithLetter, type JournalEntry, journal, queueLetter } from './journal'
import { countTasks, findRequest, insertTasks, type RequestRowChanges, saveRequestState } from './repository'
import { matchSubject } from './subject-match'
import { checklistScope, tasksFromRegister } from './tasks'

/** Statuses in which the checklist of systems is needed. */
const WORKING_STATUSES: readonly string[] = ['in_progress', 'extended']

export interface Applied {
  mailIds: string[]
}

/**
 * Stores the outcome of a transition: the new state and its mirrored columns, the letter (queued in the outbox
 * in the subject's language), the events in the request's history and the audit log, the checklist when work
 * starts, and the erasure of identity documents once decided. Runs inside the caller's transaction.
 */
export async function applyTransition(
  ctx: TxContext,
  actor: Actor,
  org: Organization,
  register: RegisterDocument,
  result: Extract<TransitionResult, { ok: true }>,
  at: Date,
  changes: RequestRowChanges = {},
  extra: JournalEntry[] = [],
): Promise<Applied> {
  const request = result.request
  const options = deadlineOptions(org)
  const timeline = requestTimeline(request, at, options)
  const letter = result.letter ? await queueLetter(ctx.db, ctx, org, register, request, result.letter) : null
  await saveRequestState(ctx.db, ctx.encryption, org.id, request, timeline, options, changes)
  const entries = [...entriesWithLetter(result.events, letter), ...extra]
  if (WORKING_STATUSES.includes(request.status) && (await countTasks(ctx.db, request.id)) === 0) {
    // The person the request was matched to in the subject index (stored on the row, perhaps by this change).
    const subjectId = (await findRequest(ctx.db, org.id, request.id))?.subject_id ?? null
    const scope = checklistScope(
      register,
      subjectId === null ? null : await relationshipKeysOf(ctx.db, org.id, subjectId),
    )
    const tasks = tasksFromRegister(register, org.defaultLanguage, scope)
    await insertTasks(ctx.db, org.id, request.id, tasks)
    entries.push({ action: 'request.tasks_created', at, data: { count: tasks.length, scope } })
  }
  if (request.decision !== null || request.forwarding !== null || request.status === 'closed') {
    const erased = await eraseAfterDecision(ctx.db, org.id, request.id, at)
    if (erased > 0) entries.push({ action: 'request.id_documents_erased', at, data: { count: erased } })
  }
  await journal(ctx.db, ctx.encryption, actor, org.id, request, entries)
  return { mailIds: letter?.mailId ? [letter.mailId] : [] }
}

export async function recordSubjectMatch(
  ctx: TxContext,
  orgId: string,
  identities: { email?: string | null | undefined; customerNumber?: string | null | undefined },
  at: Date,
): Promise<{ subjectId: string | null; entry: JournalEntry }> {
  const match = await matchSubject(ctx.db, ctx.encryption, orgId, identities)
  return {
    subjectId: match.subjectId,
    entry: {
      action: 'request.subject_index_checked',
      at,
      data: {
        matched: match.subjectId !== null,
        subjectId: match.subjectId,
        by: match.matchedBy,
        ambiguous: match.ambiguous,
      },
    },
  }
}
