import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrganizationRow, Role } from '../src/db/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { createHeldMail } from './support/mail'

/**
 * The role matrix, written out by hand (not derived from the policy code, so a policy change that is not
 * intended makes this fail). owner / privacy_officer / agent / auditor.
 */
type Case = {
  name: string
  expected: Record<Role, number>
  call: (org: OrganizationRow) => Promise<[string, string, unknown?]>
}

describe('role matrix per route', () => {
  let t: TestContext
  let app: App
  let org: OrganizationRow
  const sessions = {} as Record<Role, ReturnType<typeof asUser>>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    for (const role of ['owner', 'privacy_officer', 'agent', 'auditor'] as Role[]) {
      const m = await createMember(t.ctx, org, role)
      sessions[role] = asUser(app, await signIn(app, m.email, m.password))
    }
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const base = (o: OrganizationRow) => `/api/v1/orgs/${o.slug}`
  const cases: Case[] = [
    {
      name: 'read profile',
      expected: { owner: 200, privacy_officer: 200, agent: 200, auditor: 200 },
      call: async (o) => ['GET', base(o)],
    },
    {
      name: 'update profile',
      expected: { owner: 200, privacy_officer: 200, agent: 403, auditor: 403 },
      call: async (o) => ['PATCH', base(o), { city: 'Gent' }],
    },
    {
      name: 'list members',
      expected: { owner: 200, privacy_officer: 200, agent: 200, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/members`],
    },
    {
      name: 'add member',
      expected: { owner: 201, privacy_officer: 403, agent: 403, auditor: 403 },
      call: async (o) => [
        'POST',
        `${base(o)}/members`,
        { email: `new-${Math.random().toString(36).slice(2)}@example.be`, role: 'agent' },
      ],
    },
    {
      name: 'change role',
      expected: { owner: 204, privacy_officer: 403, agent: 403, auditor: 403 },
      call: async (o) => [
        'PATCH',
        `${base(o)}/members/${(await createMember(t.ctx, o, 'agent')).userId}`,
        { role: 'auditor' },
      ],
    },
    {
      name: 'remove member',
      expected: { owner: 204, privacy_officer: 403, agent: 403, auditor: 403 },
      call: async (o) => ['DELETE', `${base(o)}/members/${(await createMember(t.ctx, o, 'agent')).userId}`],
    },
    {
      name: 'list API tokens',
      expected: { owner: 200, privacy_officer: 403, agent: 403, auditor: 403 },
      call: async (o) => ['GET', `${base(o)}/api-tokens`],
    },
    {
      name: 'create API token',
      expected: { owner: 201, privacy_officer: 403, agent: 403, auditor: 403 },
      call: async (o) => ['POST', `${base(o)}/api-tokens`, { name: 'ci', scopes: ['organization:read'] }],
    },
    {
      name: 'browse audit log',
      expected: { owner: 200, privacy_officer: 200, agent: 403, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/audit-events`],
    },
    {
      name: 'export audit log',
      expected: { owner: 200, privacy_officer: 200, agent: 403, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/audit-events/export?format=json`],
    },
    {
      name: 'list outbox',
      expected: { owner: 200, privacy_officer: 200, agent: 200, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/outbox`],
    },
    {
      name: 'retry held mail',
      expected: { owner: 202, privacy_officer: 202, agent: 403, auditor: 403 },
      call: async (o) => ['POST', `${base(o)}/outbox/${await createHeldMail(t.ctx, o.id)}/retry`],
    },
    {
      name: 'read register',
      expected: { owner: 200, privacy_officer: 200, agent: 200, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/register`],
    },
    {
      name: 'check register',
      expected: { owner: 200, privacy_officer: 200, agent: 200, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/register/check`],
    },
    {
      name: 'export register',
      expected: { owner: 200, privacy_officer: 200, agent: 200, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/register/export?format=xlsx`],
    },
    {
      name: 'add register entry',
      expected: { owner: 201, privacy_officer: 201, agent: 403, auditor: 403 },
      call: async (o) => [
        'POST',
        `${base(o)}/register/measures`,
        { key: `m-${Math.random().toString(36).slice(2)}`, name: 'Backups', type: 'technical' },
      ],
    },
    {
      name: 'preview privacy notice',
      expected: { owner: 200, privacy_officer: 200, agent: 200, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/notice/preview?lang=fr`],
    },
    {
      name: 'publish privacy notice (refused as incomplete, but only after the role check)',
      expected: { owner: 422, privacy_officer: 422, agent: 403, auditor: 403 },
      call: async (o) => ['POST', `${base(o)}/notice/versions`, { material: false }],
    },
    {
      name: 'search data subjects',
      expected: { owner: 200, privacy_officer: 200, agent: 200, auditor: 200 },
      call: async (o) => ['GET', `${base(o)}/subjects?q=someone@example.be`],
    },
    {
      name: 'add a data subject',
      expected: { owner: 201, privacy_officer: 201, agent: 201, auditor: 403 },
      call: async (o) => [
        'POST',
        `${base(o)}/subjects`,
        {
          name: 'Jan Peeters',
          identities: [{ kind: 'email', value: `jan-${Math.random().toString(36).slice(2)}@example.be` }],
        },
      ],
    },
    {
      name: 'import register',
      expected: { owner: 200, privacy_officer: 200, agent: 403, auditor: 403 },
      call: async (o) => [
        'POST',
        `${base(o)}/register/import?dryRun=true`,
        { organization: { name: o.name } },
      ],
    },
  ]

  for (const c of cases) {
    it(`${c.name}: ${Object.entries(c.expected)
      .map(([r, s]) => `${r} ${s}`)
      .join(', ')}`, async () => {
      for (const role of Object.keys(c.expected) as Role[]) {
        const [method, url, payload] = await c.call(org)
        const res = await sessions[role](method as 'GET', url, payload)
        expect({ role, status: res.statusCode }).toEqual({ role, status: c.expected[role] })
      }
    })
  }
})
