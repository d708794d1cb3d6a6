import { createHash, createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sendOutboxMessage } from '../src/mail/smtp-sender'
import { expireParentalRequests, PARENTAL_MAILS_PER_DAY } from '../src/modules/consent'
import { parentalLinkEnd } from '../src/modules/consent/parental-rules'
import type { Organization } from '../src/modules/organizations'
import { runDueDeliveries } from '../src/modules/webhooks'
import { consentOrganisation } from './support/consent'
import { createTestContext, type TestContext } from './support/context'
import { type asToken, type asUser, expectProblem } from './support/http'
import { receivedText, startTestSmtpServer, type TestSmtpServer } from './support/smtp'
import { type ReceivedHook, startWebhookReceiver } from './support/webhook-receiver'

type Hook = ReceivedHook

const TEXT_FR =
  'Oui, je veux recevoir les conseils de jeu de Speelgoed NV par e-mail (au plus un par mois).\n\nJe peux retirer ce consentement à tout moment.'
const TEXT_NL = 'Ja, ik wil de speltips van Speelgoed NV per e-mail ontvangen (hoogstens één per maand).'
const PURPOSE = 'service_improvement'

/**
 * Issue 17 item 4: a child under 13 says yes; Custos records pending_parental (not a consent), mails the parent a
 * single-use link valid 7 days through the outbox and a real SMTP server; the parent reads the exact text and
 * confirms (consent given, the webhook fires), refuses (refused) or lets it expire (refused). The check API and
 * the status answer "no consent" until the confirmation.
 */
