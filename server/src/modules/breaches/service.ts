import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { BreachRow } from '../../db/schema'
import {
  type BreachFacts,
  type BreachFactsInput,
  controllersDueAt,
  type DecisionInputBody,
  decisionProblem,
  enisaScore,
  obligations,
  part1DueAt,
} from '../../domain/breaches'
import { InvalidInput } from '../../domain/errors'
import type { Organization } from '../organizations'
import { type ClientRouting, scopedFacts } from './facts-scope'
import { changeLocked, openOrRefuse } from './locked'
import { findBreach, insertBreach, insertEvent, lockBreach, nextReference, updateBreach } from './repository'
import { type Assessment, factsOf } from './stored'

/** A breach's life in the register: recorded, changed, its timeline, its assessment, closed (Art. 33(5)). */

const DERIVED = ['dataCategories', 'subjectCategories', 'processors', 'transfers'] as const

function clockColumns(facts: BreachFacts) {
  const awareAt = new Date(facts.awareAt)
  return {
    role: facts.role,
    aware_at: awareAt,
    part1_due_at: part1DueAt(awareAt),
    controllers_due_at:
      facts.role === 'processor' ? controllersDueAt(awareAt, facts.controllerNoticeHours) : null,
  }
}

const auditSummary = (row: BreachRow, facts: BreachFacts) => ({
  reference: row.reference,
  role: row.role,
  awareAt: row.aware_at.toISOString(),
  dueAt: row.part1_due_at.toISOString(),
  nature: facts.nature,
  origin: facts.origin,
})

/** Records a breach (Art. 33(5)): the facts, the register's scope filled in, the clocks started at awareness. */
export async function recordBreach(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: BreachFactsInput,
  routing: ClientRouting,
  now = new Date(),
): Promise<BreachRow> {
  const facts = await scopedFacts(ctx, org, input, routing)
  return inTransaction(ctx, async (ctx) => {
    const reference = await nextReference(ctx.db, org.id, now.getUTCFullYear())
    const row = await insertBreach(ctx.db, {
      id: randomUUID(),
      organization_id: org.id,
      reference,
      record: facts as unknown as Record<string, unknown>,
      assessment: null,
      ...clockColumns(facts),
      part1_filed_at: null,
      case_number: null,
      delay_reason: null,
      part2_due_at: null,
      part2_filed_at: null,
      controllers_notified_at: null,
    })
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: row.id,
      kind: 'recorded',
      at: now,
      data: { key: 'recorded' },
      decidedBy: null,
      recordedBy: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.recorded',
      targetType: 'breach',
      targetId: row.id,
      summary: auditSummary(row, facts),
    })
    return row
  })
}

/** Changes the facts; lists taken from the register are taken again when the systems or activities change. */
export async function changeBreach(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  patch: Partial<BreachFactsInput>,
  routing: Pick<ClientRouting, 'clientContacts'>,
): Promise<BreachRow> {
  const current = openOrRefuse(await findBreach(ctx.db, org.id, id))
  const old = factsOf(current)
  const rescope = patch.systems !== undefined || patch.activities !== undefined
  // The connector count is Custos's, not an entry: kept aside from the check of the entered facts.
  const { affectedSet, ...entered } = old
  const base: Record<string, unknown> = { ...entered }
  if (rescope) for (const key of DERIVED) if (patch[key] === undefined) delete base[key]
  const facts = {
    ...(await scopedFacts(ctx, org, { ...base, ...patch } as BreachFactsInput, {
      ...routing,
      stored: old.controllers,
    })),
    ...(affectedSet ? { affectedSet } : {}),
  }
  return inTransaction(ctx, async (ctx) => {
    openOrRefuse(await lockBreach(ctx.db, org.id, id))
    const row = await updateBreach(ctx.db, org.id, id, {
      record: facts as unknown as Record<string, unknown>,
      ...clockColumns(facts),
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.updated',
      targetType: 'breach',
      targetId: id,
      summary: { ...auditSummary(row, facts), changed: Object.keys(patch) },
    })
    return row
  })
}

