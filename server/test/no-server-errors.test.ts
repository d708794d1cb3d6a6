import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALL_FIELD_ERROR_CODES, PROBLEM_CODES } from '../src/domain/errors'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { type Session, signIn } from './support/http'
import { buildAppWithRoutes, propertiesOf, type RouteInfo } from './support/routes'

/**
 * Fuzzing every route the application registers (hidden portal routes included), generated from the routes
 * themselves so a new route is fuzzed the day it is added: a NUL or a lone surrogate in any path parameter,
 * query parameter or body field is a 400 naming that field; a huge value in any query parameter or JSON field is
 * 400/413/422, a body over the limit 413; a body of a type the route does not read is 415; a deeply nested value
 * is 400 or 422. Exactly these - not merely "below 500".
 */

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'
const NUL = 'a\u0000b'
const LONE_SURROGATE = 'a\uD800b'
const SKIPPED = [/^\/api\/docs/, /^\/api\/openapi\.json$/, /^\/assets\//, /^\/p\/assets\//, /\*$/]

interface Probe {
  name: string
  request: InjectOptions
  expected: number[]
  /** The field the problem document must name. */
  field?: string
}

describe('fuzzing every route: bad text, huge, deep and mistyped input get exactly 400/413/415/422', () => {
  let t: TestContext
  let app: App
  let routes: RouteInfo[]
  let org: Organization
  let session: Session
  let documented: Map<string, string[]>
  let address = 0

  beforeAll(async () => {
    t = await createTestContext()
    ;({ app, routes } = await buildAppWithRoutes(t.ctx))
    org = await createOrg(t.ctx)
    const m = await createMember(t.ctx, org, 'owner')
    session = await signIn(app, m.email, m.password)
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    documented = new Map()
    for (const [path, operations] of Object.entries<Record<string, { requestBody?: { content: object } }>>(
      doc.paths,
    )) {
      for (const [method, op] of Object.entries(operations)) {
        documented.set(`${method.toUpperCase()} ${path}`, Object.keys(op.requestBody?.content ?? {}))
      }
    }
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  /** Path with every parameter filled with a harmless value, one of them possibly replaced. */
  const urlOf = (route: RouteInfo, override?: [string, string]) =>
    route.url.replace(/:(\w+)/g, (_, name: string) => {
      if (override?.[0] === name) return override[1]
      if (name === 'slug') return org.slug
      if (name === 'action') return 'start'
      if (name === 'version') return '1'
      if (/id$/i.test(name)) return UNKNOWN_ID
      return 'x'
    })

  const send = (probe: Probe): Promise<LightMyRequestResponse> => {
    const { request } = probe
    address++
    return app.inject({
      ...request,
      // Each probe from its own address: the rate limits of login and the portal must not answer instead.
      remoteAddress: `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...request.headers },
    })
  }

  const contentTypesOf = (route: RouteInfo): string[] => {
    const fromDoc = documented.get(`${route.method} ${route.path}`)
    if (fromDoc?.length) return fromDoc
    if (route.hidden && route.body) return ['application/x-www-form-urlencoded']
    return route.body ? ['application/json'] : []
  }

  function probesOf(route: RouteInfo): Probe[] {
    const probes: Probe[] = []
    const name = (what: string) => `${route.method} ${route.url} ${what}`
    const method = route.method as InjectOptions['method']
    for (const param of route.url.match(/:(\w+)/g) ?? []) {
      const p = param.slice(1)
      probes.push({
        name: name(`NUL in path ${p}`),
        request: { method, url: urlOf(route, [p, encodeURIComponent(NUL)]) },
        expected: [400],
        field: `params.${p}`,
      })
    }
    for (const q of propertiesOf(route.query)) {
      probes.push({
        name: name(`100,000 characters in query ${q}`),
        request: { method, url: `${urlOf(route)}?${q}=${'x'.repeat(100_000)}` },
        expected: [400],
      })
      probes.push({
        name: name(`NUL in query ${q}`),
        request: { method, url: `${urlOf(route)}?${q}=${encodeURIComponent(NUL)}` },
        expected: [400],
        field: `query.${q}`,
      })
    }
    const types = contentTypesOf(route)
    if (types.length === 0) return probes
    const url = urlOf(route)
    for (const type of types) {
      if (type === 'application/json') {
        for (const field of propertiesOf(route.body)) {
          probes.push({
            name: name(`500,000 characters in JSON ${field}`),
            request: { method, url, payload: { [field]: 'x'.repeat(500_000) } },
            expected: [400, 413, 422],
          })
          for (const [what, bad] of [
            ['NUL', NUL],
            ['a lone surrogate', LONE_SURROGATE],
          ]) {
            probes.push({
              name: name(`${what} in JSON ${field}`),
              request: { method, url, payload: { [field]: bad } },
              expected: [400],
              field: `body.${field}`,
            })
          }
          probes.push({
            name: name(`a lone surrogate in a key inside JSON ${field}`),
            request: { method, url, payload: { [field]: { [LONE_SURROGATE]: 'x' } } },
            expected: [400],
            field: `body.${field}.a\uFFFDb`,
          })
        }
        const first = propertiesOf(route.body)[0] ?? 'x'
        // Written out: JSON.stringify itself cannot serialise 10,000 levels.
        const deep = `{"${first}":${'{"a":['.repeat(5000)}"x"${']}'.repeat(5000)}}`
        probes.push({
          name: name('10,000 levels deep'),
          request: { method, url, payload: deep, headers: { 'content-type': 'application/json' } },
          expected: [400, 422],
        })
        probes.push({
          name: name('JSON over the body limit'),
          request: { method, url, payload: { [first]: 'x'.repeat(route.bodyLimit + 1024) } },
          expected: [413],
        })
      } else if (type === 'application/x-www-form-urlencoded') {
        for (const field of propertiesOf(route.body)) {
          probes.push({
            name: name(`NUL in form field ${field}`),
            request: {
              method,
              url,
              payload: `${field}=${encodeURIComponent(NUL)}`,
              headers: { 'content-type': type },
            },
            expected: [400],
            field: `body.${field}`,
          })
        }
        probes.push({
          name: name('a form over the body limit'),
          request: {
            method,
            url,
            payload: `name=${'x'.repeat(route.bodyLimit + 1024)}`,
            headers: { 'content-type': type },
          },
          expected: [413],
        })
      } else {
        // Text bodies (CSV, YAML): a NUL in the document.
        probes.push({
          name: name(`NUL in a ${type} body`),
          request: { method, url, payload: `a,b\n${NUL},c\n`, headers: { 'content-type': type } },
          expected: [400, 422],
        })
      }
    }
    probes.push({
      name: name('a body of a type the route does not read'),
      request: { method, url, payload: '<x/>', headers: { 'content-type': 'application/xml' } },
      expected: [415],
    })
    return probes
  }

  it('answers every probe of every route exactly as expected, naming the field', async () => {
    const targets = routes.filter((r) => !SKIPPED.some((s) => s.test(r.url)))
    const probes = targets.flatMap(probesOf)
    // Multipart, where a route reads it (the portal request form): a NUL in each field.
    const boundary = 'sweepboundary'
    const multipart = (route: RouteInfo, field: string, value: string): Probe['request'] => ({
      method: 'POST',
      url: urlOf(route),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n--${boundary}--\r\n`,
    })
    for (const route of targets.filter((r) => r.body && r.method === 'POST')) {
      const fields = propertiesOf(route.body)
      const reads = await send({ name: 'multipart?', request: multipart(route, 'lang', 'en'), expected: [] })
      if (reads.statusCode === 415) continue
      for (const field of fields.filter((f) => f !== 'idDocument')) {
        probes.push({
          name: `${route.method} ${route.url} NUL in multipart field ${field}`,
          request: multipart(route, field, NUL),
          expected: [400],
          field: `body.${field}`,
        })
      }
    }
    const failures: string[] = []
    const started = performance.now()
    const batch = 24
    for (let i = 0; i < probes.length; i += batch) {
      const slice = probes.slice(i, i + batch)
      const answers = await Promise.all(slice.map(send))
      slice.forEach((probe, j) => {
        const res = answers[j] as LightMyRequestResponse
        const problem = res.headers['content-type']?.toString().startsWith('application/problem+json')
        const named = probe.field === undefined || (problem && res.json().errors?.[0]?.path === probe.field)
        // Every answer carries codes a client can word: on the problem and on each field error.
        const body = problem ? (res.json() as { code?: string; errors?: { code?: string }[] }) : {}
        const coded =
          (PROBLEM_CODES as readonly (string | undefined)[]).includes(body.code) &&
          (body.errors ?? []).every((e) =>
            (ALL_FIELD_ERROR_CODES as readonly (string | undefined)[]).includes(e.code),
          )
        if (!probe.expected.includes(res.statusCode) || !problem || !named || !coded) {
          failures.push(`${probe.name} -> ${res.statusCode} ${res.body.slice(0, 160)}`)
        }
      })
    }
    console.info(
      `fuzz: ${probes.length} probes on ${targets.length} routes in ${Math.round(performance.now() - started)} ms`,
    )
    expect(failures).toEqual([])
    expect(targets.length).toBeGreaterThan(140)
    // Its work grows with every route the application registers: a minute is no longer enough for all of them.
  }, 240_000)
})
