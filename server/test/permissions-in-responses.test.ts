import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PolicyAction, roleMay } from '../src/auth/policy'
import { ROLES } from '../src/auth/roles'
import type { Role } from '../src/db/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { apiTokenActions } from '../src/modules/api-tokens/policy'
import { runActions } from '../src/modules/connector-runs/policy'
import { cookieActions } from '../src/modules/cookies/policy'
import { connectionActions, datasetActions } from '../src/modules/datasets/policy'
import { memberActions } from '../src/modules/members/policy'
import { noticeActions } from '../src/modules/notices/policy'
import type { Organization } from '../src/modules/organizations'
import { organizationActions, requestSettingsActions } from '../src/modules/organizations/policy'
import { outboxActions } from '../src/modules/outbox/policy'
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
  let org: Organization
  let requestId: string
  const mails = { held: '', sent: '' }
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
    // Two invitations in the outbox: one held (no SMTP server: it can be sent again), one sent (it cannot).
    for (const [status, email] of [
      ['held', 'held.can@example.be'],
      ['sent', 'sent.can@example.be'],
    ] as const) {
      const added = await calls.owner('POST', `${base}/members`, { email, role: 'auditor' })
      expect(added.statusCode, added.body).toBe(201)
      const mail = await t.ctx.db
        .selectFrom('outbox_messages')
        .select('id')
        .where('organization_id', '=', org.id)
        .where('template', '=', 'member-invitation')
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow()
      await t.ctx.db.updateTable('outbox_messages').set({ status }).where('id', '=', mail.id).execute()
      mails[status] = mail.id
    }
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
    expect(await get('/cookies')).toEqual(
      expected(role, {
        write: cookieActions.write,
        updateService: cookieActions['update-service'],
        deleteService: cookieActions['delete-service'],
      }),
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

  it.each(ROLES)('as %s: the organisation, its request settings, API tokens and each mail', async (role) => {
    const get = async (path: string) => {
      const res = await calls[role]('GET', `/api/v1/orgs/${org.slug}${path}`)
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200)
      return res.json()
    }
    expect((await get('')).can).toEqual(
      expected(role, {
        update: organizationActions.update,
        changeSlug: organizationActions['change-slug'],
      }),
    )
    expect((await get('/settings/requests')).can).toEqual(
      expected(role, { update: requestSettingsActions.update }),
    )
    if (roleMay(role, apiTokenActions.list)) {
      expect((await get('/api-tokens')).can).toEqual(
        expected(role, { create: apiTokenActions.create, revoke: apiTokenActions.revoke }),
      )
    } else {
      const res = await calls[role]('GET', `/api/v1/orgs/${org.slug}/api-tokens`)
      expect(res.statusCode).toBe(403)
    }
    // A mail may be sent again when the role may retry and the mail is held, failed or unconfirmed.
    const retry = roleMay(role, outboxActions.retry)
    const listed = (await get('/outbox')).items as { id: string; can: { retry: boolean } }[]
    expect(listed.find((m) => m.id === mails.held)?.can).toEqual({ retry })
    expect(listed.find((m) => m.id === mails.sent)?.can).toEqual({ retry: false })
    expect((await get(`/outbox/${mails.held}`)).can).toEqual({ retry })
    expect((await get(`/outbox/${mails.sent}`)).can).toEqual({ retry: false })
    expect(new Set(ROLES.map((r) => roleMay(r, outboxActions.retry)))).toEqual(new Set([true, false]))
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
