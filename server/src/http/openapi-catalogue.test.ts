import Fastify from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { installOpenApi } from './openapi'
import {
  catalogueGaps,
  defineOperations,
  indexCatalogues,
  type OpenApiDocument,
  TEMPLATE_SERVER,
} from './openapi-catalogue'
import { ERROR_RESPONSES } from './openapi-error-responses'
import { offlineOpenApiDocument } from './openapi-offline'

interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: unknown[]
  requestBody?: unknown
  responses: Record<string, { $ref?: string }>
}

const operationsOf = (doc: OpenApiDocument) =>
  Object.entries(doc.paths ?? {}).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op: op as Operation })),
  )

describe('the operation catalogue of the application (decision 0026)', () => {
  let doc: OpenApiDocument
  let gaps: { missing: string[]; unused: string[] }
  // Building the whole application takes a while on a busy machine (the unit project's hook limit is 10 s).
  beforeAll(async () => {
    ;({ doc, gaps } = await offlineOpenApiDocument())
  }, 120_000)

  it('has an entry for every route and none for a route that does not exist', () => {
    // A route added without an entry in modules/<feature>/operations.ts is listed here by method and path.
    expect(gaps.missing).toEqual([])
    expect(gaps.unused).toEqual([])
  })

  it('gives every operation a unique readable operationId, one declared tag, a summary and a description', () => {
    const ops = operationsOf(doc)
    expect(ops.length).toBeGreaterThan(100)
    const ids = ops.map(({ op }) => op.operationId)
    expect(new Set(ids).size).toBe(ops.length)
    const declared = new Set((doc.tags ?? []).map((t) => t.name))
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/)
      expect(op.tags?.length, where).toBe(1)
      expect(declared.has(op.tags?.[0] ?? ''), where).toBe(true)
      expect(op.summary?.length, where).toBeGreaterThan(5)
      expect(op.description?.length, where).toBeGreaterThan(15)
    }
    expect(ids).toEqual(expect.arrayContaining(['listRequests', 'createRequest', 'completeRequest']))
  })

  it('documents the error answers as problem+json: 401 on the API, 403 unless public, 404 with a path parameter', () => {
    const problem = (doc.components as { responses: Record<string, { content: object }> }).responses
    for (const { name } of Object.values(ERROR_RESPONSES)) {
      expect(problem[name]?.content).toEqual({
        'application/problem+json': expect.objectContaining({
          schema: { $ref: '#/components/schemas/Problem' },
        }),
      })
    }
    for (const { path, method, op } of operationsOf(doc)) {
      if (!path.startsWith('/api/v1/')) continue
      const where = `${method.toUpperCase()} ${path}`
      expect(op.responses['401']?.$ref, where).toBe('#/components/responses/Unauthorized')
      if (/\{\w+\}/.test(path))
        expect(op.responses['404']?.$ref, where).toBe('#/components/responses/NotFound')
      if (op.requestBody || op.parameters?.length) expect(op.responses['400'], where).toBeDefined()
    }
    const login = doc.paths?.['/api/v1/auth/login']?.post as Operation & { security: unknown[] }
    expect(login.security).toEqual([])
    expect(login.responses['429']?.$ref).toBe('#/components/responses/TooManyRequests')
    expect(login.responses['403']).toBeUndefined()
    const complete = doc.paths?.['/api/v1/orgs/{slug}/requests/{id}/actions/complete']?.post as Operation
    expect(Object.keys(complete.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409', '422']),
    )
  })

  it('documents the Idempotency-Key header on the creating routes of the application', () => {
    for (const [path, method] of [
      ['/api/v1/orgs/{slug}/requests', 'post'],
      ['/api/v1/orgs/{slug}/consent/events', 'post'],
      ['/api/v1/orgs/{slug}/webhooks', 'post'],
    ] as const) {
      const op = doc.paths?.[path]?.[method] as Operation
      expect(op.parameters, path).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' })
    }
  })

  it('names the server by a template of the public URL in the committed document', () => {
    expect(doc.servers).toEqual([TEMPLATE_SERVER])
  })
})

