import { describe, expect, it } from 'vitest'
import { initialClientActivity, initialForwardRoute, NO_ROUTE } from './forwardRoute'

const client = (id: string, suggested: boolean, status: 'active' | 'ended' = 'active') => ({
  id,
  status,
  suggestedBecause: suggested ? [{ kind: 'client', name: id }] : [],
})
const routes = [{ activityKey: 'payroll-for-clients' }]

describe('the forward form’s first choice', () => {
  it('selects nothing when the request names no client', () => {
    expect(initialForwardRoute([client('a', false), client('b', false)], routes)).toBe(NO_ROUTE)
  })
  it('selects the one active client the request suggests', () => {
    expect(initialForwardRoute([client('a', false), client('b', true)], routes)).toBe('client:b')
  })
  it('selects nothing when several clients, or only an ended one, are suggested', () => {
    expect(initialForwardRoute([client('a', true), client('b', true)], routes)).toBe(NO_ROUTE)
    expect(initialForwardRoute([client('a', true, 'ended')], routes)).toBe(NO_ROUTE)
  })
  it('without clients, opens on the register’s processor activity as before', () => {
    expect(initialForwardRoute([], routes)).toBe('payroll-for-clients')
    expect(initialForwardRoute([], [])).toBe('__other__')
  })
})

describe('the activity named when forwarding to a client (issue 20 m2)', () => {
  const payroll = { key: 'payroll', name: 'Loonverwerking' }
  const calls = { key: 'calls', name: 'Callcenter' }
  it('names a client’s only activity', () => {
    expect(initialClientActivity({ activities: [payroll], suggestedBecause: [] })).toBe('payroll')
  })
  it('names the activity the request mentions among several', () => {
    expect(
      initialClientActivity({
        activities: [payroll, calls],
        suggestedBecause: [
          { kind: 'system', key: 'phone' },
          { kind: 'activity', key: 'calls' },
        ],
      }),
    ).toBe('calls')
  })
  it('names none when the request mentions none or several of them: staff choose', () => {
    expect(initialClientActivity({ activities: [payroll, calls], suggestedBecause: [] })).toBe('')
    expect(
      initialClientActivity({
        activities: [payroll, calls],
        suggestedBecause: [
          { kind: 'activity', key: 'payroll' },
          { kind: 'activity', key: 'calls' },
        ],
      }),
    ).toBe('')
    expect(
      initialClientActivity({
        activities: [payroll, calls],
        suggestedBecause: [{ kind: 'client', key: null }],
      }),
    ).toBe('')
  })
})
