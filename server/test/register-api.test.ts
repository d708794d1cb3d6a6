import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'

describe('register of processing activities over the API', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let agent: ReturnType<typeof asUser>
  const base = () => `/api/v1/orgs/${org.slug}/register`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const a = await createMember(t.ctx, org, 'agent')
    agent = asUser(app, await signIn(app, a.email, a.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('imports a YAML register file, then exports it back unchanged (lossless round trip)', async () => {
    const yaml = stringify(sampleRegister())
    const res = await po('POST', `${base()}/import`, yaml, { 'content-type': 'application/yaml' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      created: expect.arrayContaining([{ kind: 'activity', key: 'bookkeeping' }]),
      unchanged: 0,
    })

    const exported = await po('GET', `${base()}/file?format=yaml`)
    expect(exported.headers['content-type']).toMatch(/yaml/)
    const again = await po('POST', `${base()}/import`, exported.body, { 'content-type': 'application/yaml' })
    expect(again.json()).toMatchObject({ created: [], updated: [], deleted: [], organizationChanged: [] })
    expect(again.json().unchanged).toBe(5)
  })

  it('refuses an invalid file as a whole, naming every problem with its line, and keeps what is stored', async () => {
    const bad = `organization:\n  name: X\nactivities:\n  - key: Bad Key\n    name: Y\n  - key: ok\n    name: Z\n    status: sleeping\n`
    const res = await po('POST', `${base()}/import?mode=replace`, bad, { 'content-type': 'text/yaml' })
    const problem = expectProblem(res, 422)
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: 'file.activities.0.key',
        line: 4,
        message: expect.stringMatching(/^line 4: /),
      }),
      expect.objectContaining({
        path: 'file.activities.1.status',
        line: 8,
        code: 'invalid_value',
        message: expect.stringMatching(/^line 8: /),
      }),
    ])
    const doc = (await po('GET', base())).json()
    expect(doc.organization.name).toBe('Boekhouding Peeters')
    expect(doc.activities.map((a: { key: string }) => a.key)).toEqual(['bookkeeping'])
  })

  it('edits an activity, keeps every version with what changed, and writes the audit log', async () => {
    const current = (await po('GET', `${base()}/activities/bookkeeping`)).json().data
    const res = await po('PUT', `${base()}/activities/bookkeeping`, {
      ...current,
      status: 'ended',
      endDate: '2026-06-30',
    })
    expect(res.json()).toMatchObject({ version: 2, changed: true })
    const history = (await po('GET', `${base()}/activities/bookkeeping/history`)).json().items
    expect(history.map((h: { version: number; change: string }) => [h.version, h.change])).toEqual([
      [2, 'updated'],
      [1, 'created'],
    ])
    expect(history[0].changes).toEqual(
      expect.arrayContaining([
        { path: 'status', type: 'changed', from: 'active', to: 'ended' },
        { path: 'endDate', type: 'added', to: '2026-06-30' },
      ]),
    )
    const audit = (await po('GET', `/api/v1/orgs/${org.slug}/audit-events?action=register.activity`)).json()
      .items
    expect(audit[0]).toMatchObject({ action: 'register.activity.updated', targetId: 'bookkeeping' })
  })

  it('refuses to delete an entry other entries still refer to, then deletes it once unused', async () => {
    expectProblem(await po('DELETE', `${base()}/systems/cloudbooks-app`), 409)
    const activity = (await po('GET', `${base()}/activities/bookkeeping`)).json().data
    await po('PUT', `${base()}/activities/bookkeeping`, { ...activity, systems: [] })
    expect((await po('DELETE', `${base()}/systems/cloudbooks-app`)).statusCode).toBe(204)
    const history = (await po('GET', `${base()}/systems/cloudbooks-app/history`)).json().items
    expect(history[0]).toMatchObject({ change: 'deleted', data: null })
  })

  it('validates entries field by field, and keys are unique', async () => {
    const dup = await po('POST', `${base()}/measures`, { key: 'mfa', name: 'Again', type: 'technical' })
    expectProblem(dup, 409)
    const bad = await po('POST', `${base()}/vendors`, {
      key: 'x',
      name: 'X',
      country: 'Belgium',
      enterpriseNumber: '0403019262',
    })
    expect(
      expectProblem(bad, 400)
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['body.country', 'body.enterpriseNumber'])
  })

  it('answers any uploaded text with a report or a 422, never a 500 (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.jsonValue().map((v) => stringify({ organization: { name: 'Fuzz' }, activities: [v] })),
        ),
        async (text) => {
          const res = await po('POST', `${base()}/import?dryRun=true`, text, { 'content-type': 'text/yaml' })
          expect([200, 400, 422]).toContain(res.statusCode)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('lets an agent read but not change the register', async () => {
    expect((await agent('GET', base())).statusCode).toBe(200)
    expectProblem(await agent('POST', `${base()}/measures`, { key: 'x', name: 'X', type: 'technical' }), 403)
  })

  it('names each refusal by its own code and field: duplicate key, changed key, key in use, unknown entry', async () => {
    const dup = expectProblem(
      await po('POST', `${base()}/measures`, { key: 'mfa', name: 'Again', type: 'technical' }),
      409,
    )
    expect(dup.code).toBe('duplicate_key')
    expect(dup.errors).toEqual([
      { path: 'body.key', code: 'duplicate_key', params: { key: 'mfa' }, message: expect.any(String) },
    ])

    const renamed = expectProblem(
      await po('PUT', `${base()}/measures/mfa`, { key: 'mfa2', name: 'MFA', type: 'technical' }),
      422,
    )
    expect(renamed.code).toBe('key_mismatch')
    expect(renamed.errors).toEqual([
      {
        path: 'body.key',
        code: 'key_mismatch',
        params: { key: 'mfa2', expected: 'mfa' },
        message: expect.any(String),
      },
    ])

    const used = expectProblem(await po('DELETE', `${base()}/measures/mfa`), 409)
    expect(used).toMatchObject({
      code: 'key_in_use',
      params: { key: 'mfa', usedBy: ['activity "bookkeeping"'] },
    })

    for (const res of [
      await po('GET', `${base()}/measures/nope`),
      await po('PUT', `${base()}/measures/nope`, { key: 'nope', name: 'N', type: 'technical' }),
      await po('DELETE', `${base()}/measures/nope`),
      await po('GET', `${base()}/measures/nope/history`),
    ]) {
      expect(expectProblem(res, 404)).toMatchObject({
        code: 'not_found',
        params: { entity: 'register_entry' },
      })
    }

    const file = expectProblem(
      await po('POST', `${base()}/import?dryRun=true`, 'activities: [', { 'content-type': 'text/yaml' }),
      422,
    )
    expect(file.code).toBe('register_file_invalid')
    expect(file.params).toEqual({ problems: file.errors?.length })
    expect(file.errors?.[0]).toMatchObject({ path: 'file', code: 'invalid_yaml' })
  })
})
