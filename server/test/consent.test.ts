import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import {
  consentStatus,
  consentTextHash,
  expireConsents,
  recordConsent,
  verifyConsentChain,
} from '../src/modules/consent'
import { preferenceToken } from '../src/modules/consent/links'
import { consentSubjectOf } from '../src/modules/consent/service'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runDueDeliveries } from '../src/modules/webhooks'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'

interface Received {
  headers: http.IncomingHttpHeaders
  body: string
}

/** A real HTTP receiver: answers each request with the next planned status (200 when none is left). */
async function startReceiver() {
  const received: Received[] = []
  const plan: number[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(plan.shift() ?? 200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/consent`,
    received,
    plan,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** Standard Webhooks verification, written out independently of the server's code. */
function signedBy(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = createHmac('sha256', key)
    .update(`${r.headers['webhook-id']}.${r.headers['webhook-timestamp']}.${r.body}`)
    .digest('base64')
  return String(r.headers['webhook-signature'])
    .split(' ')
    .some((s) => s === `v1,${expected}`)
}

const TEXT = 'Ja, stuur mij de nieuwsbrief met aanbiedingen (maximaal 2 per maand).'

describe('consent: records as proof, status, withdrawal webhooks, expiry and renewal', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let crm: ReturnType<typeof asToken>
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  const api = () => `/api/v1/orgs/${org.slug}/consent`
  const an = { kind: 'email', value: 'An.Peeters@Example.be' } as const

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Consent BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const register = sampleRegister()
    register.activities?.push({
      key: 'newsletter',
      name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
      purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
      subjectCategories: ['clients'],
      dataCategories: [{ category: 'identification', source: 'subject' }],
      systems: ['cloudbooks-app'],
      retention: [{ rule: 'accounting-7y' }],
      measures: ['mfa'],
      status: 'active',
    })
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(register), {
      mode: 'merge',
      dryRun: false,
    })
    const token = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: 'Webshop',
      scopes: ['subjects:read', 'subjects:write', 'consent:read', 'consent:write'],
    })
    expect(token.statusCode, token.body).toBe(201)
    crm = asToken(app, token.json().secret)
    receiver = await startReceiver()
  })
  afterAll(async () => {
    await receiver.close()
    await app.close()
    await t.close()
  })

  it('records, reads, withdraws (signed webhook, retried) and proves it with an intact chain', async () => {
    const hook = await owner('POST', `/api/v1/orgs/${org.slug}/webhooks`, {
      url: receiver.url,
      eventTypes: ['consent.withdrawn'],
    })
    expect(hook.statusCode, hook.body).toBe(201)
    const secret = hook.json().secret as string

    expect((await crm('GET', `${api()}/purposes`)).json().items.map((p: { key: string }) => p.key)).toEqual([
      'direct_marketing',
    ])
    // A purpose that does not rest on consent is refused, naming the field.
    const wrong = expectProblem(
      await crm('POST', `${api()}/events`, {
        identity: an,
        purpose: 'invoicing_accounting',
        state: 'given',
        language: 'nl',
        channel: 'web_form',
        method: 'accept',
      }),
      422,
    )
    expect(wrong.errors?.[0]).toMatchObject({ path: 'body.purpose', code: 'unknown_purpose' })

    const given = await crm('POST', `${api()}/events`, {
      identity: an,
      purpose: 'direct_marketing',
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      source: 'webshop',
      ip: '203.0.113.57',
      userAgent: 'Mozilla/5.0',
      externalRef: 'mailtool:42',
    })
    expect(given.statusCode, given.body).toBe(201)
    expect(given.json()).toMatchObject({ seq: 1, state: 'given', textHash: consentTextHash(TEXT) })

    // The same text by hash is not stored twice; the status reads by any spelling of the address.
    const status = await crm('POST', `${api()}/status`, {
      identity: { kind: 'email', value: 'an.peeters@example.be' },
    })
    expect(status.json()).toMatchObject({
      identityMasked: 'a•••@example.be',
      purposes: [{ purpose: 'direct_marketing', state: 'given', renewalDue: false }],
    })
    const stored = await t.ctx.db.selectFrom('consent_events').selectAll().executeTakeFirstOrThrow()
    expect(stored.ip).toBe('203.0.113.0')
    expect(JSON.stringify(stored)).not.toContain('peeters@')

    receiver.plan.push(503)
    const withdrawn = await crm('POST', `${api()}/events`, {
      identity: an,
      purpose: 'direct_marketing',
      state: 'withdrawn',
      textHash: consentTextHash(TEXT),
      language: 'nl',
      channel: 'email',
      method: 'reject',
      externalRef: 'mailtool:42',
    })
    expect(withdrawn.statusCode, withdrawn.body).toBe(201)
    expect(withdrawn.json().prevHash).toBe(given.json().hash)
    expect((await consentStatus(t.ctx, { organizationId: org.id, identity: an })).purposes[0]?.state).toBe(
      'withdrawn',
    )

    // The webhook: first answered 503, then retried (5 s later) and delivered, signed both times.
    const t0 = new Date()
    expect(await runDueDeliveries(t.ctx, { now: () => t0 })).toBe(1)
    expect(await runDueDeliveries(t.ctx, { now: () => new Date(t0.getTime() + 6000) })).toBe(1)
    expect(receiver.received).toHaveLength(2)
    for (const r of receiver.received) expect(signedBy(secret, r)).toBe(true)
    const body = JSON.parse((receiver.received[1] as Received).body)
    expect(body).toMatchObject({
      type: 'consent.withdrawn',
      data: { purpose: 'direct_marketing', channel: 'email', externalRef: 'mailtool:42', seq: 2 },
    })
    expect(JSON.stringify(body)).not.toContain('peeters@')
    const log = await owner('GET', `/api/v1/orgs/${org.slug}/webhooks/${hook.json().id}/deliveries`)
    expect(log.json().items[0]).toMatchObject({ status: 'delivered', attempts: 2 })

    // The proof of the subject once they are in the index; the chain is intact, an edit is found.
    const subject = await owner('POST', `/api/v1/orgs/${org.slug}/subjects`, {
      name: 'An Peeters',
      identities: [{ kind: 'email', value: 'an.peeters@example.be' }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    const proof = await owner('GET', `${api()}/subjects/${subject.json().id}`)
    expect(proof.statusCode, proof.body).toBe(200)
    expect(proof.json().events.map((e: { state: string }) => e.state)).toEqual(['withdrawn', 'given'])
    expect(proof.json().events.every((e: { hashValid: boolean }) => e.hashValid)).toBe(true)
    expect(proof.json().texts).toEqual([{ hash: consentTextHash(TEXT), language: 'nl', body: TEXT }])
    expect((await crm('GET', `${api()}/chain`)).json()).toMatchObject({ ok: true, checked: 2 })
    await t.ctx.db.updateTable('consent_events').set({ method: 'accept' }).where('seq', '=', 2).execute()
    expect((await verifyConsentChain(t.ctx.db, org.id)).problems).toEqual([{ kind: 'altered', seq: 2 }])
    await t.ctx.db.updateTable('consent_events').set({ method: 'reject' }).where('seq', '=', 2).execute()
  })

  it('expires a given consent at its end and renews it with a new one; a retry with its key records once', async () => {
    const bert = { kind: 'phone', value: '0470 12 34 56' } as const
    const past = new Date(Date.now() - 2 * 86_400_000)
    await recordConsent(t.ctx, {
      organizationId: org.id,
      person: { identity: bert },
      purpose: 'direct_marketing',
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'phone',
      method: 'accept',
      occurredAt: new Date(past.getTime() - 86_400_000),
      expiresAt: past,
      evidence: { callReference: 'CALL-2026-0042' },
      recordedBy: systemActor('test'),
    })
    const expired = await consentStatus(t.ctx, { organizationId: org.id, identity: bert })
    expect(expired.purposes[0]).toMatchObject({ state: 'expired', renewalDue: true })
    // The hourly job writes the end into the chain (and the consent.expired webhooks); once only.
    expect(await expireConsents(t.ctx)).toBe(1)
    expect(await expireConsents(t.ctx)).toBe(0)
    const closed = await t.ctx.db
      .selectFrom('consent_events')
      .selectAll()
      .where('method', '=', 'expiry')
      .executeTakeFirstOrThrow()
    expect(closed).toMatchObject({ state: 'expired', identity_kind: 'phone', actor_label: 'consent expiry' })

    const renewal = {
      identity: bert,
      purpose: 'direct_marketing',
      state: 'given',
      textHash: consentTextHash(TEXT),
      language: 'nl',
      channel: 'phone',
      method: 'accept',
      expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    }
    const first = await crmWithKey('renew-bert-1', renewal)
    const again = await crmWithKey('renew-bert-1', renewal)
    expect(first.statusCode, first.body).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.json().id).toBe(first.json().id)
    const events = await t.ctx.db
      .selectFrom('consent_events')
      .select('id')
      .where('identity_kind', '=', 'phone')
      .execute()
    expect(events).toHaveLength(3) // given, expired, renewed: the retry recorded nothing
    const renewed = await consentStatus(t.ctx, { organizationId: org.id, identity: bert })
    expect(renewed.purposes[0]).toMatchObject({ state: 'given', renewalDue: false })

    // Concurrent events land in batches on one contiguous chain.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        recordConsent(t.ctx, {
          organizationId: org.id,
          person: { anonymousId: `banner-visitor-${i}` },
          purpose: 'direct_marketing',
          state: i % 2 ? 'given' : 'refused',
          language: 'fr',
          channel: 'banner',
          method: i % 2 ? 'accept' : 'reject',
          recordedBy: systemActor('test'),
        }),
      ),
    )
    expect(await verifyConsentChain(t.ctx.db, org.id)).toMatchObject({ ok: true, checked: 45 })
  })

  it('the preference centre changes each consent after an e-mailed link; one click unsubscribes', async () => {
    const cis = { kind: 'email', value: 'cis.janssens@example.be' } as const
    // Asking for a link: the same answer for any address, a mail only to a known one.
    const mailsBefore = await t.ctx.db.selectFrom('outbox_messages').select('id').execute()
    const ask = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/preferences`,
      payload: { email: 'unknown.person@example.be', lang: 'fr' },
    })
    expect(ask.statusCode).toBe(200)
    expect(ask.body).toContain('Si nous connaissons cette adresse')
    expect(await t.ctx.db.selectFrom('outbox_messages').select('id').execute()).toHaveLength(
      mailsBefore.length,
    )

    const subject = consentSubjectOf(t.ctx.encryption, { identity: cis })
    const token = preferenceToken(t.ctx.encryption, org.id, subject)
    const page = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/preferences/manage?t=${token}&lang=de`,
    })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('lang="de"')
    expect(page.body).toContain('Noch nicht gewählt')
    const save = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/preferences/manage`,
      payload: { t: token, lang: 'nl', 'purpose.direct_marketing': 'given' },
    })
    expect(save.statusCode).toBe(200)
    expect(save.body).toContain('Opgeslagen: 1 wijziging.')
    const given = await consentStatus(t.ctx, { organizationId: org.id, identity: cis })
    expect(given.purposes[0]).toMatchObject({ state: 'given' })
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/p/${org.slug}/preferences/manage?t=${token.slice(0, -2)}xx`,
        })
      ).statusCode,
    ).toBe(400)

    const link = await crm('POST', `${api()}/unsubscribe-links`, {
      identity: cis,
      purpose: 'direct_marketing',
    })
    expect(link.statusCode, link.body).toBe(200)
    const { url, headers } = link.json()
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    const path = new URL(url).pathname + new URL(url).search
    // Opening the link asks; it changes nothing.
    const opened = await app.inject({ method: 'GET', url: `${path}&lang=fr` })
    expect(opened.statusCode).toBe(200)
    expect(opened.body).toContain('Me désinscrire')
    expect((await consentStatus(t.ctx, { organizationId: org.id, identity: cis })).purposes[0]?.state).toBe(
      'given',
    )
    const oneClick = await app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.statusCode).toBe(200)
    const after = await consentStatus(t.ctx, { organizationId: org.id, identity: cis })
    expect(after.purposes[0]?.state).toBe('withdrawn')
    const last = await t.ctx.db
      .selectFrom('consent_events')
      .selectAll()
      .where('subject_key', '=', subject.subjectKey)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
    expect(last).toMatchObject({ state: 'withdrawn', channel: 'email', method: 'one_click' })
  })

  let tokenSecret = ''
  async function crmWithKey(key: string, payload: object) {
    if (!tokenSecret) {
      const res = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
        name: 'Call centre',
        scopes: ['consent:write'],
      })
      tokenSecret = res.json().secret
    }
    return app.inject({
      method: 'POST',
      url: `${api()}/events`,
      headers: { authorization: `Bearer ${tokenSecret}`, 'idempotency-key': key },
      payload,
    })
  }
})
