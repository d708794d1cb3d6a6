import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sendOutboxMessage } from '../src/mail/smtp-sender'
import {
  askParentalConfirmation,
  decideParentalRequest,
  expireParentalRequests,
  PARENTAL_MAILS_PER_DAY,
} from '../src/modules/consent'
import { preferenceToken } from '../src/modules/consent/links'
import { writeConsentEvents } from '../src/modules/consent/log'
import { consentPurposesOf } from '../src/modules/consent/purposes'
import { lockChainHead } from '../src/modules/consent/repository'
import { consentSubjectOf, prepareConsent } from '../src/modules/consent/service'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runDueDeliveries } from '../src/modules/webhooks'
import { consentOrganisation, consentRegister } from './support/consent'
import { createTestContext, type TestContext } from './support/context'
import type { asToken, asUser } from './support/http'
import { receivedText, startTestSmtpServer, type TestSmtpServer } from './support/smtp'
import { waitFor } from './support/wait'
import { startWebhookReceiver } from './support/webhook-receiver'

const PURPOSE = 'service_improvement'
const OTHER = 'direct_marketing'
const TEXT = 'Ja, ik wil de speltips van Speelgoed NV per e-mail ontvangen.'
const TEXT_2 = 'Ja, ik wil de speltips en de nieuwsbrief van Speelgoed NV per e-mail ontvangen.'
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/**
 * Review R5-R11 of the parental confirmation (decision 0093): a request overtaken by a later one is said to be
 * superseded and records nothing; the answer and its proof are written in one transaction (an error leaves the
 * request open); the mail's last day is the Brussels day; the daily mail limit holds under concurrent asks; a POST
 * without a decision on a closed request says how it ended; the preference centre records only what was changed.
 */
