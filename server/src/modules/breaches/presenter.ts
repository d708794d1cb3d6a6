import type { BreachRow } from '../../db/schema'
import {
  type Clock,
  contradictsNoticePromise,
  edpbGuidance,
  type NoticeBreachPromise,
  numberSources,
  suggestedRisk,
  type TimelineEntry,
} from '../../domain/breaches'
import { assessmentOf, clocksOf, factsOf } from './stored'

export function presentClock(c: Clock) {
  return {
    name: c.name,
    dueAt: c.dueAt.toISOString(),
    doneAt: c.doneAt?.toISOString() ?? null,
    state: c.state,
    msLeft: c.msLeft,
  }
}

/** A clock past due (or met late) without the reasons for the delay: the file asks for them (Art. 33(1)). */
export function delayReasonRequired(row: BreachRow, clocks: readonly Clock[]): boolean {
  return !row.delay_reason && clocks.some((c) => c.state === 'overdue' || c.state === 'late')
}

export function presentBreachSummary(row: BreachRow, now: Date) {
  const facts = factsOf(row)
  const assessment = assessmentOf(row)
  const clocks = clocksOf(row, now)
  return {
    id: row.id,
    reference: row.reference,
    title: facts.title,
    role: row.role,
    status: row.status,
    awareAt: row.aware_at.toISOString(),
    nature: facts.nature,
    peopleApprox: facts.peopleApprox ?? null,
    risk: assessment?.risk ?? null,
    severity: assessment?.enisa?.level ?? null,
    caseNumber: row.case_number,
    clocks: clocks.map(presentClock),
    delayReasonRequired: delayReasonRequired(row, clocks),
    createdAt: row.created_at.toISOString(),
  }
}

/**
 * What the organisation's privacy notice promises about breaches, and whether the decision contradicts it (the
 * notice promises to inform the people concerned, the decision informs nobody individually); null: no promise.
 */
function presentNoticePromise(
  row: BreachRow,
  assessment: ReturnType<typeof assessmentOf>,
  promise: NoticeBreachPromise | undefined,
) {
  if (promise === undefined) return null
  return {
    withinHours: promise.withinHours ?? null,
    contradicted: contradictsNoticePromise(row.role, assessment?.obligations, promise),
  }
}

export function presentBreach(
  row: BreachRow,
  events: readonly (TimelineEntry & { id: string; recordedBy: string })[],
  now: Date,
  promise?: NoticeBreachPromise | undefined,
) {
  const assessment = assessmentOf(row)
  const { affectedSet, ...facts } = factsOf(row)
  return {
    ...presentBreachSummary(row, now),
    noticePromise: presentNoticePromise(row, assessment, promise),
    facts,
    affectedSet: affectedSet ?? null,
    numberSources: numberSources(facts, affectedSet),
    edpbGuidance: edpbGuidance(facts),
    assessment: assessment && {
      ...assessment,
      suggestedRisk: assessment.enisa ? suggestedRisk(assessment.enisa.level) : null,
    },
    delayReason: row.delay_reason,
    part1DueAt: row.part1_due_at.toISOString(),
    part1FiledAt: row.part1_filed_at?.toISOString() ?? null,
    part2DueAt: row.part2_due_at?.toISOString() ?? null,
    part2FiledAt: row.part2_filed_at?.toISOString() ?? null,
    controllersDueAt: row.controllers_due_at?.toISOString() ?? null,
    controllersNotifiedAt: row.controllers_notified_at?.toISOString() ?? null,
    timeline: events.map((e) => {
      const { key, ...data } = e.data
      return {
        id: e.id,
        kind: e.kind,
        key,
        data,
        at: e.at.toISOString(),
        text: e.text,
        decidedBy: e.decidedBy,
        recordedBy: e.recordedBy,
        risk: e.data.key === 'assessed' ? e.data.risk : null,
      }
    }),
  }
}