describe('consent: parental consent by the parent’s e-mail confirmation (Art. 8 GDPR, 13 years in Belgium)', () => {
  let smtp: TestSmtpServer
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let webshop: ReturnType<typeof asToken>
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
  let hookSecret: string
  const api = () => `/api/v1/orgs/${org.slug}`

  const ask = (child: string, parent: string, language: string, text: string, extra = {}) =>
    webshop('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: child },
      purpose: PURPOSE,
      state: 'given',
      text,
      language,
      channel: 'app',
      method: 'accept',
      externalRef: `app:${child.split('.')[0]}`,
      age: { group: 'under_13', askParent: { relationship: 'parent', email: parent } },
      ...extra,
    })
  const statusOf = async (child: string) => {
    const res = await webshop('POST', `${api()}/consent/status`, {
      identity: { kind: 'email', value: child },
    })
    expect(res.statusCode, res.body).toBe(200)
    return res.json().purposes.find((p: { purpose: string }) => p.purpose === PURPOSE)
  }
  const check = async (child: string) => {
    const res = await owner('POST', `${api()}/suppression/check`, {
      channel: 'email',
      email: child,
      purpose: PURPOSE,
    })
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as { allowed: boolean; reason: string }
  }
  const deliverAll = async () => {
    const pending = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'pending')
      .execute()
    for (const { id } of pending) expect(await sendOutboxMessage(t.ctx, id)).toBe('sent')
  }
  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address))
  /** The path of the link in the one mail to `address`, as a reader would click it. */
  const linkIn = (address: string) => {
    const [mail] = mailsTo(address)
    const text = receivedText(mail?.raw ?? '')
    const url = /http:\/\/custos\.test(\/p\/[^\s>)\]]+)/.exec(text)?.[1]
    expect(url, text).toBeDefined()
    return { path: url as string, text, subject: mail?.subject ?? '' }
  }
  const answer = (token: string, decision: string, lang = 'nl') =>
    app.inject({
      method: 'POST',
      url: `/p/${org.slug}/parental`,
      payload: new URLSearchParams({ t: token, lang, decision }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
  const eventsOf = async (child: string) => {
    const res = await owner('POST', `${api()}/consent/proof`, { identity: { kind: 'email', value: child } })
    expect(res.statusCode, res.body).toBe(200)
    return (res.json().events as { state: string; seq: number }[]).sort((a, b) => a.seq - b.seq)
  }
  const hooks = async () => {
    await runDueDeliveries(t.ctx)
    return receiver.calls.filter((c) => c.body.type.startsWith('consent.'))
  }

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    receiver = await startWebhookReceiver()
    t = await createTestContext({ smtpUrl: smtp.url })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    const made = await consentOrganisation(t, app, 'Speelgoed NV', [{ purpose: PURPOSE, children: true }])
    org = made.org
    owner = made.owner
    webshop = made.app
    const hook = await owner('POST', `${api()}/webhooks`, {
      url: receiver.url,
      eventTypes: ['consent.parental_confirmed', 'consent.withdrawn'],
    })
    expect(hook.statusCode, hook.body).toBe(201)
    hookSecret = hook.json().secret
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await smtp?.close()
    await receiver?.close()
  })

  it('the parent confirms from the mailed link: pending (no consent) until then, given with the parent’s confirmation after, the webhook once', async () => {
    const child = 'lotte.kind@example.be'
    const parent = 'mama.peeters@example.be'
    const res = await ask(child, parent, 'fr', TEXT_FR, {
      expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    })
    expect(res.statusCode, res.body).toBe(201)
    const pending = res.json()
    expect(pending).toMatchObject({ state: 'pending_parental', purpose: PURPOSE, expiresAt: null })
    expect(pending.parentConfirmation.requestId).toMatch(/^[0-9a-f-]{36}$/)

    // Not a consent: the status says pending, the check API answers no consent, nothing goes to the webhooks.
    expect(await statusOf(child)).toMatchObject({ state: 'pending_parental' })
    expect(await check(child)).toMatchObject({ allowed: false, reason: 'no_consent' })

    await deliverAll()
    expect(mailsTo(parent)).toHaveLength(1)
    expect(mailsTo(child)).toHaveLength(0)
    const mail = linkIn(parent)
    expect(mail.subject).toMatch(/^Boekhouding Peeters demande votre consentement pour votre enfant$/)
    expect(mail.text).toContain('moins de 13 ans')
    expect(mail.text).toContain('expire après 7 jours')
    expect(mail.text).toContain('l•••@example.be')
    expect(mail.text).toContain('article 8 du règlement général sur la protection des données')
    const token = new URL(mail.path, 'http://x').searchParams.get('t') as string

    // Only the token's SHA-256 is kept; neither the token nor the parent's address is stored in the request.
    const row = await t.ctx.db
      .selectFrom('consent_parental_requests')
      .selectAll()
      .where('id', '=', pending.parentConfirmation.requestId)
      .executeTakeFirstOrThrow()
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(token)
    expect(JSON.stringify(row)).not.toContain('mama.peeters')

    // The page shows the exact text; opening it changes nothing (mail scanners open links).
    const page = await app.inject({ method: 'GET', url: mail.path })
    expect(page.statusCode).toBe(200)
    expect(page.headers['cache-control']).toBe('no-store')
    expect(page.body).toContain('<html lang="fr">')
    expect(page.body).toContain('Oui, je veux recevoir les conseils de jeu de Speelgoed NV par e-mail')
    expect(page.body).toContain('Je peux retirer ce consentement à tout moment.')
    expect(page.body).toContain('je confirme ce consentement')
    expect(await statusOf(child)).toMatchObject({ state: 'pending_parental' })
    expect(await hooks()).toHaveLength(0)

    const confirmed = await answer(token, 'confirm', 'fr')
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    expect(confirmed.body).toContain('enregistré comme donné par le parent ou le tuteur')
    const now = await statusOf(child)
    expect(now).toMatchObject({
      state: 'given',
      textHash: createHash('sha256').update(TEXT_FR).digest('hex'),
    })
    // The period the app asked for runs from the confirmation.
    expect(new Date(now.expiresAt).getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000)
    expect(await check(child)).toMatchObject({ allowed: true, reason: 'consent' })

    // Every step in the proof, chained.
    const events = (await eventsOf(child)) as unknown as {
      state: string
      channel: string
      method: string
      hashValid: boolean
      age: Record<string, unknown>
    }[]
    expect(events.map((e) => [e.state, e.channel, e.method])).toEqual([
      ['pending_parental', 'app', 'accept'],
      ['given', 'email', 'parental_confirmation'],
    ])
    expect(events.every((e) => e.hashValid)).toBe(true)
    expect(events[0]?.age).toMatchObject({
      group: 'under_13',
      parentConfirmation: { step: 'requested', relationship: 'parent', parentMasked: 'm•••@example.be' },
    })
    expect(events[1]?.age).toMatchObject({
      group: 'under_13',
      parentalConsent: {
        relationship: 'parent',
        identityKind: 'email',
        identityMasked: 'm•••@example.be',
        verification: 'email_confirmation',
        reference: pending.parentConfirmation.requestId,
      },
      parentConfirmation: { step: 'confirmed' },
    })

    // The webhook fired once, on the confirmation, signed, naming nobody but masked.
    const fired = await hooks()
    expect(fired).toHaveLength(1)
    expect(fired[0]?.body).toMatchObject({
      type: 'consent.parental_confirmed',
      data: {
        purpose: PURPOSE,
        method: 'parental_confirmation',
        requestId: pending.parentConfirmation.requestId,
        externalRef: 'app:lotte',
        identityMasked: 'l•••@example.be',
      },
    })
    const h = fired[0] as Hook
    const key = Buffer.from(hookSecret.replace(/^whsec_/, ''), 'base64')
    const signature = createHmac('sha256', key)
      .update(`${h.headers['webhook-id']}.${h.headers['webhook-timestamp']}.${h.text}`)
      .digest('base64')
    expect(String(h.headers['webhook-signature'])).toContain(`v1,${signature}`)
    expect(h.text).not.toMatch(/lotte\.kind@|mama\.peeters@/)

    // Single use: the link answers that it was answered, and records nothing more.
    const again = await answer(token, 'refuse', 'fr')
    expect(again.statusCode).toBe(200)
    expect(again.body).toContain('a déjà reçu une réponse')
    expect(await eventsOf(child)).toHaveLength(2)
    expect(await statusOf(child)).toMatchObject({ state: 'given' })

    // The audit log has each step.
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', 'like', 'consent.parental%')
      .execute()
    expect(audit.map((a) => a.action).sort()).toEqual([
      'consent.parental_confirmed',
      'consent.parental_requested',
    ])
  })

  it('the parent refuses: the consent is recorded refused, the check API says no, no webhook', async () => {
    const child = 'ruben.kind@example.be'
    const parent = 'papa.janssens@example.be'
    const res = await ask(child, parent, 'nl', TEXT_NL)
    expect(res.statusCode, res.body).toBe(201)
    await deliverAll()
    const mail = linkIn(parent)
    expect(mail.subject).toMatch(/^Boekhouding Peeters vraagt uw toestemming voor uw kind$/)
    expect(mail.text).toContain('vervalt na 7 dagen')
    const token = new URL(mail.path, 'http://x').searchParams.get('t') as string
    const page = await app.inject({ method: 'GET', url: mail.path })
    expect(page.body).toContain('Ja, ik wil de speltips van Speelgoed NV per e-mail ontvangen')
    const before = (await hooks()).length

    const refused = await answer(token, 'refuse')
    expect(refused.statusCode).toBe(200)
    expect(refused.body).toContain('geregistreerd als geweigerd')
    expect(await statusOf(child)).toMatchObject({ state: 'refused' })
    expect(await check(child)).toMatchObject({ allowed: false, reason: 'no_consent' })
    const events = (await eventsOf(child)) as unknown as {
      state: string
      method: string
      age: Record<string, unknown>
    }[]
    expect(events.map((e) => [e.state, e.method])).toEqual([
      ['pending_parental', 'accept'],
      ['refused', 'parental_refusal'],
    ])
    expect(events[1]?.age).toMatchObject({ parentConfirmation: { step: 'refused' } })
    expect(events[1]?.age).not.toHaveProperty('parentalConsent')
    expect((await hooks()).length).toBe(before)
    // A confirmation after the refusal changes nothing.
    expect((await answer(token, 'confirm')).body).toContain('al geantwoord')
    expect(await statusOf(child)).toMatchObject({ state: 'refused' })
  })

  it('unanswered, the link expires after 7 days: recorded refused, never given; the link then only says so', async () => {
    const child = 'noor.kind@example.be'
    const parent = 'oma.claes@example.be'
    const res = await ask(child, parent, 'en', 'Yes, send me the game tips of Speelgoed NV by e-mail.')
    expect(res.statusCode, res.body).toBe(201)
    await deliverAll()
    const mail = linkIn(parent)
    expect(mail.text).toContain('ends after 7 days')
    const token = new URL(mail.path, 'http://x').searchParams.get('t') as string

    // The hourly job: nothing due while the link runs; once its 7 days are over (the clock moved on), it closes.
    expect(await expireParentalRequests(t.ctx)).toBe(0)
    const request = await t.ctx.db
      .selectFrom('consent_parental_requests')
      .select(['requested_at', 'link_expires_at'])
      .where('token_hash', '=', createHash('sha256').update(token).digest('hex'))
      .executeTakeFirstOrThrow()
    // The end of the Brussels day 7 days after the ask (the day the mail names).
    expect(request.link_expires_at).toEqual(parentalLinkEnd(request.requested_at))
    expect(request.link_expires_at.getTime() - request.requested_at.getTime()).toBeGreaterThan(
      7 * 86_400_000 - 3_600_000,
    )
    expect(request.link_expires_at.getTime() - request.requested_at.getTime()).toBeLessThan(
      8 * 86_400_000 + 3_600_000,
    )
    await t.ctx.db
      .updateTable('consent_parental_requests')
      .set({ link_expires_at: new Date() })
      .where('token_hash', '=', createHash('sha256').update(token).digest('hex'))
      .execute()
    expect(await expireParentalRequests(t.ctx)).toBe(1)
    expect(await statusOf(child)).toMatchObject({ state: 'refused' })
    expect(await check(child)).toMatchObject({ allowed: false, reason: 'no_consent' })
    const events = (await eventsOf(child)) as unknown as { state: string; channel: string; method: string }[]
    expect(events.map((e) => [e.state, e.channel, e.method])).toEqual([
      ['pending_parental', 'app', 'accept'],
      ['refused', 'system', 'expiry'],
    ])
    const page = await app.inject({ method: 'GET', url: mail.path })
    expect(page.body).toContain('ended without an answer')
    expect(page.body).not.toContain('I confirm this consent')
    expect((await answer(token, 'confirm', 'en')).body).toContain('This request ended without an answer')
    expect(await statusOf(child)).toMatchObject({ state: 'refused' })
    expect(await expireParentalRequests(t.ctx)).toBe(0)
    expect((await hooks()).filter((h) => h.body.type === 'consent.parental_confirmed')).toHaveLength(1)
  })

  it('at most 5 mails a day to one parent’s address, with the same answer every time; an unknown link names nobody', async () => {
    const parent = 'druk.adres@example.be'
    const answers: unknown[] = []
    for (let i = 1; i <= PARENTAL_MAILS_PER_DAY + 1; i++) {
      const res = await ask(`kind${i}@example.be`, parent, 'nl', TEXT_NL)
      expect(res.statusCode, res.body).toBe(201)
      const { id, seq, hash, prevHash, occurredAt, recordedAt, parentConfirmation, ...rest } = res.json()
      answers.push({ ...rest, keys: Object.keys(parentConfirmation) })
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    await deliverAll()
    expect(mailsTo(parent)).toHaveLength(PARENTAL_MAILS_PER_DAY)
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'consent.parental_requested')
      .execute()
    expect(audit.filter((a) => (a.summary as { mailed: boolean }).mailed === false)).toHaveLength(1)

    const unknown = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/parental?t=${'x'.repeat(43)}&lang=en`,
    })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.body).toContain('This link is not (or no longer) valid')
    expect((await answer('y'.repeat(43), 'confirm')).statusCode).toBe(404)
  })

  it('refuses what cannot be asked, naming the field', async () => {
    const over13 = expectProblem(
      await ask('tiener@example.be', 'ouder@example.be', 'nl', TEXT_NL, {
        age: { group: '13_or_over', askParent: { relationship: 'parent', email: 'ouder@example.be' } },
      }),
      422,
    )
    expect(over13.errors?.[0]).toMatchObject({ path: 'body.age.askParent', code: 'invalid' })
    const badAddress = expectProblem(await ask('kind@example.be', 'geen adres', 'nl', TEXT_NL), 422)
    expect(badAddress.errors?.[0]).toMatchObject({ path: 'body.age.askParent.email', code: 'invalid_email' })
    const ownAddress = expectProblem(await ask('kind@example.be', 'Kind@example.be', 'nl', TEXT_NL), 422)
    expect(ownAddress.errors?.[0]).toMatchObject({ path: 'body.age.askParent.email', code: 'invalid' })
    const noText = expectProblem(
      await webshop('POST', `${api()}/consent/events`, {
        identity: { kind: 'email', value: 'kind@example.be' },
        purpose: PURPOSE,
        state: 'given',
        language: 'nl',
        channel: 'app',
        method: 'accept',
        age: { group: 'under_13', askParent: { relationship: 'parent', email: 'ouder@example.be' } },
      }),
      422,
    )
    expect(noText.errors?.[0]).toMatchObject({ path: 'body.text', code: 'required' })
    // A caller cannot write the steps only Custos writes.
    const forged = expectProblem(
      await webshop('POST', `${api()}/consent/events`, {
        identity: { kind: 'email', value: 'kind@example.be' },
        purpose: PURPOSE,
        state: 'given',
        text: TEXT_NL,
        language: 'nl',
        channel: 'email',
        method: 'parental_confirmation',
        age: { group: 'under_13' },
      }),
      400,
    )
    expect(JSON.stringify(forged)).toContain('body.method')
  })
})
