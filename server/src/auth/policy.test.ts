import { describe, expect, it } from 'vitest'
import { ADDED as CAPABILITY_SCOPES_ADDED, widenedScopes } from '../db/migrations/0045-capability-scopes'
import {
  defineActions,
  may,
  mayCreateOrganizations,
  permissions,
  roleHoldsScope,
  SCOPES,
  scopesOf,
} from './policy'
import { ROLES } from './roles'

describe('role scopes', () => {
  it('auditors only read', () => {
    expect(scopesOf('auditor').every((a) => a.endsWith(':read'))).toBe(true)
  })
  it('owners hold every scope the other roles hold', () => {
    for (const role of ROLES) for (const a of scopesOf(role)) expect(roleHoldsScope('owner', a)).toBe(true)
    expect([...scopesOf('owner')].sort()).toEqual([...SCOPES].sort())
  })
  it('only owners manage members and API tokens', () => {
    for (const role of ROLES) {
      expect(roleHoldsScope(role, 'members:write')).toBe(role === 'owner')
      expect(roleHoldsScope(role, 'api_tokens:write')).toBe(role === 'owner')
    }
  })
  it('each role holds a capability scope exactly when it held the scope the capability rested on (decision 0058)', () => {
    const capabilities = new Set(Object.values(CAPABILITY_SCOPES_ADDED).flat())
    for (const role of ROLES) {
      const before = scopesOf(role).filter((s) => !capabilities.has(s))
      const widened = widenedScopes(before)
      // The one narrowing: the compliance overview was register:read for owners, privacy officers and auditors only.
      const expected = role === 'agent' ? widened.filter((s) => s !== 'compliance:read') : widened
      expect([...scopesOf(role)].sort(), role).toEqual([...expected].sort())
    }
  })
  it('the scopes stored tokens were widened with all exist', () => {
    for (const added of Object.values(CAPABILITY_SCOPES_ADDED).flat())
      expect(SCOPES as readonly string[]).toContain(added)
  })
})

describe('named actions', () => {
  const actions = defineActions('thing', {
    read: 'register:read',
    change: 'register:write',
    approve: { scope: 'register:write', only: ['owner'] },
  })

  it('are named feature:verb and reach the roles holding their scope', () => {
    expect(actions.change).toEqual({
      name: 'thing:change',
      scope: 'register:write',
      roles: ['owner', 'privacy_officer'],
    })
    expect(actions.read.roles).toEqual(['owner', 'privacy_officer', 'agent', 'auditor'])
  })

  it('may narrow the roles, never widen them beyond the scope', () => {
    expect(actions.approve.roles).toEqual(['owner'])
    expect(() => defineActions('thing', { sneak: { scope: 'members:write', only: ['agent'] } })).toThrow(
      /thing:sneak reaches agent without members:write/,
    )
  })

  it('a role may do what its action allows, a token what its scopes allow', () => {
    expect(may({ role: 'privacy_officer' }, actions.approve)).toBe(false)
    expect(may({ role: 'owner' }, actions.approve)).toBe(true)
    expect(may({ scopes: ['register:write'] }, actions.approve)).toBe(true)
    expect(may({ scopes: ['register:read'] }, actions.change)).toBe(false)
    expect(permissions({ role: 'agent' }, { read: actions.read, change: actions.change })).toEqual({
      read: true,
      change: false,
    })
  })
})

describe('creating organisations (an installation right, not a role)', () => {
  it('is for installation admins only by default, for every user when the installation says so', () => {
    expect(mayCreateOrganizations('admins', { installation_admin: true })).toBe(true)
    expect(mayCreateOrganizations('admins', { installation_admin: false })).toBe(false)
    expect(mayCreateOrganizations('any-user', { installation_admin: false })).toBe(true)
  })
})
