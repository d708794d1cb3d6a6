import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

const GA = {
  id: 'google-analytics',
  name: 'Google Analytics',
  provider: 'Google',
  category: 'analytics',
  purpose: 'Counts visits',
  hosts: ['google-analytics.com'],
  cookies: [
    {
      name: '_ga',
      provider: 'Google',
      purpose: 'Distinguishes visitors',
      duration: '2 years',
      thirdCountry: 'US',
    },
  ],
}
const OWN = {
  id: 'own-site',
  name: 'Bakkerij',
  provider: 'Bakkerij',
  category: 'necessary',
  purpose: 'Runs the shop',
  hosts: [],
  cookies: [
    {
      name: 'basket',
      provider: 'Bakkerij',
      purpose: 'Keeps the basket',
      duration: 'session',
      thirdCountry: null,
    },
  ],
}

/**
 * Changing and removing one service of the cookie inventory on the Cookies page (issue 18): each is a new inventory
 * version, so the banner's loader carries the new version and asks every visitor again; the declaration follows; a
 * change that changes nothing stores no version; a service the inventory does not have is 404; only those who may
 * change the inventory may do either.
 */
describe('changing and removing a cookie inventory service', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let auditor: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}/cookies`
  const { id: _id, ...gaBody } = GA
  const bannerVersion = async () => {
    const loader = await app.inject({ method: 'GET', url: `/c/${org.slug}.js` })
    expect(loader.statusCode).toBe(200)
    return Number(/"v":(\d+)/.exec(loader.body)?.[1])
  }
  const declaration = async () =>
    (await app.inject({ method: 'GET', url: `/p/${org.slug}/cookies?lang=en` })).body

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Bakkerij Peeters')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    const saved = await owner('PUT', `${api()}/inventory`, { services: [OWN, GA] })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json().version).toBe(1)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('saves a changed service as a new version that the banner asks again for', async () => {
    expect(await bannerVersion()).toBe(1)
    const changed = await owner('PUT', `${api()}/services/google-analytics`, {
      ...gaBody,
      category: 'advertising',
      cookies: [{ ...GA.cookies[0], purpose: 'Follows visitors for ads', duration: '13 months' }],
      note: 'Used for ads now',
    })
    expect(changed.statusCode, changed.body).toBe(200)
    const setup = changed.json()
    expect(setup.version).toBe(2)
    expect(setup.note).toBe('Used for ads now')
    expect(setup.can).toEqual({ write: true, updateService: true, deleteService: true })
    expect(setup.inventory.services).toEqual([
      expect.objectContaining({ id: 'own-site' }),
      expect.objectContaining({
        id: 'google-analytics',
        category: 'advertising',
        cookies: [
          expect.objectContaining({
            name: '_ga',
            purpose: 'Follows visitors for ads',
            duration: '13 months',
          }),
        ],
      }),
    ])
    expect(await bannerVersion()).toBe(2)
    expect(await declaration()).toContain('Follows visitors for ads')

    // The same service again changes nothing: no version, the banner does not ask again.
    const same = await owner('PUT', `${api()}/services/google-analytics`, {
      ...gaBody,
      category: 'advertising',
      cookies: [{ ...GA.cookies[0], purpose: 'Follows visitors for ads', duration: '13 months' }],
    })
    expect(same.statusCode, same.body).toBe(200)
    expect(same.json().version).toBe(2)
    expect(await bannerVersion()).toBe(2)
  })

  it('refuses a service it does not have, an invalid one, and callers who may not change the inventory', async () => {
    expect(expectProblem(await owner('PUT', `${api()}/services/hotjar`, gaBody), 404).code).toBe('not_found')
    const tooLong = await owner('PUT', `${api()}/services/google-analytics`, {
      ...gaBody,
      cookies: [{ ...GA.cookies[0], name: 'x'.repeat(201) }],
    })
    expect(expectProblem(tooLong, 400).errors?.[0]?.path).toBe('body.cookies.0.name')
    // A country of the EU/EEA is no third country: the declaration would say "outside the EEA (BE)".
    const inEea = await owner('PUT', `${api()}/services/google-analytics`, {
      ...gaBody,
      cookies: [{ ...GA.cookies[0], thirdCountry: 'BE' }],
    })
    expect(expectProblem(inEea, 422).errors?.[0]).toMatchObject({
      path: 'body.cookies.0.thirdCountry',
      code: 'invalid_value',
    })
    const wholeInEea = await owner('PUT', `${api()}/inventory`, {
      services: [OWN, { ...GA, cookies: [{ ...GA.cookies[0], thirdCountry: 'NL' }] }],
    })
    expect(expectProblem(wholeInEea, 422).errors?.[0]?.path).toBe('body.services.1.cookies.0.thirdCountry')
    const badId = await owner('DELETE', `${api()}/services/Not_An_Id`)
    expect(expectProblem(badId, 400).errors?.[0]?.path).toBe('params.serviceId')
    expect((await auditor('GET', api())).json().can).toEqual({
      write: false,
      updateService: false,
      deleteService: false,
    })
    expect((await auditor('PUT', `${api()}/services/google-analytics`, gaBody)).statusCode).toBe(403)
    expect((await auditor('DELETE', `${api()}/services/google-analytics`)).statusCode).toBe(403)
    expect((await owner('GET', api())).json().version).toBe(2)
  })

  it('removes a service with its cookies as a new version; the declaration no longer lists it', async () => {
    const removed = await owner('DELETE', `${api()}/services/google-analytics`)
    expect(removed.statusCode, removed.body).toBe(200)
    expect(removed.json().version).toBe(3)
    expect(removed.json().note).toBe('Removed the service google-analytics')
    expect(removed.json().inventory.services.map((s: { id: string }) => s.id)).toEqual(['own-site'])
    expect(await bannerVersion()).toBe(3)
    const page = await declaration()
    expect(page).not.toContain('Google Analytics')
    expect(page).toContain('Keeps the basket')
    expect(expectProblem(await owner('DELETE', `${api()}/services/google-analytics`), 404).code).toBe(
      'not_found',
    )
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'cookie_inventory.saved')
      .execute()
    expect(audit.map((a) => (a.summary as { version: number }).version).sort()).toEqual([1, 2, 3])
  })
})
