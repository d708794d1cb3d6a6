import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { recordConsent, verifyConsentChain } from '../src/modules/consent'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { submitPortalRequest, verifyPortalRequest } from '../src/modules/requests'
import { type ChinookDatabase, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { storedMails } from './support/outbox'

/** A customer of the chinook shop, so that an access run finds them. */
const EMAIL = 'daan_peeters@apple.be'
const OBJECTOR = 'portal.objector@example.be'
const TEXT = 'Ja, stuur mij de nieuwsbrief van Chinook Muziek.'

describe('consent through data subject requests: withdrawal, objection, proof in the access package', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let chinook: ChinookDatabase
  let hookId: string
  let asOwner: ReturnType<typeof asUser>
  const deliveries = async () =>
    (await asOwner('GET', `${api()}/webhooks/${hookId}/deliveries`)).json().items as { eventType: string }[]
  const api = () => `/api/v1/orgs/${org.slug}`
  const give = (email: string, purpose: string) =>
    recordConsent(t.ctx, {
      organizationId: org.id,
      person: { identity: { kind: 'email', value: email } },
      purpose,
      state: 'given',
      text: TEXT,
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      recordedBy: systemActor('test'),
    })
  const status = async (email: string) => {
    const res = await po('POST', `${api()}/consent/status`, { identity: { kind: 'email', value: email } })
    expect(res.statusCode, res.body).toBe(200)
    return Object.fromEntries(
      (res.json().purposes as { purpose: string; state: string }[]).map((p) => [p.purpose, p.state]),
    )
  }
  const auditedWithdrawals = () =>
    t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'consent.withdrawn')
      .execute()

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Chinook Muziek BV')
    const base = chinookRegister()
    const register = registerDocumentSchema.parse({
      ...base,
      activities: [
        ...base.activities,
        {
          key: 'newsletter',
          name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
          purposes: [
            { purpose: 'direct_marketing', legalBasis: 'consent' },
            { purpose: 'profiling_personalisation', legalBasis: 'consent' },
          ],
          subjectCategories: ['clients'],
          dataCategories: [{ category: 'identification', source: 'subject' }],
          systems: ['chinook_db'],
          retention: [{ rule: 'accounting-7y' }],
          measures: ['mfa'],
          status: 'active',
        },
      ],
    })
    await importRegister(t.ctx, systemActor('test'), org, register, { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    chinook = await loadChinookPostgres()
    const source = readFileSync(
      new URL('../../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url),
      'utf8',
    )
    const datasetKey = /^key: (\S+)/m.exec(source)?.[1] as string
    expect((await po('PUT', `${api()}/datasets/${datasetKey}`, { source })).statusCode).toBeLessThan(300)
    const connection = await po('PUT', `${api()}/datasets/${datasetKey}/connection`, {
      options: chinook.settings.options,
      ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    const owner = await createMember(t.ctx, org, 'owner')
    asOwner = asUser(app, await signIn(app, owner.email, owner.password))
    const hook = await asOwner('POST', `${api()}/webhooks`, {
      url: 'http://127.0.0.1:9/hooks/consent',
      eventTypes: ['consent.withdrawn'],
    })
    expect(hook.statusCode, hook.body).toBe(201)
    hookId = hook.json().id
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await chinook?.drop()
  })

  const newRequest = async (types: string[]) => {
    const res = await po('POST', `${api()}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Daan Peeters', email: EMAIL },
      types,
      language: 'nl',
    })
    expect(res.statusCode, res.body).toBe(201)
    const id = res.json().id as string
    expect((await po('POST', `${api()}/requests/${id}/actions/start`, {})).statusCode).toBe(200)
    return id
  }

  it('a withdrawal request completed by staff withdraws the consent in the chain, audited for the webhooks', async () => {
    await give(EMAIL, 'direct_marketing')
    expect(await status(EMAIL)).toEqual({ direct_marketing: 'given' })
    const id = await newRequest(['withdraw_consent'])
    // A purpose of the register that does not rest on consent cannot be withdrawn: refused, naming the field.
    const wrong = expectProblem(
      await po('POST', `${api()}/requests/${id}/actions/complete`, {
        details: { withdrawConsent: { purposes: ['direct_marketing', 'invoicing_accounting'] } },
      }),
      422,
    )
    expect(wrong.errors).toEqual([
      expect.objectContaining({
        path: 'body.details.withdrawConsent.purposes.1',
        code: 'unknown_purpose',
        value: 'invoicing_accounting',
      }),
    ])
    expect(await status(EMAIL)).toEqual({ direct_marketing: 'given' })

    const done = await po('POST', `${api()}/requests/${id}/actions/complete`, {
      details: { withdrawConsent: { purposes: ['direct_marketing'] } },
    })
    expect(done.statusCode, done.body).toBe(200)
    expect(await status(EMAIL)).toEqual({ direct_marketing: 'withdrawn' })
    const reference = (await po('GET', `${api()}/requests/${id}`)).json().reference as string
    const [event] = await t.ctx.db
      .selectFrom('consent_events')
      .selectAll()
      .where('organization_id', '=', org.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .execute()
    expect(event).toMatchObject({
      purpose: 'direct_marketing',
      state: 'withdrawn',
      channel: 'email',
      method: 'request',
      source: `request ${reference}`,
      evidence: { documentReference: reference },
      identity_kind: 'email',
    })
    expect(event?.actor_type).toBe('user')
    expect(await auditedWithdrawals()).toHaveLength(1)
    expect(await deliveries()).toEqual([expect.objectContaining({ eventType: 'consent.withdrawn' })])
    expect((await verifyConsentChain(t.ctx.db, org.id)).ok).toBe(true)
  })

  it('a verified portal objection to direct marketing withdraws the given marketing consents and suppresses', async () => {
    await give(OBJECTOR, 'direct_marketing')
    await give(OBJECTOR, 'profiling_personalisation')
    await submitPortalRequest(t.ctx, org, {
      name: 'Portal Objector',
      email: OBJECTOR,
      types: ['objection_direct_marketing'],
      details: null,
      customerNumber: null,
      language: 'fr',
    })
    const [mail] = (await storedMails(t.ctx, OBJECTOR)).filter((m) => m.template === 'request-verification')
    const token = /verify\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] ?? ''
    // Nothing changes before the requester confirmed the address.
    expect(await status(OBJECTOR)).toEqual({ direct_marketing: 'given', profiling_personalisation: 'given' })
    expect((await verifyPortalRequest(t.ctx, org, token)).outcome).toBe('verified')
    expect(await status(OBJECTOR)).toEqual({
      direct_marketing: 'withdrawn',
      profiling_personalisation: 'withdrawn',
    })
    const events = await t.ctx.db
      .selectFrom('consent_events')
      .select(['channel', 'method', 'language', 'actor_label'])
      .where('organization_id', '=', org.id)
      .where('state', '=', 'withdrawn')
      .where('channel', '=', 'portal_request')
      .execute()
    expect(events).toEqual([
      { channel: 'portal_request', method: 'request', language: 'fr', actor_label: 'public request portal' },
      { channel: 'portal_request', method: 'request', language: 'fr', actor_label: 'public request portal' },
    ])
    expect(await auditedWithdrawals()).toHaveLength(3)
    expect(await deliveries()).toHaveLength(3)
    const check = await po('POST', `${api()}/suppression/check`, { channel: 'email', email: OBJECTOR })
    expect(check.json()).toMatchObject({ allowed: false, reason: 'objection' })
    // A second verification of the same link changes nothing more.
    await verifyPortalRequest(t.ctx, org, token)
    expect(await auditedWithdrawals()).toHaveLength(3)
  })

  it('the access package holds the consent proof: current choice, every record with its text and hash', async () => {
    const id = await newRequest(['access'])
    const started = await po('POST', `${api()}/requests/${id}/runs`, { action: 'access' })
    expect(started.statusCode, started.body).toBe(202)
    await executeRun(t.ctx, started.json().id)
    const run = (await po('GET', `${api()}/runs/${started.json().id}`)).json()
    expect(run.status, run.error).toBe('completed')
    const pkg = await t.ctx.db
      .selectFrom('answer_packages')
      .selectAll()
      .where('id', '=', run.summary.packageId)
      .executeTakeFirstOrThrow()
    const zip = Buffer.from(
      t.ctx.encryption.decrypt(pkg.content_encrypted as string, `package:${pkg.id}`),
      'base64',
    )
    const files = unzipSync(new Uint8Array(zip))
    const text = (name: string) => Buffer.from(files[name] as Uint8Array).toString('utf8')
    const index = text('index.html')
    expect(index).toContain('<h2 id="consent">Uw toestemmingen</h2>')
    expect(index).toContain('Direct marketing en nieuwsbrieven')
    expect(index).toContain('ingetrokken')
    expect(index).toContain(TEXT)
    const csv = text('csv/consent/records.csv').trim().split(/\r?\n/)
    expect(csv[0]).toBe(
      'seq,occurred_at,purpose,purpose_label,state,channel,method,identity,source,text,text_sha256,hash',
    )
    // The withdrawal first (newest), then the consent given; only this person's records.
    expect(csv).toHaveLength(3)
    expect(csv[1]).toContain(',direct_marketing,Direct marketing en nieuwsbrieven,withdrawn,email,request,')
    expect(csv[2]).toContain(',given,web_form,accept,')
    const data = JSON.parse(text('data.json'))
    expect(data.consent.status).toEqual([
      expect.objectContaining({ purposeKey: 'direct_marketing', state: 'withdrawn' }),
    ])
    expect(JSON.stringify(data.consent)).not.toContain(OBJECTOR.slice(0, 8))
  })
})
