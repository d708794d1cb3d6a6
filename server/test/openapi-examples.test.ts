import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg, PASSWORD } from './support/factories'
import { asUser, signIn } from './support/http'

/** The id an example's path gets when no earlier example created the thing (a valid UUID nothing has). */
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000'

interface Operation {
  operationId: string
  requestBody?: { content: Record<string, { example?: unknown }> }
}

/**
 * The example bodies of the OpenAPI document (the operation catalogues' requestExample, decision 0026) are what
 * an integrator copies first: each must be accepted by the real server, not only by the schema the linter checks.
 */
describe('the example bodies of the OpenAPI document', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    const member = await createMember(t.ctx, org, 'owner')
    // Installation-wide examples (the mail server settings) need an installation administrator.
    await t.ctx.db
      .updateTable('users')
      .set({ installation_admin: true })
      .where('id', '=', member.userId)
      .execute()
    owner = asUser(app, await signIn(app, member.email, PASSWORD))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('are each accepted by the operation they illustrate', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const examples: { method: string; path: string; op: Operation; body: { key?: string } }[] = []
    for (const [path, ops] of Object.entries<Record<string, Operation>>(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const body = op.requestBody?.content['application/json']?.example
        if (body !== undefined) examples.push({ method, path, op, body: body as { key?: string } })
      }
    }
    expect(examples.map((e) => e.op.operationId)).toEqual(
      expect.arrayContaining([
        'createRequest',
        'createSubject',
        'createApiToken',
        'createActivity',
        'replaceSystem',
      ]),
    )

    // An example for `.../things/{id}` is sent to the thing an earlier example created at `.../things`: examples
    // without an id in their path go first, whatever order the routes were registered in.
    examples.sort((a, b) => Number(a.path.includes('/{id}')) - Number(b.path.includes('/{id}')))
    // A cookie service's example changes the service the inventory's example saved (its first service's id).
    const inventory = examples.find((e) => e.op.operationId === 'saveCookieInventory')?.body as
      | { services?: { id: string }[] }
      | undefined
    const serviceId = inventory?.services?.[0]?.id ?? ''
    examples.sort(
      (a, b) =>
        Number(a.path.includes('{serviceId}')) - Number(b.path.includes('{serviceId}')) ||
        Number(a.op.operationId === 'deleteCookieService') -
          Number(b.op.operationId === 'deleteCookieService'),
    )
    const createdAt: Record<string, string> = {}
    const answers: Record<string, number> = {}
    for (const { method, path, op, body } of examples) {
      const collection = path.includes('/{id}') ? path.slice(0, path.indexOf('/{id}')) : path
      const url = path
        .replace('{slug}', org.slug)
        .replace('{key}', body.key ?? '')
        .replace('{id}', createdAt[collection] ?? NO_SUCH_ID)
        .replace('{serviceId}', serviceId)
      const res = await owner(method.toUpperCase() as 'POST', url, body)
      answers[op.operationId] = res.statusCode
      if (method === 'post' && res.statusCode < 300 && typeof res.json().id === 'string') {
        createdAt[path] = res.json().id
      }
      if (op.operationId === 'publishNotice') {
        // The body is accepted; whether a notice can be published depends on the register (422 while incomplete).
        expect(res.statusCode === 201 || res.json().code === 'notice_incomplete', res.body).toBe(true)
        continue
      }
      if (op.operationId === 'sendTestMail') {
        // The body passes the schema; the example's organisation and mail server do not exist in this test, so
        // the server answers for them (404 organisation, or the mail server's refusal) - never a schema error.
        expect([400, 422].includes(res.statusCode), res.body).toBe(false)
        continue
      }
      if (op.operationId === 'acceptCookieProposal') {
        // The body passes the schema; a proposal comes only from a scan, which this test does not run.
        expect(res.statusCode, res.body).toBe(404)
        continue
      }
      if (op.operationId === 'recordConsent') {
        // The body is accepted; its purpose must rest on consent in this organisation's register (422 otherwise).
        const refused = res.json().errors?.[0]
        expect(res.statusCode === 201 || refused?.code === 'unknown_purpose', res.body).toBe(true)
        continue
      }
      expect(res.statusCode, `${op.operationId}: ${res.body}`).toBeLessThan(300)
    }
    expect(answers).toMatchObject({
      createActivity: 201,
      replaceActivity: 200,
      createSubject: 201,
      createRequest: 201,
    })
  })
})
