/**
 * The operation catalogue (decision 0026): what the OpenAPI document says about each operation beyond its zod
 * schemas - a stable operationId, its feature's tag, a description, who may call it, the error answers a route
 * cannot express itself and an example body. Each feature keeps its entries in `modules/<feature>/operations.ts`
 * (exported through its face); `http/app.ts` hands them all to `installOpenApi`, which applies them to the
 * generated document. Route files stay as they are. A route without an entry fails `openapi-catalogue.test.ts`
 * and `custos openapi` (so `npm run api:check`).
 */

import { ERROR_RESPONSES, type ErrorStatus, errorResponseComponents } from './openapi-error-responses'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** The catalogue key: the method and the path as the OpenAPI document writes it, e.g. `GET /api/v1/orgs/{slug}`. */
export type OperationKey = `${HttpMethod} /${string}`

export interface OperationEntry {
  /** Stable, readable, unique over the document: a generated client's method name (`listRequests`). */
  operationId: string
  /** What it does beyond the summary: effects, rules, what a client should know. */
  description: string
  /** Replaces the route's own summary (which otherwise stays). */
  summary?: string
  /**
   * Who may call it: `token-or-session` (the default: an API token with the scope, or a member's session),
   * `session` (a signed-in user only; an API token is refused), `public` (no sign-in).
   */
  access?: 'token-or-session' | 'session' | 'public'
  /**
   * The refusals of the operation's own rules. Left out: 409 and 422 on writes (POST, PUT, PATCH, DELETE), none on
   * reads. The rest is read from the route: 400 with any input, 401 and 403 unless public, 404 with a path
   * parameter, 413 and 415 with a body, 429 with a rate limit.
   */
  refusals?: readonly (409 | 422 | 400)[]
  /** An example request body (JSON), checked against the body's schema by the linter. */
  requestExample?: unknown
}

export interface OperationCatalogue {
  /** The feature's tag: every operation of the catalogue carries it. */
  tag: { name: string; description: string }
  operations: Partial<Record<OperationKey, OperationEntry>>
}

/** Declares a feature's catalogue (typed, so a mistyped key or field is a compile error). */
export function defineOperations(catalogue: OperationCatalogue): OperationCatalogue {
  return catalogue
}
/** What the catalogue cannot see in the document: read from the registered route. */
export interface RouteFacts {
  rateLimited: boolean
  /** `config: { idempotent: true }`: the route honours the Idempotency-Key header (http/idempotency.ts). */
  idempotent?: boolean
}

/** components.parameters: the Idempotency-Key header, documented on every route flagged idempotent. */
export const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes a retry safe: the first request with a key runs and its answer is kept 24 hours; the same key with ' +
    'the same method, URL and body replays that answer (header `Idempotent-Replayed: true`) without doing ' +
    'anything again; another body with that key is refused (422 `idempotency_key_reused`); while the first is ' +
    'still being handled, 409 `idempotency_key_in_progress`. Keys are scoped per organisation and API token or ' +
    'user. 1 to 255 visible ASCII characters; a UUID is a good choice. See docs/api.md.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
  example: '3f2b6c1e-7d4a-4e9b-8c5f-0a1b2c3d4e5f',
} as const

const IDEMPOTENT_SENTENCE =
  ' Accepts an `Idempotency-Key` header: a retry with the same key and body within 24 hours replays the first ' +
  'answer (header `Idempotent-Replayed: true`) and does nothing more.'

interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  security?: Record<string, string[]>[]
  parameters?: ({ in: string; name: string; description?: string } | { $ref: string })[]
  requestBody?: { required?: boolean; content?: Record<string, { example?: unknown; schema?: unknown }> }
  responses?: Record<string, unknown>
}

/** An OpenAPI server: the public URL, or a template `{publicUrl}` with its variable (the committed document). */
export interface OpenApiServer {
  url: string
  description?: string
  variables?: Record<string, { default: string; description?: string }>
}

/** The server of the committed document: every installation has its own public URL. */
export const TEMPLATE_SERVER: OpenApiServer = {
  url: '{publicUrl}',
  description: 'Your installation: its CUSTOS_PUBLIC_URL',
  variables: {
    publicUrl: {
      default: 'http://localhost:3000',
      description: 'CUSTOS_PUBLIC_URL, without a trailing slash',
    },
  },
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation>>
  tags?: { name: string; description?: string }[]
  servers?: OpenApiServer[]
  components?: Record<string, unknown>
  [key: string]: unknown
}

const WRITES = new Set(['post', 'put', 'patch', 'delete'])

/**
 * A body schema that accepts null (zod `.nullish()`: the request may come without a body) is documented as an
 * optional body of the other schema - @fastify/swagger marks every body required.
 */
function optionalBodyWhenNullable(operation: Operation): void {
  const json = operation.requestBody?.content?.['application/json']
  const anyOf = (json?.schema as { anyOf?: { type?: string }[] } | undefined)?.anyOf
  if (!json || !operation.requestBody || !anyOf || anyOf.length !== 2) return
  const other = anyOf.filter((s) => s.type !== 'null')
  if (other.length !== 1) return
  json.schema = other[0]
  operation.requestBody.required = false
}

