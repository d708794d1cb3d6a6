import { describe, expect, it } from 'vitest'
import { ALL_ABILITIES, abilitiesOf, mayCreateOrganizations, roleCan } from './policy'
import { ROLES } from './roles'

describe('role policy', () => {
  it('auditors only read', () => {
    expect(abilitiesOf('auditor').every((a) => a.endsWith(':read'))).toBe(true)
  })
  it('owners can do everything the other roles can', () => {
    for (const role of ROLES) for (const a of abilitiesOf(role)) expect(roleCan('owner', a)).toBe(true)
    expect([...abilitiesOf('owner')].sort()).toEqual([...ALL_ABILITIES].sort())
  })
  it('only owners manage members and API tokens', () => {
    for (const role of ROLES) {
      expect(roleCan(role, 'members:write')).toBe(role === 'owner')
      expect(roleCan(role, 'api_tokens:write')).toBe(role === 'owner')
    }
  })
})

describe('creating organisations (an installation right, not a role)', () => {
  it('is for installation admins only by default, for every user when the installation says so', () => {
    expect(mayCreateOrganizations('admins', { installation_admin: true })).toBe(true)
    expect(mayCreateOrganizations('admins', { installation_admin: false })).toBe(false)
    expect(mayCreateOrganizations('any-user', { installation_admin: false })).toBe(true)
  })
})
