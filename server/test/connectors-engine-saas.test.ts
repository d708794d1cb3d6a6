import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { type FakeSaas, startFakeSaas } from './support/fake-saas'
import { asUser, signIn } from './support/http'
import { sampleRegister } from './support/register'

type Call = ReturnType<typeof asUser>
const EMAIL = 'an.claes@example.be'

/**
 * The engine on a SaaS tool and a manual system, through the API: a CRM reached over HTTP (a fake SaaS API started
 * by the test - the real SaaS is on the internet) and a Dropbox folder described as a manual system.
 */
describe('connector engine on a SaaS API (fake, the real SaaS is on the internet) and a manual system', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: Call
  let saas: FakeSaas

  const newRequest = async (types: string[]) => {
    const res = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'An Claes', email: EMAIL },
      types,
      language: 'fr',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json().id as string
  }
  const run = async (requestId: string, body: Record<string, unknown>) => {
    const res = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`, body)
    expect(res.statusCode, res.body).toBe(202)
    await executeRun(t.ctx, res.json().id)
    return (await po('GET', `/api/v1/orgs/${org.slug}/runs/${res.json().id}`)).json()
  }
  const tasksOf = async (requestId: string) =>
    (await po('GET', `/api/v1/orgs/${org.slug}/requests/${requestId}`)).json().tasks as {
      systemKey: string | null
      title: string
      status: string
    }[]

  beforeAll(async () => {
    saas = await startFakeSaas({ pageSize: 2 })
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Claes Consult BV')
    const base = sampleRegister('Claes Consult BV')
    const register = registerDocumentSchema.parse({
      ...base,
      activities: (base.activities ?? []).map((a) => ({ ...a, systems: ['crm', 'dropbox'] })),
      systems: [
        ...(base.systems ?? []),
        { key: 'crm', name: 'Klantenbeheer', type: 'saas' },
        { key: 'dropbox', name: 'Dropbox', type: 'file_storage' },
      ],
    })
    await importRegister(t.ctx, systemActor('test'), org, register, { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))

    const crm = {
      key: 'crm',
      system: 'crm',
      name: 'Klantenbeheer',
      connector: 'http',
      http: { baseUrl: saas.url, auth: 'bearer', pagination: { type: 'page', size: 2 } },
      collections: [
        {
          name: 'contacts',
          primaryKey: ['id'],
          erasure: 'delete',
          fields: [
            { name: 'id' },
            { name: 'email', identity: 'email', category: 'contact_details', provided: true },
            { name: 'first_name', category: 'identification', provided: true },
            { name: 'city', path: 'address.city', category: 'contact_details' },
          ],
          http: {
            read: { path: '/v1/contacts', query: { email: '{email}' }, itemsPath: 'data' },
            update: { path: '/v1/contacts/{id}' },
            erase: { path: '/v1/contacts/{id}' },
          },
        },
      ],
    }
    const dropbox = {
      key: 'dropbox',
      system: 'dropbox',
      name: 'Dropbox',
      connector: 'manual',
      instructions: 'Zoek de map van de klant in Dropbox/Klanten en verwijder of exporteer ze.',
    }
    for (const doc of [crm, dropbox]) {
      const saved = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/${doc.key}`, {
        source: stringify(doc),
      })
      expect(saved.statusCode, saved.body).toBeLessThan(300)
    }
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/crm/connection`, {
      options: {},
      secret: saas.credentials.bearer,
    })
    expect(connection.statusCode, connection.body).toBe(200)
    saas.seedContacts([
      { email: EMAIL, first_name: 'An', address: { city: 'Liège', street: 'Rue Haute 1' } },
      { email: 'other@example.be', first_name: 'Bert', address: { city: 'Gent', street: null } },
    ])
  }, 60_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await saas?.close()
  })

  it('access: the contact from the API is in the package, and the manual system became a task', async () => {
    const requestId = await newRequest(['access'])
    const started = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/actions/start`, {})
    expect(started.statusCode, started.body).toBe(200)
    const byKey = async () =>
      Object.fromEntries((await tasksOf(requestId)).map((task) => [task.systemKey, task.status]))
    expect(await byKey()).toEqual({ crm: 'open', dropbox: 'open' })
    const view = await run(requestId, { action: 'access' })
    expect(view.status, view.error).toBe('completed')
    expect(view.steps.map((s: { dataset: string; status: string }) => [s.dataset, s.status])).toEqual([
      ['crm', 'done'],
      ['dropbox', 'manual'],
    ])
    const pkg = await t.ctx.db
      .selectFrom('answer_packages')
      .selectAll()
      .where('id', '=', view.summary.packageId)
      .executeTakeFirstOrThrow()
    const zip = Buffer.from(
      t.ctx.encryption.decrypt(pkg.content_encrypted as string, `package:${pkg.id}`),
      'base64',
    )
    const data = Buffer.from(unzipSync(new Uint8Array(zip))['data.json'] as Uint8Array).toString('utf8')
    expect(data).toContain('Liège')
    expect(data).not.toContain('other@example.be')
    // The connector did the CRM's checklist task; Dropbox stays for an agent (no second task for it).
    expect(await byKey()).toEqual({ crm: 'done', dropbox: 'open' })
    expect(await tasksOf(requestId)).toHaveLength(2)
  })

  it('restriction without a flag field becomes a task for an agent, in the subject language', async () => {
    const requestId = await newRequest(['restriction'])
    const view = await run(requestId, { action: 'restriction' })
    expect(view.status, view.error).toBe('completed')
    expect(view.steps[0].result.manual).toEqual(['contacts'])
    const titles = (await tasksOf(requestId)).map((task) => task.title)
    expect(titles).toContain(
      "Limiter le traitement dans crm (contacts) : ce système n'a pas d'indicateur de limitation",
    )
  })

  it('erasure deletes the contact through the API and leaves the other one', async () => {
    const requestId = await newRequest(['erasure'])
    const dry = await run(requestId, { action: 'erasure', dryRun: true })
    expect(dry.steps[0].result.changes[0]).toMatchObject({ collection: 'contacts', toDelete: 1 })
    expect(saas.contacts.size).toBe(2)
    const view = await run(requestId, { action: 'erasure' })
    expect(view.status, view.error).toBe('completed')
    expect(view.steps[0].result.changes[0]).toMatchObject({ deleted: 1 })
    expect([...saas.contacts.values()].map((c) => c.email)).toEqual(['other@example.be'])
  })
})
