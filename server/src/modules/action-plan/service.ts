import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { ActionPriority, ActionRow, ActionStatus } from '../../db/schema'
import { InvalidInput, NotFound } from '../../domain/errors'
import { isMember } from '../members'
import type { Organization } from '../organizations'
import {
  findAction,
  findOpenByCause,
  insertAction,
  OPEN_STATUSES,
  openOfSource,
  updateAction,
} from './repository'
import { reviveAction, storedActionTitle } from './stored'

export type LocalizedTitle = { nl: string; fr: string; en: string }

/**
 * A cause another module reports (decision 0037): `source` names the module and the kind of cause
 * (`requests.overdue`, `dpia.screening_stale`, `breaches.clock`, ...), `sourceKey` the thing it is about (a request
 * id, an activity key). One open action per source + key.
 */
export interface AutomaticCause {
  organizationId: string
  source: string
  sourceKey: string
  /** The action's title in nl, fr and en: the source words it (it knows its cause). */
  title: LocalizedTitle
  description?: string
  /** Where in the admin UI the cause is handled, e.g. `/orgs/acme/requests/<id>`. */
  link?: string
  priority?: ActionPriority
  /** YYYY-MM-DD */
  due?: string
}

/**
 * Opens the action for a cause, or keeps the open one (idempotent by source + sourceKey): an open action's due
 * date, priority and title follow the cause; what a person set (owner, status in progress, effort) stays. Runs in
 * the caller's transaction, so the action exists exactly when the cause does.
 */
export async function openAutomaticAction(
  ctx: TxContext,
  cause: AutomaticCause,
  actor: Actor,
): Promise<{ action: ActionRow; opened: boolean }> {
  if (cause.source === 'manual') throw new Error('An automatic action needs a source other than manual.')
  const existing = await findOpenByCause(ctx.db, cause.organizationId, cause.source, cause.sourceKey)
  if (existing) {
    const changed =
      existing.due_date !== (cause.due ?? null) ||
      existing.priority !== (cause.priority ?? 'medium') ||
      (['nl', 'fr', 'en'] as const).some((l) => existing.title[l] !== cause.title[l])
    if (!changed) return { action: existing, opened: false }
    const row = await ctx.db
      .updateTable('action_plan_actions')
      .set({
        due_date: cause.due ?? null,
        priority: cause.priority ?? 'medium',
        title: storedActionTitle.serialize(cause.title),
        updated_at: new Date(),
      })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow()
      .then(reviveAction)
    return { action: row, opened: false }
  }
  const action = await insertAction(ctx.db, cause.organizationId, {
    source: cause.source,
    sourceKey: cause.sourceKey,
    title: cause.title,
    description: cause.description ?? '',
    link: cause.link ?? null,
    ownerId: null,
    priority: cause.priority ?? 'medium',
    effortDays: null,
    dueDate: cause.due ?? null,
  })
  await recordAudit(ctx.db, actor, {
    organizationId: cause.organizationId,
    action: 'action_plan.action_opened',
    targetType: 'action_plan_action',
    targetId: action.id,
    summary: {
      source: cause.source,
      sourceKey: cause.sourceKey,
      priority: action.priority,
      due: action.due_date,
    },
  })
  return { action, opened: true }
}

/** Closes the open action of a cause that is gone (status done, closed_reason cause_gone); false when none was open. */
export async function closeAutomaticAction(
  ctx: TxContext,
  cause: Pick<AutomaticCause, 'organizationId' | 'source' | 'sourceKey'>,
  actor: Actor,
): Promise<boolean> {
  const existing = await findOpenByCause(ctx.db, cause.organizationId, cause.source, cause.sourceKey)
  if (!existing) return false
  await updateAction(ctx.db, cause.organizationId, existing.id, {
    status: 'done',
    closed_reason: 'cause_gone',
    closed_at: new Date(),
  })
  await recordAudit(ctx.db, actor, {
    organizationId: cause.organizationId,
    action: 'action_plan.action_closed',
    targetType: 'action_plan_action',
    targetId: existing.id,
    summary: { source: cause.source, sourceKey: cause.sourceKey, reason: 'cause_gone' },
  })
  return true
}

