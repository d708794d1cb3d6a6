import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { BreachRow } from '../../db/schema'
import {
  type BreachFacts,
  type BreachFactsInput,
  breachFactsSchema,
  controllersDueAt,
  type DecisionInputBody,
  decisionProblem,
  enisaScore,
  needsDelayReason,
  obligations,
  part1DueAt,
  part2DueAt,
  unknownRegisterKeys,
  withRegisterScope,
} from '../../domain/breaches'
import { Conflict, type FieldIssue, Forbidden, InvalidInput, NotFound } from '../../domain/errors'
import type { RegisterDocument } from '../../domain/register/schema'
import { clientRoutes } from '../client-routing'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { findBreach, insertBreach, insertEvent, lockBreach, nextReference, updateBreach } from './repository'
import { type Assessment, factsOf } from './stored'

const DERIVED = ['dataCategories', 'subjectCategories', 'processors', 'transfers'] as const

/**
 * How a save may resolve clients of the Processors page: `clientContacts` - the caller may read their contacts
 * (processors:read); `stored` - the controllers the breach already names (kept as recorded when the caller may not
 * read the client, or the client was since deleted).
 */
export interface ClientRouting {
  clientContacts: boolean
  stored?: BreachFacts['controllers'] | undefined
}

async function scoped(
  ctx: AppContext,
  org: Organization,
  input: BreachFactsInput,
  routing: ClientRouting,
): Promise<BreachFacts> {
  const parsed = breachFactsSchema.parse(input)
  const doc = await loadRegister(ctx, org)
  const unknown = unknownRegisterKeys(doc, parsed)
  if (unknown.length > 0) {
    throw new InvalidInput(
      unknown.map((path) => ({
        path: `body.${path.split('.')[0]}`,
        code: 'invalid_value' as const,
        message: `The register has no ${path}.`,
        params: { value: path.split('.').slice(1).join('.') },
      })),
      'The breach names systems, activities or processors the register does not have.',
      'unknown_register_keys',
    )
  }
  const { dataCategories, subjectCategories, processors, transfers, controllers, ...rest } = parsed
  return withRegisterScope(doc, {
    ...rest,
    controllers: await routedControllers(ctx, org, doc, controllers, routing),
    ...(dataCategories ? { dataCategories } : {}),
    ...(subjectCategories ? { subjectCategories } : {}),
    ...(processors ? { processors } : {}),
    ...(transfers ? { transfers } : {}),
  })
}

/**
 * A client picked from the Processors page is routed to as that page records it: its name, its contact for
 * breaches (else its general contact) and its language, taken again at every save. A client the breach already
 * names keeps what was recorded when the client was since deleted (the Art. 33(5) record stays as it was) or when
 * the caller may not read the clients' contacts (processors:read); naming a new client needs that scope (403).
 * Another organisation's client, or a deleted one newly named, is refused with the field named.
 */
async function routedControllers(
  ctx: AppContext,
  org: Organization,
  doc: RegisterDocument,
  controllers: BreachFacts['controllers'],
  routing: ClientRouting,
): Promise<BreachFacts['controllers']> {
  if (!controllers.some((c) => c.clientId)) return controllers
  const stored = new Map(
    (routing.stored ?? []).flatMap((c) => (c.clientId ? [[c.clientId, c] as const] : [])),
  )
  const newlyNamed = controllers.flatMap((c, i) => (c.clientId && !stored.has(c.clientId) ? [i] : []))
  if (!routing.clientContacts && newlyNamed.length > 0)
    throw new Forbidden(
      'Naming a client of the Processors page needs the scope processors:read (its contacts are read from there).',
      'token_scope_missing',
      {
        params: {
          action: 'processor:read',
          scope: 'processors:read',
          field: `body.controllers.${newlyNamed[0]}.clientId`,
        },
      },
    )
  const routes = routing.clientContacts
    ? new Map((await clientRoutes(ctx, org, doc)).map((r) => [r.id, r]))
    : new Map()
  const errors: FieldIssue[] = []
  const routed = controllers.map((c, i) => {
    if (!c.clientId) return c
    const route = routes.get(c.clientId)
    const recorded = stored.get(c.clientId)
    if (!route) {
      if (recorded) return recorded
      errors.push({
        path: `body.controllers.${i}.clientId`,
        code: 'unknown_reference',
        message: 'Not a client of the Processors page',
        params: { value: c.clientId },
      })
      return c
    }
    return { clientId: route.id, name: route.name, email: route.breachesEmail, language: route.language }
  })
  if (errors.length > 0)
    throw new InvalidInput(errors, 'The breach names a client the organisation does not have.')
  return routed
}

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

function openOrRefuse(row: BreachRow | undefined): BreachRow {
  if (!row) throw new NotFound('breach')
  if (row.status === 'closed')
    throw new Conflict('breach_closed', 'The breach is closed; reopen it to change it.')
  return row
}

/** Records a breach (Art. 33(5)): the facts, the register's scope filled in, the clocks started at awareness. */
export async function recordBreach(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: BreachFactsInput,
  routing: ClientRouting,
  now = new Date(),
): Promise<BreachRow> {
  const facts = await scoped(ctx, org, input, routing)
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
    ...(await scoped(ctx, org, { ...base, ...patch } as BreachFactsInput, {
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

export function requireReasonIfLate(dueAt: Date, at: Date, reason: string | null | undefined) {
  if (needsDelayReason(dueAt, at) && !reason) {
    throw new InvalidInput(
      [{ path: 'body.delayReason', code: 'required', message: 'Give the reasons for the delay.' }],
      'The time limit has passed: the notification must give the reasons for the delay (Art. 33(1)).',
      'delay_reason_required',
    )
  }
}

async function changeLocked(
  ctx: AppContext,
  org: Organization,
  id: string,
  work: (ctx: TxContext, row: BreachRow) => Promise<BreachRow>,
): Promise<BreachRow> {
  return inTransaction(ctx, async (ctx) => work(ctx, openOrRefuse(await lockBreach(ctx.db, org.id, id))))
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
