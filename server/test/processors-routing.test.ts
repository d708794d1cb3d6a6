import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sendOutboxMessage } from '../src/mail/smtp-sender'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, expectProblem, signIn } from './support/http'
import { storedMail } from './support/outbox'
import { sampleRegister } from './support/register'
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp'

/**
 * Issue 20 item 2: a request or breach about a client's data, when the organisation is its processor, goes to that
 * client - its contact for requests or breaches, in its language - and the subject is told the controller answers.
 */
describe('processors: requests and breaches routed to the client (Art. 28(3)(e) and (f))', () => {
  let t: TestContext
  let smtp: TestSmtpServer
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let owner: ReturnType<typeof asUser>
  let bakery: string
  let butcher: string
  let foreign: string
  const base = () => `/api/v1/orgs/${org.slug}`
  const deliverAll = async () => {
    const pending = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'pending')
      .execute()
    for (const { id } of pending) expect(await sendOutboxMessage(t.ctx, id)).toBe('sent')
  }
  const received = (to: string) => smtp.received.filter((m) => m.to.includes(to))
  const createRequest = async (language: 'nl' | 'fr' | 'en', details: string) => {
    const res = await po('POST', `${base()}/requests`, {
      channel: 'email',
      receivedAt: addDays(toBrusselsDate(new Date()), -1),
      subject: { name: 'Marie Dupont', email: `marie-${language}@example.be` },
      types: ['access'],
      language,
      details,
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json()
  }

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    t = await createTestContext({ smtpUrl: smtp.url })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Loonbureau Peeters BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const ownerMember = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, ownerMember.email, ownerMember.password))
    const register = sampleRegister('Loonbureau Peeters BV')
    register.systems = [
      ...(register.systems ?? []),
      { key: 'payroll-engine', name: 'Loonmotor', type: 'own_database' },
      { key: 'call-platform', name: 'Belplatform', type: 'saas' },
    ]
    register.activities = [
      ...(register.activities ?? []),
      {
        key: 'payroll-for-clients',
        name: {
          nl: 'Loonverwerking voor klanten',
          fr: 'Calcul des salaires pour les clients',
          en: 'Payroll for clients',
        },
        role: 'processor',
        status: 'active',
        systems: ['payroll-engine'],
      },
      {
        key: 'calls-for-clients',
        name: {
          nl: 'Callcenter voor klanten',
          fr: 'Centre d’appels pour les clients',
          en: 'Call centre for clients',
        },
        role: 'processor',
        status: 'active',
        systems: ['call-platform'],
      },
    ]
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(register), {
      mode: 'merge',
      dryRun: false,
    })
    const client = async (o: Organization, body: Record<string, unknown>) => {
      const res = await (o === org ? po : other)('POST', `/api/v1/orgs/${o.slug}/processors/clients`, body)
      expect(res.statusCode, res.body).toBe(201)
      return res.json().id as string
    }
    const otherOrg = await createOrg(t.ctx, 'Andere BV')
    const otherOfficer = await createMember(t.ctx, otherOrg, 'privacy_officer')
    const other = asUser(app, await signIn(app, otherOfficer.email, otherOfficer.password))
    bakery = await client(org, {
      name: 'Bakkerij Retail NV',
      language: 'nl',
      contacts: {
        email: 'info@bakkerij.be',
        requestsEmail: 'privacy@bakkerij.be',
        breachesEmail: 'security@bakkerij.be',
      },
      activityKeys: ['payroll-for-clients'],
    })
    butcher = await client(org, {
      name: 'Boucherie Sud SRL',
      language: 'fr',
      contacts: { email: 'info@boucherie-sud.be' },
      activityKeys: ['calls-for-clients'],
    })
    foreign = await client(otherOrg, {
      name: 'Vreemde Klant NV',
      language: 'en',
      contacts: { email: 'x@vreemd.be' },
    })
  })
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await smtp?.close()
  })

  it('forwards a request to the client it names, in the client’s language; the subject hears the controller answers', async () => {
    const request = await createRequest(
      'fr',
      'J’ai travaillé pour une boulangerie; que garde le Loonmotor sur moi ?',
    )
    const detail = (await po('GET', `${base()}/requests/${request.id}`)).json()
    const choices = Object.fromEntries(
      detail.processorClients.map((c: { id: string; suggestedBecause: unknown[] }) => [
        c.id,
        c.suggestedBecause,
      ]),
    )
    expect(choices[bakery]).toEqual([{ kind: 'system', key: 'payroll-engine', name: 'Loonmotor' }])
    expect(choices[butcher]).toEqual([])
    expect(choices[foreign]).toBeUndefined()

    const action = `${base()}/requests/${request.id}/actions/forward_to_controller`
    const elsewhere = expectProblem(await po('POST', action, { clientId: foreign }), 422)
    expect(elsewhere.errors?.[0]?.path).toBe('body.clientId')
    expectProblem(await po('POST', action, { clientId: bakery, activityKey: 'calls-for-clients' }), 422)

    const res = await po('POST', action, { clientId: bakery })
    expect(res.statusCode, res.body).toBe(200)
    const forwarded = res.json()
    expect(forwarded.status).toBe('forwarded_to_controller')
    expect(forwarded.forwarding).toMatchObject({
      controller: { name: 'Bakkerij Retail NV' },
      activityKey: 'payroll-for-clients',
    })
    // The client's internal address is not handed to the subject.
    expect(forwarded.forwarding.controller.contact).toBeUndefined()
    const record = forwarded.events.find((e: { kind: string }) => e.kind === 'request.forwarding_sent')
    expect(record.data).toMatchObject({
      to: 'privacy@bakkerij.be',
      language: 'nl',
      clientId: bakery,
      clientStatus: 'active',
      controller: 'Bakkerij Retail NV',
    })
    const letter = forwarded.letters.find((l: { kind: string }) => l.kind === 'forwarded')
    await deliverAll()

    const [toClient] = received('privacy@bakkerij.be')
    expect(toClient?.subject).toContain(`Doorgestuurd privacyverzoek (ref. ${request.reference})`)
    const clientMail = await storedMail(t.ctx, record.data.outboxId)
    expect(clientMail.text_body).toContain('Als verwerkingsverantwoordelijke beantwoordt u het verzoek')
    expect(clientMail.text_body).toContain('Verwerking: Loonverwerking voor klanten')
    expect(clientMail.text_body).toContain('Marie Dupont')

    const [toSubject] = received('marie-fr@example.be').filter((m) => m.subject.includes('transmission'))
    expect(toSubject?.subject).toContain('transmission au responsable du traitement')
    const subjectMail = await storedMail(t.ctx, letter.outboxId)
    expect(subjectMail.text_body).toContain(
      'Bakkerij Retail NV est le responsable du traitement et statue sur votre demande',
    )
    expect(subjectMail.text_body).toContain('Nous avons dès lors transmis votre demande à Bakkerij Retail NV')
    expect(subjectMail.text_body).not.toContain('privacy@bakkerij.be')
    expect(received('info@bakkerij.be')).toHaveLength(0)
  })

  it('a client without an address for requests gets it at its general contact, in French', async () => {
    const request = await createRequest('en', 'Please tell me what your call centre recorded.')
    const res = await po('POST', `${base()}/requests/${request.id}/actions/forward_to_controller`, {
      clientId: butcher,
    })
    expect(res.statusCode, res.body).toBe(200)
    await deliverAll()
    const [mail] = received('info@boucherie-sud.be')
    expect(mail?.subject).toContain('Demande d’une personne concernée transmise')
  })

  it('a processor’s breach names a client of the page: its contact for breaches and language are used, once', async () => {
    const choices = (await po('GET', `${base()}/breaches/client-choices`)).json().items
    expect(choices.map((c: { name: string; systemKeys: string[] }) => [c.name, c.systemKeys])).toEqual([
      ['Bakkerij Retail NV', ['payroll-engine']],
      ['Boucherie Sud SRL', ['call-platform']],
    ])
    const facts = {
      title: 'Payroll export sent to the wrong address',
      role: 'processor',
      discoveredAt: '2026-01-09T21:00:00+01:00',
      awareAt: '2026-01-09T23:30:00+01:00',
      description: 'A payroll export of one client was e-mailed to another company.',
      nature: ['confidentiality'],
      origin: 'wrong_recipient',
      cause: 'internal_accidental',
      systems: ['payroll-engine'],
      encrypted: false,
    }
    const refused = expectProblem(
      await po('POST', `${base()}/breaches`, { ...facts, controllers: [{ clientId: foreign, name: 'X' }] }),
      422,
    )
    expect(refused.errors?.[0]?.path).toBe('body.controllers.0.clientId')
    const created = await po('POST', `${base()}/breaches`, {
      ...facts,
      controllers: [{ clientId: bakery, name: 'Bakkerij' }],
    })
    expect(created.statusCode, created.body).toBe(201)
    const breach = created.json()
    expect(breach.facts.controllers).toEqual([
      { clientId: bakery, name: 'Bakkerij Retail NV', email: 'security@bakkerij.be', language: 'nl' },
    ])
    const sent = await po('POST', `${base()}/breaches/${breach.id}/controller-notices`, {
      delayReason: 'The export was only found in the audit log days later.',
    })
    expect(sent.statusCode, sent.body).toBe(202)
    expect(sent.json().sent).toEqual([
      { name: 'Bakkerij Retail NV', email: 'security@bakkerij.be', language: 'nl' },
    ])
    await deliverAll()
    const [notice] = received('security@bakkerij.be')
    expect(notice?.subject).toContain('Inbreuk in verband met persoonsgegevens die')
    const timeline = (await po('GET', `${base()}/breaches/${breach.id}`)).json().timeline
    expect(timeline.map((e: { kind: string }) => e.kind)).toContain('controller_notices_sent')
  })
  const breachFacts = {
    title: 'Timesheets readable by another client',
    role: 'processor',
    discoveredAt: '2026-02-02T10:00:00+01:00',
    awareAt: '2026-02-02T11:00:00+01:00',
    description: 'A shared folder was readable by another client.',
    nature: ['confidentiality'],
    origin: 'wrong_recipient',
    cause: 'internal_accidental',
    systems: ['payroll-engine'],
    encrypted: false,
  }

  it('a token with breach scopes but not processors:read reads no client contact and names no new client', async () => {
    const created = await owner('POST', `${base()}/api-tokens`, {
      name: 'breach tool',
      scopes: ['breaches:read', 'breaches:write'],
    })
    expect(created.statusCode, created.body).toBe(201)
    const token = asToken(app, created.json().secret)
    const choices = await token('GET', `${base()}/breaches/client-choices`)
    expect(choices.statusCode, choices.body).toBe(200)
    expect(choices.json().items.map((c: { breachesEmail: unknown }) => c.breachesEmail)).toEqual([null, null])
    expectProblem(
      await token('POST', `${base()}/breaches`, {
        ...breachFacts,
        controllers: [{ clientId: bakery, name: 'Bakkerij' }],
      }),
      403,
    )
    const breach = await po('POST', `${base()}/breaches`, {
      ...breachFacts,
      controllers: [{ clientId: bakery, name: 'Bakkerij' }],
    })
    expect(breach.statusCode, breach.body).toBe(201)
    const recorded = breach.json().facts.controllers
    const edited = await token('PATCH', `${base()}/breaches/${breach.json().id}`, {
      description: 'A shared folder was readable by another client for two days.',
    })
    expect(edited.statusCode, edited.body).toBe(200)
    expect(edited.json().facts.controllers).toEqual(recorded)
  })

  it('a breach naming a client since deleted can still be changed; the controller stays as recorded', async () => {
    const created = await po('POST', `${base()}/processors/clients`, {
      name: 'Tijdelijke Klant BV',
      language: 'nl',
      contacts: { email: 'info@tijdelijk.be', breachesEmail: 'lek@tijdelijk.be' },
      activityKeys: ['payroll-for-clients'],
    })
    expect(created.statusCode, created.body).toBe(201)
    const client = created.json().id as string
    const breach = await po('POST', `${base()}/breaches`, {
      ...breachFacts,
      controllers: [{ clientId: client, name: 'Tijdelijk' }],
    })
    expect(breach.statusCode, breach.body).toBe(201)
    const recorded = [
      { clientId: client, name: 'Tijdelijke Klant BV', email: 'lek@tijdelijk.be', language: 'nl' },
    ]
    expect(breach.json().facts.controllers).toEqual(recorded)
    const deleted = await po('DELETE', `${base()}/processors/clients/${client}`)
    expect(deleted.statusCode, deleted.body).toBeLessThan(300)
    const edited = await po('PATCH', `${base()}/breaches/${breach.json().id}`, {
      description: 'A shared folder was readable by another client (typo fixed).',
    })
    expect(edited.statusCode, edited.body).toBe(200)
    expect(edited.json().facts.controllers).toEqual(recorded)
    const named = expectProblem(
      await po('POST', `${base()}/breaches`, {
        ...breachFacts,
        controllers: [{ clientId: client, name: 'X' }],
      }),
      422,
    )
    expect(named.errors?.[0]?.path).toBe('body.controllers.0.clientId')
  })

  it('names the activity of a client with several, and records that the client’s contract had ended', async () => {
    const created = await po('POST', `${base()}/processors/clients`, {
      name: 'Garage Dubbel BV',
      language: 'nl',
      contacts: { email: 'privacy@garage-dubbel.be' },
      activityKeys: ['payroll-for-clients', 'calls-for-clients'],
    })
    expect(created.statusCode, created.body).toBe(201)
    const garage = created.json().id as string
    await t.ctx.db
      .updateTable('processor_clients')
      .set({ status: 'ended' })
      .where('id', '=', garage)
      .execute()
    const request = await createRequest('en', 'What did your call centre note about me?')
    const detail = (await po('GET', `${base()}/requests/${request.id}`)).json()
    const offered = detail.processorClients.find((c: { id: string }) => c.id === garage)
    // The form offers the client's activities by name (in the language the detail is read in).
    expect(offered).toMatchObject({
      status: 'ended',
      activities: [
        { key: 'payroll-for-clients', name: 'Loonverwerking voor klanten' },
        { key: 'calls-for-clients', name: 'Callcenter voor klanten' },
      ],
    })
    const res = await po('POST', `${base()}/requests/${request.id}/actions/forward_to_controller`, {
      clientId: garage,
      activityKey: 'calls-for-clients',
    })
    expect(res.statusCode, res.body).toBe(200)
    const forwarded = res.json()
    expect(forwarded.forwarding).toMatchObject({
      controller: { name: 'Garage Dubbel BV' },
      activityKey: 'calls-for-clients',
    })
    const record = forwarded.events.find((e: { kind: string }) => e.kind === 'request.forwarding_sent')
    expect(record.data).toMatchObject({
      clientId: garage,
      clientStatus: 'ended',
      activityKey: 'calls-for-clients',
      to: 'privacy@garage-dubbel.be',
    })
  })
})
