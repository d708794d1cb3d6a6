import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { type ChinookDatabase, loadChinookPostgres } from './support/chinook'
import { createTestContext, type TestContext } from './support/context'
import { createEmptyPostgresDatabase } from './support/database'
import { createMember, createOrg } from './support/factories'
import { type FakeSaas, startFakeSaas } from './support/fake-saas'
import { asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'

const ROOT = resolve(import.meta.dirname, '../..')
const CHINOOK = readFileSync(resolve(ROOT, 'examples/datasets/chinook-postgres.dataset.yaml'), 'utf8')
const SECRET = 'Ultra-S3cret-pa55!word'
const lineIn = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

/** The sample register plus the system and retention rule the Chinook dataset refers to. */
function chinookRegister() {
  const register = sampleRegister('Platenwinkel Chinook')
  return {
    ...register,
    systems: [...(register.systems ?? []), { key: 'chinook_db', name: 'Chinook', type: 'own_database' }],
    retentionRules: [
      ...(register.retentionRules ?? []),
      {
        key: 'accounting_records',
        name: { nl: 'Boekhouding', fr: 'Comptabilité', en: 'Accounting records' },
        duration: { years: 7 },
        trigger: 'invoice_date',
      },
    ],
  }
}

describe('datasets over the API', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let po: ReturnType<typeof asUser>
  let agent: ReturnType<typeof asUser>
  let outsider: ReturnType<typeof asUser>
  let target: { url: string; drop(): Promise<void> }
  /** Every response body of the test, to prove the secret never comes back. */
  const bodies: string[] = []
  const track =
    (call: ReturnType<typeof asUser>): ReturnType<typeof asUser> =>
    async (...args) => {
      const res = await call(...args)
      bodies.push(res.body)
      return res
    }
  const base = () => `/api/v1/orgs/${org.slug}/datasets`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    other = await createOrg(t.ctx, 'Other BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = track(asUser(app, await signIn(app, officer.email, officer.password)))
    const a = await createMember(t.ctx, org, 'agent')
    agent = track(asUser(app, await signIn(app, a.email, a.password)))
    const stranger = await createMember(t.ctx, other, 'owner')
    outsider = track(asUser(app, await signIn(app, stranger.email, stranger.password)))
    const imported = await po(
      'POST',
      `/api/v1/orgs/${org.slug}/register/import`,
      stringify(chinookRegister()),
      {
        'content-type': 'application/yaml',
      },
    )
    expect(imported.statusCode, imported.body).toBe(200)
    target = await createEmptyPostgresDatabase()
  })
  afterAll(async () => {
    await app.close()
    await t.close()
    await target.drop()
  })

  const put = (key: string, source: string) => po('PUT', `${base()}/${key}`, { source })
  const auditActions = async () =>
    (
      await t.ctx.db
        .selectFrom('audit_events')
        .select('action')
        .where('organization_id', '=', org.id)
        .where('target_type', '=', 'dataset')
        .orderBy('seq')
        .execute()
    ).map((e) => e.action)

  it('stores a valid dataset file as version 1, and lists it with its counts', async () => {
    const res = await put('chinook-postgres', CHINOOK)
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      key: 'chinook-postgres',
      system: 'chinook_db',
      connector: 'postgres',
      version: 1,
      changed: true,
      source: CHINOOK,
      // The customer table holds personal data and names no retention rule (issue 16).
      registerProblems: [
        {
          path: 'collections.0',
          severity: 'warning',
          line: expect.any(Number),
          message: expect.stringContaining('names no retention rule'),
        },
      ],
      connection: { options: {}, configured: false, hasSecret: false },
    })
    expect(res.json().document.collections[1].hold).toEqual({
      rule: 'accounting_records',
      dateField: 'invoice_date',
    })
    const list = await agent('GET', base())
    expect(list.statusCode).toBe(200)
    expect(list.json().items).toEqual([
      {
        key: 'chinook-postgres',
        name: 'Chinook music store (PostgreSQL)',
        system: 'chinook_db',
        connector: 'postgres',
        collections: 3,
        fields: 27,
        personalFields: 17,
        version: 1,
        updatedAt: expect.any(String),
        connection: { configured: false, hasSecret: false },
        registerProblems: 1,
      },
    ])
    expect(await auditActions()).toEqual(['dataset.created'])
  })

  it('counts a version per change, not per upload, with an audit event each', async () => {
    const same = await put('chinook-postgres', CHINOOK)
    expect(same.statusCode).toBe(200)
    expect(same.json()).toMatchObject({ version: 1, changed: false })
    const edited = await put(
      'chinook-postgres',
      CHINOOK.replace('name: Chinook music store', 'name: Chinook shop'),
    )
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ version: 2, changed: true, name: 'Chinook shop (PostgreSQL)' })
    expect((await po('GET', `${base()}/chinook-postgres`)).json().version).toBe(2)
    expect(await auditActions()).toEqual(['dataset.created', 'dataset.updated'])
  })

  it('refuses an invalid file with the path and line of every problem, and stores nothing', async () => {
    const bad = CHINOOK.replace('strategy: hash, maxLength: 32', 'strategy: shred').replace(
      'dateField: invoice_date\n    hold',
      'dateField: 42\n    hold',
    )
    const problem = expectProblem(await put('chinook-postgres', bad), 422)
    const line = (needle: string) => bad.split('\n').findIndex((l) => l.includes(needle)) + 1
    expect(problem.errors).toEqual([
      {
        path: 'source.collections.0.fields.11.erasure.strategy',
        line: line('strategy: shred'),
        code: 'invalid_union',
        message: expect.stringContaining("'hash'"),
      },
      {
        path: 'source.collections.1.dateField',
        line: line('dateField: 42'),
        code: 'invalid_type',
        params: { expected: 'string' },
        message: expect.stringContaining('expected string'),
      },
    ])
    const syntax = expectProblem(await put('chinook-postgres', 'key: [x\nname: y\n'), 422)
    expect(syntax.errors?.[0]).toMatchObject({ path: 'source', line: expect.any(Number) })
    expect(expectProblem(await put('fresh', 'key: fresh\n'), 422).errors?.length).toBeGreaterThan(0)
    expect((await po('GET', `${base()}/fresh`)).statusCode).toBe(404)
    expect((await po('GET', `${base()}/chinook-postgres`)).json().version).toBe(2)
  })

  it('refuses a file whose key is not the key in the address', async () => {
    const problem = expectProblem(await put('other-key', CHINOOK), 422)
    expect(problem.errors).toEqual([
      {
        path: 'source.key',
        line: lineIn(CHINOOK, 'key: chinook-postgres'),
        code: 'key_mismatch',
        params: { key: 'chinook-postgres', expected: 'other-key' },
        message: expect.stringContaining('other-key'),
      },
    ])
  })

  it('names each refusal by its own code: invalid file, other key, register mismatch, manual system, unknown dataset', async () => {
    const invalidFile = expectProblem(await put('fresh', 'key: fresh\n'), 422)
    expect(invalidFile.code).toBe('dataset_file_invalid')
    expect(invalidFile.params).toEqual({ problems: invalidFile.errors?.length })

    const otherKey = expectProblem(await put('other-key', CHINOOK), 422)
    expect(otherKey).toMatchObject({
      code: 'dataset_key_mismatch',
      params: { key: 'chinook-postgres', expected: 'other-key' },
      errors: [{ path: 'source.key', code: 'key_mismatch' }],
    })

    const crm = CHINOOK.replace('key: chinook-postgres', 'key: crm').replace(
      'system: chinook_db',
      'system: crm',
    )
    const mismatch = expectProblem(await put('crm', crm), 422)
    expect(mismatch).toMatchObject({
      code: 'dataset_register_mismatch',
      params: { problems: 1 },
      errors: [{ path: 'source.system', code: 'unknown_reference' }],
    })

    const desk = stringify({ key: 'desk', system: 'chinook_db', name: 'Desk', connector: 'manual' })
    expect((await put('desk', desk)).statusCode).toBe(201)
    const manual = expectProblem(await po('POST', `${base()}/desk/connection/check`), 422)
    expect(manual).toMatchObject({
      code: 'connection_not_testable',
      errors: [{ path: 'key', code: 'manual_system' }],
    })
    expect((await po('DELETE', `${base()}/desk`)).statusCode).toBe(204)

    for (const res of [
      await po('GET', `${base()}/nope`),
      await po('DELETE', `${base()}/nope`),
      await po('PUT', `${base()}/nope/connection`, { options: {} }),
      await po('POST', `${base()}/nope/connection/check`),
    ]) {
      expect(expectProblem(res, 404)).toMatchObject({ code: 'not_found', params: { entity: 'dataset' } })
    }
    const discovery = await po('GET', `${base()}/discoveries/00000000-0000-4000-8000-000000000000`)
    expect(expectProblem(discovery, 404)).toMatchObject({ params: { entity: 'discovery' } })
  })

  it('refuses a system the register lacks, and returns category warnings with the saved dataset', async () => {
    const unknownSystem = CHINOOK.replace('key: chinook-postgres', 'key: crm').replace(
      'system: chinook_db',
      'system: crm',
    )
    const problem = expectProblem(await put('crm', unknownSystem), 422)
    expect(problem.errors).toEqual([
      {
        path: 'source.system',
        line: lineIn(unknownSystem, 'system: crm'),
        code: 'unknown_reference',
        message: expect.stringContaining('no system "crm"'),
      },
    ])
    const warned = unknownSystem
      .replace('system: crm', 'system: chinook_db')
      .replace('category: professional_data', 'category: shoe_sizes')
    const saved = await put('crm', warned)
    expect(saved.statusCode, saved.body).toBe(201)
    expect(saved.json().registerProblems).toEqual([
      expect.objectContaining({ path: 'collections.0', severity: 'warning' }),
      {
        path: 'collections.0.fields.3.category',
        severity: 'warning',
        line: warned.split('\n').findIndex((l) => l.includes('shoe_sizes')) + 1,
        message: expect.stringContaining('shoe_sizes'),
      },
    ])
    const list = (await po('GET', base())).json().items
    expect(list.map((d: { key: string; registerProblems: number }) => [d.key, d.registerProblems])).toEqual([
      ['chinook-postgres', 1],
      ['crm', 2],
    ])
    expect((await po('DELETE', `${base()}/crm`)).statusCode).toBe(204)
    expect((await po('GET', `${base()}/crm`)).statusCode).toBe(404)
    expectProblem(await po('DELETE', `${base()}/crm`), 404)
    expect((await auditActions()).slice(-2)).toEqual(['dataset.created', 'dataset.deleted'])
  })

  it('stores the connection with the password taken out of the URL, encrypted, and never shows it', async () => {
    const url = new URL(target.url)
    url.password = SECRET
    const res = await po('PUT', `${base()}/chinook-postgres/connection`, { options: { url: url.toString() } })
    expect(res.statusCode, res.body).toBe(200)
    url.password = ''
    expect(res.json().connection).toEqual({
      options: { url: url.toString() },
      configured: true,
      hasSecret: true,
    })
    const row = await t.ctx.db
      .selectFrom('datasets')
      .select(['id', 'secret_encrypted', 'connection_options'])
      .where('organization_id', '=', org.id)
      .where('key', '=', 'chinook-postgres')
      .executeTakeFirstOrThrow()
    expect(row.secret_encrypted).not.toContain(SECRET)
    expect(JSON.stringify(row.connection_options)).not.toContain(SECRET)
    expect(t.ctx.encryption.decrypt(row.secret_encrypted ?? '', `dataset:${row.id}`)).toBe(SECRET)
    expect(() => t.ctx.encryption.decrypt(row.secret_encrypted ?? '', 'dataset:another')).toThrow()

    const kept = await po('PUT', `${base()}/chinook-postgres/connection`, {
      options: { url: url.toString() },
    })
    expect(kept.json().connection.hasSecret).toBe(true)
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'dataset.connection_updated')
      .orderBy('seq')
      .execute()
    expect(audit.map((a) => a.summary.secret)).toEqual(['replaced', 'kept'])
    for (const path of ['', '/chinook-postgres']) {
      const body = (await agent('GET', `${base()}${path}`)).body
      expect(body).toContain('hasSecret')
    }
  })

  it('checks the connection against the real PostgreSQL and keeps the result', async () => {
    const check = await po('POST', `${base()}/chinook-postgres/connection/check`)
    expect(check.statusCode, check.body).toBe(200)
    expect(check.json()).toEqual({
      ok: true,
      message: expect.stringMatching(/PostgreSQL/),
      at: expect.any(String),
    })
    const detail = (await po('GET', `${base()}/chinook-postgres`)).json()
    expect(detail.connection.lastCheck).toEqual(check.json())
  })

  it('reports a failed check without the secret (unknown user with a password; the test server trusts local users)', async () => {
    const db = new URL(target.url).pathname.slice(1)
    const set = await po('PUT', `${base()}/chinook-postgres/connection`, {
      options: { host: '127.0.0.1', port: 5432, database: db, user: 'custos_no_such_user' },
      secret: SECRET,
    })
    expect(set.json().connection).toMatchObject({ hasSecret: true })
    expect(set.json().connection.lastCheck).toBeUndefined()
    const check = await po('POST', `${base()}/chinook-postgres/connection/check`)
    // Neutral: the role name and the server's reason stay in the server log, under the reference.
    const problem = { code: 'connector.connection-failed', reference: expect.stringMatching(/^[0-9a-f]{8}$/) }
    expect(check.json()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The connection failed\./),
      problem,
    })
    expect(check.body).not.toContain('custos_no_such_user')
    const list = (await po('GET', base())).json().items[0]
    expect(list.connection.lastCheck).toMatchObject({ ok: false, problem: check.json().problem })
  })

  it('reports a wrong password on MariaDB as a failed check without the password', async () => {
    const mysqlSource = CHINOOK.replace('key: chinook-postgres', 'key: shop-mysql')
      .replace('connector: postgres', 'connector: mysql')
      .replaceAll('    schema: public\n', '')
    expect((await put('shop-mysql', mysqlSource)).statusCode).toBe(201)
    const options = { host: '127.0.0.1', port: 3306, database: 'mysql', user: 'root' }
    await po('PUT', `${base()}/shop-mysql/connection`, { options, secret: SECRET })
    const wrong = await po('POST', `${base()}/shop-mysql/connection/check`)
    expect(wrong.json()).toMatchObject({ ok: false, problem: { code: 'connector.connection-failed' } })
    expect(wrong.body).not.toMatch(/denied|root/i)
    const cleared = await po('PUT', `${base()}/shop-mysql/connection`, { options, secret: '' })
    expect(cleared.json().connection.hasSecret).toBe(false)
    const right = await po('POST', `${base()}/shop-mysql/connection/check`)
    expect(right.json(), right.body).toMatchObject({ ok: true })
    const [row] = await t.ctx.db
      .selectFrom('datasets')
      .select('secret_encrypted')
      .where('organization_id', '=', org.id)
      .where('key', '=', 'shop-mysql')
      .execute()
    expect(row?.secret_encrypted).toBeNull()
  })

  it('refuses connection options that do not fit the connector, naming the field', async () => {
    const noHost = expectProblem(
      await po('PUT', `${base()}/chinook-postgres/connection`, { options: { database: 'x' } }),
      422,
    )
    expect(noHost.errors).toEqual([
      { path: 'body.options.host', code: 'connection_incomplete', message: expect.any(String) },
    ])
    const wrongScheme = expectProblem(
      await po('PUT', `${base()}/chinook-postgres/connection`, { options: { url: 'mysql://h/db' } }),
      422,
    )
    expect(wrongScheme.errors?.[0]?.path).toBe('body.options.url')
    expectProblem(await po('PUT', `${base()}/chinook-postgres/connection`, { options: { colour: 'x' } }), 400)
  })

  it('keeps organisations apart (404) and lets agents read but not write (403)', async () => {
    const foreign = (path: string) => `/api/v1/orgs/${other.slug}/datasets${path}`
    expectProblem(await outsider('GET', `${base()}/chinook-postgres`), 404)
    expectProblem(await outsider('PUT', `${base()}/chinook-postgres`, { source: CHINOOK }), 404)
    expect((await outsider('GET', foreign(''))).json().items).toEqual([])
    expectProblem(await outsider('GET', foreign('/chinook-postgres')), 404)
    expectProblem(await outsider('POST', foreign('/chinook-postgres/connection/check')), 404)
    expectProblem(await outsider('DELETE', foreign('/chinook-postgres')), 404)

    expect((await agent('GET', `${base()}/chinook-postgres`)).statusCode).toBe(200)
    const writes: [string, string, unknown][] = [
      ['PUT', '/chinook-postgres', { source: CHINOOK }],
      ['DELETE', '/chinook-postgres', undefined],
      ['PUT', '/chinook-postgres/connection', { options: { host: 'h', database: 'd' } }],
      ['POST', '/chinook-postgres/connection/check', undefined],
    ]
    for (const [method, path, body] of writes) {
      const res: LightMyRequestResponse = await agent(method as 'PUT', `${base()}${path}`, body)
      expectProblem(res, 403)
    }
    expect((await po('GET', `${base()}/chinook-postgres`)).statusCode).toBe(200)
  })

  describe('http datasets', () => {
    let saas: FakeSaas
    beforeAll(async () => {
      saas = await startFakeSaas()
    })
    afterAll(async () => {
      await saas.close()
    })

    it('checks an API with the stored token; a wrong token fails without being shown (the API echoes it)', async () => {
      const source = stringify({
        key: 'saas-crm',
        system: 'cloudbooks-app',
        name: 'CRM in the cloud',
        connector: 'http',
        http: { baseUrl: saas.url, auth: 'bearer' },
        collections: [
          {
            name: 'contacts',
            primaryKey: ['id'],
            http: { read: { path: '/v1/contacts', query: { email: '{email}' }, itemsPath: 'data' } },
            fields: [{ name: 'id' }, { name: 'email', category: 'contact_details', identity: 'email' }],
          },
        ],
      })
      expect((await put('saas-crm', source)).json().connection).toEqual({
        options: {},
        configured: false,
        hasSecret: false,
      })
      const token = saas.credentials.bearer
      const set = await po('PUT', `${base()}/saas-crm/connection`, { options: {}, secret: token })
      expect(set.json().connection).toEqual({ options: {}, configured: true, hasSecret: true })
      const ok = await po('POST', `${base()}/saas-crm/connection/check`)
      expect(ok.json(), ok.body).toMatchObject({ ok: true })

      const wrong = 'tok-wrong-0123456789'
      await po('PUT', `${base()}/saas-crm/connection`, { options: {}, secret: wrong })
      const failed = await po('POST', `${base()}/saas-crm/connection/check`)
      expect(failed.json()).toMatchObject({ ok: false, message: expect.stringMatching(/401/) })
      expect(saas.calls.some((c) => c.status === 401)).toBe(true)
      for (const body of [set.body, ok.body, failed.body, (await po('GET', `${base()}/saas-crm`)).body]) {
        expect(body).not.toContain(token)
        expect(body).not.toContain(wrong)
      }
      expectProblem(
        await po('PUT', `${base()}/saas-crm/connection`, { options: { host: 'crm.example.be' } }),
        422,
      )
    })
  })

  describe('discovery', () => {
    let chinook: ChinookDatabase
    beforeAll(async () => {
      chinook = await loadChinookPostgres()
    })
    afterAll(async () => {
      await chinook.drop()
    })

    it('proposes a dataset from a real database without storing anything, and the proposal can be saved', async () => {
      const url = new URL(chinook.url)
      url.password = SECRET
      const before = (await po('GET', base())).json().items.length
      const res = await po('POST', `${base()}/discover`, {
        connector: 'postgres',
        options: { url: url.toString() },
        key: 'chinook-found',
        system: 'chinook_db',
      })
      expect(res.statusCode, res.body).toBe(200)
      const { source, document, suggestions, references } = res.json()
      expect(document).toMatchObject({ key: 'chinook-found', system: 'chinook_db', connector: 'postgres' })
      expect(references).toContainEqual(
        expect.objectContaining({
          collection: 'invoice',
          field: 'customer_id',
          direction: 'from',
          flagged: false,
          reason: { code: 'belongs', person: 'customer' },
        }),
      )
      expect(document.collections.map((c: { name: string }) => c.name)).toContain('customer')
      expect(suggestions).toContainEqual(
        expect.objectContaining({ collection: 'customer', field: 'email', identity: 'email' }),
      )
      expect(source).toMatch(/^key: chinook-found$/m)
      expect((await po('GET', base())).json().items.length).toBe(before)
      const saved = await put('chinook-found', source)
      expect(saved.statusCode, saved.body).toBe(201)
      expect(saved.json().document.collections).toEqual(document.collections)
    })

    it('answers 422 naming the options when it cannot connect, and 403 to agents', async () => {
      const body = {
        connector: 'postgres',
        options: { url: `postgres://someone:${encodeURIComponent(SECRET)}@127.0.0.1:1/db` },
        key: 'nowhere',
        system: 'chinook_db',
      }
      const problem = expectProblem(await po('POST', `${base()}/discover`, body), 422)
      expect(problem.errors).toEqual([
        {
          path: 'body.options',
          code: 'connector.connection-failed',
          message: expect.stringMatching(/^The connection failed\./),
        },
      ])
      expectProblem(await agent('POST', `${base()}/discover`, body), 403)
      expectProblem(await po('POST', `${base()}/discover`, { ...body, connector: 'http' }), 400)
    })
  })

  it('never returned the secret in any response of this file', () => {
    expect(bodies.length).toBeGreaterThan(40)
    for (const body of bodies) expect(body).not.toContain(SECRET)
  })
})
