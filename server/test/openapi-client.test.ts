import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateApi } from 'swagger-typescript-api'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg, PASSWORD } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Issue 24's proof of the contract: a second, independent generator (swagger-typescript-api; the web UI's types
 * come from openapi-typescript) makes a TypeScript client from the committed document, an integrator's code
 * written against it type-checks, and its calls work against a real HTTP server with an API token.
 */
const DOCUMENT = resolve('web/src/api/openapi.json')
const FIXTURE = resolve('server/test/fixtures/openapi-client/integrator.ts')

/** What the test uses of integrator.ts, loosely (the fixture is compiled against the generated client, below). */
interface Problem {
  status: number
  code: string
}
interface Refusal {
  status: number
  problem: Problem
}
interface IntegratorModule {
  clientFor(baseUrl: string, token: string): unknown
  integratorFlow(
    api: unknown,
    slug: string,
    bodies: { subject: unknown; request: unknown },
  ): Promise<{
    subject: { id: string; name: string; identities: string[] }
    request: { id: string; status: string; types: string[]; channel: string }
    worklist: { total: number; ids: string[] }
  }>
  tryCreateRequest(api: unknown, slug: string, body: unknown): Promise<Refusal>
  tryListRequests(api: unknown, slug: string): Promise<Refusal>
}

interface Document {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> } }>>
}
const exampleOf = (doc: Document, method: string, path: string) =>
  doc.paths[path]?.[method]?.requestBody?.content['application/json']?.example

/** Type-checks the generated client and the integrator's code with the project's TypeScript, strict. */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  })
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}

describe('a client generated from the OpenAPI document by another generator', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let baseUrl: string
  let dir: string
  let integrator: IntegratorModule
  let doc: Document
  let owner: ReturnType<typeof asUser>

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-client-'))
    mkdirSync(join(dir, 'generated'))
    await generateApi({
      input: DOCUMENT,
      output: join(dir, 'generated'),
      fileName: 'Api.ts',
      httpClientType: 'fetch',
      moduleNameFirstTag: true, // api.dataSubjectRequests.listRequests(...)
      unwrapResponseData: true, // a call answers the body; a refusal throws the response with its problem
      silent: true,
    })
    copyFileSync(FIXTURE, join(dir, 'integrator.ts'))
    doc = JSON.parse(readFileSync(DOCUMENT, 'utf8'))
    integrator = await import(pathToFileURL(join(dir, 'integrator.ts')).href)

    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    baseUrl = `http://127.0.0.1:${address.port}`
    org = await createOrg(t.ctx)
    owner = asUser(app, await signIn(app, (await createMember(t.ctx, org, 'owner')).email, PASSWORD))
  }, 300_000) // generating the client takes half a minute or more on the busy machine
  afterAll(async () => {
    await app?.close()
    await t?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('type-checks, and the types refuse what the document does not allow', () => {
    // integrator.ts has three @ts-expect-error lines: were the generated types loose (any), they would fail here.
    expect(typeErrors([join(dir, 'generated', 'Api.ts'), join(dir, 'integrator.ts')])).toEqual([])
  })

  it('creates a subject and a request and finds it in the worklist, by operationId, with an API token', async () => {
    const token = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: 'Webshop',
      scopes: ['subjects:read', 'subjects:write', 'requests:read', 'requests:write'],
    })
    expect(token.statusCode, token.body).toBe(201)
    const api = integrator.clientFor(baseUrl, token.json().secret)

    // The document's own examples are the bodies: they must be what the server accepts.
    const subjectBody = exampleOf(doc, 'post', '/api/v1/orgs/{slug}/subjects')
    const requestBody = exampleOf(doc, 'post', '/api/v1/orgs/{slug}/requests')
    expect(subjectBody).toBeDefined()
    expect(requestBody).toBeDefined()
    const { subject, request, worklist } = await integrator.integratorFlow(api, org.slug, {
      subject: subjectBody,
      request: requestBody,
    })

    expect(subject).toMatchObject({ name: 'Jan Peeters', identities: ['email', 'phone', 'customer_number'] })
    expect(request).toMatchObject({ status: 'received', types: ['access'], channel: 'email' })
    expect(worklist).toEqual({ total: 1, ids: [request.id] })

    const rows = await t.ctx.db
      .selectFrom('requests')
      .select('id')
      .where('organization_id', '=', org.id)
      .execute()
    expect(rows.map((r) => r.id)).toEqual([request.id])
  })

  it('receives a refusal as the documented problem: its status and stable code', async () => {
    const token = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
      name: 'Read only',
      scopes: ['requests:read'],
    })
    expect(token.statusCode, token.body).toBe(201)
    const readOnly = integrator.clientFor(baseUrl, token.json().secret)
    const body = exampleOf(doc, 'post', '/api/v1/orgs/{slug}/requests')

    const refused = await integrator.tryCreateRequest(readOnly, org.slug, body)
    expect(refused.status).toBe(403)
    expect(refused.problem).toMatchObject({ status: 403, code: 'token_scope_missing' })

    const stranger = integrator.clientFor(baseUrl, 'cus_not-a-token')
    const unknown = await integrator.tryListRequests(stranger, org.slug)
    expect(unknown).toMatchObject({ status: 401, problem: { code: 'invalid_api_token' } })
  })
})
