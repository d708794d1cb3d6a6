import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { storedMails } from './support/outbox'
import { sampleRegister } from './support/register'

describe('privacy notice: preview, publish, versions, public page, subscriptions', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}/notice`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('refuses to publish while the register lacks required elements, naming them', async () => {
    const res = await po('POST', `${api()}/versions`, { material: false })
    const problem = expectProblem(res, 422)
    expect(problem.errors?.length).toBeGreaterThan(0)
    const preview = (await po('GET', `${api()}/preview?lang=nl`)).json()
    expect(preview.completeness.some((i: { status: string }) => i.status === 'missing')).toBe(true)
  })

  it('previews a complete register in each language, then publishes version 1', async () => {
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    for (const lang of ['nl', 'fr', 'en']) {
      const preview = (await po('GET', `${api()}/preview?lang=${lang}`)).json()
      expect(preview.completeness.filter((i: { status: string }) => i.status === 'missing')).toEqual([])
      expect(preview.html).toContain('0403.019.261')
    }
    const published = await po('POST', `${api()}/versions`, { effectiveDate: '2026-12-01', material: false })
    expect(published.statusCode, published.body).toBe(201)
    expect(published.json()).toMatchObject({ version: 1, effectiveDate: '2026-12-01' })
  })

  it('serves the public page in the language asked, with links between languages, PDF, Markdown and JSON', async () => {
    const nl = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy` })
    expect(nl.statusCode).toBe(200)
    expect(nl.headers['content-type']).toMatch(/text\/html/)
    expect(nl.body).toContain('<html lang="nl">')
    expect(nl.body).toContain(`href="/p/${org.slug}/privacy?lang=fr"`)
    const fr = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/privacy`,
      headers: { 'accept-language': 'fr-BE,fr;q=0.9' },
    })
    expect(fr.body).toContain('<html lang="fr">')
    const en = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy?lang=en` })
    expect(en.body).toContain('<html lang="en">')
    const pdf = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy.pdf?lang=fr` })
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF')
    const md = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy.md` })
    expect(md.headers['content-type']).toMatch(/text\/markdown/)
    const json = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy.json?lang=en` })
    expect(json.json()).toMatchObject({ language: 'en', version: 1 })
    expect(json.json()).not.toHaveProperty('$v')
    // Stored JSON with its version (decision 0042), read back through its definition: no '$v' language.
    const stored = await sql<{
      documents: Record<string, unknown>
      register_snapshot: Record<string, unknown>
    }>`
      select documents, register_snapshot from notice_versions where organization_id = ${org.id}`.execute(
      t.ctx.db,
    )
    expect(stored.rows[0]?.documents.$v).toBe(1)
    expect(stored.rows[0]?.register_snapshot.$v).toBe(1)
    expect(fr.body).not.toContain('lang=$v')
    expect((await app.inject({ method: 'GET', url: '/p/no-such-org/privacy' })).statusCode).toBe(404)
  })

  it('keeps published versions immutable, and earlier versions reachable after a new one', async () => {
    await expect(
      sql`update notice_versions set effective_date = '2020-01-01'`.execute(t.ctx.db),
    ).rejects.toThrow(/immutable/)
    const current = (await po('GET', `/api/v1/orgs/${org.slug}/register/activities/bookkeeping`)).json().data
    await po('PUT', `/api/v1/orgs/${org.slug}/register/activities/bookkeeping`, {
      ...current,
      purposes: [...current.purposes, { purpose: 'customer_service', legalBasis: 'contract' }],
    })
    const v2 = await po('POST', `${api()}/versions`, {
      material: true,
      changeSummary: 'Fiscale aangiften toegevoegd.',
    })
    expect(v2.json().version).toBe(2)
    const old = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy/versions/1?lang=en` })
    expect(old.statusCode).toBe(200)
    expect(old.body).not.toMatch(/Customer service and helpdesk/i)
    const latest = await app.inject({ method: 'GET', url: `/p/${org.slug}/privacy?lang=en` })
    expect(latest.body).toMatch(/Customer service and helpdesk/i)
    const diff = (await po('GET', `${api()}/diff?from=1&to=2&lang=en`)).json()
    expect(
      diff.parts.some(
        (p: { type: string; text: string }) =>
          p.type === 'added' && p.text.includes('Customer service and helpdesk'),
      ),
    ).toBe(true)
    const list = (await po('GET', `${api()}/versions`)).json()
    expect(list.items.map((v: { version: number }) => v.version)).toEqual([2, 1])
  })

  it('subscribes by double opt-in without revealing known addresses, and mails subscribers on a material change', async () => {
    const subscribe = (email: string) =>
      app.inject({
        method: 'POST',
        url: `/p/${org.slug}/privacy/subscribe?lang=fr`,
        payload: `email=${encodeURIComponent(email)}&lang=fr`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        remoteAddress: `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      })
    const first = await subscribe('Lea@Example.be')
    expect(first.statusCode).toBe(200)
    const [confirmMail] = (await storedMails(t.ctx, 'lea@example.be')).filter(
      (m) => m.template === 'notice-subscription',
    )
    expect(confirmMail?.language).toBe('fr')
    const token = /token=([\w-]+)/.exec(confirmMail?.text_body ?? '')?.[1]
    const confirmed = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/privacy/subscribe/confirm?token=${token}&lang=fr`,
    })
    expect(confirmed.statusCode).toBe(200)
    const again = await subscribe('lea@example.be')
    expect(again.statusCode).toBe(200)
    expect(again.body.replace(/\s+/g, ' ')).toContain(
      first.body.match(/<p class="summary" role="status">[^<]*<\/p>/)?.[0] ?? 'x',
    )
    const bad = await subscribe('not-an-address')
    expect(bad.statusCode).toBe(400)

    const v3 = await po('POST', `${api()}/versions`, { material: true, changeSummary: 'Nouvelle finalité.' })
    expect(v3.json().subscribersNotified).toBe(1)
    const [changed] = (await storedMails(t.ctx, 'lea@example.be')).filter(
      (m) => m.template === 'notice-changed',
    )
    expect(changed?.subject).toContain('modifie sa déclaration de confidentialité')
    const unsubscribe = /(\/p\/[^\s]+\/privacy\/unsubscribe\?s=[\w-]+&t=[\w-]+)/.exec(
      changed?.text_body ?? '',
    )?.[1]
    expect(unsubscribe).toBeDefined()
    const done = await app.inject({ method: 'GET', url: `${unsubscribe}&lang=fr` })
    expect(done.statusCode).toBe(200)
    const forged = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/privacy/unsubscribe?s=${'0'.repeat(8)}-0000-0000-0000-000000000000&t=forged`,
    })
    expect(forged.statusCode).toBe(400)
  })
})
