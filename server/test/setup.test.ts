import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppContext } from '../src/context'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { prepareSetupCode } from '../src/modules/setup'
import { createTestContext, type TestContext } from './support/context'
import { expectProblem } from './support/http'
import { setupBody } from './support/setup'

/** Issue 15, item 1: the first-run set-up page's code - kept across starts, single use, rate limited. */
describe('first-run set-up', () => {
  let t: TestContext
  let ctx: AppContext
  let app: App
  let dataDir: string

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'custos-setup-test-'))
    t = await createTestContext({ dataDir })
    ctx = t.ctx
    app = await buildApp(ctx, { serveWeb: false, logger: false })
  })
  afterAll(async () => {
    await app.close()
    await t.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  const send = (body: unknown, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/v1/setup', payload: body as object, remoteAddress })

  it('keeps the code in the data directory (mode 0600) and prints the same one on the next start', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ required: true })
    const first = await prepareSetupCode(ctx)
    if (!first) throw new Error('no set-up code')
    expect(first.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(readFileSync(first.file, 'utf8').trim()).toBe(first.code)
    expect(statSync(first.file).mode & 0o777).toBe(0o600)
    // A start that failed (the port was in use) left the file: the next start shows the same code.
    expect((await prepareSetupCode(ctx))?.code).toBe(first.code)
    // Another web process (its own data directory, the same database and key) prints the same code too.
    rmSync(first.file)
    expect((await prepareSetupCode(ctx))?.code).toBe(first.code)
  })

  it('refuses a wrong code naming the field, and creates nothing', async () => {
    const res = await send(setupBody('AAAA-BBBB-CCCC'), '10.15.0.1')
    const problem = expectProblem(res, 422)
    expect(problem.code).toBe('invalid_setup_code')
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'body.setupCode', code: 'invalid_code' }),
    ])
    expect(await ctx.db.selectFrom('users').select('id').execute()).toEqual([])
  })

  it('validates the enterprise number with the Belgian check digits', async () => {
    const code = (await prepareSetupCode(ctx))?.code ?? ''
    const res = await send(
      setupBody(code, { organization: { enterpriseNumber: '0403.019.262' } }),
      '10.15.0.2',
    )
    expect(expectProblem(res, 400).errors).toEqual([
      expect.objectContaining({ path: 'body.organization.enterpriseNumber' }),
    ])
  })

  it('creates the account (installation admin, owner) and the organisation, signs in, and works once', async () => {
    const code = (await prepareSetupCode(ctx))?.code ?? ''
    // Typed in lower case without hyphens, as people do.
    const res = await send(setupBody(code.toLowerCase().replaceAll('-', '')), '10.15.0.3')
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().slug).toBe('bakkerij-peeters')
    const cookie = res.cookies.find((c) => c.name === 'custos_session')
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `custos_session=${cookie?.value}` },
    })
    expect(me.json()).toMatchObject({
      user: { email: 'an@bakkerij-peeters.be' },
      canCreateOrganizations: true,
    })
    const org = await app.inject({
      method: 'GET',
      url: '/api/v1/orgs/bakkerij-peeters',
      headers: { cookie: `custos_session=${cookie?.value}` },
    })
    expect(org.json()).toMatchObject({
      legalForm: 'bv',
      enterpriseNumber: '0403019261',
      privacyContactEmail: 'privacy@bakkerij-peeters.be',
      languages: ['nl', 'fr'],
      isSample: false,
    })
    expect(existsSync(join(dataDir, 'setup-code'))).toBe(false)

    // The same code again, or any other: set-up is done.
    const again = expectProblem(await send(setupBody(code), '10.15.0.4'), 409)
    expect(again.code).toBe('setup_done')
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ required: false })
    // A later start prints no code and leaves no file.
    expect(await prepareSetupCode(ctx)).toBeNull()
    expect(existsSync(join(dataDir, 'setup-code'))).toBe(false)
  })

  it('rate limits the form: the sixth try within a minute from one address is refused', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push((await send(setupBody('ZZZZ-ZZZZ-ZZZZ'), '10.15.0.9')).statusCode)
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true)
    expectProblem(await send(setupBody('ZZZZ-ZZZZ-ZZZZ'), '10.15.0.9'), 429)
    expect(statuses[5]).toBe(429)
  })
})
