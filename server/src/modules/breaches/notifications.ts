import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import type { AppContext } from '../../context'
import type { BreachRow } from '../../db/schema'
import { needsDelayReason, part2DueAt } from '../../domain/breaches'
import { Conflict, InvalidInput } from '../../domain/errors'
import type { Organization } from '../organizations'
import { changeLocked } from './locked'
import { insertEvent, updateBreach } from './repository'

/**
 * Who was told about a breach, and when: the GBA (part 1 and part 2, Art. 33(1)), the controllers of a processor
 * (Art. 33(2)), and the reasons for a delay once a clock is overdue.
 */
/** A notification after its time limit must give the reasons for the delay. */
export function requireReasonIfLate(dueAt: Date, at: Date, reason: string | null | undefined) {
  if (needsDelayReason(dueAt, at) && !reason) {
    throw new InvalidInput(
      [{ path: 'body.delayReason', code: 'required', message: 'Give the reasons for the delay.' }],
      'The time limit has passed: the notification must give the reasons for the delay (Art. 33(1)).',
      'delay_reason_required',
    )
  }
}

/** Records the reasons for a delay once a clock is overdue (Art. 33(1): a late notification gives them). */
export async function recordDelayReason(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  reason: string,
): Promise<BreachRow> {
  return changeLocked(ctx, org, id, async (ctx, current) => {
    const row = await updateBreach(ctx.db, org.id, id, { delay_reason: reason })
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: 'delay_reason',
      at: new Date(),
      data: { key: 'note' },
      text: reason,
      decidedBy: actor.label,
      recordedBy: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.updated',
      targetType: 'breach',
      targetId: id,
      summary: { reference: current.reference, changed: ['delayReason'] },
    })
    return row
  })
}

/**
 * Part 1 was filed with the GBA (when, the case number it gave). After the 72 hours the reasons for the delay
 * are required. Called again after filing, it only records the case number.
 */
export async function filePart1(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: { filedAt?: string | undefined; caseNumber?: string | undefined; delayReason?: string | undefined },
  now = new Date(),
): Promise<BreachRow> {
  return changeLocked(ctx, org, id, async (ctx, current) => {
    if (current.role !== 'controller') {
      throw new Conflict(
        'breach_role_mismatch',
        'A processor informs its controllers; it does not notify the GBA.',
      )
    }
    if (current.part1_filed_at) {
      const row = await updateBreach(ctx.db, org.id, id, {
        ...(input.caseNumber ? { case_number: input.caseNumber } : {}),
      })
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'breach.updated',
        targetType: 'breach',
        targetId: id,
        summary: { reference: row.reference, changed: ['caseNumber'], caseNumber: row.case_number },
      })
      return row
    }
    const filedAt = input.filedAt ? new Date(input.filedAt) : now
    const delayReason = input.delayReason ?? current.delay_reason
    requireReasonIfLate(current.part1_due_at, filedAt, delayReason)
    const row = await updateBreach(ctx.db, org.id, id, {
      part1_filed_at: filedAt,
      case_number: input.caseNumber ?? null,
      delay_reason: delayReason,
      part2_due_at: part2DueAt(filedAt),
    })
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: 'authority_notified',
      at: filedAt,
      data: { key: 'authority_notified', caseNumber: input.caseNumber ?? null },
      decidedBy: null,
      recordedBy: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.authority_notified',
      targetType: 'breach',
      targetId: id,
      summary: {
        reference: row.reference,
        part: 1,
        filedAt: filedAt.toISOString(),
        late: needsDelayReason(current.part1_due_at, filedAt),
        caseNumber: row.case_number,
      },
    })
    return row
  })
}

export async function filePart2(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: { filedAt?: string | undefined },
  now = new Date(),
): Promise<BreachRow> {
  return changeLocked(ctx, org, id, async (ctx, current) => {
    if (!current.part1_filed_at || !current.part2_due_at) {
      throw new Conflict('part1_not_filed', 'Part 2 follows part 1: record part 1 first.')
    }
    const filedAt = input.filedAt ? new Date(input.filedAt) : now
    const row = await updateBreach(ctx.db, org.id, id, { part2_filed_at: filedAt })
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: 'authority_completed',
      at: filedAt,
      data: { key: 'authority_completed' },
      decidedBy: null,
      recordedBy: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.part2_filed',
      targetType: 'breach',
      targetId: id,
      summary: {
        reference: row.reference,
        part: 2,
        filedAt: filedAt.toISOString(),
        caseNumber: row.case_number,
      },
    })
    return row
  })
}

/** A processor informed its controllers (Art. 33(2)); after its contractual hours, with the reasons for the delay. */
export async function recordControllersNotified(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: { notifiedAt?: string | undefined; delayReason?: string | undefined },
  now = new Date(),
): Promise<BreachRow> {
  return changeLocked(ctx, org, id, async (ctx, current) => {
    if (current.role !== 'processor' || !current.controllers_due_at) {
      throw new Conflict('breach_role_mismatch', 'Only a processor’s breach has controllers to inform.')
    }
    const at = input.notifiedAt ? new Date(input.notifiedAt) : now
    const delayReason = input.delayReason ?? current.delay_reason
    requireReasonIfLate(current.controllers_due_at, at, delayReason)
    const row = await updateBreach(ctx.db, org.id, id, {
      controllers_notified_at: at,
      delay_reason: delayReason,
    })
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: 'controllers_notified',
      at,
      data: { key: 'controllers_notified' },
      decidedBy: null,
      recordedBy: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.controllers_notified',
      targetType: 'breach',
      targetId: id,
      summary: {
        reference: row.reference,
        notifiedAt: at.toISOString(),
        late: needsDelayReason(current.controllers_due_at, at),
      },
    })
    return row
  })
}
