import { describe, expect, it } from 'vitest'
import { initialForwardRoute, NO_ROUTE } from './forwardRoute'

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
