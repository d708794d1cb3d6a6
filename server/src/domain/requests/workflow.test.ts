import { describe, expect, it } from 'vitest'
import { brussels, newRequest, receivedRequest } from '../../../test/fixtures/accountant-register'
import type { ActionInputs, RequestAction } from './actions'
import { openRequest } from './open-request'
import type { DataSubjectRequest, FeeGround, RefusalGround } from './request'
import { availableActions, type TransitionResult, transition } from './workflow'

function must(result: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!result.ok) throw new Error(`transition refused: ${result.reason}`)
  return result
}

const day = (date: string, time = '10:00') => brussels(`${date}T${time}`)
const started = (overrides = {}) =>
  must(transition(receivedRequest(overrides), 'start', day('2026-02-02'), {})).request
const refusal = (ground: RefusalGround, more: Partial<ActionInputs['refuse']> = {}) => ({
  ground,
  reasons: ['Zesde identiek verzoek in twee maanden'],
  ...more,
})
const fee = (ground: FeeGround = 'excessive') => ({
  ground,
  reasons: ['Herhaald verzoek'],
  amountCents: 2500,
})
const accessDone = { details: { access: { delivery: 'download' as const, availableUntil: '2026-03-31' } } }

describe('openRequest', () => {
  it('records a received request with its acknowledgement and events', () => {
    const result = openRequest(newRequest({ types: ['access', 'erasure', 'access'] }), day('2026-02-01'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.request).toMatchObject({
      status: 'received',
      types: ['access', 'erasure'],
      extension: null,
    })
    expect(result.letter).toMatchObject({
      kind: 'acknowledgement',
      receivedOn: '2026-01-31',
      date: '2026-02-01',
      dueDate: '2026-03-02',
      identityConfirmed: false,
      sendBy: null,
    })
    expect(result.events.map((e) => e.action)).toEqual(['request.received', 'request.letter_queued'])
    expect(result.events[0]).toMatchObject({ targetType: 'data_subject_request', targetId: 'req-1' })
  })

  it('records identity confirmed at intake (e.g. e-mail verified on the portal)', () => {
    const result = openRequest(
      newRequest({ channel: 'portal', identityConfirmedBy: 'E-mail geverifieerd' }),
      day('2026-01-31'),
    )
    expect(result.ok && result.request.identity.confirmedAt !== null).toBe(true)
    expect(result.ok && result.letter).toMatchObject({ identityConfirmed: true })
  })

  it.each([
    [{ types: [] }, 'types_required'],
    [{ types: ['access', 'nonsense'] as never }, 'unknown_type'],
    [{ channel: 'fax' as never }, 'unknown_channel'],
    [{ reference: ' ' }, 'reference_required'],
    [{ receivedAt: day('2026-02-02') }, 'invalid_date'],
  ])('refuses %o: %s', (overrides, reason) => {
    expect(openRequest(newRequest(overrides), day('2026-02-01'))).toEqual({ ok: false, reason })
  })
})

describe('transition — start and identity (Art. 12(6))', () => {
  it('start: received → in_progress, recording how identity was confirmed', () => {
    const result = must(
      transition(receivedRequest(), 'start', day('2026-02-02'), { identityConfirmedBy: 'Klantnummer' }),
    )
    expect(result.request.status).toBe('in_progress')
    expect(result.request.identity).toMatchObject({ method: 'Klantnummer', confirmedAt: day('2026-02-02') })
    expect(result.letter).toBeNull()
    expect(result.events[0]).toMatchObject({
      action: 'request.started',
      summary: { from: 'received', to: 'in_progress' },
    })
  })

  it('start is only possible from received', () => {
    expect(transition(started(), 'start', day('2026-02-03'), {})).toEqual({
      ok: false,
      reason: 'not_allowed_in_status',
    })
  })

  it('request_identity: awaiting_identity with the identity_needed letter', () => {
    const result = must(
      transition(receivedRequest(), 'request_identity', day('2026-02-02'), {
        needed: ['customer_number', 'id_document_masked'],
        reason: 'Het e-mailadres is bij ons niet gekend',
      }),
    )
    expect(result.request.status).toBe('awaiting_identity')
    expect(result.letter).toMatchObject({ kind: 'identity_needed', dueDate: '2026-03-02', clock: 'receipt' })
    expect(result.events.map((e) => e.action)).toEqual([
      'request.identity_requested',
      'request.letter_queued',
    ])
  })

  it('request_identity needs the evidence and a reason, and not once identity is confirmed', () => {
    const request = receivedRequest()
    expect(transition(request, 'request_identity', day('2026-02-02'), { needed: [], reason: 'x' })).toEqual({
      ok: false,
      reason: 'identity_evidence_required',
    })
    expect(
      transition(request, 'request_identity', day('2026-02-02'), {
        needed: ['customer_number'],
        reason: ' ',
      }),
    ).toEqual({
      ok: false,
      reason: 'reason_required',
    })
    const confirmed = must(
      transition(request, 'start', day('2026-02-02'), { identityConfirmedBy: 'Portaal' }),
    ).request
    expect(
      transition(confirmed, 'request_identity', day('2026-02-03'), {
        needed: ['customer_number'],
        reason: 'Twijfel',
      }),
    ).toEqual({ ok: false, reason: 'identity_already_confirmed' })
  })

  it('confirm_identity: awaiting_identity → in_progress, with the method', () => {
    const waiting = must(
      transition(receivedRequest(), 'request_identity', day('2026-02-02'), {
        needed: ['customer_number'],
        reason: 'Twijfel',
      }),
    ).request
    expect(transition(waiting, 'confirm_identity', day('2026-02-05'), { method: '' })).toEqual({
      ok: false,
      reason: 'method_required',
    })
    const confirmed = must(
      transition(waiting, 'confirm_identity', day('2026-02-05'), { method: 'Klantnummer klopt' }),
    )
    expect(confirmed.request).toMatchObject({
      status: 'in_progress',
      identity: { method: 'Klantnummer klopt' },
    })
  })
})

describe('transition — extension (Art. 12(3))', () => {
  it('extends before the original due date, with reasons, and sends the extension letter by that date', () => {
    const result = must(
      transition(started(), 'extend', day('2026-02-20'), { reasons: ['Gegevens in vijf systemen', ' '] }),
    )
    expect(result.request).toMatchObject({
      status: 'extended',
      extension: { reasons: ['Gegevens in vijf systemen'] },
    })
    expect(result.letter).toMatchObject({
      kind: 'extension',
      dueDate: '2026-03-02',
      extendedDueDate: '2026-04-30',
      sendBy: '2026-03-02',
      reasons: ['Gegevens in vijf systemen'],
    })
    expect(result.events[0]?.summary).toMatchObject({ dueDate: '2026-03-02', extendedDueDate: '2026-04-30' })
  })

  it('is still possible late on the due date itself', () => {
    expect(transition(started(), 'extend', day('2026-03-02', '23:30'), { reasons: ['Complex'] }).ok).toBe(
      true,
    )
  })

  it('cannot extend after the due date', () => {
    expect(transition(started(), 'extend', day('2026-03-03', '00:05'), { reasons: ['Complex'] })).toEqual({
      ok: false,
      reason: 'extension_too_late',
    })
  })

  it('cannot extend twice', () => {
    const extended = must(
      transition(started(), 'extend', day('2026-02-20'), { reasons: ['Complex'] }),
    ).request
    expect(transition(extended, 'extend', day('2026-02-21'), { reasons: ['Nog complexer'] })).toEqual({
      ok: false,
      reason: 'already_extended',
    })
  })

  it('needs at least one reason', () => {
    expect(transition(started(), 'extend', day('2026-02-20'), { reasons: [] })).toEqual({
      ok: false,
      reason: 'reasons_required',
    })
    expect(transition(started(), 'extend', day('2026-02-20'), { reasons: ['  '] })).toEqual({
      ok: false,
      reason: 'reasons_required',
    })
  })

  it('not while waiting for the subject (identity or fee)', () => {
    const waiting = must(
      transition(receivedRequest(), 'request_identity', day('2026-02-02'), {
        needed: ['customer_number'],
        reason: 'Twijfel',
      }),
    ).request
    expect(transition(waiting, 'extend', day('2026-02-03'), { reasons: ['Complex'] })).toEqual({
      ok: false,
      reason: 'not_allowed_in_status',
    })
  })
})

describe('transition — fee (Art. 12(5))', () => {
  it('warns first: awaiting_fee with the fee_warning letter', () => {
    const result = must(transition(started(), 'warn_fee', day('2026-02-05'), fee('manifestly_unfounded')))
    expect(result.request).toMatchObject({
      status: 'awaiting_fee',
      fee: { amountCents: 2500, settlement: null },
    })
    expect(result.letter).toMatchObject({
      kind: 'fee_warning',
      ground: 'manifestly_unfounded',
      amountCents: 2500,
    })
  })

  it('a fee requires a prior warning', () => {
    expect(transition(started(), 'fee_paid', day('2026-02-05'), {})).toEqual({
      ok: false,
      reason: 'fee_not_warned',
    })
    expect(transition(started(), 'waive_fee', day('2026-02-05'), {})).toEqual({
      ok: false,
      reason: 'fee_not_warned',
    })
  })

  it('only for a manifestly unfounded or excessive request, with reasons and a positive amount', () => {
    const request = started()
    const at = day('2026-02-05')
    expect(transition(request, 'warn_fee', at, { ...fee(), ground: 'other' as never })).toEqual({
      ok: false,
      reason: 'fee_ground_invalid',
    })
    expect(transition(request, 'warn_fee', at, { ...fee(), reasons: [] })).toEqual({
      ok: false,
      reason: 'reasons_required',
    })
    expect(transition(request, 'warn_fee', at, { ...fee(), amountCents: 0 })).toEqual({
      ok: false,
      reason: 'invalid_amount',
    })
    expect(transition(request, 'warn_fee', at, { ...fee(), amountCents: 12.5 })).toEqual({
      ok: false,
      reason: 'invalid_amount',
    })
  })

  it('paid or waived: back to in_progress, or to extended when it was extended', () => {
    const warned = must(transition(started(), 'warn_fee', day('2026-02-05'), fee())).request
    expect(must(transition(warned, 'fee_paid', day('2026-02-06'), {})).request).toMatchObject({
      status: 'in_progress',
      fee: { settlement: 'paid' },
    })
    const extended = must(
      transition(started(), 'extend', day('2026-02-04'), { reasons: ['Complex'] }),
    ).request
    const warnedAfter = must(transition(extended, 'warn_fee', day('2026-02-05'), fee())).request
    expect(must(transition(warnedAfter, 'waive_fee', day('2026-02-06'), {})).request).toMatchObject({
      status: 'extended',
      fee: { settlement: 'waived' },
    })
  })

  it('warns once only', () => {
    const warned = must(transition(started(), 'warn_fee', day('2026-02-05'), fee())).request
    const paid = must(transition(warned, 'fee_paid', day('2026-02-06'), {})).request
    expect(transition(paid, 'warn_fee', day('2026-02-07'), fee())).toEqual({
      ok: false,
      reason: 'fee_already_warned',
    })
  })

  it('the subject may withdraw the request instead of paying', () => {
    const warned = must(transition(started(), 'warn_fee', day('2026-02-05'), fee())).request
    const withdrawn = must(transition(warned, 'withdraw', day('2026-02-10'), {}))
    expect(withdrawn.request).toMatchObject({ status: 'closed', closeReason: 'withdrawn' })
    expect(withdrawn.letter).toBeNull()
  })
})

describe('transition — answers', () => {
  it('complete: the completed letter, due by the current due date, and an event saying whether it was late', () => {
    const result = must(transition(started(), 'complete', day('2026-02-20'), accessDone))
    expect(result.request).toMatchObject({ status: 'completed', decision: { outcome: 'completed' } })
    expect(result.letter).toMatchObject({ kind: 'completed', sendBy: '2026-03-02' })
    expect(result.events[0]).toMatchObject({
      action: 'request.completed',
      summary: { late: false, dueDate: '2026-03-02' },
    })
    const late = must(transition(started(), 'complete', day('2026-03-04'), accessDone))
    expect(late.events[0]?.summary).toMatchObject({ late: true })
  })

  it('complete needs what the answer must state', () => {
    const request = started({ types: ['access', 'erasure'] })
    const at = day('2026-02-20')
    expect(transition(request, 'complete', at, { details: {} })).toEqual({
      ok: false,
      reason: 'access_details_required',
    })
    expect(transition(request, 'complete', at, accessDone)).toEqual({
      ok: false,
      reason: 'erasure_details_required',
    })
    const kept = { dataCategories: ['invoices_payments'], ground: 'legal_obligation' as const }
    expect(
      transition(request, 'complete', at, {
        details: { ...accessDone.details, erasure: { erased: [], kept: [kept] } },
      }),
    ).toEqual({ ok: false, reason: 'retention_rule_required' })
    expect(
      transition(request, 'complete', at, {
        details: {
          ...accessDone.details,
          erasure: { erased: [], kept: [{ ...kept, retentionRule: 'invoices-7y' }] },
        },
      }).ok,
    ).toBe(true)
  })

  it('refusal requires reasons', () => {
    expect(transition(started(), 'refuse', day('2026-02-20'), { ground: 'excessive', reasons: [] })).toEqual({
      ok: false,
      reason: 'reasons_required',
    })
  })

  it('refuse: the refused letter with ground and reasons', () => {
    const result = must(transition(started(), 'refuse', day('2026-02-20'), refusal('manifestly_unfounded')))
    expect(result.request).toMatchObject({
      status: 'refused',
      decision: { outcome: 'refused', ground: 'manifestly_unfounded', refusedTypes: ['access'] },
    })
    expect(result.letter).toMatchObject({
      kind: 'refused',
      ground: 'manifestly_unfounded',
      sendBy: '2026-03-02',
    })
    expect(result.events[0]).toMatchObject({
      action: 'request.refused',
      summary: { complaintRouteGiven: true },
    })
  })

  it('identity_not_established only after asking for identity', () => {
    expect(transition(started(), 'refuse', day('2026-02-20'), refusal('identity_not_established'))).toEqual({
      ok: false,
      reason: 'identity_not_requested',
    })
    const waiting = must(
      transition(receivedRequest(), 'request_identity', day('2026-02-02'), {
        needed: ['customer_number'],
        reason: 'Twijfel',
      }),
    ).request
    expect(transition(waiting, 'refuse', day('2026-02-25'), refusal('identity_not_established')).ok).toBe(
      true,
    )
  })

  it('legal_obligation names the law; compelling grounds only against an objection under Art. 21(1)', () => {
    expect(transition(started(), 'refuse', day('2026-02-20'), refusal('legal_obligation'))).toEqual({
      ok: false,
      reason: 'legal_reference_required',
    })
    expect(
      transition(
        started(),
        'refuse',
        day('2026-02-20'),
        refusal('legal_obligation', { legalReference: 'Wet 18.09.2017' }),
      ).ok,
    ).toBe(true)
    expect(
      transition(started(), 'refuse', day('2026-02-20'), refusal('compelling_legitimate_grounds')),
    ).toEqual({
      ok: false,
      reason: 'ground_not_applicable',
    })
    const objection = started({ types: ['objection_legitimate_interest'] })
    expect(
      transition(objection, 'refuse', day('2026-02-20'), refusal('compelling_legitimate_grounds')).ok,
    ).toBe(true)
  })

  it('an objection to direct marketing is never refused (Art. 21(3))', () => {
    const request = started({ types: ['access', 'objection_direct_marketing'] })
    expect(transition(request, 'refuse', day('2026-02-20'), refusal('excessive'))).toEqual({
      ok: false,
      reason: 'direct_marketing_objection_absolute',
    })
    expect(
      transition(request, 'partially_refuse', day('2026-02-20'), {
        ...refusal('excessive'),
        details: {},
        refusedTypes: ['objection_direct_marketing'],
      }),
    ).toEqual({ ok: false, reason: 'direct_marketing_objection_absolute' })
  })

  it('partially_refuse: a refused part, something granted, reasons', () => {
    const request = started({ types: ['access', 'portability'] })
    const at = day('2026-02-20')
    const base = { ...refusal('other'), details: accessDone.details }
    expect(transition(request, 'partially_refuse', at, { ...base, refusedTypes: [] })).toEqual({
      ok: false,
      reason: 'refused_part_required',
    })
    expect(transition(request, 'partially_refuse', at, { ...base, refusedTypes: ['erasure'] })).toEqual({
      ok: false,
      reason: 'unknown_type',
    })
    expect(
      transition(request, 'partially_refuse', at, { ...base, refusedTypes: ['access', 'portability'] }),
    ).toEqual({
      ok: false,
      reason: 'nothing_granted',
    })
    expect(
      transition(request, 'partially_refuse', at, { ...base, reasons: [], refusedTypes: ['portability'] }),
    ).toEqual({
      ok: false,
      reason: 'reasons_required',
    })
    const result = must(
      transition(request, 'partially_refuse', at, { ...base, refusedTypes: ['portability'] }),
    )
    expect(result.request.status).toBe('partially_refused')
    expect(result.letter).toMatchObject({ kind: 'partially_refused', refusedTypes: ['portability'] })
    const scoped = transition(request, 'partially_refuse', at, {
      ...base,
      refusedTypes: [],
      refusedScope: 'Interne e-mails over derden (art. 15.4 AVG)',
    })
    expect(scoped.ok).toBe(true)
  })

  it('forward_to_controller: tells the subject who the controller is', () => {
    expect(
      transition(started(), 'forward_to_controller', day('2026-02-03'), { controller: { name: ' ' } }),
    ).toEqual({
      ok: false,
      reason: 'controller_required',
    })
    const result = must(
      transition(receivedRequest(), 'forward_to_controller', day('2026-02-03'), {
        controller: { name: 'Bakkerij Retail NV', contact: 'dpo@bakkerij-retail.be' },
        activityKey: 'payroll-for-clients',
      }),
    )
    expect(result.request).toMatchObject({
      status: 'forwarded_to_controller',
      forwarding: { activityKey: 'payroll-for-clients' },
    })
    expect(result.letter).toMatchObject({ kind: 'forwarded', forwardedOn: '2026-02-03' })
  })
})

describe('transition — closing', () => {
  const closed = () =>
    must(
      transition(
        must(transition(started(), 'complete', day('2026-02-20'), accessDone)).request,
        'close',
        day('2026-02-21'),
        {},
      ),
    ).request

  it('closes an answered request only', () => {
    expect(transition(started(), 'close', day('2026-02-20'), {})).toEqual({
      ok: false,
      reason: 'not_allowed_in_status',
    })
    expect(closed()).toMatchObject({ status: 'closed', closeReason: 'answered' })
  })

  it('closed is final: every action is refused', () => {
    const request = closed()
    const inputs: { [A in RequestAction]: ActionInputs[A] } = {
      assign: { assigneeId: 'u1' },
      start: {},
      request_identity: { needed: ['customer_number'], reason: 'x' },
      confirm_identity: { method: 'x' },
      extend: { reasons: ['x'] },
      warn_fee: fee(),
      fee_paid: {},
      waive_fee: {},
      forward_to_controller: { controller: { name: 'X' } },
      complete: accessDone,
      partially_refuse: { ...refusal('other'), details: {}, refusedTypes: ['access'] },
      refuse: refusal('other'),
      close: {},
      withdraw: {},
    }
    for (const action of Object.keys(inputs) as RequestAction[]) {
      expect(transition(request, action, day('2026-02-22'), inputs[action] as never)).toEqual({
        ok: false,
        reason: 'request_closed',
      })
    }
    expect(availableActions(request, day('2026-02-22'))).toEqual([])
  })
})

describe('transition — general rules', () => {
  it('assign keeps the status and records the assignee', () => {
    const result = must(transition(receivedRequest(), 'assign', day('2026-02-01'), { assigneeId: 'agent-7' }))
    expect(result.request).toMatchObject({ status: 'received', assigneeId: 'agent-7' })
    expect(result.events[0]).toMatchObject({ action: 'request.assigned', summary: { assigneeId: 'agent-7' } })
  })

  it('cannot be dated before the last change', () => {
    const request: DataSubjectRequest = started()
    expect(transition(request, 'complete', day('2026-02-01'), accessDone)).toEqual({
      ok: false,
      reason: 'before_last_change',
    })
    expect(transition(request, 'complete', new Date(Number.NaN), accessDone)).toEqual({
      ok: false,
      reason: 'invalid_date',
    })
  })

  it('availableActions lists what the status allows now', () => {
    expect(availableActions(receivedRequest(), day('2026-02-01')).sort()).toEqual(
      [
        'assign',
        'complete',
        'extend',
        'forward_to_controller',
        'partially_refuse',
        'refuse',
        'request_identity',
        'start',
        'warn_fee',
        'withdraw',
      ].sort(),
    )
    expect(availableActions(receivedRequest(), day('2026-03-05'))).not.toContain('extend')
  })
})
