import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

describe('bad input gets problem+json naming the field, and nothing stored is lost', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let as: ReturnType<typeof asUser>
  let session: Awaited<ReturnType<typeof signIn>>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    const owner = await createMember(t.ctx, org, 'owner')
    session = await signIn(app, owner.email, owner.password)
    as = asUser(app, session)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const url = () => `/api/v1/orgs/${org.slug}`

  it('malformed JSON body', async () => {
    const res = await app.inject({
      method: 'PATCH',
      url: url(),
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': 'application/json',
      },
      payload: '{"name": "x"',
    })
    const body = expectProblem(res, 400)
    expect(body.code).toBe('invalid_json')
    expect(body.errors).toEqual([
      { path: 'body', message: 'The body is not valid JSON.', code: 'invalid_json' },
    ])
  })

  it('empty JSON body: invalid_json on every JSON route (the JSON parser at the edge)', async () => {
    for (const [method, path] of [
      ['PATCH', url()],
      ['PUT', `${url()}/dpia/assessments/bookkeeping`],
      ['POST', `${url()}/dpia/assessments/bookkeeping/import?dryRun=true`],
    ] as const) {
      const res = await app.inject({
        method,
        url: path,
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': 'application/json',
        },
        payload: '',
      })
      const body = expectProblem(res, 400)
      expect(body.code, path).toBe('invalid_json')
      expect(body.errors).toEqual([
        { path: 'body', message: 'The body is empty; send a JSON document.', code: 'invalid_json' },
      ])
    }
  })

  it('unknown field', async () => {
    const body = expectProblem(await as('PATCH', url(), { name: 'Ok', colour: 'blue' }), 400)
    expect(body.code).toBe('schema_mismatch')
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: 'body.colour',
        code: 'unrecognized_keys',
        params: { keys: ['colour'] },
      }),
    ])
  })

  it('wrong type', async () => {
    const body = expectProblem(await as('PATCH', url(), { dpoAppointed: 'yes' }), 400)
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: 'body.dpoAppointed',
        code: 'invalid_type',
        params: { expected: 'boolean' },
      }),
    ])
  })

  it('enterprise number with wrong KBO check digits', async () => {
    const body = expectProblem(await as('PATCH', url(), { enterpriseNumber: '0403.019.262' }), 400)
    expect(body.errors?.[0]?.path).toBe('body.enterpriseNumber')
    expect(body.errors?.[0]?.message).toMatch(/check digits/)
  })

  it('a valid enterprise number is stored as ten digits and shown formatted', async () => {
    const res = await as('PATCH', url(), { enterpriseNumber: 'BE 0403.019.261' })
    expect(res.json()).toMatchObject({
      enterpriseNumber: '0403019261',
      enterpriseNumberFormatted: '0403.019.261',
    })
  })

  it('wrong query and path parameters', async () => {
    expectProblem(await as('GET', `${url()}/audit-events?limit=abc`), 400)
    expectProblem(await as('GET', `${url()}/outbox/not-a-uuid`), 400)
    expect(expectProblem(await as('GET', '/api/v1/nothing-here'), 404).code).toBe('route_not_found')
  })

  it('nothing already stored was lost by the rejected requests', async () => {
    const res = await as('GET', url())
    expect(res.json()).toMatchObject({ name: 'Boekhouding Peeters', enterpriseNumber: '0403019261' })
  })

  it('exposes the OpenAPI 3.1 document and the reference UI', async () => {
    const doc = await app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(doc.json().openapi).toBe('3.1.0')
    expect(Object.keys(doc.json().paths)).toContain('/api/v1/orgs/{slug}/members')
    const ui = await app.inject({ method: 'GET', url: '/api/docs/' })
    expect(ui.statusCode).toBe(200)
    expect(ui.body).toContain('swagger')
  })

  it('sends a strict CSP and health endpoints', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' })
    expect(res.json()).toEqual({ status: 'ok' })
    expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' })
  })
})
