import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { receivedRequest } from '../../../test/fixtures/accountant-register'
import { StoredDataInvalid } from '../../domain/errors'
import { type DataSubjectRequest, REQUEST_ACTIONS, REQUEST_TYPES, transition } from '../../domain/requests'
import { VERSION_KEY } from '../../lib/stored-json'
import { reviveRequest, storeRequest } from './state'

const HOUR = 3_600_000

/** One valid input per action: random runs reach every status, so every part of the state is stored once. */
const INPUTS: Record<(typeof REQUEST_ACTIONS)[number], unknown> = {
  assign: { assigneeId: 'agent-1' },
  start: { identityConfirmedBy: 'Portaal' },
  request_identity: { needed: ['customer_number'], reason: 'Twijfel' },
  confirm_identity: { method: 'Klantnummer' },
  extend: { reasons: ['Complex'] },
  warn_fee: { ground: 'excessive', reasons: ['Herhaald'], amountCents: 2000, paymentDetails: 'BE68' },
  fee_paid: {},
  waive_fee: {},
  forward_to_controller: { controller: { name: 'Retail NV', contact: 'dpo@retail.example' } },
  complete: { details: { access: { delivery: 'download' }, erasure: { erased: ['contact'], kept: [] } } },
  partially_refuse: {
    details: { access: { delivery: 'enclosed' } },
    refusedTypes: ['erasure'],
    ground: 'legal_obligation',
    reasons: ['Reden'],
    legalReference: 'Wet van 18 september 2017',
  },
  refuse: { ground: 'excessive', reasons: ['Reden'] },
  close: {},
  withdraw: {},
}

/** What a jsonb column gives back for the stored state. */
const throughJsonb = (request: DataSubjectRequest) => JSON.parse(JSON.stringify(storeRequest(request)))

const failure = (state: unknown) => {
  try {
    reviveRequest(state, {})
  } catch (error) {
    if (error instanceof StoredDataInvalid)
      return { code: error.code, reason: error.reason, store: error.store }
    throw error
  }
  return undefined
}

describe('stored request state', () => {
  it('reads back every state the workflow reaches, Dates included, with its version and without the requester', () => {
    const step = fc.record({ action: fc.constantFrom(...REQUEST_ACTIONS), hours: fc.nat({ max: 24 * 6 }) })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const subject = { name: 'An Peeters', email: 'an@example.be' }
        let request: DataSubjectRequest = receivedRequest({ types: [...REQUEST_TYPES].slice(0, 3), subject })
        let at = request.receivedAt.getTime()
        for (const { action, hours } of steps) {
          at += hours * HOUR
          const result = transition(request, action, new Date(at), INPUTS[action] as never)
          if (!result.ok) continue
          request = result.request
          const stored = throughJsonb(request)
          expect(stored[VERSION_KEY]).toBe(1)
          expect(stored).not.toHaveProperty('subject')
          expect(reviveRequest(stored, subject)).toEqual(request)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('reads a state written before versions (no $v, the requester still inside) as version 1', () => {
    const request = receivedRequest({ subject: { name: 'An' } })
    const { [VERSION_KEY]: _v, ...old } = throughJsonb(request)
    expect(reviveRequest({ ...old, subject: { name: 'An' } }, { name: 'Bert' })).toEqual({
      ...request,
      subject: { name: 'Bert' },
    })
  })

  it('refuses a state that is not one with a coded StoredDataInvalid, never a cast', () => {
    const stored = throughJsonb(receivedRequest())
    const expected = { code: 'internal_error', store: 'request.state' }
    expect(failure({ ...stored, receivedAt: 'yesterday' })).toEqual({ ...expected, reason: 'invalid' })
    expect(failure({ ...stored, status: 'lost' })).toEqual({ ...expected, reason: 'invalid' })
    expect(failure({ ...stored, [VERSION_KEY]: 2 })).toEqual({ ...expected, reason: 'newer-version' })
    expect(failure('not json')).toEqual({ ...expected, reason: 'malformed' })
  })
})
