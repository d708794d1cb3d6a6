import type { InjectOptions } from 'fastify'
import type { App } from '../../src/http/types'
import { exampleOf, type JsonSchema, propertiesOf } from './routes'

/** An organisation-scoped operation of the OpenAPI document (/api/v1/orgs/{slug}/...). */
export interface OrgOperation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  /** Path parameters other than slug, in order. */
  params: { name: string; schema: JsonSchema }[]
  query: { name: string; schema: JsonSchema; required: boolean }[]
  contentType: string | undefined
  body: JsonSchema | undefined
}

interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[]
  requestBody?: { content: Record<string, { schema?: JsonSchema }> }
}

export const ORG_PREFIX = '/api/v1/orgs/{slug}'

/** Every organisation-scoped operation the application documents - a new route is in this list the day it exists. */
export async function orgOperations(app: App): Promise<OrgOperation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
  const out: OrgOperation[] = []
  for (const [path, operations] of Object.entries<Record<string, OpenApiOperation>>(doc.paths)) {
    if (path !== ORG_PREFIX && !path.startsWith(`${ORG_PREFIX}/`)) continue
    for (const [method, op] of Object.entries(operations)) {
      const parameters = op.parameters ?? []
      const order = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      const types = Object.keys(op.requestBody?.content ?? {})
      const contentType = types.includes('application/json') ? 'application/json' : types[0]
      out.push({
        method: method.toUpperCase() as OrgOperation['method'],
        path,
        params: order
          .filter((name) => name !== 'slug')
          .map((name) => ({
            name: name as string,
            schema: parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {},
          })),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema, required: p.required === true })),
        contentType,
        body: contentType ? op.requestBody?.content[contentType]?.schema : undefined,
      })
    }
  }
  return out
}

export const label = (op: OrgOperation) => `${op.method} ${op.path.slice(ORG_PREFIX.length) || '/'}`

/** A path parameter value that names nothing: the id format the route expects, of a resource that does not exist. */
export function unknownValue(schema: JsonSchema): string {
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000'
  if (schema.type === 'integer' || schema.type === 'number') return '999999'
  if (schema.pattern === '^[0-9a-f]{64}$') return '0'.repeat(64)
  return 'sweep-none'
}

/**
 * Where the schemas alone do not make a request the route accepts (rules across fields), the missing values, by
 * path suffix. A new operation the generator cannot serve fails the sweeps until it gets a line here.
 */
const BODY_EXAMPLES: [RegExp, Record<string, unknown>][] = [
  [/\/register\/retention-rules/, { duration: { years: 1 } }],
  [/\/identities$/, { kind: 'email', value: 'identity.sweep@example.be' }],
  // A consent names one person: an identity or an anonymous id, not both.
  [
    /\/consent\/(events|status|unsubscribe-links)$/,
    { identity: { kind: 'email', value: 'consent.sweep@example.be' }, anonymousId: undefined },
  ],
  [/\/processors\/(vendors\/\{key\}\/)?transfers/, { country: 'US' }],
  [/\/processors\/changes$/, { vendor: { key: 'sweep-vendor', name: 'Sweep SAS', country: 'FR' } }],
]

/** Example values for a text body the operation reads instead of JSON. */
const TEXT_BODIES: Record<string, string> = {
  'text/csv': 'name,email\nJan Peeters,jan.sweep@example.be\n',
  'application/csv': 'name,email\nJan Peeters,jan.sweep@example.be\n',
}

/**
 * A request the operation's schemas accept (so that it reaches the route's own checks, past validation), for
 * the organisation `slug`, with path parameters from `value`. Fields of the body and query come from the schemas.
 */
export function validRequest(
  op: OrgOperation,
  slug: string,
  value: (param: { name: string; schema: JsonSchema }) => string,
  overrides: Record<string, unknown> = {},
): InjectOptions {
  let url = op.path.replace('{slug}', slug)
  for (const p of op.params) url = url.replace(`{${p.name}}`, encodeURIComponent(value(p)))
  const query = op.query
    .filter((q) => q.required)
    .map((q) => `${q.name}=${encodeURIComponent(String(exampleOf(q.schema, q.name)))}`)
  if (query.length) url += `?${query.join('&')}`
  const request: InjectOptions = { method: op.method, url }
  if (!op.contentType) return request
  if (op.contentType === 'application/json') {
    const body = exampleOf(op.body)
    const extra = BODY_EXAMPLES.filter(([path]) => path.test(op.path)).map(([, values]) => values)
    // Overrides only for fields this body has (undefined removes one).
    const known = new Set(propertiesOf(op.body))
    const own = Object.fromEntries(Object.entries(overrides).filter(([key]) => known.has(key)))
    request.payload = JSON.stringify(
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? Object.assign({ ...body }, ...extra, own)
        : body,
    )
    request.headers = { 'content-type': 'application/json' }
  } else {
    request.payload = TEXT_BODIES[op.contentType] ?? 'x'
    request.headers = { 'content-type': op.contentType }
  }
  return request
}