/**
 * For a source that can list its current causes (a sweep): opens an action for each cause and closes the open
 * actions of that source whose cause is not in the list.
 */
export async function reconcileAutomaticActions(
  ctx: TxContext,
  organizationId: string,
  source: string,
  causes: readonly Omit<AutomaticCause, 'organizationId' | 'source'>[],
  actor: Actor,
): Promise<{ opened: number; closed: number }> {
  let opened = 0
  let closed = 0
  const keys = new Set(causes.map((c) => c.sourceKey))
  for (const cause of causes) {
    if ((await openAutomaticAction(ctx, { ...cause, organizationId, source }, actor)).opened) opened++
  }
  for (const action of await openOfSource(ctx.db, organizationId, source)) {
    if (action.source_key !== null && !keys.has(action.source_key)) {
      if (await closeAutomaticAction(ctx, { organizationId, source, sourceKey: action.source_key }, actor))
        closed++
    }
  }
  return { opened, closed }
}

export interface ManualActionInput {
  title: string
  description?: string | undefined
  ownerId?: string | null | undefined
  priority?: ActionPriority | undefined
  effortDays?: number | null | undefined
  dueDate?: string | null | undefined
}

async function checkOwner(ctx: TxContext, org: Organization, ownerId: string | null | undefined) {
  if (ownerId && !(await isMember(ctx.db, org.id, ownerId)))
    throw new InvalidInput([
      { path: 'body.ownerId', code: 'invalid', message: 'Not a member of the organisation.' },
    ])
}

/** A person's own action (source manual), also the planned measures of an assessment (source dpia.measure). */
export async function createAction(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: ManualActionInput,
): Promise<ActionRow> {
  return inTransaction(ctx, async (ctx) => {
    await checkOwner(ctx, org, input.ownerId)
    const row = await insertAction(ctx.db, org.id, {
      source: 'manual',
      sourceKey: null,
      title: { nl: input.title, fr: input.title, en: input.title },
      description: input.description ?? '',
      link: null,
      ownerId: input.ownerId ?? null,
      priority: input.priority ?? 'medium',
      effortDays: input.effortDays ?? null,
      dueDate: input.dueDate ?? null,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'action_plan.action_created',
      targetType: 'action_plan_action',
      targetId: row.id,
      summary: { priority: row.priority, due: row.due_date, ownerId: row.owner_id },
    })
    return row
  })
}

/** Changes an action: owner, priority, effort, due date, status (done or cancelled closes it). */
export async function changeAction(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: Partial<ManualActionInput> & { status?: ActionStatus | undefined },
): Promise<ActionRow> {
  return inTransaction(ctx, async (ctx) => {
    const current = await findAction(ctx.db, org.id, id)
    if (!current) throw new NotFound('action_plan_action')
    await checkOwner(ctx, org, input.ownerId)
    const closing = input.status !== undefined && !OPEN_STATUSES.includes(input.status)
    const reopening = input.status !== undefined && OPEN_STATUSES.includes(input.status)
    const row = await updateAction(ctx.db, org.id, id, {
      ...(input.title !== undefined && current.source === 'manual'
        ? { title: storedActionTitle.serialize({ nl: input.title, fr: input.title, en: input.title }) }
        : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
      ...(input.priority !== undefined ? { priority: input.priority } : {}),
      ...(input.effortDays !== undefined ? { effort_days: input.effortDays } : {}),
      ...(input.dueDate !== undefined ? { due_date: input.dueDate } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(closing ? { closed_at: new Date(), closed_reason: null, closed_by_label: actor.label } : {}),
      ...(reopening ? { closed_at: null, closed_reason: null, closed_by_label: null } : {}),
    } as Parameters<typeof updateAction>[3])
    if (!row) throw new NotFound('action_plan_action')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'action_plan.action_updated',
      targetType: 'action_plan_action',
      targetId: id,
      summary: { changed: Object.keys(input), status: row.status, priority: row.priority, due: row.due_date },
    })
    return row
  })
}
