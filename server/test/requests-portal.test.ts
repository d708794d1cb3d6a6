import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import type { Language } from '../src/db/schema'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { formatDate, REQUEST_TYPE_INFO, REQUEST_TYPES } from '../src/domain/requests'
import { identityLookupPurpose } from '../src/domain/subjects/identity'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRequestReminders } from '../src/modules/requests'
import { emailLookupKey } from '../src/modules/requests/personal'
import { sealSubjectName } from '../src/modules/subjects/name-seal'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { storedMails } from './support/outbox'
import { sampleRegister } from './support/register'

let ipCounter = 0
/** A fresh client address per test, so the per-IP rate limit of one test does not leak into another. */
const freshIp = () => `10.20.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`

const form = (fields: Record<string, string | string[]>) =>
  Object.entries(fields)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${k}=${encodeURIComponent(x)}`))
    .join('&')

describe('public request portal: form, verification, status page, abuse', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>

  const post = (fields: Record<string, string | string[]>, ip = freshIp(), lang = 'nl') =>
    app.inject({
      method: 'POST',
      url: `/p/${org.slug}/request?lang=${lang}`,
      payload: form(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: ip,
    })
  const outboxTo = async (to: string, template: string) =>
    (await storedMails(t.ctx, to)).filter((m) => m.template === template)
  const requestsOf = (email: string) =>
    t.ctx.db
      .selectFrom('requests')
      .selectAll()
      .where('requester_email_key', '=', emailLookupKey(t.ctx.encryption, email))
      .execute()
  const tokenIn = (text: string) => /verify\?token=([\w-]+)/.exec(text)?.[1]
  const statusPath = (text: string) => /(\/p\/[\w-]+\/request\/status\?token=[\w-]+&lang=\w+)/.exec(text)?.[1]

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('serves an accessible form in nl, fr and en with every right and its explanation, and a honeypot', async () => {
    for (const language of ['nl', 'fr', 'en'] as Language[]) {
      const res = await app.inject({ method: 'GET', url: `/p/${org.slug}/request?lang=${language}` })
      expect(res.statusCode).toBe(200)
      expect(res.body).toContain(`<html lang="${language}">`)
      for (const type of REQUEST_TYPES) {
        expect(res.body).toContain(`<input type="checkbox" id="type-${type}" name="types" value="${type}">`)
        expect(res.body).toContain(`<label for="type-${type}">`)
        const help = REQUEST_TYPE_INFO[type].help[language].replace(/'/g, '&#39;')
        expect(res.body).toContain(help)
      }
      expect(res.body).toContain('<label for="name">')
      expect(res.body).toContain('<label for="email">')
      expect(res.body).toMatch(/<textarea id="details" name="details"[^>]*maxlength="5000"/)
      expect(res.body).toContain('<div hidden><label for="website">')
      expect(res.body).toContain(`href="/p/${org.slug}/privacy?lang=${language}"`)
      expect(res.body).not.toContain('<script')
    }
    const fr = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/request`,
      headers: { 'accept-language': 'fr-BE,fr;q=0.9' },
    })
    expect(fr.body).toContain('<html lang="fr">')
    expect((await app.inject({ method: 'GET', url: '/p/no-such-org/request' })).statusCode).toBe(404)
  })

  it('full flow: submit, verification mail, verify link, acknowledgement in the subject language, status page', async () => {
    const email = 'camille.dubois@example.be'
    const submitted = await post(
      {
        lang: 'fr',
        name: 'Camille Dubois',
        email: 'Camille.Dubois@Example.be',
        types: ['access', 'erasure'],
        details: 'Je souhaite savoir quelles données vous conservez.',
        customerNumber: 'C-1234',
        website: '',
      },
      freshIp(),
      'fr',
    )
    expect(submitted.statusCode, submitted.body).toBe(200)
    expect(submitted.body).toContain('Consultez votre boîte e-mail')

    const [request] = await requestsOf(email)
    expect(request).toMatchObject({
      status: 'received',
      channel: 'portal',
      language: 'fr',
      email_verified_at: null,
    })
    const [verification] = await outboxTo(email, 'request-verification')
    expect(verification?.language).toBe('fr')
    expect(verification?.subject).toContain(request?.reference)
    const token = tokenIn(verification?.text_body ?? '')
    expect(token).toBeDefined()
    expect(await outboxTo(email, 'request-letter')).toEqual([])

    const detailBefore = (await po('GET', `/api/v1/orgs/${org.slug}/requests/${request?.id}`)).json()
    expect(detailBefore).toMatchObject({
      verification: 'pending',
      details: 'Je souhaite savoir quelles données vous conservez.',
      customerNumber: 'C-1234',
    })

    const verified = await app.inject({ method: 'GET', url: `/p/${org.slug}/request/verify?token=${token}` })
    expect(verified.statusCode, verified.body).toBe(200)
    expect(verified.body).toContain('<html lang="fr">')
    expect(verified.body).toContain(request?.reference)
    expect(verified.headers['cache-control']).toBe('no-store')

    const [ack] = await outboxTo(email, 'request-letter')
    expect(ack?.language).toBe('fr')
    expect(ack?.subject).toContain('Accusé de réception')
    const detail = (await po('GET', `/api/v1/orgs/${org.slug}/requests/${request?.id}`)).json()
    expect(detail).toMatchObject({ status: 'in_progress', verification: 'verified' })
    expect(detail.identity.method).toBe('e-mail address verified on the portal')
    expect(detail.tasks.length).toBeGreaterThan(0)
    expect(ack?.text_body).toContain(formatDate(detail.dueDate))
    expect(detail.letters).toEqual([expect.objectContaining({ kind: 'acknowledgement', outboxId: ack?.id })])

    const path = statusPath(ack?.text_body ?? '')
    expect(path).toBeDefined()
    const status = await app.inject({ method: 'GET', url: path ?? '' })
    expect(status.statusCode).toBe(200)
    expect(status.body).toContain(request?.reference)
    expect(status.body).toContain('En cours de traitement')
    expect(status.body).toContain(formatDate(detail.dueDate))
    expect(status.body).toContain('Accusé de réception')
    expect(status.body).toContain('Droit d&#39;accès')
    expect(verified.body).toContain(path?.replace(/&/g, '&amp;'))

    // The link is used up; the status page answers nothing without a valid token.
    const reused = await app.inject({ method: 'GET', url: `/p/${org.slug}/request/verify?token=${token}` })
    expect(reused.statusCode).toBe(400)
    expect(reused.body).toContain('role="alert"')
    const bad = await app.inject({ method: 'GET', url: `/p/${org.slug}/request/status?token=nope` })
    expect(bad.statusCode).toBe(404)
    expect(bad.body).not.toContain(request?.reference)

    // Extension later shows on the status page, in English when asked.
    await po('POST', `/api/v1/orgs/${org.slug}/requests/${request?.id}/actions/extend`, {
      reasons: ['Many archives'],
    })
    const extended = await app.inject({ method: 'GET', url: (path ?? '').replace('lang=fr', 'lang=en') })
    expect(extended.body).toContain('Being handled (time limit extended)')
    expect(extended.body).toContain('Extended time limit until')
    expect(extended.body).toContain('Extension of the time limit')
  })

  it('answers exactly the same whether or not the person is known', async () => {
    // A known client: in the subject index (by blind index of the e-mail address) and with an earlier request.
    const known = 'known.client@example.be'
    const subjectId = randomUUID()
    await t.ctx.db
      .insertInto('subjects')
      .values({
        id: subjectId,
        organization_id: org.id,
        display_name_encrypted: sealSubjectName(t.ctx.encryption, subjectId, 'Known Client').encrypted,
      })
      .execute()
    await t.ctx.db
      .insertInto('subject_identities')
      .values({
        organization_id: org.id,
        subject_id: subjectId,
        kind: 'email',
        value_encrypted: t.ctx.encryption.encrypt(known, 'subject-identity:email'),
        value_masked: 'k•••@example.be',
        lookup_key: t.ctx.encryption.blindIndex(known, identityLookupPurpose('email', '')),
      })
      .execute()
    const fields = (email: string) => ({ name: 'Iemand', email, types: ['access'], details: '' })
    await post(fields(known))
    const a = await post(fields(known))
    const b = await post(fields('nobody.known@example.be'))
    expect(a.statusCode).toBe(200)
    expect(b.statusCode).toBe(200)
    expect(a.body).toBe(b.body)
    expect(a.headers['content-type']).toBe(b.headers['content-type'])

    // Matching happens only once the address is confirmed, and is recorded for the agent.
    const [first] = await requestsOf(known)
    expect(first?.subject_id).toBeNull()
    const mails = await outboxTo(known, 'request-verification')
    const token = tokenIn(mails[0]?.text_body ?? '')
    await app.inject({ method: 'GET', url: `/p/${org.slug}/request/verify?token=${token}` })
    const matched = (await po('GET', `/api/v1/orgs/${org.slug}/requests/${first?.id}`)).json()
    expect(matched.subjectId).toBe(subjectId)
    expect(
      matched.events.find((e: { kind: string }) => e.kind === 'request.subject_index_checked').data,
    ).toMatchObject({
      matched: true,
      by: ['email'],
    })
  })

  it('re-renders the form with role=alert messages and the values escaped', async () => {
    const res = await post({
      name: '<script>alert(1)</script>',
      email: 'not-an-address',
      details: '<b>x</b>',
    })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('role="alert"')
    expect(res.body).toContain('Vul een geldig e-mailadres in.')
    expect(res.body).toContain('Kies minstens één recht.')
    expect(res.body).toContain('aria-invalid="true"')
    expect(res.body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(res.body).toContain('&lt;b&gt;x&lt;/b&gt;</textarea>')
    expect(res.body).not.toContain('<script>')
    const long = await post({ name: 'X', email: 'x@example.be', types: 'access', details: 'a'.repeat(5001) })
    expect(long.statusCode).toBe(400)
    expect(long.body).toContain('hoogstens 5000 tekens')
  })

  it('escapes malicious input on the status page and in the letters', async () => {
    const email = 'mallory@example.be'
    await post({
      name: '<script>alert("x")</script>',
      email,
      types: 'access',
      details: '<img src=x onerror=alert(1)>',
    })
    const [verification] = await outboxTo(email, 'request-verification')
    const token = tokenIn(verification?.text_body ?? '')
    const verified = await app.inject({ method: 'GET', url: `/p/${org.slug}/request/verify?token=${token}` })
    expect(verified.statusCode).toBe(200)
    const [ack] = await outboxTo(email, 'request-letter')
    expect(ack?.html_body).not.toContain('<script>')
    expect(ack?.html_body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    const status = await app.inject({ method: 'GET', url: statusPath(ack?.text_body ?? '') ?? '' })
    expect(status.statusCode).toBe(200)
    expect(status.body).not.toContain('<script>')
    expect(status.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
  })

  it('records nothing when the honeypot is filled, yet answers the same', async () => {
    const normal = await post({ name: 'Echte Mens', email: 'human@example.be', types: 'access' })
    const robot = await post({
      name: 'Bot',
      email: 'bot@example.be',
      types: 'access',
      website: 'http://spam.example',
    })
    expect(robot.statusCode).toBe(200)
    expect(robot.body).toBe(normal.body)
    expect(await requestsOf('bot@example.be')).toEqual([])
    expect(await outboxTo('bot@example.be', 'request-verification')).toEqual([])
  })

  it('rate-limits submissions per address: the sixth within a minute gets 429', async () => {
    const ip = freshIp()
    const codes: number[] = []
    for (let i = 0; i < 6; i++) {
      codes.push(
        (await post({ name: 'Flood', email: `flood${i}@example.be`, types: 'access' }, ip)).statusCode,
      )
    }
    expect(codes).toEqual([200, 200, 200, 200, 200, 429])
    expect((await post({ name: 'Other', email: 'other@example.be', types: 'access' })).statusCode).toBe(200)
  })

  it('refuses an oversized body with 413 and records nothing', async () => {
    const res = await post({
      name: 'Big',
      email: 'big@example.be',
      types: 'access',
      details: 'x'.repeat(70_000),
    })
    expect(res.statusCode).toBe(413)
    expect(await requestsOf('big@example.be')).toEqual([])
  })

  it('expires an unconfirmed request after 48 hours with an event, without deleting it', async () => {
    const email = 'silent@example.be'
    await post({ name: 'Silent', email, types: 'access' })
    const [request] = await requestsOf(email)
    const [mail] = await outboxTo(email, 'request-verification')
    await t.ctx.db
      .updateTable('requests')
      .set({ created_at: new Date(Date.now() - 49 * 3_600_000) })
      .where('id', '=', request?.id ?? '')
      .execute()
    const expired = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/request/verify?token=${tokenIn(mail?.text_body ?? '')}`,
    })
    expect(expired.statusCode).toBe(410)
    const run = await runRequestReminders(t.ctx)
    expect(run.verificationsExpired).toBeGreaterThanOrEqual(1)
    expect((await runRequestReminders(t.ctx)).verificationsExpired).toBe(0)
    const detail = (await po('GET', `/api/v1/orgs/${org.slug}/requests/${request?.id}`)).json()
    expect(detail.verification).toBe('expired')
    expect(detail.status).toBe('received')
    expect(detail.events.map((e: { kind: string }) => e.kind)).toContain('request.verification_expired')
  })
})
