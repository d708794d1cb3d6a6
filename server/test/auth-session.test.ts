import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { currentTotp } from '../src/modules/auth/totp'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

describe('sessions, CSRF and two-step verification', () => {
  let t: TestContext
  let app: App
  let org: Organization

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('sets an httpOnly, SameSite=Lax session cookie and stores only a hash of it', async () => {
    const m = await createMember(t.ctx, org, 'agent')
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: m.email, password: m.password },
    })
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'custos_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    const stored = await t.ctx.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', m.userId)
      .execute()
    expect(stored.map((s) => s.id)).not.toContain(cookie?.value)
    expect(stored).toHaveLength(1)
  })

  it('refuses a cookie-authenticated write without the CSRF token, accepts it with the token', async () => {
    const m = await createMember(t.ctx, org, 'owner')
    const session = await signIn(app, m.email, m.password)
    const url = `/api/v1/orgs/${org.slug}`
    const without = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie: session.cookie },
      payload: { city: 'Leuven' },
    })
    expect(expectProblem(without, 403).errors?.[0]?.path).toBe('header.x-csrf-token')
    const wrong = await app.inject({
      method: 'PATCH',
      url,
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
      payload: { city: 'Leuven' },
    })
    expectProblem(wrong, 403)
    const ok = await asUser(app, session)('PATCH', url, { city: 'Leuven' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json().city).toBe('Leuven')
  })

  it('ends the session on logout', async () => {
    const m = await createMember(t.ctx, org, 'auditor')
    const session = await signIn(app, m.email, m.password)
    const as = asUser(app, session)
    expect((await as('GET', '/api/v1/me')).statusCode).toBe(200)
    expect((await as('POST', '/api/v1/auth/logout')).statusCode).toBe(204)
    expectProblem(await as('GET', '/api/v1/me'), 401)
  })

  it('with TOTP on, a password alone gives a session that can do nothing but enter the code', async () => {
    const m = await createMember(t.ctx, org, 'privacy_officer')
    const as = asUser(app, await signIn(app, m.email, m.password))
    const setup = await as('POST', '/api/v1/me/totp/setup')
    expect(setup.statusCode).toBe(200)
    const { secret, otpauthUri, qrCodeSvg } = setup.json()
    expect(otpauthUri).toContain('otpauth://totp/')
    expect(qrCodeSvg).toContain('<svg')
    expectProblem(
      await as('POST', '/api/v1/me/totp/enable', {
        code: '000000' === currentTotp(secret) ? '111111' : '000000',
      }),
      422,
    )
    expect((await as('POST', '/api/v1/me/totp/enable', { code: currentTotp(secret) })).statusCode).toBe(204)
    const stored = await t.ctx.db
      .selectFrom('users')
      .select('totp_secret')
      .where('id', '=', m.userId)
      .executeTakeFirstOrThrow()
    expect(stored.totp_secret).not.toContain(secret)

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: m.email, password: m.password },
    })
    expect(login.json().secondFactorRequired).toBe(true)
    const pending = asUser(app, {
      cookie: `custos_session=${login.cookies.find((c) => c.name === 'custos_session')?.value}`,
      csrfToken: login.json().csrfToken,
    })
    const me = await pending('GET', '/api/v1/me')
    expect(me.json()).toMatchObject({ secondFactorPending: true, memberships: [] })
    expectProblem(await pending('GET', `/api/v1/orgs/${org.slug}`), 401)
    expectProblem(
      await pending('POST', '/api/v1/auth/login/totp', {
        code: currentTotp(secret) === '123456' ? '654321' : '123456',
      }),
      401,
    )
    // The code that enabled TOTP was used already; the next step's code (within the +-1 step window) is new.
    const next = currentTotp(secret, new Date(Date.now() + 30_000))
    expect((await pending('POST', '/api/v1/auth/login/totp', { code: next })).statusCode).toBe(204)
    expect((await pending('GET', `/api/v1/orgs/${org.slug}`)).statusCode).toBe(200)

    // The same code, seen over a shoulder and replayed in another sign-in within its window, is refused.
    const replay = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: m.email, password: m.password },
    })
    const replayed = asUser(app, {
      cookie: `custos_session=${replay.cookies.find((c) => c.name === 'custos_session')?.value}`,
      csrfToken: replay.json().csrfToken,
    })
    expectProblem(await replayed('POST', '/api/v1/auth/login/totp', { code: next }), 401)
  })
})

describe('login rate limits and no user enumeration', () => {
  let t: TestContext
  let app: App
  let org: Organization

  beforeAll(async () => {
    t = await createTestContext({ loginMaxFailures: 3 })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip })

  it('answers a wrong password and an unknown address identically', async () => {
    const m = await createMember(t.ctx, org, 'agent')
    const wrong = await login(m.email, 'not the password', '10.0.1.1')
    const unknown = await login('nobody@example.be', 'not the password', '10.0.1.2')
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined })
    expect(wrong.statusCode).toBe(401)
    expect(strip(wrong.json())).toEqual(strip(unknown.json()))
  })

  it('blocks one address after repeated failures on an account, even for the right password, but not the others', async () => {
    const m = await createMember(t.ctx, org, 'agent')
    for (let i = 0; i < 3; i++)
      expect((await login(m.email, 'bad password!', '10.0.2.1')).statusCode).toBe(401)
    expectProblem(await login(m.email, m.password, '10.0.2.1'), 429)
    // Someone failing from their own address cannot lock the account's owner out.
    expect((await login(m.email, m.password, '10.0.2.2')).statusCode).toBe(200)
    for (let i = 0; i < 3; i++) await login('ghost@example.be', 'bad password!', '10.0.3.1')
    expectProblem(await login('ghost@example.be', 'whatever', '10.0.3.1'), 429)
    expect((await login('ghost@example.be', 'whatever', '10.0.3.2')).statusCode).toBe(401)
  })

  it('against failures from many addresses, blocks new addresses but keeps the right password working from a known one', async () => {
    const m = await createMember(t.ctx, org, 'agent')
    expect((await login(m.email, m.password, '10.0.4.1')).statusCode).toBe(200)
    // 3 failures x 10 = 30 failures on the account from 15 addresses, two each (under the per-address limit).
    for (let i = 0; i < 15; i++)
      for (let j = 0; j < 2; j++)
        expect((await login(m.email, 'bad password!', `10.0.5.${i}`)).statusCode).toBe(401)
    expectProblem(await login(m.email, m.password, '10.0.4.2'), 429)
    expect((await login(m.email, m.password, '10.0.4.1')).statusCode).toBe(200)
  })

  it('limits sign-in attempts per client address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await login(`user${i}@example.be`, 'x', '10.9.9.9')).statusCode)
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
  })
})
