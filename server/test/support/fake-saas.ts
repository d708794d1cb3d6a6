import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A small CRM-like API on an ephemeral local port, standing in for a SaaS tool in tests of the HTTP connector
 * (the real ones are on the internet). State is in memory; every call is counted so tests can assert behaviour.
 *
 *   POST   /oauth/token               client credentials (form: grant_type, client_id, client_secret, scope)
 *   GET    /v1/contacts?email=&q=     page pagination (page, per_page), { data, page, per_page, total }
 *   GET    /v1/contacts/:id           one contact, 404 when gone
 *   PATCH  /v1/contacts/:id           merge fields (422 on unknown ones), 404 when gone
 *   DELETE /v1/contacts/:id           204, 404 when gone
 *   GET    /v1/notes?contact_id=      cursor pagination (cursor), { items, meta: { next_cursor } }
 *   GET    /v2/contacts?email=        a bare array, Link: <...>; rel="next" pagination (page)
 *   GET    /v1/slow                   never answers (timeouts)
 *
 * /v1 and /v2 accept any of the credentials: the API key header, Bearer (static token or an issued OAuth2
 * token), Basic. A 401 echoes the credential presented, as careless APIs do, so tests can check it is redacted.
 */

export interface FakeContact {
  id: number
  email: string
  first_name: string
  last_name: string
  phone: string | null
  address: { city: string | null; street: string | null }
}

export interface FakeNote {
  id: string
  contact_id: number
  text: string
}

export interface FakeCall {
  method: string
  path: string
  query: Record<string, string>
  /** How the call authenticated: api_key, bearer, oauth2, basic, or undefined when it did not. */
  auth: string | undefined
  status: number
  body: unknown
}

export interface FakeSaasOptions {
  apiKeyHeader?: string
  /** Items per page of /v1/notes (cursor) and /v2/contacts (link header); default 2. */
  pageSize?: number
  /** The largest per_page /v1/contacts honours; default 100. */
  maxPerPage?: number
}

export interface FakeSaas {
  /** http://127.0.0.1:port */
  url: string
  credentials: { apiKey: string; bearer: string; basic: string; clientId: string; clientSecret: string }
  contacts: Map<number, FakeContact>
  notes: FakeNote[]
  calls: FakeCall[]
  /** Token requests that got a token. */
  tokensIssued: number
  /** The form of the last token request. */
  lastTokenRequest?: { contentType: string | undefined; form: Record<string, string> }
  /** Lifetime of issued tokens, in seconds (default 3600). */
  tokenLifetime: number
  /** Every `every`-th API call (token requests excluded) answers `status` (429) with Retry-After `retryAfter`. */
  rateLimit?: { every: number; retryAfter?: string; status?: 429 | 503 }
  /** When set, rel="next" links of /v2/contacts point to this origin instead of the API's own. */
  nextLinkOrigin?: string
  seedContacts(contacts: Partial<FakeContact>[]): FakeContact[]
  seedNotes(contactId: number, texts: string[]): FakeNote[]
  /** Issued OAuth2 tokens stop working (as after a key rotation or an early expiry). */
  revokeTokens(): void
  /** Calls with this method whose path starts with `pathPrefix`, rate-limited and failed ones included. */
  count(method: string, pathPrefix: string): number
  close(): Promise<void>
}

const CONTACT_FIELDS = new Set(['email', 'first_name', 'last_name', 'phone', 'address'])