export interface TimelineInput {
  at: string
  kind: 'event' | 'decision'
  text: string
  decidedBy?: string | undefined
}

/** Adds an event or a decision to the timeline, with who decided (by default: whoever records it). */
export async function addTimelineEntry(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: TimelineInput,
): Promise<void> {
  await inTransaction(ctx, async (ctx) => {
    const row = openOrRefuse(await lockBreach(ctx.db, org.id, id))
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: input.kind,
      at: new Date(input.at),
      data: { key: 'note' },
      text: input.text,
      decidedBy: input.kind === 'decision' ? (input.decidedBy ?? actor.label) : null,
      recordedBy: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.event_added',
      targetType: 'breach',
      targetId: id,
      summary: { reference: row.reference, kind: input.kind, at: new Date(input.at).toISOString() },
    })
  })
}

/** The risk assessment and decision (Art. 33(1), 34): the ENISA score when given, the obligations, the reasoning. */
export async function assessBreach(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: DecisionInputBody,
  now = new Date(),
): Promise<BreachRow> {
  return inTransaction(ctx, async (ctx) => {
    const current = openOrRefuse(await lockBreach(ctx.db, org.id, id))
    const facts = factsOf(current)
    const decisionInput = {
      role: current.role,
      risk: input.risk,
      exception: input.exception,
      encrypted: facts.encrypted,
    }
    const problem = decisionProblem(decisionInput)
    if (problem) {
      throw new InvalidInput(
        [{ path: 'body.exception', code: 'invalid', message: problem }],
        problem === 'exception_without_high_risk'
          ? 'An Art. 34(3) exception only matters when the risk is high.'
          : 'Art. 34(3)(a) needs the data to have been encrypted (unintelligible).',
        problem,
      )
    }
    const decidedBy = input.decidedBy ?? actor.label
    const assessment: Assessment = {
      risk: input.risk,
      reasoning: input.reasoning,
      exception: input.exception ?? null,
      exceptionReasoning: input.exceptionReasoning ?? null,
      decidedBy,
      decidedAt: now.toISOString(),
      enisaInput: input.enisa ?? null,
      enisa: input.enisa ? enisaScore(input.enisa) : null,
      obligations: obligations(decisionInput),
    }
    const row = await updateBreach(ctx.db, org.id, id, {
      assessment: assessment as unknown as Record<string, unknown>,
    })
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: 'decision',
      at: now,
      // The reasoning as written; the risk is data, worded by each reader in its language.
      text: input.reasoning,
      decidedBy,
      recordedBy: actor.label,
      data: {
        key: 'assessed',
        risk: input.risk,
        obligations: { ...assessment.obligations },
        severity: assessment.enisa?.level ?? null,
      },
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.assessed',
      targetType: 'breach',
      targetId: id,
      summary: {
        reference: row.reference,
        risk: input.risk,
        exception: input.exception ?? null,
        severity: assessment.enisa?.level ?? null,
        score: assessment.enisa?.score ?? null,
        notifyAuthority: assessment.obligations.notifyAuthority,
        informSubjects: assessment.obligations.informSubjects,
      },
    })
    return row
  })
}

/** Closes the file; it stays in the register of breaches (Art. 33(5)). */
export async function closeBreach(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  reason: string,
): Promise<BreachRow> {
  return changeLocked(ctx, org, id, async (ctx, current) => {
    const row = await updateBreach(ctx.db, org.id, id, { status: 'closed' })
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: 'closed',
      at: new Date(),
      data: { key: 'note' },
      text: reason,
      decidedBy: actor.label,
      recordedBy: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.closed',
      targetType: 'breach',
      targetId: id,
      summary: { reference: current.reference },
    })
    return row
  })
}
