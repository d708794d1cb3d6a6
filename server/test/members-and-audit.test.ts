import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../src/audit/verify'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { passwordResetJob } from '../src/modules/auth/password-reset-job'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { runQueuedJobs } from './support/jobs'
import { storedMails } from './support/outbox'

describe('members, invitations, password reset and the audit trail they leave', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let ownerId: string

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Incasso Janssens')
    const m = await createMember(t.ctx, org, 'owner')
    ownerId = m.userId
    owner = asUser(app, await signIn(app, m.email, m.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('invites an unknown address: the mail waits in the outbox (no SMTP) and its link sets the password', async () => {
    const res = await owner('POST', `/api/v1/orgs/${org.slug}/members`, {
      email: 'Nieuw@Example.be',
      role: 'agent',
      language: 'fr',
    })
    expect(res.statusCode).toBe(201)
    const outbox = await owner('GET', `/api/v1/orgs/${org.slug}/outbox`)
    const invitation = outbox.json().items.find((m: { to: string }) => m.to === 'nieuw@example.be')
    expect(invitation).toMatchObject({ template: 'member-invitation', language: 'fr', status: 'pending' })
    const full = (await owner('GET', `/api/v1/orgs/${org.slug}/outbox/${invitation.id}`)).json()
    expect(full.subject).toMatch(/Incasso Janssens/)
    const token = /reset-password\/([\w-]+)/.exec(full.textBody)?.[1]
    expect(token).toBeDefined()

    const members = (await owner('GET', `/api/v1/orgs/${org.slug}/members`)).json().items
    expect(members.find((m: { email: string }) => m.email === 'nieuw@example.be')).toMatchObject({
      invitationPending: true,
      role: 'agent',
    })

    const confirm = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'a long enough new password' },
    })
    expect(confirm.statusCode).toBe(204)
    await signIn(app, 'nieuw@example.be', 'a long enough new password')
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'another long password' },
    })
    expect(expectProblem(again, 400).errors?.[0]?.path).toBe('body.token')
  })

  it('answers a reset request with the same work for known and unknown addresses; only the known one gets mail', async () => {
    const before = await t.ctx.db.selectFrom('outbox_messages').select('id').execute()
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'nobody@example.be' },
    })
    const known = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'nieuw@example.be' },
    })
    expect(unknown.statusCode).toBe(202)
    expect(known.statusCode).toBe(202)
    expect(unknown.body).toBe(known.body)
    // Both requests did the same thing: queue one job with the encrypted address, and write nothing else yet.
    expect(await t.ctx.db.selectFrom('outbox_messages').select('id').execute()).toHaveLength(before.length)
    const payloads = await runQueuedJobs(t.ctx, passwordResetJob)
    expect(payloads).toHaveLength(2)
    expect(JSON.stringify(payloads)).not.toMatch(/example\.be/)
    const after = await storedMails(t.ctx)
    const added = after.filter((m) => !before.some((b) => b.id === m.id))
    expect(added).toEqual([
      expect.objectContaining({ to_address: 'nieuw@example.be', template: 'password-reset' }),
    ])
  })

  it('keeps at least one owner', async () => {
    expect(
      expectProblem(
        await owner('PATCH', `/api/v1/orgs/${org.slug}/members/${ownerId}`, { role: 'agent' }),
        409,
      ).detail,
    ).toMatch(/owner/)
    expectProblem(await owner('DELETE', `/api/v1/orgs/${org.slug}/members/${ownerId}`), 409)
  })

  it('writes every change to people and settings to the audit log, with before and after', async () => {
    await owner('PATCH', `/api/v1/orgs/${org.slug}`, { privacyContactEmail: 'dpo@janssens.be' })
    const newcomer = await createMember(t.ctx, org, 'agent')
    await owner('PATCH', `/api/v1/orgs/${org.slug}/members/${newcomer.userId}`, { role: 'auditor' })
    const events = (await owner('GET', `/api/v1/orgs/${org.slug}/audit-events?limit=100`)).json().items
    const actions = events.map((e: { action: string }) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'organization.created',
        'member.added',
        'organization.updated',
        'member.role_changed',
      ]),
    )
    const update = events.find((e: { action: string }) => e.action === 'organization.updated')
    expect(update.summary).toEqual({
      changes: { privacyContactEmail: { from: null, to: 'dpo@janssens.be' } },
    })
    expect(update.requestId).toBeTruthy()
    expect(update.actorType).toBe('user')
    const roleChange = events.find((e: { action: string }) => e.action === 'member.role_changed')
    expect(roleChange.summary).toMatchObject({ from: 'agent', to: 'auditor' })

    const csv = await owner('GET', `/api/v1/orgs/${org.slug}/audit-events/export?format=csv`)
    expect(csv.headers['content-type']).toMatch(/text\/csv/)
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="custos-audit-/)
    expect(csv.body).toContain('member.role_changed')
    expect((await owner('GET', `/api/v1/orgs/${org.slug}/audit-events/verification`)).json()).toMatchObject({
      ok: true,
      problems: 0,
    })
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true)
  })

  it('pages through the audit log with a cursor', async () => {
    const first = (await owner('GET', `/api/v1/orgs/${org.slug}/audit-events?limit=2`)).json()
    expect(first.items).toHaveLength(2)
    const second = (
      await owner('GET', `/api/v1/orgs/${org.slug}/audit-events?limit=2&before=${first.nextBefore}`)
    ).json()
    expect(second.items[0].seq).toBeLessThan(first.items[1].seq)
  })
})
