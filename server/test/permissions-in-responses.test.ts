import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PolicyAction, roleMay } from '../src/auth/policy'
import { ROLES } from '../src/auth/roles'
import type { OrganizationRow, Role } from '../src/db/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { runActions } from '../src/modules/connector-runs/policy'
import { connectionActions, datasetActions } from '../src/modules/datasets/policy'
import { memberActions } from '../src/modules/members/policy'
import { noticeActions } from '../src/modules/notices/policy'
import { packageActions } from '../src/modules/packages/policy'
import { registerEntryActions } from '../src/modules/register/policy'
import { requestActions } from '../src/modules/requests/policy'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { sampleRegister } from './support/register'

/**
 * The `can` of the main responses, for every role: each flag is exactly what the named action allows the role,
 * so that the UI never shows a button the server refuses nor hides one it accepts.
 */
const expected = (role: Role, actions: Record<string, PolicyAction>) =>
  Object.fromEntries(Object.entries(actions).map(([key, action]) => [key, roleMay(role, action)]))

describe('what the caller may do, in the responses', () => {
  let t: TestContext
  let app: App
  let org: OrganizationRow
  let requestId: string
  const calls = {} as Record<Role, ReturnType<typeof asUser>>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    for (const role of ROLES) {
      const member = await createMember(t.ctx, org, role)
      calls[role] = asUser(app, await signIn(app, member.email, member.password))
    }
    const base = `/api/v1/orgs/${org.slug}`
    const imported = await calls.owner('POST', `${base}/register/import?mode=replace`, sampleRegister())
    expect(imported.statusCode, imported.body).toBeLessThan(300)
    const created = await calls.owner('POST', `${base}/requests`, {
      types: ['access'],
      channel: 'email',
      receivedAt: '2026-01-05',
      language: 'nl',
      subject: { name: 'Jan Peeters', email: 'jan@example.be' },
    })
    expect(created.statusCode, created.body).toBe(201)
    requestId = created.json().id
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it.each(ROLES)('as %s', async (role) => {
    const get = async (path: string) => {
      const res = await calls[role]('GET', `/api/v1/orgs/${org.slug}${path}`)
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200)
      return res.json().can
    }
    expect(await get(`/requests/${requestId}`)).toEqual(
      expected(role, {
        handle: requestActions.handle,
        run: requestActions.run,
        erase: requestActions.erase,
        rectify: requestActions.rectify,
      }),
    )
    expect(await get(`/requests/${requestId}/runs`)).toEqual(expected(role, { retry: runActions.retry }))
    expect(await get(`/requests/${requestId}/packages`)).toEqual(
      expected(role, { issueLink: packageActions.issue, delete: packageActions.revoke }),
    )
    const notice = expected(role, { publish: noticeActions.publish })
    expect(await get('/notice/versions')).toEqual(notice)
    expect(await get('/notice/preview')).toEqual(notice)
    const entries = expected(role, {
      create: registerEntryActions.create,
      update: registerEntryActions.update,
      delete: registerEntryActions.delete,
    })
    expect(await get('/register/activities')).toEqual(entries)
    expect(await get(`/register/activities/${sampleRegister().activities?.[0]?.key}`)).toEqual(entries)
    expect(await get('/datasets')).toEqual(
      expected(role, {
        save: datasetActions.save,
        delete: datasetActions.delete,
        discover: datasetActions.discover,
        connect: connectionActions.write,
        checkConnection: connectionActions.check,
      }),
    )
    expect(await get('/members')).toEqual(
      expected(role, {
        add: memberActions.add,
        changeRole: memberActions['change-role'],
        remove: memberActions.remove,
      }),
    )
  })

  it('says which members may be given a request: the roles that may handle one', async () => {
    const res = await calls.owner('GET', `/api/v1/orgs/${org.slug}/members`)
    for (const member of res.json().items as { role: Role; handlesRequests: boolean }[])
      expect(member.handlesRequests, member.role).toBe(roleMay(member.role, requestActions.handle))
    expect(new Set(res.json().items.map((m: { handlesRequests: boolean }) => m.handlesRequests))).toEqual(
      new Set([true, false]),
    )
  })
})