describe('consent: the parent’s answer is recorded truthfully and whole', () => {
  let smtp: TestSmtpServer
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let webshop: ReturnType<typeof asToken>
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
  const api = () => `/api/v1/orgs/${org.slug}`

  const ask = (child: string, parent: string, language = 'nl', more: Record<string, unknown> = {}) =>
    webshop('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: child },
      purpose: PURPOSE,
      state: 'given',
      text: TEXT,
      ...more,
      language,
      channel: 'app',
      method: 'accept',
      age: { group: 'under_13', askParent: { relationship: 'parent', email: parent } },
    })
  const deliverAll = async () => {
    const pending = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'pending')
      .execute()
    for (const { id } of pending) expect(await sendOutboxMessage(t.ctx, id)).toBe('sent')
  }
  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address))
  /** The links of the mails to `address`, oldest first. */
  const linksTo = (address: string) =>
    mailsTo(address).map((m) => {
      const text = receivedText(m.raw)
      const path = /http:\/\/custos\.test(\/p\/[^\s>)\]]+)/.exec(text)?.[1] as string
      return { path, text, token: new URL(path, 'http://x').searchParams.get('t') as string }
    })
  let answers = 0
  // Each answer from its own address: the page's 10 answers a minute per address are not what is tested here.
  const answer = (token: string, decision?: string, lang = 'nl') =>
    app.inject({
      method: 'POST',
      remoteAddress: `192.0.2.${++answers}`,
      url: `/p/${org.slug}/parental`,
      payload: new URLSearchParams({ t: token, lang, ...(decision ? { decision } : {}) }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
  const eventsOf = async (child: string) => {
    const res = await owner('POST', `${api()}/consent/proof`, { identity: { kind: 'email', value: child } })
    expect(res.statusCode, res.body).toBe(200)
    return (res.json().events as { state: string; seq: number; method: string; purpose: string }[])
      .filter((e) => e.purpose === PURPOSE)
      .sort((a, b) => a.seq - b.seq)
      .map((e) => `${e.state}/${e.method}`)
  }
  const requestRow = (token: string) =>
    t.ctx.db
      .selectFrom('consent_parental_requests')
      .selectAll()
      .where('token_hash', '=', sha256(token))
      .executeTakeFirstOrThrow()
  const confirmedHooks = async () => {
    await runDueDeliveries(t.ctx)
    return receiver.calls.filter((c) => c.body.type === 'consent.parental_confirmed')
  }
  /** The register with the children's purpose active or ended (then it is no consent purpose any more). */
  const setPurpose = async (status: 'active' | 'ended') => {
    const register = consentRegister([{ purpose: PURPOSE, children: true }, OTHER])
    for (const a of register.activities ?? []) if (a.key === 'act-service-improvement') a.status = status
    await importRegister(t.ctx, systemActor('test'), org, register, { mode: 'merge', dryRun: false })
    // The purposes are kept 10 seconds; read them again now, as the next check after that time would.
    await consentPurposesOf(t.ctx, org.id, { fresh: true })
  }

  /** The webshop asks for `child`; the mail goes out; the link of the parent's first mail. */
  const askAndMail = async (child: string, parent: string, language = 'nl') => {
    expect((await ask(child, parent, language)).statusCode).toBe(201)
    await deliverAll()
    const [link] = linksTo(parent)
    return link
  }
  /** The webshop's ask for `child` as the service takes it at `at` (a moment the test chooses), mailed to `parent`. */
  const askAt = (child: string, parent: string, at: Date) =>
    askParentalConfirmation(
      t.ctx,
      org,
      {
        organizationId: org.id,
        person: { identity: { kind: 'email', value: child } },
        purpose: PURPOSE,
        state: 'given',
        text: TEXT,
        language: 'nl',
        channel: 'app',
        method: 'accept',
        occurredAt: at,
        age: { group: 'under_13' },
        recordedBy: systemActor('test'),
      },
      { relationship: 'parent', email: parent },
      undefined,
      at,
    )

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    receiver = await startWebhookReceiver()
    t = await createTestContext({ smtpUrl: smtp.url })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    const made = await consentOrganisation(t, app, 'Speelgoed NV', [
      { purpose: PURPOSE, children: true },
      OTHER,
    ])
    org = made.org
    owner = made.owner
    webshop = made.app
    const hook = await owner('POST', `${api()}/webhooks`, {
      url: receiver.url,
      eventTypes: ['consent.parental_confirmed'],
    })
    expect(hook.statusCode, hook.body).toBe(201)
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await smtp?.close()
    await receiver?.close()
  })

  it('R5: a second request with another text for the same child supersedes the first; its link says so and records nothing', async () => {
    const child = 'jonas.kind@example.be'
    const parent = 'vader.maes@example.be'
    expect((await ask(child, parent)).statusCode).toBe(201)
    expect((await ask(child, parent, 'nl', { text: TEXT_2 })).statusCode).toBe(201) // the app's text changed
    await deliverAll()
    const [first, second] = linksTo(parent)
    expect(second).toBeDefined()
    const pendingRows = await t.ctx.db
      .selectFrom('consent_parental_requests')
      .select('status')
      .where('status', '=', 'pending')
      .where('parent_masked', '=', 'v•••@example.be')
      .execute()
    expect(pendingRows).toHaveLength(1)
    expect(await requestRow(first?.token as string)).toMatchObject({ status: 'superseded' })

    const page = await app.inject({ method: 'GET', url: first?.path as string })
    expect(page.body).toContain('Deze vraag geldt niet meer')
    expect(page.body).not.toContain('bevestig deze toestemming')
    const late = await answer(first?.token as string, 'confirm')
    expect(late.statusCode).toBe(200)
    expect(late.body).toContain('Met deze link werd niets geregistreerd')
    expect(late.body).not.toContain('geregistreerd als geweigerd')
    expect(await eventsOf(child)).toEqual(['pending_parental/accept', 'pending_parental/accept'])

    // The current link still works.
    expect((await answer(second?.token as string, 'confirm')).body).toContain('geregistreerd als gegeven')
    expect(await eventsOf(child)).toEqual([
      'pending_parental/accept',
      'pending_parental/accept',
      'given/parental_confirmation',
    ])
  })

  it('R5: overtaken by the child’s own refusal, the link is shown superseded on GET and records nothing', async () => {
    const child = 'mila.kind@example.be'
    const parent = 'moeder.wouters@example.be'
    expect((await ask(child, parent)).statusCode).toBe(201)
    const refusal = await webshop('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: child },
      purpose: PURPOSE,
      state: 'refused',
      language: 'nl',
      channel: 'app',
      method: 'reject',
      age: { group: 'under_13' },
    })
    expect(refusal.statusCode, refusal.body).toBe(201)
    await deliverAll()
    const [link] = linksTo(parent)
    const page = await app.inject({ method: 'GET', url: link?.path as string })
    expect(page.body).toContain('Deze vraag geldt niet meer')
    expect(page.body).not.toContain('<form')
    expect((await answer(link?.token as string, 'confirm')).body).toContain(
      'Met deze link werd niets geregistreerd',
    )
    expect(await requestRow(link?.token as string)).toMatchObject({
      status: 'superseded',
      decision_event_id: null,
    })
    expect(await eventsOf(child)).toEqual(['pending_parental/accept', 'refused/reject'])
  })

  it('R6: an answer that cannot be recorded leaves the request open and the chain untouched; answered again, it is recorded once', async () => {
    const child = 'sara.kind@example.be'
    const parent = 'mama.jacobs@example.be'
    const link = await askAndMail(child, parent, 'en')
    const before = (await confirmedHooks()).length
    await setPurpose('ended')
    try {
      const failed = await answer(link?.token as string, 'confirm', 'en')
      expect(failed.statusCode, failed.body.slice(-1500)).toBe(409)
      expect(failed.body).toContain('Your answer could not be recorded')
      expect(failed.body).toContain('Nothing was recorded and the request stays open until')
      expect(await requestRow(link?.token as string)).toMatchObject({ status: 'pending', decided_at: null })
      expect(await eventsOf(child)).toEqual(['pending_parental/accept'])
    } finally {
      await setPurpose('active')
    }
    const again = await answer(link?.token as string, 'confirm', 'en')
    expect(again.body).toContain('The consent is recorded as given by the parent or guardian')
    const row = await requestRow(link?.token as string)
    expect(row.status).toBe('confirmed')
    expect(row.decision_event_id).not.toBeNull()
    expect(await eventsOf(child)).toEqual(['pending_parental/accept', 'given/parental_confirmation'])
    expect((await confirmedHooks()).length).toBe(before + 1)
  })

  it('R9: the mail’s last day is the Brussels day the link ends on', async () => {
    // Asked at 23:30 UTC on 30 November = 00:30 on 1 December in Brussels; the link ends 7 days later.
    const now = new Date('2026-11-30T23:30:00Z')
    await askAt('lena.kind@example.be', 'opa.lena@example.be', now)
    await deliverAll()
    const [link] = linksTo('opa.lena@example.be')
    expect(link?.text).toContain('vervalt na 7 dagen, op 08/12/2026')
  })

  it('V6: a retried ask (same child, purpose and text) keeps the pending request: one row, one mail, the same answer; the parent confirms', async () => {
    const child = 'retry.kind@example.be'
    const parent = 'retry.ouder@example.be'
    const answers = []
    for (let i = 0; i < 6; i++) {
      const res = await ask(child, parent)
      expect(res.statusCode, res.body).toBe(201)
      answers.push(res.json())
    }
    const first = answers[0]
    for (const a of answers) {
      expect(a.parentConfirmation).toEqual(first.parentConfirmation)
      expect(a.id).toBe(first.id)
    }
    await deliverAll()
    expect(mailsTo(parent)).toHaveLength(1)
    const rows = await t.ctx.db
      .selectFrom('consent_parental_requests')
      .select(['id', 'status'])
      .where('parent_masked', '=', 'r•••@example.be')
      .execute()
    expect(rows).toEqual([{ id: first.parentConfirmation.requestId, status: 'pending' }])
    const [link] = linksTo(parent)
    expect((await answer(link?.token as string, 'confirm')).body).toContain('geregistreerd als gegeven')
    expect(await eventsOf(child)).toEqual(['pending_parental/accept', 'given/parental_confirmation'])
  })

  it('V6: past the day’s mails, a new text does not take the place of the mailed request; its link still confirms', async () => {
    const parent = 'vol.gezin@example.be'
    for (let i = 1; i < PARENTAL_MAILS_PER_DAY; i++)
      expect((await ask(`vol${i}@example.be`, parent)).statusCode).toBe(201)
    const child = 'vol.laatste@example.be'
    const mailed = await ask(child, parent)
    expect(mailed.statusCode).toBe(201)
    const later = await ask(child, parent, 'nl', { text: TEXT_2 })
    expect(later.statusCode, later.body).toBe(201)
    expect(later.json().parentConfirmation).toEqual(mailed.json().parentConfirmation)
    await deliverAll()
    expect(mailsTo(parent)).toHaveLength(PARENTAL_MAILS_PER_DAY)
    const link = linksTo(parent).at(-1)
    expect(await requestRow(link?.token as string)).toMatchObject({ status: 'pending' })
    expect((await answer(link?.token as string, 'confirm')).body).toContain('geregistreerd als gegeven')
    expect(await eventsOf(child)).toEqual(['pending_parental/accept', 'given/parental_confirmation'])
  })

  it('V7: the link works to the end of the Brussels day the mail names: answered at 18:00 that day, confirmed', async () => {
    // Asked at 14:00 in Brussels on 30 November; the mail names 7 December.
    const asked = new Date('2026-11-30T13:00:00Z')
    const child = 'avond.kind@example.be'
    const parent = 'avond.ouder@example.be'
    await askAt(child, parent, asked)
    await deliverAll()
    const [link] = linksTo(parent)
    expect(link?.text).toContain('vervalt na 7 dagen, op 07/12/2026')
    expect((await requestRow(link?.token as string)).link_expires_at.toISOString()).toBe(
      '2026-12-07T22:59:59.999Z',
    )
    const decided = await decideParentalRequest(
      t.ctx,
      org.id,
      link?.token as string,
      'confirm',
      { language: 'nl', actor: systemActor('test') },
      new Date('2026-12-07T17:00:00Z'), // 18:00 in Brussels
    )
    expect(decided?.outcome).toBe('confirmed')
    expect(await eventsOf(child)).toEqual(['pending_parental/accept', 'given/parental_confirmation'])
  })

  it('V11: the child’s address is not kept once the request closes, nor after the child’s erasure (a pending request is closed, its link records nothing)', async () => {
    const sealedOf = (token: string) => requestRow(token).then((r) => r.identity_sealed)
    const ends = new Date(Date.now() + 365 * 86_400_000).toISOString()
    // Closed by the answer: the status row keeps its own copy while the consent runs.
    await ask('bewaard.kind@example.be', 'bewaard.ouder@example.be', 'nl', { expiresAt: ends })
    // Pending when the child is erased.
    const child = 'gewist.kind@example.be'
    const subject = await owner('POST', `${api()}/subjects`, {
      name: 'Gewist Kind',
      identities: [{ kind: 'email', value: child }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    await ask(child, 'gewist.ouder@example.be', 'nl', { expiresAt: ends })
    await deliverAll()
    const [answered] = linksTo('bewaard.ouder@example.be')
    const [erased] = linksTo('gewist.ouder@example.be')
    expect(await sealedOf(answered?.token as string)).not.toBeNull()
    expect(await sealedOf(erased?.token as string)).not.toBeNull()

    expect((await answer(answered?.token as string, 'confirm')).body).toContain('geregistreerd als gegeven')
    expect(await requestRow(answered?.token as string)).toMatchObject({
      status: 'confirmed',
      identity_sealed: null,
    })

    expect((await owner('DELETE', `${api()}/subjects/${subject.json().id}`)).statusCode).toBe(204)
    expect(await requestRow(erased?.token as string)).toMatchObject({
      status: 'superseded',
      identity_sealed: null,
      decision_event_id: null,
    })
    const late = await answer(erased?.token as string, 'confirm')
    expect(late.body).toContain('Deze link geldt niet meer. Er werd niets mee geregistreerd.')
    expect(await eventsOf(child)).toEqual(['pending_parental/accept'])
    const status = await t.ctx.db
      .selectFrom('consent_status')
      .select(['state', 'identity_encrypted'])
      .where('organization_id', '=', org.id)
      .where('identity_masked', '=', 'g•••@example.be')
      .where('purpose', '=', PURPOSE)
      .executeTakeFirstOrThrow()
    expect(status).toEqual({ state: 'pending_parental', identity_encrypted: null })
  })

  it('V10: a link past its end whose purpose left the register shows a page (nothing recorded); the hourly job closes it once', async () => {
    const asked = new Date(Date.now() - 9 * 86_400_000)
    const opened = await askAt('oud.kind@example.be', 'oud.ouder@example.be', asked)
    const byJob = await askAt('oud.kind2@example.be', 'oud.ouder2@example.be', asked)
    await deliverAll()
    const [link] = linksTo('oud.ouder@example.be')
    await setPurpose('ended')
    try {
      const page = await app.inject({ method: 'GET', url: link?.path as string })
      expect(page.statusCode, page.body.slice(0, 500)).toBe(200)
      expect(page.headers['content-type']).toContain('text/html')
      expect(page.body).toContain('Met deze link werd niets geregistreerd; er geldt geen toestemming')
      expect(page.body).not.toContain('<form')
      const posted = await answer(link?.token as string, 'confirm')
      expect(posted.statusCode).toBe(200)
      expect(posted.headers['content-type']).toContain('text/html')
      expect(posted.body).toContain('Met deze link werd niets geregistreerd; er geldt geen toestemming')
      await expireParentalRequests(t.ctx)
      const rows = await t.ctx.db
        .selectFrom('consent_parental_requests')
        .select(['id', 'status', 'decision_event_id'])
        .where('id', 'in', [
          opened.parentConfirmation?.requestId ?? '',
          byJob.parentConfirmation?.requestId ?? '',
        ])
        .orderBy('requested_at')
        .execute()
      expect(rows.map((r) => [r.status, r.decision_event_id])).toEqual([
        ['superseded', null],
        ['superseded', null],
      ])
      expect(await eventsOf('oud.kind@example.be')).toEqual(['pending_parental/accept'])
    } finally {
      await setPurpose('active')
    }
  })

  it.runIf(process.env.CUSTOS_TEST_DATABASE === 'postgres')(
    'V8: a refusal by the child appended while the parent’s answer waits for the chain stands; the answer records nothing',
    async () => {
      const child = 'laat.kind@example.be'
      const parent = 'laat.ouder@example.be'
      const link = await askAndMail(child, parent)
      const person = { identity: { kind: 'email', value: child } } as const
      const refusal = await prepareConsent(
        t.ctx,
        {
          organizationId: org.id,
          person,
          purpose: PURPOSE,
          state: 'refused',
          language: 'nl',
          channel: 'app',
          method: 'reject',
          age: { group: 'under_13' },
          recordedBy: systemActor('test'),
        },
        consentSubjectOf(t.ctx.encryption, person),
      )
      let answered: ReturnType<typeof answer> | undefined
      // The child's refusal holds the chain (as the group-commit log does) while the parent answers.
      await t.ctx.db.transaction().execute(async (trx) => {
        await lockChainHead(trx, org.id)
        answered = answer(link?.token as string, 'confirm')
        await waitFor(async () => {
          const waiting =
            await sql`select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(
              t.ctx.db,
            )
          return waiting.rows.length > 0
        }, 30_000)
        await writeConsentEvents(trx, [refusal.draft])
      })
      const res = await (answered as ReturnType<typeof answer>)
      expect(res.body).toContain('Met deze link werd niets geregistreerd')
      expect(await eventsOf(child)).toEqual(['pending_parental/accept', 'refused/reject'])
      expect(await requestRow(link?.token as string)).toMatchObject({
        status: 'superseded',
        decision_event_id: null,
      })
    },
  )

  it('R10: concurrent asks to one parent’s address send at most the day’s mails', async () => {
    const parent = 'druk.gezin@example.be'
    for (let i = 1; i < PARENTAL_MAILS_PER_DAY; i++)
      expect((await ask(`broer${i}@example.be`, parent)).statusCode).toBe(201)
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => ask(`zus${i}@example.be`, parent)))
    expect(burst.map((r) => r.statusCode)).toEqual(Array(12).fill(201))
    await deliverAll()
    expect(mailsTo(parent)).toHaveLength(PARENTAL_MAILS_PER_DAY)
  })

  it('R11: a POST without a decision on a closed request says how it ended and offers no buttons', async () => {
    const child = 'tom.kind@example.be'
    const parent = 'papa.tom@example.be'
    const link = await askAndMail(child, parent)
    const open = await answer(link?.token as string)
    expect(open.statusCode).toBe(400)
    expect(open.body).toContain('er werd niets geregistreerd')
    expect((await answer(link?.token as string, 'refuse')).statusCode).toBe(200)
    const closed = await answer(link?.token as string)
    expect(closed.statusCode).toBe(200)
    expect(closed.body).toContain('Op deze vraag werd al geantwoord')
    expect(closed.body).not.toContain('name="decision"')
    expect(await eventsOf(child)).toEqual(['pending_parental/accept', 'refused/parental_refusal'])
  })

  it('R7, R8: the preference centre ticks only a consent given; saved as shown, it records nothing', async () => {
    const child = 'ines.kind@example.be'
    expect((await ask(child, 'mama.ines@example.be')).statusCode).toBe(201)
    // Another purpose given for a period that has ended: expired.
    const old = await webshop('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: child },
      purpose: OTHER,
      state: 'given',
      text: 'Ja, stuur mij aanbiedingen.',
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      occurredAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
    })
    expect(old.statusCode, old.body).toBe(201)
    const subject = consentSubjectOf(t.ctx.encryption, { identity: { kind: 'email', value: child } })
    const token = preferenceToken(t.ctx.encryption, org.id, subject)
    const page = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/preferences/manage?t=${token}&lang=nl`,
    })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Een ouder of voogd werd per e-mail gevraagd deze toestemming te bevestigen')
    expect(page.body).not.toContain(`name="purpose.${PURPOSE}"`)
    // The form as a browser sends it: the hidden fields and every radio ticked in advance.
    const form = new URLSearchParams()
    for (const m of page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
      form.append(m[1] as string, (m[2] as string).replaceAll('&amp;', '&'))
    for (const m of page.body.matchAll(/<input type="radio" name="([^"]+)" value="([^"]+)"[^>]*\schecked>/g))
      form.append(m[1] as string, m[2] as string)
    const count = async () =>
      (
        await t.ctx.db
          .selectFrom('consent_events')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('organization_id', '=', org.id)
          .executeTakeFirstOrThrow()
      ).n
    const before = await count()
    const saved = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/preferences/manage`,
      payload: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(saved.statusCode, saved.body).toBeLessThan(400)
    expect(await count()).toBe(before)
    expect(await eventsOf(child)).toEqual(['pending_parental/accept'])
  })
})
