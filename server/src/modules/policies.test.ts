import { describe, expect, it } from 'vitest'
import { roleHoldsScope } from '../auth/policy'
import { ACTIONS, actionNamed } from './policies'

describe('the features’ named actions, aggregated', () => {
  it('are unique, feature:verb, and each rests on a scope its roles hold', () => {
    const names = ACTIONS.map((a) => a.name)
    expect(new Set(names).size).toBe(names.length)
    for (const action of ACTIONS) {
      expect(action.name).toMatch(/^[a-z-]+:[a-z-]+$/)
      for (const role of action.roles) expect(roleHoldsScope(role, action.scope), action.name).toBe(true)
      expect(actionNamed(action.name)).toBe(action)
    }
  })

  it('keep what each role could do before they had names: the scope decides', () => {
    expect(actionNamed('notice:publish')?.roles).toEqual(['owner', 'privacy_officer'])
    expect(actionNamed('request:erase')?.roles).toEqual(['owner', 'privacy_officer', 'agent'])
    expect(actionNamed('connection:write')?.roles).toEqual(['owner', 'privacy_officer'])
    expect(actionNamed('member:add')?.roles).toEqual(['owner'])
    expect(actionNamed('audit:export')?.roles).toEqual(['owner', 'privacy_officer', 'auditor'])
  })
})
