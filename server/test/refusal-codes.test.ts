import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createApiToken } from '../src/modules/api-tokens'
import type { Organization } from '../src/modules/organizations'
import { createOrganization } from '../src/modules/organizations'
import { checkPasswordStrength, setInstallationAdmin } from '../src/modules/users'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, expectProblem, signIn } from './support/http'

/**
 * The specific codes of the refusals of members, organisations, API tokens, accounts, the outbox, notices and
 * requests: each reaches the client with its own code (worded by the UI in nl/fr/en), not a generic one.
 */
describe('refusals carry their own stable code', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let ownerId: string
  let ownerEmail: string
  const url = (path = '') => `/api/v1/orgs/${org.slug}${path}`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    const m = await createMember(t.ctx, org, 'owner')
    ownerId = m.userId
    ownerEmail = m.email
    owner = asUser(app, await signIn(app, m.email, m.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('last_owner: the only owner can neither lose the role nor be removed', async () => {
    const demoted = expectProblem(await owner('PATCH', url(`/members/${ownerId}`), { role: 'agent' }), 409)
    expect(demoted.code).toBe('last_owner')
    expect(demoted.errors).toEqual([expect.objectContaining({ path: 'body.role', code: 'last_owner' })])
    const removed = expectProblem(await owner('DELETE', url(`/members/${ownerId}`)), 409)
    expect(removed.code).toBe('last_owner')
    expect(removed.errors).toEqual([expect.objectContaining({ path: 'params.userId', code: 'last_owner' })])
  })

  it('last_owner: two owners leaving at the same moment leave one owner behind', async () => {
    const other = await createOrg(t.ctx, 'Twee Eigenaars BV')
    const members = await Promise.all([
      createMember(t.ctx, other, 'owner'),
      createMember(t.ctx, other, 'owner'),
    ])
    const calls = await Promise.all(
      members.map(async (m) => asUser(app, await signIn(app, m.email, m.password))),
    )
    const answers = await Promise.all(
      members.map((m, i) => calls[i]?.('DELETE', `/api/v1/orgs/${other.slug}/members/${m.userId}`)),
    )
    expect(answers.map((a) => a?.statusCode).sort()).toEqual([204, 409])
    const owners = await t.ctx.db
      .selectFrom('memberships')
      .select('user_id')
      .where('organization_id', '=', other.id)
      .where('role', '=', 'owner')
      .execute()
    expect(owners).toHaveLength(1)
  })

  it('already_member: adding a member twice names the address', async () => {
    const problem = expectProblem(
      await owner('POST', url('/members'), { email: ownerEmail, role: 'agent' }),
      409,
    )
    expect(problem.code).toBe('already_member')
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.email', code: 'already_member' })])
  })

  it('not_found names the entity: a member, an API token, a notice version, a mail', async () => {
    const none = '00000000-0000-4000-8000-000000000000'
    const cases: [Promise<Parameters<typeof expectProblem>[0]>, string][] = [
      [owner('PATCH', url(`/members/${none}`), { role: 'agent' }), 'member'],
      [owner('DELETE', url(`/api-tokens/${none}`)), 'api_token'],
      [owner('GET', url('/notice/versions/99')), 'notice_version'],
      [owner('GET', url(`/outbox/${none}`)), 'mail'],
      [owner('POST', url(`/outbox/${none}/retry`)), 'mail'],
      [owner('GET', url(`/requests/${none}`)), 'request'],
      [owner('GET', '/api/v1/orgs/no-such-org'), 'organization'],
    ]
    for (const [answer, entity] of cases) {
      const problem = expectProblem(await answer, 404)
      expect(problem.code).toBe('not_found')
      expect(problem.params).toEqual({ entity })
    }
  })

  it('organization_creation_restricted and slug_taken', async () => {
    const refused = expectProblem(await owner('POST', '/api/v1/orgs', { slug: 'new-org-x', name: 'X' }), 403)
    expect(refused.code).toBe('organization_creation_restricted')
    await expect(
      createOrganization(t.ctx, systemActor('test'), { slug: org.slug, name: 'Again' }, null),
    ).rejects.toMatchObject({
      kind: 'conflict',
      code: 'slug_taken',
      fields: [expect.objectContaining({ path: 'body.slug', code: 'already_taken' })],
    })
  })

  it('scope_not_held: a token never gets a scope its creator lacks', async () => {
    await expect(
      createApiToken(t.ctx, systemActor('test'), org, 'agent', { name: 'x', scopes: ['members:write'] }),
    ).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'scope_not_held',
      params: { scopes: ['members:write'] },
    })
  })

  it('token_scope_missing and me_without_user: what an API token cannot do', async () => {
    const created = await owner('POST', url('/api-tokens'), { name: 'reader', scopes: ['requests:read'] })
    expect(created.statusCode, created.body).toBe(201)
    const token = asToken(app, created.json().secret)
    const missing = expectProblem(await token('GET', url('/members')), 403)
    expect(missing.code).toBe('token_scope_missing')
    expect(missing.params).toEqual({ scope: 'members:read', action: 'member:list' })
    const me = expectProblem(await token('GET', url('/requests?assignee=me')), 422)
    expect(me.errors).toEqual([
      expect.objectContaining({ path: 'querystring.assignee', code: 'me_without_user' }),
    ])
  })

  it('not_after_to: a report period that ends before it starts', async () => {
    const problem = expectProblem(
      await owner('GET', url('/requests/report?from=2026-03-01&to=2026-01-01')),
      422,
    )
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'querystring.from', code: 'not_after_to' }),
    ])
  })

  it('mail_not_retryable: only a failed, held or unconfirmed mail is sent again', async () => {
    const added = await owner('POST', url('/members'), { email: 'invited.codes@example.be', role: 'agent' })
    expect(added.statusCode, added.body).toBe(201)
    const [mail] = (await owner('GET', url('/outbox'))).json().items
    await t.ctx.db.updateTable('outbox_messages').set({ status: 'sent' }).where('id', '=', mail.id).execute()
    const problem = expectProblem(await owner('POST', url(`/outbox/${mail.id}/retry`)), 409)
    expect(problem.code).toBe('mail_not_retryable')
    expect(problem.params).toEqual({ status: 'sent', purged: false })
    await t.ctx.db.updateTable('outbox_messages').set({ status: 'held' }).where('id', '=', mail.id).execute()
    expect((await owner('POST', url(`/outbox/${mail.id}/retry`))).statusCode).toBe(202)
  })

  it('user_not_found and password_length: account refusals of the command line', async () => {
    await expect(
      setInstallationAdmin(t.ctx, systemActor('test'), 'nobody.codes@example.be', true),
    ).rejects.toMatchObject({ kind: 'not_found', code: 'user_not_found', params: { entity: 'user' } })
    expect(() => checkPasswordStrength('short', 'body.password')).toThrow(
      expect.objectContaining({
        kind: 'invalid_input',
        fields: [
          expect.objectContaining({
            path: 'body.password',
            code: 'password_length',
            params: { minimum: expect.any(Number), maximum: expect.any(Number) },
          }),
        ],
      }),
    )
  })
})
