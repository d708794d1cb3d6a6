import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ConnectionSettings, Driver } from '../src/connectors/driver'
import { openHttpDriver } from '../src/connectors/http/http-driver'
import {
  type DatasetCollection,
  type DatasetDocument,
  datasetDocumentSchema,
} from '../src/domain/datasets/schema'
import { testConnectorGuard } from './support/connector-guard'
import { type FakeSaas, startFakeSaas } from './support/fake-saas'

// The HTTP connector needs no Custos database: this file runs (quickly) in both db projects.

let saas: FakeSaas
let driver: Driver | undefined

beforeEach(async () => {
  saas = await startFakeSaas({ apiKeyHeader: 'X-Crm-Key', pageSize: 2 })
})
afterEach(async () => {
  await driver?.close()
  driver = undefined
  await saas.close()
})

const contactFields = [
  { name: 'id' },
  { name: 'email', identity: 'email', category: 'contact_details' },
  { name: 'first_name', category: 'identification' },
  { name: 'phone', identity: 'phone', category: 'contact_details' },
  { name: 'city', path: 'address.city', category: 'contact_details' },
]

/** The CRM described as a dataset file would describe it; `http` and `contacts` override the defaults. */
function crm(http: Record<string, unknown>, contacts: Record<string, unknown> = {}): DatasetDocument {
  return datasetDocumentSchema.parse({
    key: 'crm',
    system: 'crm',
    name: 'Fake CRM',
    connector: 'http',
    http: { baseUrl: saas.url, ...http },
    collections: [
      {
        name: 'contacts',
        primaryKey: ['id'],
        fields: contactFields,
        http: {
          read: { path: '/v1/contacts', query: { email: '{email}' }, itemsPath: 'data' },
          update: { method: 'PATCH', path: '/v1/contacts/{id}' },
          erase: { method: 'DELETE', path: '/v1/contacts/{id}' },
        },
        ...contacts,
      },
      {
        name: 'notes',
        primaryKey: ['id'],
        fields: [
          { name: 'id' },
          { name: 'contact_id', references: { collection: 'contacts', field: 'id' } },
          { name: 'text', category: 'correspondence' },
        ],
        http: { read: { path: '/v1/notes', query: { contact_id: '{contact_id}' }, itemsPath: 'items' } },
      },
    ],
  })
}

const collection = (dataset: DatasetDocument, name: string) =>
  dataset.collections.find((c) => c.name === name) as DatasetCollection
const settings = (secret?: string): ConnectionSettings => ({
  kind: 'http',
  options: {},
  guard: testConnectorGuard(),
  ...(secret ? { secret } : {}),
})
const pagePagination = { type: 'page', size: 2 }

/** A clock whose time only moves when the driver sleeps; it records the waits instead of waiting. */
function virtualClock() {
  let now = Date.now()
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    },
  }
}

