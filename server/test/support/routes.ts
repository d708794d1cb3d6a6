import type { RouteOptions } from 'fastify'
import { z } from 'zod'
import type { AppContext } from '../../src/context'
import { buildApp } from '../../src/http/app'
import type { App } from '../../src/http/types'

export type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  prefixItems?: JsonSchema[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  exclusiveMinimum?: number
  maximum?: number
  minItems?: number
  default?: unknown
  additionalProperties?: boolean | JsonSchema
}

/** One route of the application as registered, with its input schemas as JSON Schema. */
export interface RouteInfo {
  method: string
  /** Fastify form: /api/v1/orgs/:slug/... */
  url: string
  /** OpenAPI form: /api/v1/orgs/{slug}/... */
  path: string
  hidden: boolean
  /** The largest body the route reads, in bytes. */
  bodyLimit: number
  params: JsonSchema | undefined
  query: JsonSchema | undefined
  body: JsonSchema | undefined
}

function toJson(schema: unknown): JsonSchema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  } catch {
    return {}
  }
}

/** buildApp's default body limit. */
const APP_BODY_LIMIT = 1_048_576

/** Builds the application and lists every route it registers (hidden ones included, HEAD twins left out). */
export async function buildAppWithRoutes(ctx: AppContext): Promise<{ app: App; routes: RouteInfo[] }> {
  const raw: RouteOptions[] = []
  const app = await buildApp(ctx, { serveWeb: false, logger: false, onRoute: (r) => raw.push(r) })
  const routes = raw.flatMap((r) =>
    (Array.isArray(r.method) ? r.method : [r.method])
      .filter((m) => m !== 'HEAD' && m !== 'OPTIONS')
      .map((method) => {
        const schema = (r.schema ?? {}) as Record<string, unknown>
        return {
          method,
          url: r.url,
          path: r.url.replace(/:(\w+)/g, '{$1}'),
          hidden: schema.hide === true,
          bodyLimit: r.bodyLimit ?? APP_BODY_LIMIT,
          params: toJson(schema.params),
          query: toJson(schema.querystring),
          body: toJson(schema.body),
        }
      }),
  )
  return { app, routes }
}

export function propertiesOf(schema: JsonSchema | undefined): string[] {
  if (!schema) return []
  const own = Object.keys(schema.properties ?? {})
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].flatMap(
    propertiesOf,
  )
  return [...new Set([...own, ...nested])]
}

/** A value the schema accepts, as small as possible; `hint` is the property name (keys, e-mails...). */
export function exampleOf(schema: JsonSchema | undefined, hint = ''): unknown {
  if (!schema) return undefined
  if (schema.const !== undefined) return schema.const
  if (schema.enum?.length) return schema.enum[0]
  if (schema.default !== undefined) return schema.default
  const options = schema.anyOf ?? schema.oneOf
  if (options?.length) {
    const plain =
      options.find((o) => o.type === 'object') ?? options.find((o) => o.type !== 'null') ?? options[0]
    return exampleOf(plain, hint)
  }
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => exampleOf(s, hint)))
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  switch (type) {
    case 'object': {
      // The required properties; with none, the first one (a PATCH with nothing to change is refused).
      const keys = schema.required?.length
        ? schema.required
        : Object.keys(schema.properties ?? {}).slice(0, 1)
      const out: Record<string, unknown> = {}
      for (const key of keys) out[key] = exampleOf(schema.properties?.[key], key)
      return out
    }
    case 'array': {
      const item = schema.items ?? schema.prefixItems?.[0]
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(item, hint))
    }
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1)
    case 'boolean':
      return false
    case 'string':
      return exampleString(schema, hint)
    default:
      return 'x'
  }
}

let counter = 0
function exampleString(schema: JsonSchema, hint: string): string {
  counter++
  const min = schema.minLength ?? 0
  const pad = (s: string) => (s.length >= min ? s : s + 'x'.repeat(min - s.length))
  switch (schema.format) {
    case 'email':
      return `sweep-${counter}@example.be`
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000'
    case 'date':
      return '2026-01-15'
    case 'date-time':
      return '2026-01-15T10:00:00.000Z'
    case 'uri':
    case 'url':
      return 'https://example.be/'
  }
  if (/key|slug/i.test(hint)) return pad(`sweep-${counter}`)
  if (/email/i.test(hint)) return `sweep-${counter}@example.be`
  if (/lang/i.test(hint)) return 'en'
  if (schema.pattern) {
    for (const candidate of [`sweep-${counter}`, 'x', '1', 'en', '2026-01-15', 'a1b2c3']) {
      if (new RegExp(schema.pattern).test(candidate)) return pad(candidate)
    }
  }
  return pad(`Sweep ${counter}`)
}
