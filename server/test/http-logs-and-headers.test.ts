import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createLogger } from '../src/logger'
import { publishNotice } from '../src/modules/notices/service'
import type { Organization } from '../src/modules/organizations'
import { toOrganization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createOrg } from './support/factories'
import { storedMails } from './support/outbox'
import { sampleRegister } from './support/register'

/** Every line the application logs, as written to its destination. */
function captureLog() {
  const lines: string[] = []
  return { lines, destination: { write: (line: string) => void lines.push(line) } }
}

describe('HTTP hardening: link secrets stay out of logs and error reports; security headers fit the setup', () => {
  let t: TestContext
  let app: App
  let org: Organization
  const log = captureLog()

  beforeAll(async () => {
    t = await createTestContext()
    const logger = createLogger({ logLevel: 'info' }, log.destination)
    app = await buildApp({ ...t.ctx, logger }, { serveWeb: false })
    const created = await createOrg(t.ctx, 'Boekhouding Peeters')
    await importRegister(
      t.ctx,
      systemActor('test'),
      created,
      registerDocumentSchema.parse(sampleRegister()),
      {
        mode: 'merge',
        dryRun: false,
      },
    )
    org = toOrganization(
      await t.ctx.db
        .selectFrom('organizations')
        .selectAll()
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow(),
    )
    await publishNotice(t.ctx, systemActor('test'), org, { material: false })
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('logs every portal link without its token: verification, status, download, subscription', async () => {
    const email = 'camille.dubois@example.be'
    const submitted = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/request?lang=fr`,
      payload: `lang=fr&name=Camille%20Dubois&email=${encodeURIComponent(email)}&types=access&website=`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(submitted.statusCode, submitted.body).toBe(200)
    const [mail] = (await storedMails(t.ctx, email)).filter((m) => m.template === 'request-verification')
    const verifyToken = /verify\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] ?? ''
    expect(verifyToken.length).toBeGreaterThan(20)
    const verified = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/request/verify?token=${verifyToken}&lang=fr`,
    })
    expect(verified.statusCode, verified.body).toBe(200)
    const statusToken = /request\/status\?token=([\w-]+)/.exec(verified.body)?.[1] ?? ''
    expect(statusToken.length).toBeGreaterThan(20)
    expect(
      (await app.inject({ method: 'GET', url: `/p/${org.slug}/request/status?token=${statusToken}` }))
        .statusCode,
    ).toBe(200)

    const downloadToken = 'dl-6f1c2a9e0b7d4e5f8a3b2c1d0e9f8a7b'
    const confirmToken = 'sub-0a1b2c3d4e5f60718293a4b5c6d7e8f9'
    const unsubscribeToken = 'uns-99887766554433221100aabbccddeeff'
    await app.inject({ method: 'GET', url: `/p/${org.slug}/download/${downloadToken}?lang=nl` })
    await app.inject({ method: 'POST', url: `/p/${org.slug}/download/${downloadToken}` })
    await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy/subscribe/confirm?token=${confirmToken}` })
    await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy/unsubscribe?s=x&t=${unsubscribeToken}` })

    const written = log.lines.join('')
    for (const secret of [verifyToken, statusToken, downloadToken, confirmToken, unsubscribeToken]) {
      expect(written).not.toContain(secret)
    }
    // The requests are still logged, with the rest of their address.
    const urls = log.lines
      .map((l) => JSON.parse(l) as { req?: { url: string } })
      .flatMap((l) => l.req?.url ?? [])
    expect(urls).toEqual(
      expect.arrayContaining([
        `/p/${org.slug}/request/verify?token=[redacted]&lang=fr`,
        `/p/${org.slug}/request/status?token=[redacted]`,
        `/p/${org.slug}/download/[redacted]?lang=nl`,
        `/p/${org.slug}/privacy/subscribe/confirm?token=[redacted]`,
        `/p/${org.slug}/privacy/unsubscribe?s=[redacted]&t=[redacted]`,
      ]),
    )
  })

  it('keeps a token in the path out of the error report the client gets', async () => {
    const secret = 'dl-0f9e8d7c6b5a49382716a5b4c3d2e1f0'
    const res = await app.inject({ method: 'DELETE', url: `/p/${org.slug}/download/${secret}` })
    expect(res.statusCode).toBe(404)
    expect(res.body).not.toContain(secret)
    expect(res.json()).toMatchObject({ instance: `/p/${org.slug}/download/[redacted]` })
  })

  it('sends HSTS only when the public address is https', async () => {
    const plain = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy` })
    expect(plain.statusCode).toBe(200)
    expect(plain.headers['strict-transport-security']).toBeUndefined()
    const httpsApp = await buildApp(
      { ...t.ctx, config: { ...t.ctx.config, publicUrl: 'https://privacy.example.be', cookieSecure: true } },
      { serveWeb: false, logger: false },
    )
    try {
      const secure = await httpsApp.inject({ method: 'GET', url: `/p/${org.slug}/privacy` })
      expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    } finally {
      await httpsApp.close()
    }
  })

  it('lets any site frame the notice with ?embed=1 through CSP alone; every other page refuses framing', async () => {
    const embedded = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy?embed=1&lang=nl` })
    expect(embedded.statusCode).toBe(200)
    expect(embedded.headers['content-security-policy']).toContain('frame-ancestors *')
    expect(embedded.headers['x-frame-options']).toBeUndefined()
    const page = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy?lang=nl` })
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN')
  })
})