describe('HTTP connector against a fake SaaS API (the real SaaS is on the internet)', () => {
  it('API key auth in a custom header, page pagination followed to the last page, rows by field path', async () => {
    saas.seedContacts([
      { email: 'gezin@example.be', first_name: 'An', address: { city: 'Gent', street: 'Veldstraat 1' } },
      { email: 'Gezin@Example.be', first_name: 'Bart', address: { city: 'Gent', street: 'Veldstraat 1' } },
      {
        email: 'gezin@example.be',
        first_name: 'Cis',
        phone: '+32470123456',
        address: { city: null, street: null },
      },
      { email: 'other@example.be', first_name: 'Dirk' },
    ])
    const dataset = crm({ auth: 'api_key', apiKeyHeader: 'X-Crm-Key', pagination: pagePagination })
    driver = openHttpDriver(dataset, settings(saas.credentials.apiKey))
    const rows = await driver.select(collection(dataset, 'contacts'), [
      { field: 'email', values: ['gezin@example.be'] },
    ])
    expect(rows.map((r) => r.first_name)).toEqual(['An', 'Bart', 'Cis'])
    expect(rows[0]).toEqual({ id: 1, email: 'gezin@example.be', first_name: 'An', phone: null, city: 'Gent' })
    // 3 items at 2 per page: a full page, then a short one that ends the pagination
    expect(
      saas.calls.filter((c) => c.path === '/v1/contacts').map((c) => [c.query.page, c.query.per_page]),
    ).toEqual([
      ['1', '2'],
      ['2', '2'],
    ])
    expect(saas.calls.every((c) => c.auth === 'api_key')).toBe(true)
  })

  it('lists an endpoint without placeholders once, every page, and keeps only the matching items', async () => {
    saas.seedContacts(Array.from({ length: 7 }, (_, i) => ({ email: `p${i}@example.be` })))
    const dataset = crm(
      { auth: 'api_key', apiKeyHeader: 'X-Crm-Key', pagination: pagePagination },
      { http: { read: { path: '/v1/contacts', itemsPath: 'data' } } },
    )
    driver = openHttpDriver(dataset, settings(saas.credentials.apiKey))
    const rows = await driver.select(
      collection(dataset, 'contacts'),
      [
        { field: 'email', values: ['p1@example.be', 'p6@example.be'] },
        { field: 'phone', values: [] },
      ],
      ['id', 'email'],
    )
    expect(rows).toEqual([
      { id: 2, email: 'p1@example.be' },
      { id: 7, email: 'p6@example.be' },
    ])
    expect(saas.count('GET', '/v1/contacts')).toBe(4)
  })

  it('returns only exact matches when the API searches loosely, and de-duplicates by primary key', async () => {
    saas.seedContacts([{ email: 'jan@example.be' }, { email: 'an@example.be', phone: '+32470000001' }])
    const dataset = crm(
      { auth: 'api_key', apiKeyHeader: 'X-Crm-Key' },
      { http: { read: { path: '/v1/contacts', query: { q: '{email}' }, itemsPath: 'data' } } },
    )
    driver = openHttpDriver(dataset, settings(saas.credentials.apiKey))
    const contacts = collection(dataset, 'contacts')
    const rows = await driver.select(contacts, [
      { field: 'email', values: ['an@example.be', 'AN@example.be', ''] },
    ])
    expect(rows.map((r) => r.email)).toEqual(['an@example.be'])
    // the read endpoint has no {phone}: searching by phone only is refused clearly, not answered with nothing
    await expect(driver.select(contacts, [{ field: 'phone', values: ['+32470000001'] }])).rejects.toThrow(
      'contacts cannot be searched by phone: its read endpoint has no {phone} placeholder',
    )
  })

  it('bearer auth and cursor pagination, items found under the contact they were asked for', async () => {
    const [a, b] = saas.seedContacts([{}, {}])
    saas.seedNotes(a?.id as number, ['n1', 'n2', 'n3', 'n4', 'n5'])
    saas.seedNotes(b?.id as number, ['other'])
    const dataset = crm({
      auth: 'bearer',
      pagination: { type: 'cursor', nextCursorPath: 'meta.next_cursor' },
    })
    driver = openHttpDriver(dataset, settings(saas.credentials.bearer))
    const rows = await driver.select(collection(dataset, 'notes'), [{ field: 'contact_id', values: [a?.id] }])
    expect(rows.map((r) => r.text)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5'])
    expect(rows.every((r) => r.contact_id === a?.id)).toBe(true)
    const noteCalls = saas.calls.filter((c) => c.path === '/v1/notes')
    expect(noteCalls).toHaveLength(3)
    expect(noteCalls[0]?.query.cursor).toBeUndefined()
    expect(noteCalls.every((c) => c.auth === 'bearer' && c.status === 200)).toBe(true)
  })

  it('basic auth and Link header pagination; a next link to another origin is not followed', async () => {
    saas.seedContacts([{ email: 'x@example.be' }, { email: 'x@example.be' }, { email: 'x@example.be' }, {}])
    const dataset = crm(
      { auth: 'basic', pagination: { type: 'link_header' } },
      { http: { read: { path: '/v2/contacts', query: { email: '{email}' } } } },
    )
    driver = openHttpDriver(dataset, settings(saas.credentials.basic))
    const contacts = collection(dataset, 'contacts')
    const rows = await driver.select(contacts, [{ field: 'email', values: ['x@example.be'] }], ['id'])
    expect(rows).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }])
    expect(saas.calls.map((c) => [c.path, c.query.page, c.auth])).toEqual([
      ['/v2/contacts', undefined, 'basic'],
      ['/v2/contacts', '2', 'basic'],
    ])

    saas.nextLinkOrigin = 'http://attacker.invalid'
    await expect(driver.select(contacts, [{ field: 'email', values: ['x@example.be'] }])).rejects.toThrow(
      /next page is on another origin \(http:\/\/attacker\.invalid\)/,
    )
  })

  it('OAuth2 client credentials: one token for many calls, renewed before expiry and after a 401', async () => {
    saas.seedContacts([{ email: 'a@example.be' }])
    let now = Date.now()
    const dataset = crm({
      auth: 'oauth2_client_credentials',
      tokenUrl: `${saas.url}/oauth/token`,
      scope: 'contacts',
    })
    const { clientId, clientSecret } = saas.credentials
    driver = openHttpDriver(dataset, settings(`${clientId}:${clientSecret}`), { now: () => now })
    const contacts = collection(dataset, 'contacts')
    const find = () => driver?.select(contacts, [{ field: 'email', values: ['a@example.be'] }])

    await Promise.all([find(), find(), find()])
    expect(saas.tokensIssued).toBe(1)
    expect(saas.count('POST', '/oauth/token')).toBe(1)
    expect(saas.lastTokenRequest).toEqual({
      contentType: 'application/x-www-form-urlencoded',
      form: {
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
        scope: 'contacts',
      },
    })
    expect(saas.calls.filter((c) => c.path === '/v1/contacts').every((c) => c.auth === 'oauth2')).toBe(true)

    now += 3_000_000 // 50 of the token's 60 minutes: still good
    await find()
    expect(saas.tokensIssued).toBe(1)
    now += 570_000 // 30 s before expiry: renewed before use
    await find()
    expect(saas.tokensIssued).toBe(2)

    saas.revokeTokens() // the API forgets the token early: one 401, one new token, the call retried
    const rows = await find()
    expect(rows?.map((r) => r.email)).toEqual(['a@example.be'])
    expect(saas.tokensIssued).toBe(3)
    expect(
      saas.calls
        .filter((c) => c.path === '/v1/contacts')
        .map((c) => c.status)
        .slice(-2),
    ).toEqual([401, 200])
  })

  it('a failing auth gives a clear error that never contains the secret (even when the API echoes it)', async () => {
    const dataset = crm({ auth: 'api_key', apiKeyHeader: 'X-Crm-Key' })
    const wrong = 'wrong-key-Zx81q'
    driver = openHttpDriver(dataset, settings(wrong))
    const contacts = collection(dataset, 'contacts')
    const error = await driver
      .select(contacts, [{ field: 'email', values: ['a@example.be'] }])
      .catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toContain(`GET ${new URL(saas.url).host}/v1/contacts answered 401 Unauthorized`)
    expect(message).toContain('check the credentials')
    expect(message).not.toContain(wrong)
    expect(saas.calls.at(-1)?.body).toEqual({
      error: 'unauthorized',
      detail: `Invalid credentials: ${wrong}`,
    })

    const check = await driver.check()
    expect(check.ok).toBe(false)
    expect(check.message).toContain('401')
    expect(check.message).not.toContain(wrong)

    const oauth = crm({ auth: 'oauth2_client_credentials', tokenUrl: `${saas.url}/oauth/token` })
    const badClient = `${saas.credentials.clientId}:not-the-secret-9f2`
    const oauthCheck = await openHttpDriver(oauth, settings(badClient)).check()
    expect(oauthCheck.ok).toBe(false)
    expect(oauthCheck.message).toContain('refused the client credentials: 401')
    expect(oauthCheck.message).not.toContain('not-the-secret-9f2')

    const noSecret = await openHttpDriver(crm({ auth: 'bearer' }), settings()).check()
    expect(noSecret).toEqual({ ok: false, message: 'The connection has no secret for bearer authentication' })
  })

  it('check() reports the HTTP status and host, and treats "not found" of a lookup by id as reachable', async () => {
    const host = new URL(saas.url).host
    const byEmail = openHttpDriver(crm({ auth: 'bearer' }), settings(saas.credentials.bearer))
    expect(await byEmail.check()).toEqual({ ok: true, message: `HTTP 200 from ${host}` })
    expect(saas.calls.at(-1)?.query.email).toBe('connection-check@custos.invalid')

    const byId = crm({ auth: 'bearer' }, { http: { read: { path: '/v1/contacts/{id}' } } })
    expect(await openHttpDriver(byId, settings(saas.credentials.bearer)).check()).toEqual({
      ok: true,
      message: `HTTP 404 from ${host} (nothing found for the test value)`,
    })
    const configured = openHttpDriver(crm({ auth: 'bearer' }), {
      ...settings(saas.credentials.bearer),
      options: { checkPath: '/nowhere' },
    })
    const failed = await configured.check()
    expect(failed.ok).toBe(false)
    expect(failed.message).toContain('/nowhere answered 404')
  })

  it('429 and 503 are retried after Retry-After, then given up with the endpoint and status named', async () => {
    saas.seedContacts([{ email: 'a@example.be' }, { email: 'b@example.be' }, { email: 'c@example.be' }])
    const dataset = crm({ auth: 'api_key', apiKeyHeader: 'X-Crm-Key' })
    const contacts = collection(dataset, 'contacts')
    const emails = { field: 'email', values: ['a@example.be', 'b@example.be', 'c@example.be'] }

    saas.rateLimit = { every: 2, retryAfter: '0' }
    driver = openHttpDriver(dataset, settings(saas.credentials.apiKey))
    expect((await driver.select(contacts, [emails])).map((r) => r.email)).toEqual(emails.values)
    const statuses = saas.calls.map((c) => c.status)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2)
    expect(statuses.filter((s) => s === 200)).toHaveLength(3)

    // Retry-After: 1 is honoured: the driver asks its clock to wait 1 s (recorded here, not waited)
    saas.calls.length = 0
    saas.rateLimit = { every: 2, retryAfter: '1', status: 503 }
    const clock = virtualClock()
    const recording = openHttpDriver(dataset, settings(saas.credentials.apiKey), clock)
    expect(await recording.select(contacts, [emails])).toHaveLength(3)
    const unavailable = saas.calls.filter((c) => c.status === 503).length
    expect(unavailable).toBe(3)
    expect(clock.sleeps).toEqual([1000, 1000, 1000])

    saas.calls.length = 0
    saas.rateLimit = { every: 1, retryAfter: '0' }
    await expect(driver.select(contacts, [emails])).rejects.toThrow(
      `GET ${new URL(saas.url).host}/v1/contacts still answered 429 Too Many Requests after 5 retries`,
    )
    expect(saas.calls).toHaveLength(6)
  })

  it('stays under requestsPerSecond by spacing the calls', async () => {
    const dataset = crm({ auth: 'bearer', rateLimit: { requestsPerSecond: 5 } })
    const clock = virtualClock()
    driver = openHttpDriver(dataset, settings(saas.credentials.bearer), clock)
    await driver.select(collection(dataset, 'contacts'), [
      { field: 'email', values: ['a@x.be', 'b@x.be', 'c@x.be', 'd@x.be'] },
    ])
    expect(saas.count('GET', '/v1/contacts')).toBe(4)
    expect(clock.sleeps).toEqual([200, 200, 200])
  })

  it('updates items: changed fields at their paths, or through a body template; a gone item is not an error', async () => {
    const [a, b] = saas.seedContacts([
      { email: 'a@example.be', phone: '+32470000001', address: { city: 'Gent', street: 'Veldstraat 1' } },
      { email: 'b@example.be', phone: '+32470000002' },
    ])
    const dataset = crm({ auth: 'bearer' })
    driver = openHttpDriver(dataset, settings(saas.credentials.bearer))
    const contacts = collection(dataset, 'contacts')
    const changed = await driver.write((w) =>
      w.updateRows(contacts, [
        { key: [a?.id], set: { email: 'erased-1@invalid', city: null } },
        { key: [b?.id], set: { phone: null } },
        { key: [999], set: { phone: null } },
        { key: [a?.id], set: {} },
      ]),
    )
    expect(changed).toBe(2)
    expect(saas.contacts.get(a?.id as number)).toMatchObject({
      email: 'erased-1@invalid',
      phone: '+32470000001',
      address: { city: null, street: 'Veldstraat 1' },
    })
    expect(saas.contacts.get(b?.id as number)?.phone).toBeNull()
    expect(saas.calls.filter((c) => c.method === 'PATCH').map((c) => [c.path, c.status])).toEqual([
      [`/v1/contacts/${a?.id}`, 200],
      [`/v1/contacts/${b?.id}`, 200],
      ['/v1/contacts/999', 404],
    ])

    const templated = crm(
      { auth: 'bearer' },
      {
        http: {
          update: {
            method: 'PATCH',
            path: '/v1/contacts/{id}',
            body: { email: '{email}', phone: '{phone}' },
          },
        },
      },
    )
    const withTemplate = openHttpDriver(templated, settings(saas.credentials.bearer))
    const tContacts = collection(templated, 'contacts')
    expect(
      await withTemplate.write((w) =>
        w.updateRows(tContacts, [{ key: [b?.id], set: { email: 'new@example.be' } }]),
      ),
    ).toBe(1)
    expect(saas.contacts.get(b?.id as number)).toMatchObject({ email: 'new@example.be', phone: null })
    expect(saas.calls.at(-1)?.path).toBe(`/v1/contacts/${b?.id}`)
    await expect(
      withTemplate.write((w) => w.updateRows(tContacts, [{ key: [b?.id], set: { city: 'Brugge' } }])),
    ).rejects.toThrow(
      'The update endpoint of contacts cannot change city: its body has no {city} placeholder',
    )

    const badBody = crm(
      { auth: 'bearer' },
      {
        http: { update: { method: 'PATCH', path: '/v1/contacts/{id}', body: { nickname: '{first_name}' } } },
      },
    )
    await expect(
      openHttpDriver(badBody, settings(saas.credentials.bearer)).write((w) =>
        w.updateRows(collection(badBody, 'contacts'), [{ key: [a?.id], set: { first_name: 'X' } }]),
      ),
    ).rejects.toThrow(/answered 422 Unprocessable Content: .*Unknown field nickname/)
  })

  it('deletes items one call each; deleting again is not an error and counts nothing (idempotent)', async () => {
    const seeded = saas.seedContacts([{}, {}, {}])
    const dataset = crm({ auth: 'bearer' })
    driver = openHttpDriver(dataset, settings(saas.credentials.bearer))
    const contacts = collection(dataset, 'contacts')
    const keys = [[seeded[0]?.id], [seeded[1]?.id]]
    expect(await driver.write((w) => w.deleteRows(contacts, keys))).toBe(2)
    expect([...saas.contacts.keys()]).toEqual([seeded[2]?.id])
    expect(await driver.write((w) => w.deleteRows(contacts, keys))).toBe(0)
    expect(saas.calls.filter((c) => c.method === 'DELETE').map((c) => c.status)).toEqual([204, 204, 404, 404])

    // An erase endpoint written without a method is a DELETE; one set to GET by mistake is refused.
    const getErase = crm(
      { auth: 'bearer' },
      { http: { erase: { method: 'GET', path: '/v1/contacts/{id}' } } },
    )
    await expect(
      openHttpDriver(getErase, settings(saas.credentials.bearer)).write((w) =>
        w.deleteRows(collection(getErase, 'contacts'), [[seeded[2]?.id]]),
      ),
    ).rejects.toThrow('The erase endpoint of contacts uses GET; set its method')
    await expect(driver.write((w) => w.deleteRows(contacts, [['..']]))).rejects.toThrow(
      /empty or relative path segment/,
    )
    expect(saas.contacts.size).toBe(1)
  })

  it('gives up on an API that does not answer in time, without saying so to the user (no port state)', async () => {
    const dataset = crm(
      { auth: 'bearer' },
      { http: { read: { path: '/v1/slow', query: { email: '{email}' } } } },
    )
    driver = openHttpDriver(dataset, settings(saas.credentials.bearer), { timeoutMs: 200 })
    await expect(
      driver.select(collection(dataset, 'contacts'), [{ field: 'email', values: ['a@example.be'] }]),
    ).rejects.toThrow(/^The connection failed\. .*\(reference [0-9a-f]{8}\)$/)
  })
})
