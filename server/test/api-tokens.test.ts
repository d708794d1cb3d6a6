import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, expectProblem, signIn } from './support/http'

describe('organisation API tokens', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('shows the secret once, stores only its hash, and works as a Bearer token within its scopes', async () => {
    const created = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: 'CI export',
      scopes: ['audit:read'],
    })
    expect(created.statusCode).toBe(201)
    const { secret, id, prefix } = created.json()
    expect(secret).toMatch(/^cus_/)
    expect(secret.startsWith(prefix)).toBe(true)

    const listed = await owner('GET', `/api/v1/orgs/${org.slug}/api-tokens`)
    expect(JSON.stringify(listed.json())).not.toContain(secret)
    const rows = await t.ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', id).execute()
    expect(JSON.stringify(rows)).not.toContain(secret)

    const token = asToken(app, secret)
    expect((await token('GET', `/api/v1/orgs/${org.slug}/audit-events`)).statusCode).toBe(200)
    expect(expectProblem(await token('GET', `/api/v1/orgs/${org.slug}/members`), 403).detail).toContain(
      'members:read',
    )
    expectProblem(await token('PATCH', `/api/v1/orgs/${org.slug}`, { name: 'x' }), 403)

    const audit = await owner('GET', `/api/v1/orgs/${org.slug}/audit-events?action=api_token`)
    expect(audit.json().items[0]).toMatchObject({
      action: 'api_token.created',
      summary: { name: 'CI export', scopes: ['audit:read'] },
    })

    expect((await owner('DELETE', `/api/v1/orgs/${org.slug}/api-tokens/${id}`)).statusCode).toBe(204)
    expectProblem(await token('GET', `/api/v1/orgs/${org.slug}/audit-events`), 401)
  })

  it('rejects an unknown token and a malformed Authorization header', async () => {
    expectProblem(await asToken(app, 'cus_nope')('GET', `/api/v1/orgs/${org.slug}`), 401)
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.slug}`,
      headers: { authorization: 'Basic abc' },
    })
    expectProblem(res, 401)
  })

  it('needs no CSRF header with a Bearer token (not a cookie)', async () => {
    const created = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: 'writer',
      scopes: ['organization:write'],
    })
    const res = await asToken(app, created.json().secret)('PATCH', `/api/v1/orgs/${org.slug}`, {
      city: 'Hasselt',
    })
    expect(res.statusCode).toBe(200)
  })

  it('never grants a scope the creator lacks', async () => {
    const po = await createMember(t.ctx, org, 'privacy_officer')
    const asPo = asUser(app, await signIn(app, po.email, po.password))
    expectProblem(
      await asPo('POST', `/api/v1/orgs/${org.slug}/api-tokens`, { name: 'x', scopes: ['members:write'] }),
      403,
    )
  })
})
