import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScanResult } from '../src/domain/cookies/findings'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { claimScan } from '../src/modules/cookies/repository'
import { runRequestedScan } from '../src/modules/cookies/scans'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

const SITE = 'https://www.webwinkel.example/'
/** A localStorage key longer than an inventory cookie name may be (200 characters). */
const LONG_KEY = `state:${'x'.repeat(240)}`

/** What Chromium saw: Google Analytics (cookies and its host), a cookie and a host the catalogue does not know. */
const SEEN: ScanResult = {
  pages: [SITE],
  before: {
    cookies: [
      { name: 'winkelmand', domain: 'www.webwinkel.example', page: SITE },
      { name: 'custos_consent', domain: 'www.webwinkel.example', page: SITE },
    ],
    storage: [],
    requests: [{ host: 'cdn.fonts.example', url: 'https://cdn.fonts.example/font.css', page: SITE }],
  },
  accepted: {
    cookies: [
      { name: '_ga', domain: '.webwinkel.example', page: SITE },
      { name: '_gid', domain: '.webwinkel.example', page: SITE },
      // Set by a third party the catalogue does not know, on its own domain.
      { name: 'uid', domain: '.tracker.example.net', page: SITE },
      { name: 'uid2', domain: 'tracker.example.net', page: SITE },
      { name: 'voorkeur', domain: 'www.webwinkel.example', page: SITE },
    ],
    storage: [{ kind: 'localStorage', name: LONG_KEY, page: SITE }],
    requests: [
      { host: 'www.google-analytics.com', url: 'https://www.google-analytics.com/g/collect?v=2', page: SITE },
    ],
  },
  rejected: { cookies: [], storage: [], requests: [] },
}

interface Proposal {
  id: string
  kind: 'cookie' | 'host'
  subject: string
  status: string
  suggestion: Record<string, unknown>
}

/**
 * The scanner's add-to-inventory proposals (issue 18): a completed scan proposes what the inventory does not list,
 * prefilled from the catalogue; accepting one saves a new inventory version (the category chosen when the
 * catalogue does not know it; a service keeps its own), dismissing one keeps it from being proposed again.
 */
