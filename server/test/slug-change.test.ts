import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

/** Issue 15, item 2: an owner changes the slug; the old public addresses redirect and stay the organisation's. */
describe('changing the slug', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let owner: ReturnType<typeof asUser>
  let otherOwner: ReturnType<typeof asUser>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Bakkerij Peeters')
    other = await createOrg(t.ctx, 'Slagerij Janssens')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const o = await createMember(t.ctx, other, 'owner')
    otherOwner = asUser(app, await signIn(app, o.email, o.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('is an owner decision: a privacy officer is refused', async () => {
    const po = await createMember(t.ctx, org, 'privacy_officer')
    const asPo = asUser(app, await signIn(app, po.email, po.password))
    expectProblem(await asPo('PUT', `/api/v1/orgs/${org.slug}/slug`, { slug: 'peeters' }), 403)
  })

  it('changes the slug; /p/{old}/... and /c/{old}.js answer 308 to the new address, query kept', async () => {
    const old = org.slug
    // Served before the change (this process keeps "not a previous slug" for it): the change must end that.
    expect((await app.inject({ method: 'GET', url: `/p/${old}/privacy` })).statusCode).not.toBe(308)
    expect((await app.inject({ method: 'GET', url: `/c/${old}.js` })).statusCode).not.toBe(308)
    const res = await owner('PUT', `/api/v1/orgs/${old}/slug`, { slug: 'bakkerij-peeters-leuven' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().slug).toBe('bakkerij-peeters-leuven')
    const page = await app.inject({ method: 'GET', url: `/p/${old}/privacy?lang=fr` })
    expect(page.statusCode).toBe(308)
    expect(page.headers.location).toBe('/p/bakkerij-peeters-leuven/privacy?lang=fr')
    const banner = await app.inject({ method: 'GET', url: `/c/${old}.js` })
    expect(banner.statusCode).toBe(308)
    expect(banner.headers.location).toBe('/c/bakkerij-peeters-leuven.js')
    expect(
      (await app.inject({ method: 'GET', url: '/p/bakkerij-peeters-leuven/privacy' })).statusCode,
    ).not.toBe(308)
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'organization.updated')
      .execute()
    expect(audit.map((a) => a.summary)).toContainEqual({
      changes: { slug: { from: old, to: 'bakkerij-peeters-leuven' } },
    })
    org = { ...org, slug: old }
  })

  it('keeps the old slug for the organisation: another cannot take it, the organisation can take it back', async () => {
    const taken = await otherOwner('PUT', `/api/v1/orgs/${other.slug}/slug`, { slug: org.slug })
    expect(expectProblem(taken, 409).code).toBe('slug_taken')
    const back = await owner('PUT', '/api/v1/orgs/bakkerij-peeters-leuven/slug', { slug: org.slug })
    expect(back.statusCode, back.body).toBe(200)
    const redirect = await app.inject({ method: 'GET', url: '/p/bakkerij-peeters-leuven/request' })
    expect(redirect.headers.location).toBe(`/p/${org.slug}/request`)
  })

  it('another web process on the same database redirects once the change is announced', async () => {
    const second = await buildApp(t.ctx, { serveWeb: false, logger: false })
    try {
      const old = other.slug
      // The second process answers the old address once (and keeps that it is no previous slug)...
      expect((await second.inject({ method: 'GET', url: `/c/${old}.js` })).statusCode).not.toBe(308)
      const res = await otherOwner('PUT', `/api/v1/orgs/${old}/slug`, { slug: 'slagerij-janssens-gent' })
      expect(res.statusCode, res.body).toBe(200)
      // ...and redirects it once the first process's change reaches it.
      await expect
        .poll(async () => (await second.inject({ method: 'GET', url: `/c/${old}.js` })).headers.location, {
          timeout: 10_000,
        })
        .toBe('/c/slagerij-janssens-gent.js')
    } finally {
      await second.close()
    }
  })
})
