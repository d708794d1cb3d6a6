import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import {
  expireConsents,
  PERSON_ERASED,
  propagateWithdrawalJob,
  recordConsent,
  runPropagation,
} from '../src/modules/consent'
import { preferenceToken } from '../src/modules/consent/links'
import { consentSubjectOf } from '../src/modules/consent/service'
import type { Organization } from '../src/modules/organizations'
import { runDueDeliveries } from '../src/modules/webhooks'
import { consentOrganisation } from './support/consent'
import { createTestContext, type TestContext } from './support/context'
import { type asToken, type asUser, expectProblem } from './support/http'
import { runQueuedJobs } from './support/jobs'

interface Call {
  method: string
  url: string
  authorization: string | undefined
  headers: http.IncomingHttpHeaders
  text: string
  body: unknown
}

/** Standard Webhooks verification, written out independently of the server's code. */
function signedBy(secret: string, call: Call): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const expected = createHmac('sha256', key)
    .update(`${call.headers['webhook-id']}.${call.headers['webhook-timestamp']}.${call.text}`)
    .digest('base64')
  return String(call.headers['webhook-signature'])
    .split(' ')
    .some((s) => s === `v1,${expected}`)
}

/**
 * A mailing tool's API on a local port: answers each call with the next planned status (200 when none is left),
 * a planned `{ status, retryAfter }` with a Retry-After header too.
 */
