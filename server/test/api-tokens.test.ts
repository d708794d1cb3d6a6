import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isScope } from '../src/auth/policy'
import { up as widenStoredTokens } from '../src/db/migrations/0045-capability-scopes'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, expectProblem, signIn } from './support/http'
import { waitFor } from './support/wait'

describe('organisation API tokens', () => {
  let t: TestContext
  let app: App
  let org: Organization
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

  it('shows the secret once, stores only its hash, and works as a Bearer token within its scopes', async () => {
    const created = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: 'CI export',
      scopes: ['audit:read'],
    })
    expect(created.statusCode).toBe(201)
    const { secret, id, prefix } = created.json()
    expect(secret).toMatch(/^cus_/)
    expect(secret.startsWith(prefix)).toBe(true)

    const listed = await owner('GET', `/api/v1/orgs/${org.slug}/api-tokens`)
    expect(JSON.stringify(listed.json())).not.toContain(secret)
    const rows = await t.ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', id).execute()
    expect(JSON.stringify(rows)).not.toContain(secret)

    const token = asToken(app, secret)
    expect((await token('GET', `/api/v1/orgs/${org.slug}/audit-events`)).statusCode).toBe(200)
    expect(expectProblem(await token('GET', `/api/v1/orgs/${org.slug}/members`), 403).detail).toContain(
      'members:read',
    )
    expectProblem(await token('PATCH', `/api/v1/orgs/${org.slug}`, { name: 'x' }), 403)

    const audit = await owner('GET', `/api/v1/orgs/${org.slug}/audit-events?action=api_token`)
    expect(audit.json().items[0]).toMatchObject({
      action: 'api_token.created',
      summary: { name: 'CI export', scopes: ['audit:read'] },
    })

    expect((await owner('DELETE', `/api/v1/orgs/${org.slug}/api-tokens/${id}`)).statusCode).toBe(204)
    expectProblem(await token('GET', `/api/v1/orgs/${org.slug}/audit-events`), 401)
  })

  it('rejects an unknown token and a malformed Authorization header', async () => {
    expectProblem(await asToken(app, 'cus_nope')('GET', `/api/v1/orgs/${org.slug}`), 401)
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.slug}`,
      headers: { authorization: 'Basic abc' },
    })
    expectProblem(res, 401)
  })

  it('needs no CSRF header with a Bearer token (not a cookie)', async () => {
    const created = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: 'writer',
      scopes: ['organization:write'],
    })
    const res = await asToken(app, created.json().secret)('PATCH', `/api/v1/orgs/${org.slug}`, {
      city: 'Hasselt',
    })
    expect(res.statusCode).toBe(200)
  })

  it('never grants a scope the creator lacks', async () => {
    const po = await createMember(t.ctx, org, 'privacy_officer')
    const asPo = asUser(app, await signIn(app, po.email, po.password))
    expectProblem(
      await asPo('POST', `/api/v1/orgs/${org.slug}/api-tokens`, { name: 'x', scopes: ['members:write'] }),
      403,
    )
  })

  it('a token made before the capability scopes keeps what it could do; a new one reaches only its own scopes', async () => {
    const base = `/api/v1/orgs/${org.slug}`
    const create = async (scopes: string[]) =>
      (await owner('POST', `${base}/api-tokens`, { name: scopes.join(' '), scopes })).json()
    // Made with the scopes the capability modules rested on before decision 0058.
    const old = await create(['register:read', 'register:write', 'subjects:read', 'notice:read'])
    const token = asToken(app, old.secret)
    const reads = [
      ['breaches', `${base}/breaches`],
      ['processors', `${base}/processors/vendors`],
      ['dpia', `${base}/dpia/screenings`],
      ['action_plan', `${base}/action-plan`],
      ['compliance', `${base}/compliance`],
      ['retention', `${base}/retention/rules`],
      ['consent', `${base}/consent/purposes`],
      ['suppression', `${base}/suppression/entries`],
      ['cookies', `${base}/cookies`],
    ] as const
    for (const [resource, url] of reads) {
      const refused = expectProblem(await token('GET', url), 403)
      expect(refused).toMatchObject({ code: 'token_scope_missing', params: { scope: `${resource}:read` } })
    }
    expect((await token('GET', `${base}/register/activities`)).statusCode).toBe(200)

    await widenStoredTokens(t.ctx.db as unknown as Kysely<unknown>)
    // The widening is plain SQL, as the migration is: this process hears of it through the token's announcement
    // (decision 0106), a moment after the commit - before that it may still answer with the token it kept.
    await waitFor(async () => (await token('GET', reads[0][1])).statusCode === 200)

    for (const [, url] of reads) expect((await token('GET', url)).statusCode, url).toBe(200)
    const listed = (await owner('GET', `${base}/api-tokens`)).json()
    const scopes: string[] = listed.items.find((x: { id: string }) => x.id === old.id).scopes
    expect(scopes.every(isScope)).toBe(true)
    expect(scopes).toEqual(
      expect.arrayContaining(['breaches:write', 'dpia:write', 'consent:read', 'cookies:read']),
    )
    // Nothing it did not have before: subjects:read gave no write, notice:read no cookie changes.
    expect(scopes).not.toContain('consent:write')
    expect(scopes).not.toContain('cookies:write')
    expect(scopes).not.toContain('retention:write')

    // A token made now with the register scopes reaches the register only.
    const now = asToken(app, (await create(['register:read', 'register:write'])).secret)
    expect((await now('GET', `${base}/register/activities`)).statusCode).toBe(200)
    expectProblem(await now('GET', `${base}/breaches`), 403)
    const consentOnly = asToken(app, (await create(['consent:read'])).secret)
    expect((await consentOnly('GET', `${base}/consent/purposes`)).statusCode).toBe(200)
    expectProblem(await consentOnly('GET', `${base}/subjects`), 403)
  })
})