export async function startFakeSaas(options: FakeSaasOptions = {}): Promise<FakeSaas> {
  const random = () => Math.random().toString(36).slice(2, 12)
  const apiKeyHeader = (options.apiKeyHeader ?? 'X-API-Key').toLowerCase()
  const pageSize = options.pageSize ?? 2
  const maxPerPage = options.maxPerPage ?? 100
  const tokens = new Map<string, number>()
  let apiCalls = 0
  let nextId = 1

  const state: FakeSaas = {
    url: '',
    credentials: {
      apiKey: `key-${random()}`,
      bearer: `tok-${random()}`,
      basic: `crm-user:pw-${random()}`,
      clientId: `client-${random()}`,
      clientSecret: `secret-${random()}`,
    },
    contacts: new Map(),
    notes: [],
    calls: [],
    tokensIssued: 0,
    tokenLifetime: 3600,
    seedContacts(partials) {
      return partials.map((partial) => {
        const id = partial.id ?? nextId
        nextId = Math.max(nextId, id) + 1
        const contact: FakeContact = {
          email: `contact${id}@example.be`,
          first_name: `First${id}`,
          last_name: `Last${id}`,
          phone: null,
          address: { city: null, street: null },
          ...partial,
          id,
        }
        state.contacts.set(id, contact)
        return contact
      })
    },
    seedNotes(contactId, texts) {
      const added = texts.map((text) => ({
        id: `n${state.notes.length + 1}-${random()}`,
        contact_id: contactId,
        text,
      }))
      state.notes.push(...added)
      return added
    },
    revokeTokens: () => tokens.clear(),
    count: (method, pathPrefix) =>
      state.calls.filter((c) => c.method === method && c.path.startsWith(pathPrefix)).length,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }

  function authOf(req: IncomingMessage): string | undefined {
    const { credentials } = state
    if (req.headers[apiKeyHeader] === credentials.apiKey) return 'api_key'
    const authorization = req.headers.authorization ?? ''
    if (authorization === `Bearer ${credentials.bearer}`) return 'bearer'
    const token = authorization.startsWith('Bearer ') ? authorization.slice(7) : undefined
    if (token && (tokens.get(token) ?? 0) > Date.now()) return 'oauth2'
    if (authorization === `Basic ${Buffer.from(credentials.basic).toString('base64')}`) return 'basic'
    return undefined
  }

  function presented(req: IncomingMessage): string {
    return String(req.headers[apiKeyHeader] ?? req.headers.authorization ?? 'nothing')
  }

  async function handle(req: IncomingMessage, res: ServerResponse, call: FakeCall): Promise<void> {
    const url = new URL(req.url ?? '/', state.url)
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      call.status = status
      call.body = body
      const text = body === undefined ? '' : JSON.stringify(body)
      res.writeHead(status, { ...(text ? { 'content-type': 'application/json' } : {}), ...headers })
      res.end(text)
    }
    const raw = await readBody(req)

    if (req.method === 'POST' && url.pathname === '/oauth/token') {
      const form = Object.fromEntries(new URLSearchParams(raw))
      state.lastTokenRequest = { contentType: req.headers['content-type'], form }
      if (form.grant_type !== 'client_credentials') return send(400, { error: 'unsupported_grant_type' })
      if (
        form.client_id !== state.credentials.clientId ||
        form.client_secret !== state.credentials.clientSecret
      )
        return send(401, { error: 'invalid_client', error_description: `Unknown client ${form.client_id}` })
      const token = `at-${random()}`
      tokens.set(token, Date.now() + state.tokenLifetime * 1000)
      state.tokensIssued++
      return send(200, { access_token: token, token_type: 'Bearer', expires_in: state.tokenLifetime })
    }

    if (url.pathname === '/v1/slow') return // never answered; close() ends the connection

    apiCalls++
    const limit = state.rateLimit
    if (limit && apiCalls % limit.every === 0)
      return send(limit.status ?? 429, { error: 'rate_limited' }, { 'retry-after': limit.retryAfter ?? '0' })

    call.auth = authOf(req)
    if (!call.auth)
      return send(401, { error: 'unauthorized', detail: `Invalid credentials: ${presented(req)}` })

    const contactPath = /^\/v1\/contacts\/(\d+)$/.exec(url.pathname)
    const q = (name: string) => url.searchParams.get(name)

    if (req.method === 'GET' && url.pathname === '/v1/contacts') {
      const email = q('email')?.toLowerCase()
      const search = q('q')?.toLowerCase()
      const found = [...state.contacts.values()].filter(
        (c) =>
          (email === undefined || c.email.toLowerCase() === email) &&
          (search === undefined || c.email.includes(search)),
      )
      const page = Math.max(1, Number(q('page') ?? 1))
      const perPage = Math.min(maxPerPage, Math.max(1, Number(q('per_page') ?? 20)))
      const data = found.slice((page - 1) * perPage, page * perPage)
      return send(200, { data, page, per_page: perPage, total: found.length })
    }
    if (contactPath) {
      const id = Number(contactPath[1])
      const contact = state.contacts.get(id)
      if (!contact) return send(404, { error: 'not_found', detail: `No contact ${id}` })
      if (req.method === 'GET') return send(200, contact)
      if (req.method === 'DELETE') {
        state.contacts.delete(id)
        state.notes = state.notes.filter((n) => n.contact_id !== id)
        return send(204)
      }
      if (req.method === 'PATCH') {
        const patch = JSON.parse(raw || '{}') as Record<string, unknown>
        const unknown = Object.keys(patch).filter((k) => !CONTACT_FIELDS.has(k))
        if (unknown.length > 0)
          return send(422, { error: 'validation', detail: `Unknown field ${unknown.join(', ')}` })
        const { address, ...rest } = patch
        Object.assign(contact, rest)
        if (address && typeof address === 'object') Object.assign(contact.address, address)
        return send(200, contact)
      }
    }
    if (req.method === 'GET' && url.pathname === '/v1/notes') {
      const contactId = Number(q('contact_id'))
      const all = state.notes.filter((n) => n.contact_id === contactId)
      const offset = q('cursor') ? Number(Buffer.from(q('cursor') as string, 'base64url').toString()) : 0
      const items = all.slice(offset, offset + pageSize)
      const more = offset + pageSize < all.length
      const next = more ? Buffer.from(String(offset + pageSize)).toString('base64url') : null
      return send(200, { items, meta: { next_cursor: next } })
    }
    if (req.method === 'GET' && url.pathname === '/v2/contacts') {
      const email = q('email')?.toLowerCase()
      const all = [...state.contacts.values()].filter(
        (c) => email === undefined || c.email.toLowerCase() === email,
      )
      const page = Math.max(1, Number(q('page') ?? 1))
      const items = all.slice((page - 1) * pageSize, page * pageSize)
      const headers: Record<string, string> = {}
      if (page * pageSize < all.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        const target = state.nextLinkOrigin
          ? `${state.nextLinkOrigin}${next.pathname}${next.search}`
          : `${next.pathname}${next.search}`
        headers.link = `<${target}>; rel="next", </v2/contacts>; rel="first"`
      }
      return send(200, items, headers)
    }
    return send(404, { error: 'no_route' })
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const call: FakeCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      auth: undefined,
      status: 0,
      body: undefined,
    }
    state.calls.push(call)
    handle(req, res, call).catch((error: Error) => {
      call.status = 500
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(error.message)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
