import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import type { OrganizationRow } from '../src/db/schema'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { publishNotice } from '../src/modules/notices/service'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, signIn } from './support/http'
import { createHeldMail } from './support/mail'
import { sampleRegister } from './support/register'

describe('tenant isolation: organisation B is invisible to members and tokens of A', () => {
  let t: TestContext
  let app: App
  let a: OrganizationRow
  let b: OrganizationRow
  let bMemberId: string
  let bMailId: string
  let bTokenId: string
  let ownerOfA: ReturnType<typeof asUser>
  let tokenOfA: ReturnType<typeof asToken>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    a = await createOrg(t.ctx, 'A BV')
    b = await createOrg(t.ctx, 'B BV')
    const ownerA = await createMember(t.ctx, a, 'owner')
    const ownerB = await createMember(t.ctx, b, 'owner')
    bMemberId = ownerB.userId
    bMailId = await createHeldMail(t.ctx, b.id)
    ownerOfA = asUser(app, await signIn(app, ownerA.email, ownerA.password))
    const asOwnerB = asUser(app, await signIn(app, ownerB.email, ownerB.password))
    bTokenId = (
      await asOwnerB('POST', `/api/v1/orgs/${b.slug}/api-tokens`, {
        name: 'b',
        scopes: ['organization:read'],
      })
    ).json().id
    await importRegister(
      t.ctx,
      systemActor('test'),
      b,
      registerDocumentSchema.parse(sampleRegister('B BV')),
      {
        mode: 'merge',
        dryRun: false,
      },
    )
    // The import updated B's profile: publish from the organisation as it is now stored.
    const refreshed = await t.ctx.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', b.id)
      .executeTakeFirstOrThrow()
    await publishNotice(t.ctx, systemActor('test'), refreshed, { material: false })
    const all = [
      'organization:read',
      'organization:write',
      'members:read',
      'members:write',
      'audit:read',
      'outbox:read',
      'outbox:write',
      'register:read',
      'register:write',
      'notice:read',
      'notice:write',
    ]
    const tokenA = await ownerOfA('POST', `/api/v1/orgs/${a.slug}/api-tokens`, { name: 'a', scopes: all })
    tokenOfA = asToken(app, tokenA.json().secret)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const routes = (): [string, string, unknown?][] => {
    const base = `/api/v1/orgs/${b.slug}`
    return [
      ['GET', base],
      ['PATCH', base, { name: 'Hijacked' }],
      ['GET', `${base}/members`],
      ['POST', `${base}/members`, { email: 'intruder@example.be', role: 'owner' }],
      ['PATCH', `${base}/members/${bMemberId}`, { role: 'auditor' }],
      ['DELETE', `${base}/members/${bMemberId}`],
      ['GET', `${base}/api-tokens`],
      ['POST', `${base}/api-tokens`, { name: 'x', scopes: ['organization:read'] }],
      ['DELETE', `${base}/api-tokens/${bTokenId}`],
      ['GET', `${base}/audit-events`],
      ['GET', `${base}/audit-events/export`],
      ['GET', `${base}/audit-events/verification`],
      ['GET', `${base}/outbox`],
      ['GET', `${base}/outbox/${bMailId}`],
      ['POST', `${base}/outbox/${bMailId}/retry`],
      ['GET', `${base}/register`],
      ['GET', `${base}/register/file?format=json`],
      ['POST', `${base}/register/import`, sampleRegister('Hijacked')],
      ['GET', `${base}/register/check`],
      ['GET', `${base}/register/export?format=csv`],
      ['GET', `${base}/register/activities`],
      ['POST', `${base}/register/measures`, { key: 'x', name: 'X', type: 'technical' }],
      ['GET', `${base}/register/activities/bookkeeping`],
      ['PUT', `${base}/register/measures/mfa`, { key: 'mfa', name: 'Hijacked', type: 'technical' }],
      ['DELETE', `${base}/register/measures/mfa`],
      ['GET', `${base}/register/activities/bookkeeping/history`],
      ['GET', `${base}/notice/preview`],
      ['POST', `${base}/notice/versions`, { material: false }],
      ['GET', `${base}/notice/versions`],
      ['GET', `${base}/notice/versions/1`],
      ['GET', `${base}/notice/diff?from=1&to=1`],
    ]
  }

  it('answers 404 to a member of A on every resource of B, exactly as for a missing organisation', async () => {
    for (const [method, url, payload] of routes()) {
      const res = await ownerOfA(method as 'GET', url, payload)
      expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 404 })
      expect(res.json().detail).toBe('Organisation was not found.')
    }
    const missing = await ownerOfA('GET', '/api/v1/orgs/does-not-exist')
    expect(missing.json().detail).toBe('Organisation was not found.')
  })

  it('answers 404 to an API token of A on every resource of B', async () => {
    for (const [method, url, payload] of routes()) {
      const res = await tokenOfA(method as 'GET', url, payload)
      expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 404 })
    }
  })

  it('leaves B untouched', async () => {
    const org = await t.ctx.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', b.id)
      .executeTakeFirstOrThrow()
    expect(org.name).toBe('B BV')
    const members = await t.ctx.db
      .selectFrom('memberships')
      .selectAll()
      .where('organization_id', '=', b.id)
      .execute()
    expect(members).toHaveLength(1)
    expect(members[0]?.role).toBe('owner')
    const entries = await t.ctx.db
      .selectFrom('register_entries')
      .select(['key', 'data'])
      .where('organization_id', '=', b.id)
      .execute()
    expect(entries.find((e) => e.key === 'mfa')?.data).toMatchObject({ name: 'Multi-factor authentication' })
  })

  it('does not mix mail of B into the outbox of A', async () => {
    const res = await ownerOfA('GET', `/api/v1/orgs/${a.slug}/outbox/${bMailId}`)
    expect(res.statusCode).toBe(404)
  })
})