describe('the catalogue check', () => {
  async function appWith(routes: string[], catalogue: ReturnType<typeof defineOperations>) {
    const app = Fastify().withTypeProvider<ZodTypeProvider>()
    app.setValidatorCompiler(validatorCompiler)
    app.setSerializerCompiler(serializerCompiler)
    await installOpenApi(app, { catalogues: [catalogue], server: { url: 'https://custos.example.be' } })
    for (const url of routes) {
      app.get(url, { schema: { summary: 'A thing', params: z.object({ id: z.string() }) } }, async () => ({}))
    }
    await app.ready()
    const doc = app.swagger() as OpenApiDocument
    await app.close()
    return { doc, gaps: catalogueGaps(doc, [catalogue]) }
  }

  it('reports a route without an entry, and an entry without a route', async () => {
    const catalogue = defineOperations({
      tag: { name: 'things', description: 'Things.' },
      operations: {
        'GET /api/v1/things/{id}': { operationId: 'getThing', description: 'One thing, by its id.' },
        'GET /api/v1/gone/{id}': { operationId: 'getGone', description: 'A route that was removed.' },
      },
    })
    const { doc, gaps } = await appWith(['/api/v1/things/:id', '/api/v1/widgets/:id'], catalogue)
    expect(gaps).toEqual({ missing: ['GET /api/v1/widgets/{id}'], unused: ['GET /api/v1/gone/{id}'] })
    const thing = doc.paths?.['/api/v1/things/{id}']?.get as Operation
    expect(thing.operationId).toBe('getThing')
    expect(thing.tags).toEqual(['things'])
    expect(Object.keys(thing.responses).sort()).toEqual(['200', '400', '401', '403', '404'])
    expect(doc.servers).toEqual([{ url: 'https://custos.example.be' }])
  })

  it('documents the Idempotency-Key header on exactly the routes flagged idempotent in their config', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>()
    app.setValidatorCompiler(validatorCompiler)
    app.setSerializerCompiler(serializerCompiler)
    const catalogue = defineOperations({
      tag: { name: 'things', description: 'Things.' },
      operations: {
        'POST /api/v1/things': { operationId: 'createThing', description: 'Creates a thing.' },
        'POST /api/v1/things/{id}/touch': { operationId: 'touchThing', description: 'Touches a thing.' },
      },
    })
    await installOpenApi(app, { catalogues: [catalogue], server: { url: 'https://custos.example.be' } })
    const body = z.object({ name: z.string() })
    app.post(
      '/api/v1/things',
      { schema: { summary: 'Create', body }, config: { idempotent: true } },
      async () => ({}),
    )
    app.post(
      '/api/v1/things/:id/touch',
      { schema: { summary: 'Touch', params: z.object({ id: z.string() }) } },
      async () => ({}),
    )
    await app.ready()
    const doc = app.swagger() as OpenApiDocument
    await app.close()
    const create = doc.paths?.['/api/v1/things']?.post as Operation
    expect(create.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' })
    expect(create.description).toContain('Idempotency-Key')
    const touch = doc.paths?.['/api/v1/things/{id}/touch']?.post as Operation
    expect(JSON.stringify(touch.parameters)).not.toContain('IdempotencyKey')
    expect(touch.description).not.toContain('Idempotency-Key')
    const parameters = (doc.components as { parameters: Record<string, { name: string; in: string }> })
      .parameters
    expect(parameters.IdempotencyKey).toMatchObject({ name: 'Idempotency-Key', in: 'header' })
  })

  it('refuses an operationId used twice', () => {
    const twice = defineOperations({
      tag: { name: 'things', description: 'Things.' },
      operations: {
        'GET /api/v1/things': { operationId: 'listThings', description: 'The things.' },
        'GET /api/v1/stuff': { operationId: 'listThings', description: 'The same name again.' },
      },
    })
    expect(() => indexCatalogues([twice])).toThrow(
      /listThings is used by GET \/api\/v1\/things and GET \/api\/v1\/stuff/,
    )
  })
})