describe('add-to-inventory proposals from the cookie scanner', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let auditor: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}/cookies`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Webwinkel BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    const settings = await owner('PUT', `${api()}/settings`, {
      scanUrls: [SITE],
      scanDepth: 0,
      reconsentDays: 182,
    })
    expect(settings.statusCode, settings.body).toBe(200)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const scan = async (seen: ScanResult = SEEN) => {
    const started = await owner('POST', `${api()}/scans`)
    expect(started.statusCode, started.body).toBe(202)
    const id = started.json().id
    expect((await claimScan(t.ctx.db, id))?.organization_id).toBe(org.id)
    expect((await runRequestedScan(t.ctx, org, id, async () => structuredClone(seen))).status).toBe(
      'completed',
    )
  }
  const proposals = async () => {
    const res = await owner('GET', `${api()}/proposals`)
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json() as { items: Proposal[]; dismissed: Proposal[]; can: Record<string, boolean> }
    const bySubject = (s: string) => body.items.find((p) => p.subject === s) as Proposal
    return { ...body, bySubject }
  }

  it('proposes what the scan saw outside the inventory, prefilled from the catalogue', async () => {
    expect((await proposals()).items).toEqual([])
    await scan()
    const { items, can, bySubject } = await proposals()
    expect(items.map((p) => `${p.kind} ${p.subject}`).sort()).toEqual([
      'cookie _ga',
      'cookie _gid',
      `cookie ${LONG_KEY}`,
      'cookie uid',
      'cookie uid2',
      'cookie voorkeur',
      'cookie winkelmand',
      'host cdn.fonts.example',
      'host www.google-analytics.com',
    ])
    expect(can).toEqual({ accept: true, dismiss: true })
    expect(bySubject('_ga').suggestion).toMatchObject({
      serviceId: 'google-analytics',
      category: 'analytics',
      purpose: 'Distinguishes visitors',
      duration: '2 years',
      thirdCountry: 'US',
      known: true,
    })
    expect(bySubject('winkelmand').suggestion).toMatchObject({
      serviceId: 'own-site',
      serviceName: 'Webwinkel BV',
      category: null,
      known: false,
      thirdParty: false,
      needsOrigin: false,
    })
    // A cookie set on another party's domain is not proposed as the site's own: its provider is to be stated.
    expect(bySubject('uid').suggestion).toMatchObject({
      serviceId: 'tracker-example-net',
      serviceName: 'tracker.example.net',
      provider: '',
      hosts: ['tracker.example.net'],
      domain: 'tracker.example.net',
      thirdParty: true,
      needsOrigin: true,
      thirdCountry: null,
      known: false,
    })
    expect(bySubject('cdn.fonts.example').suggestion).toMatchObject({
      serviceId: 'cdn-fonts-example',
      hosts: ['cdn.fonts.example'],
      category: null,
    })
    const auditors = (await auditor('GET', `${api()}/proposals`)).json()
    expect(auditors.can).toEqual({ accept: false, dismiss: false })
    expect((await auditor('POST', `${api()}/proposals/${bySubject('_ga').id}/accept`, {})).statusCode).toBe(
      403,
    )
  })

  it('adds an accepted proposal to the inventory as a new version, naming the field it needs', async () => {
    const { bySubject } = await proposals()
    const own = bySubject('winkelmand')
    const missing = expectProblem(await owner('POST', `${api()}/proposals/${own.id}/accept`, {}), 422)
    expect(missing.errors).toEqual([expect.objectContaining({ path: 'body.category', code: 'required' })])
    const wrong = await owner('POST', `${api()}/proposals/${own.id}/accept`, { category: 'tasty' })
    expect(expectProblem(wrong, 400).errors?.[0]?.path).toBe('body.category')
    expect((await owner('GET', api())).json().version).toBe(0)

    const accepted = await owner('POST', `${api()}/proposals/${own.id}/accept`, {
      category: 'necessary',
      purpose: 'Keeps the shopping basket',
      duration: 'session',
    })
    expect(accepted.statusCode, accepted.body).toBe(200)
    expect(accepted.json()).toMatchObject({
      version: 1,
      proposal: { status: 'accepted', inventoryVersion: 1 },
    })
    const again = expectProblem(await owner('POST', `${api()}/proposals/${own.id}/accept`, {}), 409)
    expect(again.code).toBe('proposal_decided')

    // Google Analytics: the service is founded with the catalogue's hosts, so its host is no longer proposed.
    const ga = await owner('POST', `${api()}/proposals/${bySubject('_ga').id}/accept`, {})
    expect(ga.json().version, ga.body).toBe(2)
    const setup = (await owner('GET', api())).json()
    expect(setup.version).toBe(2)
    expect(setup.note).toBe('Added from the cookie scan: _ga')
    expect(setup.inventory.services).toEqual([
      expect.objectContaining({
        id: 'own-site',
        name: 'Webwinkel BV',
        category: 'necessary',
        cookies: [expect.objectContaining({ name: 'winkelmand', purpose: 'Keeps the shopping basket' })],
      }),
      expect.objectContaining({
        id: 'google-analytics',
        category: 'analytics',
        hosts: ['google-analytics.com', 'analytics.google.com'],
        cookies: [expect.objectContaining({ name: '_ga', duration: '2 years', thirdCountry: 'US' })],
      }),
    ])
    const left = await proposals()
    expect(left.items.map((p) => p.subject).sort()).toEqual([
      '_gid',
      'cdn.fonts.example',
      LONG_KEY,
      'uid',
      'uid2',
      'voorkeur',
    ])

    // _gid joins the Google Analytics service, which keeps its category.
    const gid = left.bySubject('_gid')
    const other = expectProblem(
      await owner('POST', `${api()}/proposals/${gid.id}/accept`, { category: 'advertising' }),
      422,
    )
    expect(other.errors?.[0]).toMatchObject({ path: 'body.category', code: 'invalid_value' })
    expect((await owner('POST', `${api()}/proposals/${gid.id}/accept`, {})).json().version).toBe(3)
    const services = (await owner('GET', api())).json().inventory.services
    expect(services[1].cookies.map((c: { name: string }) => c.name)).toEqual(['_ga', '_gid'])
  })

  it('adds a third-party cookie only with its provider and third country stated (review M3)', async () => {
    const { bySubject } = await proposals()
    const uid = bySubject('uid')
    const accept = (body: object) => owner('POST', `${api()}/proposals/${uid.id}/accept`, body)
    const base = {
      category: 'advertising',
      purpose: 'Recognises the visitor across sites',
      duration: '1 year',
    }
    const before = (await owner('GET', api())).json().version
    expect(expectProblem(await accept(base), 422).errors).toEqual([
      expect.objectContaining({ path: 'body.provider', code: 'required' }),
    ])
    expect(expectProblem(await accept({ ...base, provider: 'Tracker Inc' }), 422).errors).toEqual([
      expect.objectContaining({ path: 'body.thirdCountry', code: 'required' }),
    ])
    const eea = expectProblem(await accept({ ...base, provider: 'Tracker Inc', thirdCountry: 'DE' }), 422)
    expect(eea.errors).toEqual([
      expect.objectContaining({ path: 'body.thirdCountry', code: 'invalid_value' }),
    ])
    expect((await owner('GET', api())).json().version).toBe(before)

    const ok = await accept({ ...base, provider: 'Tracker Inc', thirdCountry: 'US' })
    expect(ok.statusCode, ok.body).toBe(200)
    const services = (await owner('GET', api())).json().inventory.services
    expect(services.find((s: { id: string }) => s.id === 'tracker-example-net')).toMatchObject({
      name: 'tracker.example.net',
      provider: 'Tracker Inc',
      category: 'advertising',
      hosts: ['tracker.example.net'],
      cookies: [
        {
          name: 'uid',
          provider: 'Tracker Inc',
          purpose: 'Recognises the visitor across sites',
          duration: '1 year',
          thirdCountry: 'US',
        },
      ],
    })
    // The site's own service does not take the third party's cookie.
    const own = services.find((s: { id: string }) => s.id === 'own-site')
    expect(own.cookies.map((c: { name: string }) => c.name)).toEqual(['winkelmand'])

    // The declaration shows who sets it and where the data goes.
    const page = await app.inject({ method: 'GET', url: `/p/${org.slug}/cookies?lang=en` })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Tracker Inc')
  })

  it('needs a purpose and a duration for a cookie, and refuses what the inventory cannot hold with a 422 (m7, m8)', async () => {
    const { bySubject } = await proposals()
    const version = async () => (await owner('GET', api())).json().version
    const before = await version()
    const voorkeur = bySubject('voorkeur')
    const acceptV = (body: object) => owner('POST', `${api()}/proposals/${voorkeur.id}/accept`, body)
    expect(expectProblem(await acceptV({}), 422).errors).toEqual([
      expect.objectContaining({ path: 'body.purpose', code: 'required' }),
    ])
    expect(expectProblem(await acceptV({ purpose: 'Remembers the language' }), 422).errors).toEqual([
      expect.objectContaining({ path: 'body.duration', code: 'required' }),
    ])
    expect(expectProblem(await acceptV({ purpose: '  ', duration: '1 year' }), 422).errors).toEqual([
      expect.objectContaining({ path: 'body.purpose', code: 'required' }),
    ])

    // A storage key longer than 200 characters: 422 naming body.name, then accepted under a pattern matching it.
    const long = bySubject(LONG_KEY)
    const acceptL = (body: object) => owner('POST', `${api()}/proposals/${long.id}/accept`, body)
    const stated = { purpose: 'Keeps the page state', duration: 'until deleted' }
    expect(expectProblem(await acceptL(stated), 422).errors).toEqual([
      expect.objectContaining({ path: 'body.name', code: 'too_big' }),
    ])
    expect(expectProblem(await acceptL({ ...stated, name: 'other*' }), 422).errors).toEqual([
      expect.objectContaining({ path: 'body.name', code: 'invalid_value' }),
    ])
    expect(await version()).toBe(before)
    const patterned = await acceptL({ ...stated, name: 'state:*' })
    expect(patterned.statusCode, patterned.body).toBe(200)
    expect(patterned.json().version).toBe(before + 1)

    // A service at its cookie limit takes no more: 422 naming the service, nothing stored, the proposal still open.
    const setup = (await owner('GET', api())).json()
    const full = setup.inventory.services.map((s: { id: string; cookies: object[] }) =>
      s.id === 'tracker-example-net'
        ? {
            ...s,
            cookies: [
              ...s.cookies,
              ...Array.from({ length: 99 }, (_, i) => ({
                name: `fill${i}`,
                purpose: 'x',
                duration: '1 day',
              })),
            ],
          }
        : s,
    )
    const saved = await owner('PUT', `${api()}/inventory`, { services: full, note: 'filled' })
    expect(saved.statusCode, saved.body).toBe(200)
    const uid2 = bySubject('uid2')
    const refused = expectProblem(
      await owner('POST', `${api()}/proposals/${uid2.id}/accept`, {
        provider: 'Tracker Inc',
        thirdCountry: 'US',
        purpose: 'Second identifier',
        duration: '1 year',
      }),
      422,
    )
    expect(refused.errors).toEqual([
      expect.objectContaining({
        path: 'suggestion.serviceId',
        code: 'too_big',
        params: { maximum: 100, kind: 'cookies' },
        message: expect.stringContaining('holds 100 cookies already'),
      }),
    ])
    expect(await version()).toBe(saved.json().version)
    expect((await proposals()).bySubject('uid2').status).toBe('open')

    // Leave nothing open for the next test.
    for (const p of [uid2, voorkeur])
      expect((await owner('POST', `${api()}/proposals/${p.id}/dismiss`)).statusCode).toBe(200)
  })

  it('does not propose a dismissed name or host again, and answers 404 for an id it does not have', async () => {
    const host = (await proposals()).bySubject('cdn.fonts.example')
    const dismissed = await owner('POST', `${api()}/proposals/${host.id}/dismiss`)
    expect(dismissed.statusCode, dismissed.body).toBe(200)
    expect(dismissed.json().status).toBe('dismissed')
    expect(expectProblem(await owner('POST', `${api()}/proposals/${host.id}/dismiss`), 409).code).toBe(
      'proposal_decided',
    )
    await scan()
    const after = await proposals()
    expect(after.items).toEqual([])
    expect(after.dismissed.map((p) => p.subject).sort()).toEqual(['cdn.fonts.example', 'uid2', 'voorkeur'])
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', 'like', 'cookie_proposal.%')
      .execute()
    expect(audit.map((r) => r.action).sort()).toEqual([
      'cookie_proposal.accepted',
      'cookie_proposal.accepted',
      'cookie_proposal.accepted',
      'cookie_proposal.accepted',
      'cookie_proposal.accepted',
      'cookie_proposal.dismissed',
      'cookie_proposal.dismissed',
      'cookie_proposal.dismissed',
    ])
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(expectProblem(await owner('POST', `${api()}/proposals/${unknown}/dismiss`), 404).code).toBe(
      'not_found',
    )
    expect(
      expectProblem(await owner('POST', `${api()}/proposals/nope/accept`, {}), 400).errors?.[0]?.path,
    ).toBe('params.id')
  })

  it('refuses a pattern without a literal start or covering another cookie, and names the host it cannot hold (review m4, m6)', async () => {
    const own = (name: string) => ({ name, domain: 'www.webwinkel.example', page: SITE })
    await scan({
      pages: [SITE],
      before: { cookies: [], storage: [], requests: [] },
      accepted: {
        cookies: [
          own('sess_a1'),
          own('winkelmand_v2'),
          // A third party whose domain the inventory's hosts cannot hold.
          { name: 'px', domain: 'ads_pixel.example', page: SITE },
        ],
        storage: [],
        requests: [],
      },
      rejected: { cookies: [], storage: [], requests: [] },
    })
    const { bySubject } = await proposals()
    const version = async () => (await owner('GET', api())).json().version
    const before = await version()
    const stated = { purpose: 'Keeps the session', duration: 'session' }
    const accept = (p: Proposal, body: object) => owner('POST', `${api()}/proposals/${p.id}/accept`, body)
    const sess = bySubject('sess_a1')
    for (const name of ['*', 'se*', 'other_*'])
      expect(expectProblem(await accept(sess, { ...stated, name }), 422).errors, name).toEqual([
        expect.objectContaining({ path: 'body.name', code: 'invalid_value' }),
      ])
    // winkel* would also cover winkelmand, which the inventory lists already.
    const v2 = bySubject('winkelmand_v2')
    expect(expectProblem(await accept(v2, { ...stated, name: 'winkel*' }), 422).errors).toEqual([
      expect.objectContaining({
        path: 'body.name',
        code: 'invalid_value',
        params: { value: 'winkel*', other: 'winkelmand' },
      }),
    ])
    expect(await version()).toBe(before)
    const narrow = await accept(v2, { ...stated, name: 'winkelmand_*' })
    expect(narrow.statusCode, narrow.body).toBe(200)
    const ownService = (await owner('GET', api()))
      .json()
      .inventory.services.find((x: { id: string }) => x.id === 'own-site')
    expect(ownService.cookies.map((c: { name: string }) => c.name)).toEqual([
      'winkelmand',
      'state:*',
      'winkelmand_*',
    ])
    const plain = await accept(sess, { ...stated, name: 'sess_*' })
    expect(plain.statusCode, plain.body).toBe(200)

    // The host the new service would be given is blamed, not the cookie's name.
    const px = bySubject('px')
    const refused = expectProblem(
      await accept(px, {
        ...stated,
        category: 'advertising',
        provider: 'Pixel Inc',
        thirdCountry: 'US',
      }),
      422,
    )
    expect(refused.errors).toEqual([
      expect.objectContaining({
        path: 'suggestion.hosts',
        code: 'invalid_value',
        params: { value: 'ads_pixel.example' },
      }),
    ])
  })

  it('prefills a second cookie of a described third party from its service, and takes a provider for an own-site cookie (review m12)', async () => {
    // Make room in the tracker's service (the earlier test filled it).
    const setup = (await owner('GET', api())).json()
    const services = setup.inventory.services.map((s: { id: string; cookies: { name: string }[] }) =>
      s.id === 'tracker-example-net' ? { ...s, cookies: s.cookies.filter((c) => c.name === 'uid') } : s,
    )
    expect((await owner('PUT', `${api()}/inventory`, { services, note: 'room' })).statusCode).toBe(200)
    await scan({
      pages: [SITE],
      before: { cookies: [], storage: [], requests: [] },
      accepted: {
        cookies: [
          { name: 'uid3', domain: 'tracker.example.net', page: SITE },
          { name: 'pixel_id', domain: 'www.webwinkel.example', page: SITE },
        ],
        storage: [],
        requests: [],
      },
      rejected: { cookies: [], storage: [], requests: [] },
    })
    const { bySubject } = await proposals()
    const uid3 = bySubject('uid3')
    expect(uid3.suggestion).toMatchObject({
      serviceId: 'tracker-example-net',
      provider: 'Tracker Inc',
      thirdCountry: 'US',
      needsOrigin: false,
    })
    const joined = await owner('POST', `${api()}/proposals/${uid3.id}/accept`, {
      purpose: 'Third identifier',
      duration: '1 year',
    })
    expect(joined.statusCode, joined.body).toBe(200)
    const pixel = bySubject('pixel_id')
    expect(pixel.suggestion).toMatchObject({
      serviceId: 'own-site',
      provider: 'Webwinkel BV',
      needsOrigin: false,
    })
    const stated = await owner('POST', `${api()}/proposals/${pixel.id}/accept`, {
      purpose: 'Recognises the visitor',
      duration: '1 year',
      provider: 'Pixel Corp',
      thirdCountry: 'US',
    })
    expect(stated.statusCode, stated.body).toBe(200)
    const after = (await owner('GET', api())).json().inventory.services
    expect(after.find((s: { id: string }) => s.id === 'tracker-example-net').cookies).toContainEqual(
      expect.objectContaining({ name: 'uid3', provider: 'Tracker Inc', thirdCountry: 'US' }),
    )
    expect(after.find((s: { id: string }) => s.id === 'own-site').cookies).toContainEqual(
      expect.objectContaining({ name: 'pixel_id', provider: 'Pixel Corp', thirdCountry: 'US' }),
    )
  })
})