/**
 * A path parameter its route did not describe: named by the collection it picks from (`{id}` in
 * `/api/v1/orgs/{slug}/webhooks/{id}` is one item of `/api/v1/orgs/{slug}/webhooks`).
 */
function describePathParameters(path: string, operation: Operation): void {
  for (const parameter of operation.parameters ?? []) {
    if ('$ref' in parameter || parameter.in !== 'path' || parameter.description) continue
    const at = path.indexOf(`{${parameter.name}}`)
    if (at <= 0) continue
    const collection = path.slice(0, at - 1)
    parameter.description = `Which one of ${collection}: the \`${parameter.name}\` that list or its creation answers.`
  }
}

/** Every catalogue entry by key, refusing a key or an operationId declared twice. */
export function indexCatalogues(catalogues: readonly OperationCatalogue[]) {
  const entries = new Map<string, { entry: OperationEntry; tag: string }>()
  const ids = new Map<string, string>()
  for (const catalogue of catalogues) {
    for (const [key, entry] of Object.entries(catalogue.operations)) {
      if (!entry) continue
      if (entries.has(key)) throw new Error(`OpenAPI catalogue: ${key} is declared twice`)
      const other = ids.get(entry.operationId)
      if (other)
        throw new Error(`OpenAPI catalogue: operationId ${entry.operationId} is used by ${other} and ${key}`)
      ids.set(entry.operationId, key)
      entries.set(key, { entry, tag: catalogue.tag.name })
    }
  }
  return entries
}

/** The error statuses an operation documents: read from the route, plus its own refusals. */
export function errorStatusesOf(
  path: string,
  method: string,
  operation: Operation,
  entry: OperationEntry,
  facts: RouteFacts | undefined,
): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>()
  const hasBody = operation.requestBody !== undefined
  if (hasBody || (operation.parameters?.length ?? 0) > 0) statuses.add(400)
  if (path.startsWith('/api/v1/')) statuses.add(401) // a Bearer token that is not valid is refused on every route
  if ((entry.access ?? 'token-or-session') !== 'public') statuses.add(403)
  if (/\{\w+\}/.test(path)) statuses.add(404)
  for (const status of entry.refusals ?? (WRITES.has(method) ? [409, 422] : [])) statuses.add(status)
  if (hasBody) {
    statuses.add(413)
    statuses.add(415)
  }
  if (facts?.rateLimited) statuses.add(429)
  return [...statuses].sort((a, b) => a - b)
}

/** Operations of the document without a catalogue entry, and entries naming no operation. */
export function catalogueGaps(doc: OpenApiDocument, catalogues: readonly OperationCatalogue[]) {
  const entries = indexCatalogues(catalogues)
  const documented = new Set<string>()
  const missing: string[] = []
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const method of Object.keys(operations)) {
      const key = `${method.toUpperCase()} ${path}`
      documented.add(key)
      if (!entries.has(key)) missing.push(key)
    }
  }
  const unused = [...entries.keys()].filter((key) => !documented.has(key))
  return { missing, unused }
}

export interface ApplyOptions {
  catalogues: readonly OperationCatalogue[]
  facts: ReadonlyMap<string, RouteFacts>
  server: OpenApiServer
}

/**
 * Applies the catalogue to the generated document: operationId, tag, description, security, error answers and
 * examples per operation; the tags with their descriptions; the server; the shared error answers. An operation
 * without an entry is left as generated (catalogueGaps reports it).
 */
export function applyCatalogue<T extends OpenApiDocument>(doc: T, options: ApplyOptions): T {
  const entries = indexCatalogues(options.catalogues)
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const key = `${method.toUpperCase()} ${path}`
      const found = entries.get(key)
      if (!found) continue
      const { entry, tag } = found
      operation.operationId = entry.operationId
      if (entry.summary) operation.summary = entry.summary
      operation.description = entry.description
      operation.tags = [tag]
      if (entry.access === 'public') operation.security = []
      if (entry.access === 'session') operation.security = [{ session: [] }]
      optionalBodyWhenNullable(operation)
      describePathParameters(path, operation)
      if (entry.requestExample !== undefined) {
        const json = operation.requestBody?.content?.['application/json']
        if (!json) throw new Error(`OpenAPI catalogue: ${key} has an example but no JSON body`)
        json.example = entry.requestExample
      }
      const facts = options.facts.get(key)
      if (facts?.idempotent) {
        operation.parameters = [
          ...(operation.parameters ?? []),
          { $ref: '#/components/parameters/IdempotencyKey' },
        ]
        operation.description += IDEMPOTENT_SENTENCE
      }
      const responses = { ...(operation.responses ?? {}) }
      for (const status of errorStatusesOf(path, method, operation, entry, facts)) {
        responses[status] ??= { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` }
      }
      operation.responses = responses
    }
  }
  const usedTags = new Set(
    Object.values(doc.paths ?? {}).flatMap((ops) => Object.values(ops).flatMap((o) => o.tags ?? [])),
  )
  doc.tags = options.catalogues
    .map((c) => c.tag)
    .filter((tag, i, all) => usedTags.has(tag.name) && all.findIndex((t) => t.name === tag.name) === i)
  doc.servers = [options.server]
  doc.components = {
    ...doc.components,
    parameters: { IdempotencyKey: IDEMPOTENCY_KEY_PARAMETER },
    responses: errorResponseComponents(),
  }
  return doc
}
