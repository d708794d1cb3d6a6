import { createHash } from 'node:crypto'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Language } from '../src/db/schema'
import { buildPackage, packageFiles } from '../src/domain/packages'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { purgeExpiredPackages } from '../src/modules/packages/purge'
import { issuePackageLink, storePackage } from '../src/modules/packages/service'
import { samplePackageInput } from './fixtures/answer-package'
import { createTestContext, type TestContext } from './support/context'
import { createOrg } from './support/factories'

let ipCounter = 0
/** A fresh client address per call site, so one test's rate limit does not leak into another. */
const freshIp = () => `10.30.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

describe('answer package download page (/p/{slug}/download/{token})', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization

  /** A stored package with a link, as the engine and the completion letter leave it. */
  const issued = async (o: Organization = org, language: Language = 'nl') => {
    const input = samplePackageInput(language)
    const built = buildPackage(input)
    const { id } = await storePackage(t.ctx, {
      organizationId: o.id,
      requestId: null,
      runId: null,
      language,
      zip: built.zip,
      fileName: built.fileName,
    })
    const link = await issuePackageLink(t.ctx, id)
    const path = new URL(link.url).pathname
    return { id, built, input, link, path, token: path.split('/').at(-1) ?? '' }
  }
  const get = (url: string, headers: Record<string, string> = {}, ip = freshIp()) =>
    app.inject({ method: 'GET', url, headers, remoteAddress: ip })
  const post = (url: string, ip = freshIp(), payload = 'lang=nl') =>
    app.inject({
      method: 'POST',
      url,
      payload,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: ip,
    })
  const content = async (id: string) =>
    await t.ctx.db
      .selectFrom('answer_packages')
      .select(['content_encrypted', 'downloaded_at', 'deleted_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  /** The neutral page, with the token taken out of the language links, to compare pages of different links. */
  const neutral = (body: string, token: string) => body.replaceAll(token, 'TOKEN')

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    await t.ctx.db
      .updateTable('organizations')
      .set({ privacy_contact_email: 'privacy@peeters.be' })
      .where('id', '=', org.id)
      .execute()
    other = await createOrg(t.ctx, 'Andere BV')
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('GET shows the file, its size and last day with a download button, and does not use the link up', async () => {
    const p = await issued()
    for (let i = 0; i < 3; i++) {
      const res = await get(p.path)
      expect(res.statusCode).toBe(200)
      expect(res.headers['cache-control']).toBe('no-store')
      expect(res.headers['referrer-policy']).toBe('no-referrer')
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.body).toContain('<html lang="nl">')
      expect(res.body).toContain('<h1>Uw gegevens downloaden</h1>')
      expect(res.body).toContain('DSR-2026-0007-inzage.zip')
      expect(res.body).toMatch(/\d+(,\d)? kB/)
      expect(res.body).toContain(`tot en met ${p.link.availableUntil.split('-').reverse().join('/')}`)
      expect(res.body).toContain(`<form method="post" action="${p.path}?lang=nl">`)
      expect(res.body).toContain('<button type="submit">Bestand downloaden</button>')
      expect(res.body).not.toMatch(/<script|style=|<style/i)
    }
    const head = await app.inject({ method: 'HEAD', url: p.path, remoteAddress: freshIp() })
    expect(head.statusCode).toBe(200)
    expect(await content(p.id)).toMatchObject({ downloaded_at: null, deleted_at: null })
    expect((await content(p.id)).content_encrypted).not.toBeNull()
  })

  it('speaks the package language, or the one asked for, with links to the others', async () => {
    const p = await issued(org, 'fr')
    const plain = await get(p.path, { 'accept-language': 'en' })
    expect(plain.body).toContain('<html lang="fr">')
    expect(plain.body).toContain('Télécharger le fichier')
    expect(plain.body).toContain('jusqu’au')
    expect(plain.body).toContain(`href="${p.path}?lang=nl"`)
    const en = await get(`${p.path}?lang=en`)
    expect(en.body).toContain('<html lang="en">')
    expect(en.body).toContain('Download the file')
    expect(en.body).toContain(`action="${p.path}?lang=en"`)
  })

  it('POST downloads the zip once: the bytes as built, then the content is gone and the link is dead', async () => {
    const p = await issued()
    const res = await post(`${p.path}?lang=nl`)
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200)
    expect(res.headers['content-type']).toBe('application/zip')
    expect(res.headers['content-disposition']).toBe('attachment; filename="DSR-2026-0007-inzage.zip"')
    expect(res.headers['cache-control']).toBe('no-store')
    const zip = res.rawPayload
    expect(zip.equals(Buffer.from(p.built.zip))).toBe(true)
    const stored = await t.ctx.db
      .selectFrom('answer_packages')
      .select('sha256')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow()
    expect(createHash('sha256').update(zip).digest('hex')).toBe(stored.sha256)
    const entries = unzipSync(new Uint8Array(zip))
    expect(Object.keys(entries)).toEqual(p.built.entries)
    const expected = Object.fromEntries(packageFiles(p.input))
    for (const [path, bytes] of Object.entries(entries)) expect(decoder.decode(bytes)).toBe(expected[path])

    const after = await content(p.id)
    expect(after.content_encrypted).toBeNull()
    expect(after.downloaded_at).toBeInstanceOf(Date)
    expect(after.deleted_at).toBeInstanceOf(Date)
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'actor_label'])
      .where('target_id', '=', p.id)
      .orderBy('seq')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'answer_package.stored',
      'answer_package.link_issued',
      'answer_package.downloaded',
    ])

    const again = await post(`${p.path}?lang=nl`)
    expect(again.statusCode).toBe(404)
    expect(again.headers['content-type']).toMatch(/^text\/html/)
    expect(again.body).toContain('Deze link werkt niet meer')
    expect(again.body).toContain('<a href="mailto:privacy@peeters.be">privacy@peeters.be</a>')
    expect((await get(p.path)).statusCode).toBe(404)
  })

  it('used, expired and unknown links get the very same page', async () => {
    const used = await issued()
    expect((await post(used.path)).statusCode).toBe(200)
    const expired = await issued()
    await t.ctx.db
      .updateTable('answer_packages')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expired.id)
      .execute()
    const unknown = 'A'.repeat(43)
    const elsewhere = await issued(other)
    const pages = []
    for (const [token, path] of [
      [used.token, used.path],
      [expired.token, expired.path],
      [unknown, `/p/${org.slug}/download/${unknown}`],
      // A real token of another organisation, under this organisation's address.
      [elsewhere.token, `/p/${org.slug}/download/${elsewhere.token}`],
    ] as const) {
      const viaGet = await get(`${path}?lang=en`)
      const viaPost = await post(`${path}?lang=en`, freshIp(), 'lang=en')
      expect([viaGet.statusCode, viaPost.statusCode]).toEqual([404, 404])
      expect(neutral(viaPost.body, token)).toBe(neutral(viaGet.body, token))
      pages.push(neutral(viaGet.body, token))
    }
    expect(new Set(pages).size).toBe(1)
    expect(pages[0]).toContain('This link no longer works')
    expect(pages[0]).toContain('invalid, has expired or has already been used')
    // The expired package was not handed out; the purge deletes it.
    expect((await content(expired.id)).content_encrypted).not.toBeNull()
    await purgeExpiredPackages(t.ctx)
    expect(await content(expired.id)).toMatchObject({ content_encrypted: null, downloaded_at: null })
    // The other organisation's link still works at its own address.
    expect((await get(elsewhere.path)).statusCode).toBe(200)
  })

  it('a re-issued link replaces the old one on the page too', async () => {
    const p = await issued()
    const fresh = await issuePackageLink(t.ctx, p.id)
    expect((await get(p.path)).statusCode).toBe(404)
    expect((await post(p.path)).statusCode).toBe(404)
    expect((await post(new URL(fresh.url).pathname)).statusCode).toBe(200)
  })

  it('an unknown organisation, odd tokens and odd bodies get a page, never a server error', async () => {
    const p = await issued()
    const odd = [
      '/p/no-such-org/download/abc',
      `/p/${org.slug}/download/${'x'.repeat(201)}`,
      `/p/${org.slug}/download/%00%ff`,
      `/p/${org.slug}/download/..%2F..%2Fetc`,
      `/p/${org.slug}/download/abc?lang=<script>`,
    ]
    for (const url of odd) {
      const res = await get(url)
      expect(res.statusCode, url).toBeLessThan(500)
      expect(res.body).not.toContain('<script>')
    }
    for (const payload of ['', '%%%', 'lang=xx&lang=yy', JSON.stringify({ lang: ['nl'] })]) {
      const res = await app.inject({
        method: 'POST',
        url: `/p/${org.slug}/download/unknown`,
        payload,
        headers: {
          'content-type': payload.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded',
        },
        remoteAddress: freshIp(),
      })
      expect(res.statusCode, payload).toBeLessThan(500)
    }
    const bare = await app.inject({ method: 'POST', url: p.path, remoteAddress: freshIp() })
    expect(bare.statusCode).toBe(200)
    expect(bare.headers['content-type']).toBe('application/zip')
  })

  it('rate-limits downloads per address like the request form: the sixth within a minute gets 429', async () => {
    const ip = freshIp()
    const codes = []
    for (let i = 0; i < 6; i++) codes.push((await post(`/p/${org.slug}/download/guess-${i}`, ip)).statusCode)
    expect(codes).toEqual([404, 404, 404, 404, 404, 429])
  })
})
