import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { receivedRequest } from '../../../test/fixtures/accountant-register'
import { toBrusselsDate } from '../brussels-time'
import { toEpochDay } from '../calendar-date'
import { dsrDeadline } from '../gdpr-periods'
import { type ActionInputs, ALLOWED_FROM, REQUEST_ACTIONS, type RequestAction, targetStatus } from './actions'
import { requestTimeline } from './deadlines'
import { type DataSubjectRequest, REQUEST_STATUSES } from './request'
import { REQUEST_TYPES } from './request-types'
import { transition } from './workflow'

const HOUR = 3_600_000
const receipt = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T00:00:00Z'),
  noInvalidDate: true,
})

describe('deadlines — properties', () => {
  it('for any receipt date: due date ≥ receipt + 28 days, extended due date > due date', () => {
    fc.assert(
      fc.property(receipt, (receivedAt) => {
        const request = receivedRequest({ receivedAt })
        const extended = transition(request, 'extend', new Date(receivedAt.getTime() + HOUR), {
          reasons: ['Complex'],
        })
        expect(extended.ok).toBe(true)
        if (!extended.ok) return
        const timeline = requestTimeline(extended.request, new Date(receivedAt.getTime() + 2 * HOUR))
        const receivedOn = toBrusselsDate(receivedAt)
        expect(timeline.dueDate).toBe(dsrDeadline(receivedOn).dueDate)
        const due = timeline.dueDate ?? ''
        const extendedDue = timeline.extendedDueDate ?? ''
        expect(toEpochDay(due) - toEpochDay(receivedOn)).toBeGreaterThanOrEqual(28)
        expect(toEpochDay(extendedDue)).toBeGreaterThan(toEpochDay(due))
        for (const reminder of timeline.reminders) {
          expect(reminder.date > receivedOn).toBe(true)
          if (reminder.kind === 'before_due') expect(reminder.date < extendedDue).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})

/** A few inputs per action, valid and invalid, so that random runs reach every status and every refusal. */
const INPUTS: { [A in RequestAction]: readonly ActionInputs[A][] } = {
  assign: [{ assigneeId: 'agent-1' }, { assigneeId: null }],
  start: [{}, { identityConfirmedBy: 'Portaal' }],
  request_identity: [
    { needed: ['customer_number'], reason: 'Twijfel' },
    { needed: [], reason: 'Twijfel' },
  ],
  confirm_identity: [{ method: 'Klantnummer' }, { method: '' }],
  extend: [{ reasons: ['Complex'] }, { reasons: [] }],
  warn_fee: [
    { ground: 'excessive', reasons: ['Herhaald'], amountCents: 2000 },
    { ground: 'other' as never, reasons: ['Herhaald'], amountCents: 2000 },
  ],
  fee_paid: [{}],
  waive_fee: [{}],
  forward_to_controller: [{ controller: { name: 'Retail NV' } }, { controller: { name: '' } }],
  complete: [
    {
      details: {
        access: { delivery: 'download' },
        erasure: { erased: ['contact_details'], kept: [] },
      },
    },
    { details: {} },
  ],
  partially_refuse: [
    {
      details: { access: { delivery: 'enclosed' } },
      refusedTypes: ['erasure'],
      ground: 'other',
      reasons: ['Reden'],
    },
    { details: {}, refusedTypes: [], ground: 'other', reasons: [] },
  ],
  refuse: [
    { ground: 'excessive', reasons: ['Reden'] },
    { ground: 'identity_not_established', reasons: ['Reden'] },
    { ground: 'legal_obligation', reasons: ['Reden'] },
  ],
  close: [{}],
  withdraw: [{}],
}

const step = fc.record({
  action: fc.constantFrom(...REQUEST_ACTIONS),
  variant: fc.nat({ max: 2 }),
  hours: fc.integer({ min: 0, max: 24 * 6 }),
})

describe('workflow — properties', () => {
  it('transitions only follow the table, never produce an invalid status, and closed accepts nothing', () => {
    fc.assert(
      fc.property(receipt, fc.array(step, { maxLength: 25 }), (receivedAt, steps) => {
        let request: DataSubjectRequest = receivedRequest({
          receivedAt,
          types: [...REQUEST_TYPES].slice(0, 3),
        })
        const originalDue = dsrDeadline(toBrusselsDate(receivedAt)).dueDate
        let at = receivedAt.getTime()
        for (const { action, variant, hours } of steps) {
          at += hours * HOUR
          const options = INPUTS[action]
          const input = options[variant % options.length]
          const before = request
          const result = transition(before, action, new Date(at), input as never)
          if (before.status === 'closed') {
            expect(result).toEqual({ ok: false, reason: 'request_closed' })
            continue
          }
          if (!result.ok) continue
          request = result.request
          expect(REQUEST_STATUSES).toContain(request.status)
          expect(ALLOWED_FROM[action]).toContain(before.status)
          expect(request.status).toBe(targetStatus(action, before.status, before.extension !== null))
          expect(request.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime())
          expect(result.events.length).toBeGreaterThan(0)
          for (const event of result.events) expect(event.summary.to).toBe(request.status)
          if (before.extension !== null) expect(request.extension).toBe(before.extension)
          if (request.extension) expect(toBrusselsDate(request.extension.at) <= originalDue).toBe(true)
          const decided = ['completed', 'partially_refused', 'refused'].includes(request.status)
          if (decided) expect(request.decision).not.toBeNull()
          if (
            ['received', 'awaiting_identity', 'in_progress', 'extended', 'awaiting_fee'].includes(
              request.status,
            )
          ) {
            expect(request.decision).toBeNull()
          }
        }
      }),
      { numRuns: 400 },
    )
  })

  it('a closed request accepts no transition', () => {
    const closed = (() => {
      const done = transition(receivedRequest(), 'withdraw', new Date('2026-02-01T10:00:00Z'), {})
      if (!done.ok) throw new Error(done.reason)
      return done.request
    })()
    fc.assert(
      fc.property(step, ({ action, variant, hours }) => {
        const options = INPUTS[action]
        const at = new Date(closed.updatedAt.getTime() + hours * HOUR)
        expect(transition(closed, action, at, options[variant % options.length] as never)).toEqual({
          ok: false,
          reason: 'request_closed',
        })
      }),
    )
  })
})
