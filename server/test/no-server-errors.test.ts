import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrganizationRow } from '../src/db/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

const BAD_BODIES: unknown[] = [
  { x: 1 },
  { name: 'a'.repeat(10_000) },
  [],
  'text',
  { key: 'x', name: '<script>', type: 'technical' },
]
const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000'

/** Bad input gets a 4xx naming the problem, never a 500: every route in the OpenAPI document, as an owner. */
describe('no route answers bad input with a server error', () => {
  let t: TestContext
  let app: App
  let org: OrganizationRow
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

  it('API routes with wrong bodies and unknown ids', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const failures: string[] = []
    for (const [path, operations] of Object.entries<Record<string, unknown>>(doc.paths)) {
      const url = path
        .replace('{slug}', org.slug)
        .replace('{action}', 'start')
        .replace(/\{[^}]+\}/g, UNKNOWN_ID)
      for (const method of Object.keys(operations)) {
        for (const body of method === 'get' ? [undefined] : BAD_BODIES) {
          const res = await owner(method.toUpperCase() as 'GET', url, body)
          if (res.statusCode >= 500) failures.push(`${method.toUpperCase()} ${url} -> ${res.statusCode}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('public portal pages with unknown tokens and malformed forms', async () => {
    const failures: string[] = []
    for (const url of [
      `/p/${org.slug}/privacy`,
      `/p/${org.slug}/request`,
      `/p/${org.slug}/request/status?token=abc`,
      `/p/${org.slug}/request/verify?token=zz`,
      '/p/no-such-org/request',
    ]) {
      const res = await app.inject({ method: 'GET', url })
      if (res.statusCode >= 500) failures.push(`GET ${url} -> ${res.statusCode}`)
    }
    const form = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/request`,
      payload: 'name=%00&email=x&types=zzz',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    if (form.statusCode >= 500) failures.push(`POST request form -> ${form.statusCode}`)
    expect(failures).toEqual([])
  })
})
