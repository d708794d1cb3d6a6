import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

/** Redis the suite runs next to (`.ci/run` starts one); override with CUSTOS_TEST_REDIS_URL. */
const REDIS_URL = process.env.CUSTOS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15'

/**
 * Two applications on one database are two web processes behind a load balancer: what one counts or issues, the
 * other must see (issue 22, item 1).
 */
describe.each([
  { store: 'database', redisUrl: undefined },
  { store: 'redis', redisUrl: REDIS_URL },
])('state shared by web processes (rate limits in the $store)', ({ redisUrl }) => {
  let t: TestContext
  let first: App
  let second: App
  let org: Organization

  beforeAll(async () => {
    t = await createTestContext({ redisUrl })
    first = await buildApp(t.ctx, { serveWeb: false, logger: false })
    second = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
  })
  afterAll(async () => {
    await first?.close()
    await second?.close()
    await t?.close()
  })

  // A fresh address per run: Redis outlives the test database.
  const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.`

  it('counts sign-in attempts from one address across both processes (10 a minute)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const app = i % 2 === 0 ? first : second
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `user${i}@example.be`, password: 'x' },
        remoteAddress: `${address}1`,
      })
      statuses.push(res.statusCode)
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses.slice(10)).toEqual([429, 429])
    // Another address is not affected, on either process.
    const other = await second.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'someone@example.be', password: 'x' },
      remoteAddress: `${address}2`,
    })
    expect(other.statusCode).toBe(401)
  })

  it('counts portal form posts across both processes (5 a minute per route)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) {
      const app = i % 2 === 0 ? first : second
      const res = await app.inject({
        method: 'POST',
        url: `/p/${org.slug}/request`,
        payload: { name: '', email: 'not an address' },
        remoteAddress: `${address}3`,
      })
      statuses.push(res.statusCode)
    }
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(400))
    expect(statuses.slice(5)).toEqual([429, 429])
  })

  it('accepts a session and its CSRF token issued by one process on the other', async () => {
    const member = await createMember(t.ctx, org, 'owner')
    const session = await signIn(first, member.email, member.password)
    const me = await asUser(second, session)('GET', '/api/v1/me')
    expect(me.statusCode, me.body).toBe(200)
    const write = await asUser(second, session)('PATCH', `/api/v1/orgs/${org.slug}`, { name: 'Renamed by B' })
    expect(write.statusCode, write.body).toBe(200)
    const forged = await asUser(second, { ...session, csrfToken: 'not-the-token' })(
      'PATCH',
      `/api/v1/orgs/${org.slug}`,
      {
        name: 'Forged',
      },
    )
    expectProblem(forged, 403)
    await asUser(first, session)('POST', '/api/v1/auth/logout')
    expect((await asUser(second, session)('GET', '/api/v1/me')).statusCode).toBe(401)
  })
})
