import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { sampleRegister } from './support/register'
import { waitFor } from './support/wait'

/**
 * Public pages are rendered once per published version and language and cached in each web process; a change
 * made through another process (or straight in the database) is served fresh by every process (issue 14 target 3,
 * issue 22 item 1). On PostgreSQL the processes hear of changes by NOTIFY; on the embedded database they check.
 */
describe('cached public pages across web processes', () => {
  let t: TestContext
  let first: App
  let second: App
  let org: Organization
  let po: ReturnType<typeof asUser>

  beforeAll(async () => {
    t = await createTestContext()
    first = await buildApp(t.ctx, { serveWeb: false, logger: false })
    second = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Bakkerij Claes')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(first, await signIn(first, officer.email, officer.password))
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
  })
  afterAll(async () => {
    await first?.close()
    await second?.close()
    await t?.close()
  })

  const publish = async (changeSummary: string) => {
    const res = await po('POST', `/api/v1/orgs/${org.slug}/notice/versions`, {
      material: false,
      changeSummary,
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json().version as number
  }
  const page = (app: App, url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers })
  const servedVersion = async (app: App) =>
    Number((await page(app, `/p/${org.slug}/privacy.json?lang=en`)).json().version)

  it('answers with an ETag, 304 for a client that holds the page, and brotli or gzip bytes of the same page', async () => {
    await publish('first')
    const url = `/p/${org.slug}/privacy?lang=nl`
    const plain = await page(second, url)
    expect(plain.statusCode).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    const etag = String(plain.headers.etag)
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(plain.headers['cache-control']).toBe('no-cache')
    expect(plain.headers.vary).toMatch(/Accept-Encoding/)
    expect((await page(first, url)).headers.etag).toBe(etag)
    const again = await page(second, url, { 'if-none-match': etag })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')

    const br = await page(second, url, { 'accept-encoding': 'br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body)
    expect(br.headers.etag).not.toBe(etag)
    expect(
      (await page(second, url, { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) }))
        .statusCode,
    ).toBe(304)
    const gzip = await page(second, url, { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body)

    const form = await page(second, `/p/${org.slug}/request?lang=fr`)
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain('<html lang="fr">')
    expect(
      (await page(second, `/p/${org.slug}/request?lang=fr`, { 'if-none-match': String(form.headers.etag) }))
        .statusCode,
    ).toBe(304)
  })

  it('serves a version published through one process fresh on the other, and earlier versions unchanged', async () => {
    const before = await servedVersion(second)
    const v1Page = (await page(second, `/p/${org.slug}/privacy/versions/${before}?lang=nl`)).body
    const next = await publish('second')
    expect(next).toBe(before + 1)
    await waitFor(async () => (await servedVersion(second)) === next)
    expect(await servedVersion(first)).toBe(next)
    const current = await page(second, `/p/${org.slug}/privacy?lang=nl`)
    expect(current.body).toContain(`/p/${org.slug}/privacy/versions/${before}`)
    // The earlier version's own page now links to a newer current one, so it was rendered again too.
    const earlier = await page(second, `/p/${org.slug}/privacy/versions/${before}?lang=nl`)
    expect(earlier.statusCode).toBe(200)
    expect(earlier.body).not.toBe(v1Page)
  })

  it('serves a change of the organisation made straight in the database fresh on every process', async () => {
    const url = `/p/${org.slug}/request?lang=en`
    const { legal_name } = await t.ctx.db
      .selectFrom('organizations')
      .select('legal_name')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow()
    expect((await page(first, url)).body).toContain(legal_name)
    expect((await page(second, url)).body).toContain(legal_name)
    await t.ctx.db
      .updateTable('organizations')
      .set({ legal_name: 'Bakkerij Claes en Zonen BV' })
      .where('id', '=', org.id)
      .execute()
    for (const app of [first, second])
      await waitFor(async () => (await page(app, url)).body.includes('Bakkerij Claes en Zonen BV'))
  })

  it('answers 404 for an organisation that is gone, on every process', async () => {
    const other = await createOrg(t.ctx, 'Tijdelijk BV')
    expect((await page(first, `/p/${other.slug}/request`)).statusCode).toBe(200)
    expect((await page(second, `/p/${other.slug}/request`)).statusCode).toBe(200)
    await t.ctx.db.deleteFrom('organizations').where('id', '=', other.id).execute()
    for (const app of [first, second])
      await waitFor(async () => (await page(app, `/p/${other.slug}/request`)).statusCode === 404)
  })
})
