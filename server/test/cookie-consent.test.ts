import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { verifyConsentChain } from '../src/modules/consent'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'

const SERVICES = [
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    provider: 'Google',
    category: 'analytics',
    hosts: ['google-analytics.com'],
    cookies: [{ name: '_ga', duration: '2 years' }],
  },
  { id: 'meta-pixel', name: 'Meta pixel', category: 'advertising', hosts: ['connect.facebook.net'] },
  { id: 'chat', name: 'Chat widget', category: 'functional', hosts: ['chat.example.be'] },
]

/**
 * The cookie banner's choices as consent records (issue 18 builds on issue 17): each optional category maps to a
 * consent purpose of the register; a choice posted to /c/{slug}/events is recorded in the consent chain under the
 * visitor's consent id, and a category without a purpose is reported, never silently dropped.
 */
describe('cookie banner choices become consent records', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}`
  const post = (event: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: `/c/${org.slug}/events`,
      headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 (test)' },
      payload: JSON.stringify(event),
    })
  const status = async (anonymousId: string) => {
    const res = await owner('POST', `${api()}/consent/status`, { anonymousId })
    expect(res.statusCode, res.body).toBe(200)
    return Object.fromEntries(
      (res.json().purposes as { purpose: string; state: string }[]).map((p) => [p.purpose, p.state]),
    )
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Webwinkel BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const register = sampleRegister()
    const activity = (key: string, purpose: string) => ({
      key,
      name: { nl: key, fr: key, en: key },
      purposes: [{ purpose, legalBasis: 'consent' as const }],
      subjectCategories: ['clients'],
      dataCategories: [{ category: 'identification', source: 'subject' as const }],
      systems: ['cloudbooks-app'],
      retention: [{ rule: 'accounting-7y' }],
      measures: ['mfa'],
      status: 'active' as const,
    })
    register.activities?.push(
      activity('website', 'website_cookies'),
      activity('newsletter', 'direct_marketing'),
    )
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(register), {
      mode: 'merge',
      dryRun: false,
    })
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('maps categories to consent purposes, refusing a purpose that is not one and reporting a category left out', async () => {
    const wrong = expectProblem(
      await owner('PUT', `${api()}/cookies/inventory`, {
        services: SERVICES,
        purposes: { analytics: 'website_cookies', functional: 'invoicing_accounting' },
      }),
      422,
    )
    expect(wrong.errors).toEqual([
      expect.objectContaining({ path: 'body.purposes.functional', code: 'unknown_purpose' }),
    ])
    const saved = await owner('PUT', `${api()}/cookies/inventory`, {
      services: SERVICES,
      purposes: { analytics: 'website_cookies', advertising: 'direct_marketing' },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json().inventory.purposes).toEqual({
      analytics: 'website_cookies',
      advertising: 'direct_marketing',
    })
    expect(saved.json().purposeMapping).toEqual([
      { category: 'functional', purpose: null, status: 'missing' },
      { category: 'analytics', purpose: 'website_cookies', status: 'mapped' },
      { category: 'advertising', purpose: 'direct_marketing', status: 'mapped' },
    ])
  })

  it('records Accept all as given, a later Reject all as withdrawn (audited), a first refusal as refused', async () => {
    const version = (await owner('GET', `${api()}/cookies`)).json().version as number
    const id = 'c0ffee00-1111-4222-8333-444455556666'
    expect((await post({ t: 'served', id, v: version, l: 'nl' })).statusCode).toBe(204)
    expect(await status(id)).toEqual({})
    const accept = await post({
      t: 'choice',
      id,
      v: version,
      l: 'nl',
      u: 'https://shop.example.be/products?x=1',
      m: 'accept',
      g: ['functional', 'analytics', 'advertising'],
      r: [],
    })
    expect(accept.statusCode, accept.body).toBe(204)
    expect(await status(id)).toEqual({ direct_marketing: 'given', website_cookies: 'given' })
    const events = await t.ctx.db
      .selectFrom('consent_events')
      .selectAll()
      .where('organization_id', '=', org.id)
      .orderBy('seq')
      .execute()
    expect(events).toHaveLength(2)
    for (const e of events)
      expect(e).toMatchObject({
        identity_kind: 'anonymous',
        channel: 'banner',
        method: 'accept',
        language: 'nl',
        source: 'shop.example.be',
        user_agent: 'Mozilla/5.0 (test)',
        actor_label: 'cookie banner',
      })
    // The IP address is kept truncated; the text names what the banner listed for that purpose.
    expect(events[0]?.ip).toMatch(/\.0$|^[0-9a-f:]+$/)
    const text = await t.ctx.db
      .selectFrom('consent_texts')
      .select('body')
      .where('organization_id', '=', org.id)
      .where('hash', '=', events.find((e) => e.purpose === 'website_cookies')?.text_hash as string)
      .executeTakeFirstOrThrow()
    expect(text.body).toBe(`Cookie banner, inventory version ${version}. analytics: Google Analytics`)
    // The functional choice (no purpose) is still in the banner's own log, with every category.
    const log = (await owner('GET', `${api()}/cookies/consents/${id}`)).json().events
    expect(log.at(-1)).toMatchObject({ kind: 'choice', granted: ['functional', 'analytics', 'advertising'] })

    // Withdrawal through the banner is as easy as giving: both purposes withdrawn, each audited (webhooks).
    await post({
      t: 'choice',
      id,
      v: version,
      m: 'reject',
      g: [],
      r: ['functional', 'analytics', 'advertising'],
    })
    expect(await status(id)).toEqual({ direct_marketing: 'withdrawn', website_cookies: 'withdrawn' })
    const audited = await t.ctx.db
      .selectFrom('audit_events')
      .select('actor_label')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'consent.withdrawn')
      .execute()
    expect(audited).toEqual([{ actor_label: 'cookie banner' }, { actor_label: 'cookie banner' }])

    // GPC: analytics granted, advertising refused; a first refusal is "refused", not "withdrawn".
    const gpc = 'f00dface-1111-4222-8333-444455556666'
    await post({ t: 'choice', id: gpc, v: version, l: 'fr', m: 'gpc', g: ['analytics'], r: ['advertising'] })
    expect(await status(gpc)).toEqual({ direct_marketing: 'refused', website_cookies: 'given' })
    const chain = await verifyConsentChain(t.ctx.db, org.id)
    expect(chain).toMatchObject({ ok: true, checked: 6 })
  })
})
