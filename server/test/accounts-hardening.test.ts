import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { hashToken } from '../src/crypto/tokens'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { LOGIN_WINDOW_MS } from '../src/modules/auth/login-throttle'
import { completeTotpLogin, login } from '../src/modules/auth/service'
import { currentTotp } from '../src/modules/auth/totp'
import { enableTotp, startTotpSetup } from '../src/modules/me/service'
import type { Organization } from '../src/modules/organizations'
import { setInstallationAdmin } from '../src/modules/users/service'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { setUpInstallation } from './support/setup'

/** Issue 11, item 8: accounts cannot be locked by others, codes and common passwords are refused, orgs are a right. */
describe('account hardening', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let first: { email: string; password: string }

  beforeAll(async () => {
    t = await createTestContext({ loginMaxFailures: 3 })
    // The account made at first-run set-up comes before any other: it is the installation's administrator.
    first = await setUpInstallation(t.ctx)
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Brouwerij Verhaeghe')
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const input = (email: string, password: string, ip: string) => ({ email, password, ip, userAgent: null })

  it('unblocks an address when its failures leave the 15-minute window (injected clock)', async () => {
    const m = await createMember(t.ctx, org, 'agent')
    const start = Date.parse('2026-12-06T09:00:00Z')
    const at = (ms: number) => () => new Date(start + ms)
    for (let i = 0; i < 3; i++)
      await expect(
        login(t.ctx, input(m.email, 'bad password!', '10.1.0.1'), at(i * 1000)),
      ).rejects.toMatchObject({
        kind: 'unauthenticated',
        code: 'invalid_login',
      })
    await expect(login(t.ctx, input(m.email, m.password, '10.1.0.1'), at(60_000))).rejects.toMatchObject({
      kind: 'too_many_requests',
      code: 'too_many_sign_in_attempts',
    })
    const later = await login(t.ctx, input(m.email, m.password, '10.1.0.1'), at(LOGIN_WINDOW_MS + 3000))
    expect(later.secondFactorRequired).toBe(false)
  })

  it('accepts a TOTP code once: not again within its window, nor an older one (injected clock)', async () => {
    const m = await createMember(t.ctx, org, 'privacy_officer')
    const { secret } = await startTotpSetup(t.ctx, m.userId)
    const t0 = new Date('2026-12-06T10:00:10Z')
    const actor = { ...systemActor(m.email), type: 'user' as const, id: m.userId }
    await enableTotp(t.ctx, actor, currentTotp(secret, t0), t0)

    const signInAt = async (when: Date) => {
      const session = await login(t.ctx, input(m.email, m.password, '10.2.0.1'), () => when)
      expect(session.secondFactorRequired).toBe(true)
      return { sessionId: hashToken(session.token), userId: m.userId, email: m.email }
    }
    const t1 = new Date(t0.getTime() + 35_000)
    // The code that turned TOTP on cannot sign in, although it is still inside the +-1 step window.
    await expect(
      completeTotpLogin(t.ctx, await signInAt(t1), currentTotp(secret, t0), '10.2.0.1', () => t1),
    ).rejects.toMatchObject({ kind: 'unauthenticated', code: 'invalid_totp_code' })
    await completeTotpLogin(t.ctx, await signInAt(t1), currentTotp(secret, t1), '10.2.0.1', () => t1)
    const t2 = new Date(t1.getTime() + 10_000)
    await expect(
      completeTotpLogin(t.ctx, await signInAt(t2), currentTotp(secret, t1), '10.2.0.1', () => t2),
    ).rejects.toMatchObject({ kind: 'unauthenticated', code: 'invalid_totp_code' })
    const t3 = new Date(t1.getTime() + 30_000)
    await completeTotpLogin(t.ctx, await signInAt(t3), currentTotp(secret, t3), '10.2.0.1', () => t3)
  })

  it('refuses a common breached password as a new password, with a code the interface words in nl/fr/en', async () => {
    const m = await createMember(t.ctx, org, 'agent')
    const as = asUser(app, await signIn(app, m.email, m.password))
    const common = await as('POST', '/api/v1/me/password', {
      currentPassword: m.password,
      newPassword: 'Welcome12345!',
    })
    expect(expectProblem(common, 422).errors).toEqual([
      expect.objectContaining({ path: 'body.newPassword', code: 'common_password' }),
    ])
    expect(
      (
        await as('POST', '/api/v1/me/password', {
          currentPassword: m.password,
          newPassword: 'Kasteel van Gaasbeek 1240',
        })
      ).statusCode,
    ).toBe(204)
  })

  it('lets only installation admins create organisations by default; the account made at set-up is one', async () => {
    const auditor = await createMember(t.ctx, org, 'auditor')
    const asAuditor = asUser(app, await signIn(app, auditor.email, auditor.password))
    const body = { slug: 'nieuw-bv', name: 'Nieuw BV' }
    expect((await asAuditor('GET', '/api/v1/me')).json().canCreateOrganizations).toBe(false)
    expectProblem(await asAuditor('POST', '/api/v1/orgs', body), 403)

    const asFirst = asUser(app, await signIn(app, first.email, first.password))
    expect((await asFirst('GET', '/api/v1/me')).json().canCreateOrganizations).toBe(true)
    expect((await asFirst('POST', '/api/v1/orgs', body)).statusCode).toBe(201)

    await setInstallationAdmin(t.ctx, systemActor('test'), auditor.email, true)
    expect(
      (await asAuditor('POST', '/api/v1/orgs', { slug: 'tweede-bv', name: 'Tweede BV' })).statusCode,
    ).toBe(201)
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'user.installation_admin_granted')
      .execute()
    expect(events).toHaveLength(1)
  })
})