async function startMailingTool() {
  const calls: Call[] = []
  const plan: (number | { status: number; retryAfter: string })[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      calls.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        headers: req.headers,
        text,
        body: text ? JSON.parse(text) : null,
      })
      const next = plan.shift() ?? 200
      const status = typeof next === 'number' ? next : next.status
      res.writeHead(status, {
        'content-type': 'application/json',
        ...(typeof next === 'number' ? {} : { 'retry-after': next.retryAfter }),
      })
      res.end(JSON.stringify(status === 200 ? { ok: true } : { error: 'database unavailable' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api`,
    calls,
    plan,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

interface Propagation {
  id: string
  dataset: string
  status: string
  attempts: number
  error: string | null
}

describe('consent: a withdrawal is propagated to the systems that act on it', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let webshop: ReturnType<typeof asToken>
  let hookId: string
  let tool: Awaited<ReturnType<typeof startMailingTool>>
  const api = () => `/api/v1/orgs/${org.slug}`
  const TEXT = 'Ja, stuur mij de nieuwsbrief.'

  const record = (identity: { kind: string; value: string }, state: string) =>
    webshop('POST', `${api()}/consent/events`, {
      identity,
      purpose: 'direct_marketing',
      state,
      text: TEXT,
      language: 'nl',
      channel: 'web_form',
      method: state === 'given' ? 'accept' : 'save',
      externalRef: 'shop:7',
    })
  /** The propagations of the latest withdrawal (or expiry) of the person, from the proof the API answers. */
  const propagationsOf = async (
    identity: { kind: string; value: string },
    state = 'withdrawn',
  ): Promise<Propagation[]> => {
    const proof = await owner('POST', `${api()}/consent/proof`, { identity })
    expect(proof.statusCode, proof.body).toBe(200)
    const withdrawal = (proof.json().events as { state: string; propagations: Propagation[] }[]).find(
      (e) => e.state === state,
    )
    return withdrawal?.propagations ?? []
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    ;({ org, owner, app: webshop } = await consentOrganisation(t, app, 'Propagatie BV'))
    tool = await startMailingTool()
    const dataset = {
      key: 'mailtool',
      system: 'cloudbooks-app',
      name: 'Mailing tool',
      connector: 'http',
      http: { baseUrl: tool.url, auth: 'bearer' },
      collections: [
        {
          name: 'contacts',
          fields: [{ name: 'email', identity: 'email', category: 'contact_details' }],
          http: { read: { path: '/contacts', query: { email: '{email}' } } },
        },
      ],
      consentWithdrawal: {
        purposes: ['direct_marketing'],
        call: {
          method: 'POST',
          path: '/lists/news/unsubscribe',
          body: {
            email: '{email}',
            reason: 'consent {purpose} withdrawn',
            state: '{reason}',
            at: '{withdrawnAt}',
            ref: '{externalRef}',
          },
        },
      },
    }
    const saved = await owner('PUT', `${api()}/datasets/mailtool`, { source: stringify(dataset) })
    expect(saved.statusCode, saved.body).toBeLessThan(300)
    const connection = await owner('PUT', `${api()}/datasets/mailtool/connection`, {
      options: {},
      secret: 'mailtool-token-123',
    })
    expect(connection.statusCode, connection.body).toBe(200)
    const hook = await owner('POST', `${api()}/webhooks`, {
      url: 'http://127.0.0.1:9/hooks/consent',
      eventTypes: ['consent.withdrawn'],
    })
    expect(hook.statusCode, hook.body).toBe(201)
    hookId = hook.json().id
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await tool?.close()
  })

  it('an API withdrawal calls the mailing tool through the job queue: a 500, then a retry that succeeds', async () => {
    const an = { kind: 'email', value: 'An.Peeters@Example.be' }
    expect((await record(an, 'given')).statusCode).toBe(201)
    expect(await runQueuedJobs(t.ctx, propagateWithdrawalJob)).toEqual([]) // giving is not propagated
    expect((await record(an, 'withdrawn')).statusCode).toBe(201)
    expect(await propagationsOf(an)).toMatchObject([{ dataset: 'mailtool', status: 'pending', attempts: 0 }])

    tool.plan.push(500)
    // The job fails (so the queue retries it with backoff); the row keeps the error and stays pending.
    await expect(runQueuedJobs(t.ctx, propagateWithdrawalJob)).rejects.toThrow(/retries/)
    const [failed] = await propagationsOf(an)
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 })
    expect(failed?.error).toMatch(/500/)
    expect(failed?.error).not.toContain('mailtool-token-123')

    const id = (
      await t.ctx.db
        .selectFrom('consent_propagations')
        .select('id')
        .where('organization_id', '=', org.id)
        .execute()
    )[0]?.id as string
    // "Retry now" (the Consent page's button) makes the call at once, without waiting for the queue's backoff.
    const retried = await owner('POST', `${api()}/consent/propagations/${id}/retry`)
    expect(retried.statusCode, retried.body).toBe(200)
    expect(retried.json()).toMatchObject({ id, status: 'done', attempts: 2, error: null })
    expect(await propagationsOf(an)).toMatchObject([{ status: 'done', attempts: 2, error: null }])
    expect(expectProblem(await owner('POST', `${api()}/consent/propagations/${id}/retry`), 409).code).toBe(
      'not_failed',
    )
    expect(tool.calls).toHaveLength(2)
    for (const call of tool.calls) {
      expect(call).toMatchObject({ method: 'POST', url: '/api/lists/news/unsubscribe' })
      expect(call.authorization).toBe('Bearer mailtool-token-123')
      expect(call.body).toMatchObject({
        email: 'an.peeters@example.be',
        reason: 'consent direct_marketing withdrawn',
        state: 'withdrawn',
        ref: 'shop:7',
      })
    }
    // Done: the address is no longer kept for the call; running it again calls nobody.
    const row = await t.ctx.db
      .selectFrom('consent_propagations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    expect(row?.identity_encrypted).toBeNull()
    expect(await runPropagation(t.ctx, id)).toBe('nothing')
    expect(tool.calls).toHaveLength(2)

    // The consent.withdrawn webhook fired as well.
    const deliveries = await owner('GET', `${api()}/webhooks/${hookId}/deliveries`)
    expect(deliveries.json().items.map((d: { eventType: string }) => d.eventType)).toEqual([
      'consent.withdrawn',
    ])
  })

  it('a one-click unsubscribe is passed on with the address sealed in its link; no address known: failed, said why', async () => {
    const bert = { kind: 'email', value: 'bert.janssens@example.be' }
    expect((await record(bert, 'given')).statusCode).toBe(201)
    const link = await webshop('POST', `${api()}/consent/unsubscribe-links`, {
      identity: bert,
      purpose: 'direct_marketing',
    })
    expect(link.statusCode, link.body).toBe(200)
    const url = new URL(link.json().url as string)
    const res = await app.inject({
      method: 'POST',
      url: `${url.pathname}${url.search}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(await runQueuedJobs(t.ctx, propagateWithdrawalJob)).toHaveLength(1)
    expect(await propagationsOf(bert)).toMatchObject([{ status: 'done', attempts: 1 }])
    expect(tool.calls.at(-1)?.body).toMatchObject({ email: 'bert.janssens@example.be' })

    // Withdrawn by phone, and the subject index knows no e-mail address of this person: nothing to send.
    const phone = { kind: 'phone', value: '+32 470 12 34 56' }
    expect((await record(phone, 'given')).statusCode).toBe(201)
    expect((await record(phone, 'withdrawn')).statusCode).toBe(201)
    expect(await runQueuedJobs(t.ctx, propagateWithdrawalJob)).toEqual([])
    const [none] = await propagationsOf(phone)
    expect(none).toMatchObject({ status: 'failed', attempts: 0 })
    expect(none?.error).toMatch(/No email of this person/)
    expect(
      expectProblem(await owner('POST', `${api()}/consent/propagations/${none?.id}/retry`), 409).code,
    ).toBe('not_failed')

    // Once the index knows the person's address, a withdrawal under their phone reaches the mailing tool.
    const subject = await owner('POST', `${api()}/subjects`, {
      name: 'Chris Maes',
      identities: [
        { kind: 'phone', value: '+32 471 00 00 01' },
        { kind: 'email', value: 'chris.maes@example.be' },
      ],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    const chris = { kind: 'phone', value: '+32 471 00 00 01' }
    await record(chris, 'given')
    await record(chris, 'withdrawn')
    expect(await runQueuedJobs(t.ctx, propagateWithdrawalJob)).toHaveLength(1)
    expect(tool.calls.at(-1)?.body).toMatchObject({ email: 'chris.maes@example.be' })
  })

  it('a call given up after its last attempt starts a new round with "retry now"', async () => {
    const dirk = { kind: 'email', value: 'dirk.peeters@example.be' }
    await record(dirk, 'given')
    await record(dirk, 'withdrawn')
    const [queued] = await propagationsOf(dirk)
    // As the job leaves it after its fifth failed call.
    await t.ctx.db
      .updateTable('consent_propagations')
      .set({ status: 'failed', attempts: 5, last_error: 'HTTP 503', finished_at: new Date() })
      .where('id', '=', queued?.id as string)
      .execute()
    tool.plan.push(500)
    const again = await owner('POST', `${api()}/consent/propagations/${queued?.id}/retry`)
    expect(again.statusCode, again.body).toBe(200)
    // The call failed again: pending with its error, and queued for the automatic retries of a new round.
    expect(again.json()).toMatchObject({ status: 'pending', attempts: 1 })
    // (The withdrawal's own job is still queued too: whichever runs first makes the call, the other finds it done.)
    await runQueuedJobs(t.ctx, propagateWithdrawalJob)
    expect(await propagationsOf(dirk)).toMatchObject([{ status: 'done', attempts: 2 }])
    // Another organisation cannot reach it through its own address; a malformed id names the field.
    const stranger = await consentOrganisation(t, app, 'Vreemd BV')
    const theirs = `/api/v1/orgs/${stranger.org.slug}/consent/propagations/${queued?.id}/retry`
    expect(expectProblem(await stranger.owner('POST', theirs), 404).params).toEqual({
      entity: 'consent_propagation',
    })
    const bad = expectProblem(await owner('POST', `${api()}/consent/propagations/nope/retry`), 400)
    expect(bad.errors?.[0]?.path).toBe('params.id')
  })

  it('an expired consent is passed on like a withdrawal, once: the mailing tool (retried) and a signed webhook', async () => {
    const hook = await owner('POST', `${api()}/webhooks`, {
      url: `${tool.url}/hooks/expired`,
      eventTypes: ['consent.expired'],
    })
    expect(hook.statusCode, hook.body).toBe(201)
    const secret = hook.json().secret as string
    const eva = { kind: 'email', value: 'eva.claes@example.be' } as const
    const frank = { kind: 'email', value: 'frank.smet@example.be' } as const
    const ended = new Date(Date.now() - 86_400_000)
    for (const identity of [eva, frank])
      await recordConsent(t.ctx, {
        organizationId: org.id,
        person: { identity },
        purpose: 'direct_marketing',
        state: 'given',
        text: TEXT,
        language: 'nl',
        channel: 'web_form',
        method: 'accept',
        occurredAt: new Date(ended.getTime() - 365 * 86_400_000),
        expiresAt: ended,
        externalRef: 'shop:9',
        recordedBy: systemActor('test'),
      })
    // While it runs, the status keeps the address it was given under, encrypted, for the expiry's call. A consent
    // recorded before Custos kept it (as Frank's here) has only the subject index to ask.
    const sealed = async () =>
      t.ctx.db
        .selectFrom('consent_status')
        .select(['identity_masked', 'identity_encrypted'])
        .where('organization_id', '=', org.id)
        .where('identity_masked', 'in', ['e•••@example.be', 'f•••@example.be'])
        .orderBy('identity_masked')
        .execute()
    const kept = await sealed()
    expect(kept.map((r) => r.identity_encrypted === null)).toEqual([false, false])
    expect(kept[0]?.identity_encrypted).not.toContain('eva.claes')
    await t.ctx.db
      .updateTable('consent_status')
      .set({ identity_encrypted: null })
      .where('organization_id', '=', org.id)
      .where('identity_masked', '=', 'f•••@example.be')
      .execute()
    const before = tool.calls.length

    // The hourly job finds them once: the expiry records, one call to the mailing tool queued, status visible.
    expect(await expireConsents(t.ctx)).toBe(2)
    expect(await expireConsents(t.ctx)).toBe(0)
    expect(await propagationsOf(eva, 'expired')).toMatchObject([
      { dataset: 'mailtool', status: 'pending', attempts: 0 },
    ])
    // No address kept and none in the subject index: nothing to send, said on the record (failed, not silent).
    const [unknown] = await propagationsOf(frank, 'expired')
    expect(unknown).toMatchObject({ status: 'failed', attempts: 0 })
    expect(unknown?.error).toMatch(/No email of this person/)
    // The consent ended: the address is no longer kept on the status.
    expect((await sealed()).map((r) => r.identity_encrypted)).toEqual([null, null])

    tool.plan.push(500)
    await expect(runQueuedJobs(t.ctx, propagateWithdrawalJob)).rejects.toThrow(/retries/)
    const [waiting] = await propagationsOf(eva, 'expired')
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 })
    expect(waiting?.error).toMatch(/500/)
    // The queue's retry (run here directly) reaches it.
    expect(await runPropagation(t.ctx, waiting?.id as string)).toBe('done')
    expect(await propagationsOf(eva, 'expired')).toMatchObject([{ status: 'done', attempts: 2, error: null }])
    const unsubscribes = tool.calls.slice(before).filter((c) => c.url === '/api/lists/news/unsubscribe')
    expect(unsubscribes).toHaveLength(2)
    expect(unsubscribes[1]?.body).toMatchObject({
      email: 'eva.claes@example.be',
      reason: 'consent direct_marketing withdrawn',
      state: 'expired',
      at: ended.toISOString(),
      ref: 'shop:9',
    })

    // The consent.expired webhooks, one per person, signed, never with the address.
    await runDueDeliveries(t.ctx)
    const hooks = tool.calls.slice(before).filter((c) => c.url === '/api/hooks/expired')
    expect(hooks).toHaveLength(2)
    for (const hook of hooks) {
      expect(signedBy(secret, hook)).toBe(true)
      expect(hook.body).toMatchObject({
        type: 'consent.expired',
        data: { purpose: 'direct_marketing', method: 'expiry', externalRef: 'shop:9' },
      })
      expect(hook.text).not.toMatch(/eva\.claes@|frank\.smet@/)
    }
    expect(
      hooks.map((h) => (h.body as { data: { identityMasked: string } }).data.identityMasked).sort(),
    ).toEqual(['e•••@example.be', 'f•••@example.be'])
    // Nothing more is queued: a second run of the job passed nothing on again.
    expect(await runQueuedJobs(t.ctx, propagateWithdrawalJob)).toEqual([])
  })

  it('erasing a subject erases the address its running consent kept: the expiry then names no one, said why', async () => {
    const subject = await owner('POST', `${api()}/subjects`, {
      name: 'Greet Wouters',
      identities: [{ kind: 'email', value: 'greet.wouters@example.be' }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    const greet = { kind: 'email', value: 'greet.wouters@example.be' } as const
    const ends = new Date(Date.now() + 30 * 86_400_000)
    await recordConsent(t.ctx, {
      organizationId: org.id,
      person: { identity: greet },
      purpose: 'direct_marketing',
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      occurredAt: new Date(),
      expiresAt: ends,
      recordedBy: systemActor('test'),
    })
    const kept = () =>
      t.ctx.db
        .selectFrom('consent_status')
        .select('identity_encrypted')
        .where('organization_id', '=', org.id)
        .where('identity_masked', '=', 'g•••@example.be')
        .executeTakeFirstOrThrow()
    expect((await kept()).identity_encrypted).not.toBeNull()

    expect((await owner('DELETE', `${api()}/subjects/${subject.json().id}`)).statusCode).toBe(204)
    // The running consent no longer holds the address; the audit event of the erasure says it was cleared.
    expect((await kept()).identity_encrypted).toBeNull()
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('target_id', '=', subject.json().id)
      .where('action', '=', 'subject.erased')
      .executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ consentIdentitiesCleared: 1 })

    // When the consent ends, nobody is named to the mailing tool: the call is failed on the record, saying why.
    const before = tool.calls.length
    expect(await expireConsents(t.ctx, new Date(ends.getTime() + 1000))).toBe(1)
    const [ended] = await propagationsOf(greet, 'expired')
    expect(ended).toMatchObject({ dataset: 'mailtool', status: 'failed', attempts: 0 })
    expect(ended?.error).toMatch(/No email of this person/)
    await runQueuedJobs(t.ctx, propagateWithdrawalJob)
    expect(
      tool.calls
        .slice(before)
        .map((c) => c.text)
        .join('\n'),
    ).not.toMatch(/greet\.wouters/)
  })

  it('a renewal in the preference centre keeps the address, so that its own expiry reaches the mailing tool', async () => {
    const hanne = { kind: 'email', value: 'hanne.goossens@example.be' } as const
    // A year's consent given 350 days ago: due for renewal.
    const given = new Date(Date.now() - 350 * 86_400_000)
    await recordConsent(t.ctx, {
      organizationId: org.id,
      person: { identity: hanne },
      purpose: 'direct_marketing',
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      occurredAt: given,
      expiresAt: new Date(given.getTime() + 365 * 86_400_000),
      recordedBy: systemActor('test'),
    })
    // The link the preference centre mails (the address sealed in it); the person renews.
    const token = preferenceToken(
      t.ctx.encryption,
      org.id,
      consentSubjectOf(t.ctx.encryption, { identity: hanne }),
    )
    const saved = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/preferences/manage`,
      payload: { t: token, lang: 'nl', 'purpose.direct_marketing': 'given' },
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.body).toContain('Opgeslagen: 1 wijziging.')
    const status = await t.ctx.db
      .selectFrom('consent_status')
      .select(['state', 'expires_at', 'identity_encrypted'])
      .where('organization_id', '=', org.id)
      .where('identity_masked', '=', 'h•••@example.be')
      .executeTakeFirstOrThrow()
    // Renewed for the same period, from now, with the address kept (encrypted) while it runs.
    expect(status.state).toBe('given')
    expect(status.expires_at?.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000)
    expect(status.identity_encrypted).not.toBeNull()
    expect(status.identity_encrypted).not.toContain('hanne')

    // When the renewed consent ends, the mailing tool is told whom it concerned.
    const before = tool.calls.length
    expect(await expireConsents(t.ctx, new Date((status.expires_at as Date).getTime() + 1000))).toBe(1)
    expect(await propagationsOf(hanne, 'expired')).toMatchObject([{ status: 'pending', error: null }])
    await runQueuedJobs(t.ctx, propagateWithdrawalJob)
    expect(await propagationsOf(hanne, 'expired')).toMatchObject([{ status: 'done', attempts: 1 }])
    expect(tool.calls.slice(before).at(-1)?.body).toMatchObject({
      email: 'hanne.goossens@example.be',
      state: 'expired',
    })

    // A consent that ended 35 days ago and was closed by the expiry job, renewed afterwards: again for the period
    // of the consent it renews (the expiry record itself has no end), again with the address kept.
    const ilse = { kind: 'email', value: 'ilse.mertens@example.be' } as const
    const long = new Date(Date.now() - 400 * 86_400_000)
    await recordConsent(t.ctx, {
      organizationId: org.id,
      person: { identity: ilse },
      purpose: 'direct_marketing',
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      occurredAt: long,
      expiresAt: new Date(long.getTime() + 365 * 86_400_000),
      recordedBy: systemActor('test'),
    })
    expect(await expireConsents(t.ctx)).toBe(1)
    const ilseToken = preferenceToken(
      t.ctx.encryption,
      org.id,
      consentSubjectOf(t.ctx.encryption, { identity: ilse }),
    )
    const again = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/preferences/manage`,
      payload: { t: ilseToken, lang: 'nl', 'purpose.direct_marketing': 'given' },
    })
    expect(again.body).toContain('Opgeslagen: 1 wijziging.')
    const renewed = await t.ctx.db
      .selectFrom('consent_status')
      .select(['state', 'expires_at', 'identity_encrypted'])
      .where('organization_id', '=', org.id)
      .where('identity_masked', '=', 'i•••@example.be')
      .executeTakeFirstOrThrow()
    expect(renewed.state).toBe('given')
    expect(renewed.expires_at?.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000)
    expect(renewed.identity_encrypted).not.toBeNull()
  })

  it('a consent that ended, was withdrawn and is given again lasts as long as the last one given, address kept', async () => {
    const joke = { kind: 'email', value: 'joke.claes@example.be' } as const
    const long = new Date(Date.now() - 400 * 86_400_000)
    await recordConsent(t.ctx, {
      organizationId: org.id,
      person: { identity: joke },
      purpose: 'direct_marketing',
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      occurredAt: long,
      expiresAt: new Date(long.getTime() + 365 * 86_400_000),
      recordedBy: systemActor('test'),
    })
    expect(await expireConsents(t.ctx)).toBe(1)
    const token = preferenceToken(
      t.ctx.encryption,
      org.id,
      consentSubjectOf(t.ctx.encryption, { identity: joke }),
    )
    const save = (choice: string) =>
      app.inject({
        method: 'POST',
        url: `/p/${org.slug}/preferences/manage`,
        payload: { t: token, lang: 'nl', 'purpose.direct_marketing': choice },
      })
    // Expired -> withdrawn (no on the page) -> given (yes on the page).
    expect((await save('withdrawn')).body).toContain('Opgeslagen: 1 wijziging.')
    expect((await save('given')).body).toContain('Opgeslagen: 1 wijziging.')
    const status = await t.ctx.db
      .selectFrom('consent_status')
      .select(['state', 'expires_at', 'identity_encrypted'])
      .where('organization_id', '=', org.id)
      .where('identity_masked', '=', 'j•••@example.be')
      .executeTakeFirstOrThrow()
    expect(status.state).toBe('given')
    expect(status.expires_at?.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000)
    expect(status.expires_at?.getTime()).toBeLessThan(Date.now() + 366 * 86_400_000)
    expect(status.identity_encrypted).not.toBeNull()
  })

  it('erasing a subject closes their failed calls (address cleared) and keeps a pending one until it is made', async () => {
    const hilde = { kind: 'email', value: 'hilde.jacobs@example.be' } as const
    const subject = await owner('POST', `${api()}/subjects`, { name: 'Hilde Jacobs', identities: [hilde] })
    expect(subject.statusCode, subject.body).toBe(201)
    const subjectKey = consentSubjectOf(t.ctx.encryption, { identity: hilde }).subjectKey
    const callsOf = () =>
      t.ctx.db
        .selectFrom('consent_propagations as p')
        .innerJoin('consent_events as e', 'e.id', 'p.consent_event_id')
        .select(['p.id', 'p.status', 'p.last_error', 'p.identity_encrypted'])
        .where('e.organization_id', '=', org.id)
        .where('e.subject_key', '=', subjectKey)
        .orderBy('e.seq')
        .execute()
    // Calls made before leave the queue to this person's withdrawals.
    await runQueuedJobs(t.ctx, propagateWithdrawalJob).catch(() => [])
    await record(hilde, 'given')
    await record(hilde, 'withdrawn')
    const [first] = await callsOf()
    // As the job leaves it after its fifth failed call.
    await t.ctx.db
      .updateTable('consent_propagations')
      .set({ status: 'failed', attempts: 5, last_error: 'HTTP 503', finished_at: new Date() })
      .where('id', '=', first?.id as string)
      .execute()
    await record(hilde, 'given')
    await record(hilde, 'withdrawn')
    expect((await callsOf()).map((c) => [c.status, c.identity_encrypted !== null])).toEqual([
      ['failed', true],
      ['pending', true],
    ])

    expect((await owner('DELETE', `${api()}/subjects/${subject.json().id}`)).statusCode).toBe(204)
    const [closed, pending] = await callsOf()
    expect(closed).toMatchObject({ status: 'failed', last_error: PERSON_ERASED, identity_encrypted: null })
    expect(pending).toMatchObject({ status: 'pending' })
    expect(pending?.identity_encrypted).not.toBeNull()
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('target_id', '=', subject.json().id)
      .where('action', '=', 'subject.erased')
      .executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ consentPropagationsCleared: 1, consentPropagationsKept: 1 })
    // The closed call cannot be made again, and the refusal says why; the pending one carries out her
    // withdrawal, then drops the address.
    const refused = expectProblem(
      await owner('POST', `${api()}/consent/propagations/${closed?.id}/retry`),
      409,
    )
    expect(refused).toMatchObject({ code: 'not_failed', params: { status: 'person_erased' } })
    const before = tool.calls.length
    await runQueuedJobs(t.ctx, propagateWithdrawalJob)
    expect((await callsOf())[1]).toMatchObject({ status: 'done', identity_encrypted: null })
    const sent = tool.calls.slice(before).map((c) => c.text)
    expect(sent.filter((text) => text.includes('hilde.jacobs'))).toHaveLength(1)
  })

  it('removing one identity of a subject erases the address a running consent kept for it', async () => {
    const kris = { kind: 'email', value: 'kris.maes@example.be' } as const
    const subject = await owner('POST', `${api()}/subjects`, {
      name: 'Kris Maes',
      identities: [{ kind: 'email', value: 'kris.werk@example.be' }, kris],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    await recordConsent(t.ctx, {
      organizationId: org.id,
      person: { identity: kris },
      purpose: 'direct_marketing',
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      occurredAt: new Date(),
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
      recordedBy: systemActor('test'),
    })
    const kept = async () =>
      (
        await t.ctx.db
          .selectFrom('consent_status')
          .select('identity_encrypted')
          .where('organization_id', '=', org.id)
          .where('subject_key', '=', consentSubjectOf(t.ctx.encryption, { identity: kris }).subjectKey)
          .executeTakeFirstOrThrow()
      ).identity_encrypted
    expect(await kept()).not.toBeNull()
    const identities = subject.json().identities as { id: string; value?: string; valueMasked?: string }[]
    const other = identities.find((i) => JSON.stringify(i).includes('werk'))
    const removed = identities.find((i) => i !== other)
    // Removing the other identity leaves it; removing the one the consent was given under erases it.
    const path = (id: string | undefined) => `${api()}/subjects/${subject.json().id}/identities/${id}`
    expect((await owner('DELETE', path(other?.id))).statusCode).toBe(204)
    expect(await kept()).not.toBeNull()
    expect((await owner('DELETE', path(removed?.id))).statusCode).toBe(204)
    expect(await kept()).toBeNull()
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('target_id', '=', subject.json().id)
      .where('action', '=', 'subject.identity_removed')
      .execute()
    const cleared = (id: string | undefined) =>
      audit
        .map((a) => a.summary as { identityId: string; consentIdentitiesCleared: number })
        .find((a) => a.identityId === id)?.consentIdentitiesCleared
    expect([cleared(other?.id), cleared(removed?.id)]).toEqual([0, 1])
  })

  it('a 503 from the mailing tool is an attempt on the record, with its error, retried by the queue', async () => {
    const jan = { kind: 'email', value: 'jan.vermeulen@example.be' }
    await record(jan, 'given')
    // Calls the steps before left queued are made first, so that the planned answers are this withdrawal's.
    await runQueuedJobs(t.ctx, propagateWithdrawalJob).catch(() => [])
    const before = tool.calls.length
    tool.plan.push(503, 503)
    await record(jan, 'withdrawn')
    const [queued] = await propagationsOf(jan)
    // The first call answered 503: one call made, 'retry' (the job fails, the queue retries it with backoff).
    expect(await runPropagation(t.ctx, queued?.id as string)).toBe('retry')
    const [first] = await propagationsOf(jan)
    expect(first).toMatchObject({ status: 'pending', attempts: 1 })
    expect(first?.error).toMatch(/503 Service Unavailable/)
    expect(tool.calls.length - before).toBe(1)
    // The queue's retry (run here directly): 503 again, the second attempt on the record; the third succeeds.
    expect(await runPropagation(t.ctx, first?.id as string)).toBe('retry')
    expect(await propagationsOf(jan)).toMatchObject([{ status: 'pending', attempts: 2 }])
    expect(await runPropagation(t.ctx, first?.id as string)).toBe('done')
    expect(await propagationsOf(jan)).toMatchObject([{ status: 'done', attempts: 3, error: null }])
    expect(tool.calls.length - before).toBe(3)
  })

  it('a call kept for a person erased since, that then fails for good, drops the address at once; retry refused as erased', async () => {
    const lien = { kind: 'email', value: 'lien.wouters@example.be' } as const
    const subject = await owner('POST', `${api()}/subjects`, { name: 'Lien Wouters', identities: [lien] })
    expect(subject.statusCode, subject.body).toBe(201)
    await runQueuedJobs(t.ctx, propagateWithdrawalJob).catch(() => [])
    await record(lien, 'given')
    await record(lien, 'withdrawn')
    const [pending] = await propagationsOf(lien)
    expect(pending).toMatchObject({ status: 'pending' })
    expect((await owner('DELETE', `${api()}/subjects/${subject.json().id}`)).statusCode).toBe(204)
    const stored = () =>
      t.ctx.db
        .selectFrom('consent_propagations')
        .select(['status', 'identity_encrypted', 'last_error', 'subject_erased_at'])
        .where('id', '=', pending?.id as string)
        .executeTakeFirstOrThrow()
    // Kept, with the address, until the call is made.
    expect((await stored()).identity_encrypted).not.toBeNull()
    expect((await stored()).subject_erased_at).not.toBeNull()
    // Its last attempt fails: failed for good, the address cleared with it, the error kept.
    await t.ctx.db
      .updateTable('consent_propagations')
      .set({ attempts: 4 })
      .where('id', '=', pending?.id as string)
      .execute()
    tool.plan.push(500)
    expect(await runPropagation(t.ctx, pending?.id as string)).toBe('failed')
    const after = await stored()
    expect(after).toMatchObject({ status: 'failed', identity_encrypted: null })
    expect(after.last_error).toMatch(new RegExp(`^${PERSON_ERASED}.*500`))
    const refused = expectProblem(
      await owner('POST', `${api()}/consent/propagations/${pending?.id}/retry`),
      409,
    )
    expect(refused).toMatchObject({ code: 'not_failed', params: { status: 'person_erased' } })
  })

  it('a 503 with Retry-After: the next attempt is queued for when the system asked (review m16)', async () => {
    const an = { kind: 'email', value: 'an.claes@example.be' }
    await record(an, 'given')
    await runQueuedJobs(t.ctx, propagateWithdrawalJob).catch(() => [])
    await record(an, 'withdrawn')
    // The withdrawal's job, taken out of the queue as a worker would, runs against a tool asking for 2 minutes.
    tool.plan.push({ status: 503, retryAfter: '120' })
    const before = Date.now()
    const ran = await runQueuedJobs(t.ctx, propagateWithdrawalJob)
    expect(ran).toHaveLength(1)
    expect(await propagationsOf(an)).toMatchObject([{ status: 'pending', attempts: 1 }])
    // The job ended quietly and queued the next attempt itself, not before the time asked.
    const queued = await sql<{ start_after: Date; data: { propagationId?: string } }>`
      select start_after, data from pgboss.job
       where name = ${propagateWithdrawalJob.name} and state = 'created'`.execute(t.ctx.db)
    expect(queued.rows).toHaveLength(1)
    const wait = new Date(queued.rows[0]?.start_after as Date).getTime() - before
    expect(wait).toBeGreaterThanOrEqual(119_000)
    expect(wait).toBeLessThan(30 * 60_000)
    // A 503 without Retry-After leaves it to the queue's backoff: the job fails, nothing new is queued.
    await sql`delete from pgboss.job where name = ${propagateWithdrawalJob.name}`.execute(t.ctx.db)
    const [open] = await propagationsOf(an)
    tool.plan.push(503)
    await expect(propagateWithdrawalJob.run({ propagationId: open?.id as string }, t.ctx)).rejects.toThrow(
      /queue retries it/,
    )
    const none = await sql`select 1 from pgboss.job where name = ${propagateWithdrawalJob.name}`.execute(
      t.ctx.db,
    )
    expect(none.rows).toHaveLength(0)
  })
})
