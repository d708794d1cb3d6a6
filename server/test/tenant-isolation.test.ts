import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { roleMay } from '../src/auth/policy'
import { emptyAssessment, storedAssessment } from '../src/domain/dpia/assessment'
import { buildPackage } from '../src/domain/packages'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { publishNotice } from '../src/modules/notices/service'
import type { Organization } from '../src/modules/organizations'
import { toOrganization } from '../src/modules/organizations'
import { storePackage } from '../src/modules/packages'
import { ACTIONS } from '../src/modules/policies'
import { importRegister } from '../src/modules/register/import'
import { samplePackageInput } from './fixtures/answer-package'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { type Session, signIn } from './support/http'
import { createHeldMail } from './support/mail'
import {
  label,
  ORG_PREFIX,
  type OrgOperation,
  orgOperations,
  unknownValue,
  validRequest,
} from './support/org-operations'
import { sampleRegister } from './support/register'

/**
 * Tenant isolation, generated from the OpenAPI document: every organisation-scoped operation, called by a member
 * and by an API token of A with valid requests naming organisation B and B's real resources, answers 404 exactly
 * like a missing organisation; called on A's own slug with B's ids, it answers 404 too; and B is left unchanged.
 * Ids of B are found through B's own API (the list or the parent resource of each path parameter).
 */

const ORG_NOT_FOUND = 'Organisation was not found.'

describe('tenant isolation, generated: organisation B is invisible to members and tokens of A', () => {
  let t: TestContext
  let app: App
  let a: Organization
  let b: Organization
  let operations: OrgOperation[]
  let ownerA: Session
  let ownerB: Session
  let tokenA: string
  let userOfA: string
  /** Real values of B for each path parameter, by the operation path up to that parameter. */
  const idsOfB = new Map<string, string>()
  let unresolved: string[] = []
  let snapshotOfB: string
  let requestOfB: string | undefined

  const as = (session: Session, request: InjectOptions) =>
    app.inject({
      ...request,
      headers: { ...request.headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    })
  const withToken = (token: string, request: InjectOptions) =>
    app.inject({ ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } })

  /** The path parameter `name` of `op` as B has it: from the list at that path, or from the parent resource. */
  async function resolveInB(op: OrgOperation, index: number): Promise<string | undefined> {
    const param = op.params[index]
    if (!param) return undefined
    const upTo = op.path.slice(0, op.path.indexOf(`{${param.name}}`) - 1)
    const cached = idsOfB.get(`${upTo}/{${param.name}}`)
    if (cached) return cached
    const filled = async (path: string) => {
      let url = path.replace('{slug}', b.slug)
      for (const p of op.params.slice(0, index)) {
        const value = await resolveInB(op, op.params.indexOf(p))
        if (!value) return undefined
        url = url.replace(`{${p.name}}`, value)
      }
      return url
    }
    const pick = (items: unknown): string | undefined => {
      const list = Array.isArray(items) ? items : (items as { items?: unknown[] } | undefined)?.items
      const first = list?.[0] as Record<string, unknown> | undefined
      const value = first?.[param.name] ?? first?.id ?? first?.key ?? first?.version ?? first?.userId
      return value === undefined || value === null ? undefined : String(value)
    }
    const listUrl = await filled(upTo)
    let value: string | undefined
    if (listUrl) {
      const list = await as(ownerB, { method: 'GET', url: listUrl })
      if (list.statusCode === 200) value = pick(list.json())
      if (!value) {
        // Nested resources come inside their parent: /subjects/{id} has identities, relationships, events.
        const segment = upTo.slice(upTo.lastIndexOf('/') + 1)
        const parent = await as(ownerB, { method: 'GET', url: listUrl.slice(0, listUrl.lastIndexOf('/')) })
        const field = segment.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
        if (parent.statusCode === 200) value = pick(parent.json()[field])
      }
    }
    if (value) idsOfB.set(`${upTo}/{${param.name}}`, value)
    return value
  }

  async function requestInB(
    op: OrgOperation,
    slug: string,
    overrides: Record<string, unknown> = {},
  ): Promise<InjectOptions> {
    const values = new Map<string, string>()
    for (const [i, p] of op.params.entries()) {
      const value = await resolveInB(op, i)
      if (!value) unresolved.push(`${label(op)} {${p.name}}`)
      values.set(p.name, value ?? unknownValue(p.schema))
    }
    return validRequest(op, slug, (p) => values.get(p.name) as string, overrides)
  }

  /**
   * Ids of B that the generic seeding cannot make: an answer file (multipart), an answer package (made by a
   * connector run; stored here through the same service), a discovery (needs a reachable database; inserted as the
   * row a finished one leaves), a completed retention sweep (needs a connected system; inserted likewise) and a DPIA
   * assessment (named by one of B's activity keys).
   */
  async function seedWithoutGenericCreate() {
    if (!requestOfB) throw new Error('B has no request to attach files and packages to')
    const boundary = '----tenant-isolation'
    const file = await as(ownerB, {
      method: 'POST',
      url: `/api/v1/orgs/${b.slug}/requests/${requestOfB}/answer-files`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="copie.pdf"\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    })
    expect(file.statusCode, `answer file in B: ${file.body}`).toBeLessThan(300)
    idsOfB.set(`${ORG_PREFIX}/requests/{id}/answer-files/{attachmentId}`, file.json().id)
    // A breach of B with an evidence file (multipart too): the breach through its own create operation.
    const createBreach = operations.find((o) => o.method === 'POST' && o.path === `${ORG_PREFIX}/breaches`)
    if (!createBreach) throw new Error('no operation creates a breach')
    const breach = await as(
      ownerB,
      validRequest(createBreach, b.slug, () => ''),
    )
    expect(breach.statusCode, `breach in B: ${breach.body}`).toBeLessThan(300)
    const evidence = await as(ownerB, {
      method: 'POST',
      url: `/api/v1/orgs/${b.slug}/breaches/${breach.json().id}/evidence`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="log.pdf"\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        ),
        Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    })
    expect(evidence.statusCode, `evidence in B: ${evidence.body}`).toBeLessThan(300)
    idsOfB.set(`${ORG_PREFIX}/breaches/{id}/evidence/{evidenceId}`, evidence.json().id)
    // A count of the people of B's breach, as its job records it (no connected system is needed to be refused).
    const count = await t.ctx.db
      .insertInto('breach_affected_counts')
      .values({ organization_id: b.id, breach_id: breach.json().id, query: {}, requested_by: {} })
      .returning('id')
      .executeTakeFirstOrThrow()
    idsOfB.set(`${ORG_PREFIX}/breaches/{id}/affected-counts/{countId}`, count.id)
    // A "run now" request of B, as its job records it (decision 0101).
    const sweep = await t.ctx.db
      .insertInto('retention_sweep_requests')
      .values({
        organization_id: b.id,
        status: 'done',
        requested_by: { type: 'system', id: null, label: 'test', requestId: null },
        result: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    idsOfB.set(`${ORG_PREFIX}/retention/sweeps/{id}`, sweep.id)
    const built = buildPackage(samplePackageInput('nl'))
    await storePackage(t.ctx, {
      organizationId: b.id,
      requestId: requestOfB,
      runId: null,
      language: 'nl',
      zip: built.zip,
      fileName: built.fileName,
    })
    const discovery = await t.ctx.db
      .insertInto('dataset_discoveries')
      .values({ organization_id: b.id, created_by: 'test', status: 'failed', progress: JSON.stringify({}) })
      .returning('id')
      .executeTakeFirstOrThrow()
    // Discoveries have no list: the one just made is B's.
    idsOfB.set(`${ORG_PREFIX}/datasets/discoveries/{id}`, discovery.id)
    // A DPIA assessment is named by the key of one of B's activities (B has none started yet).
    const activities = await as(ownerB, { method: 'GET', url: `/api/v1/orgs/${b.slug}/register/activities` })
    const activityKey = activities.json().items[0].data.key
    idsOfB.set(`${ORG_PREFIX}/dpia/assessments/{activityKey}`, activityKey)
    // A validated version of that DPIA with a signed copy (the rows as the decision and the upload leave them).
    const decidedOfB = await t.ctx.db
      .insertInto('dpia_assessments')
      .values({
        organization_id: b.id,
        activity_key: activityKey,
        version: 1,
        status: 'validated',
        content: JSON.stringify(storedAssessment.toStored(emptyAssessment())),
        created_by_label: 'test',
        decided_by_label: 'test',
        decided_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const copyOfB = randomUUID()
    await t.ctx.db
      .insertInto('dpia_signed_copies')
      .values({
        id: copyOfB,
        organization_id: b.id,
        assessment_id: decidedOfB.id,
        filename: 'signed.pdf',
        size_bytes: 9,
        sha256: '0'.repeat(64),
        content_encrypted: 'sealed',
        uploaded_by: 'test',
      })
      .execute()
    idsOfB.set(`${ORG_PREFIX}/dpia/assessments/{activityKey}/signed-copies/{copyId}`, copyOfB)
    const now = new Date()
    await t.ctx.db
      .insertInto('retention_runs')
      .values({
        id: randomUUID(),
        organization_id: b.id,
        rule_key: 'customer-records',
        dataset_key: 'chinook-postgres',
        system_key: 'chinook_db',
        collection: 'customer',
        action: 'delete',
        cutoff: '2019-01-01',
        today: '2026-01-01',
        status: 'completed',
        reason: null,
        ceiling: null,
        cursor_encrypted: null,
        approved_by_label: 'test',
        started_by_label: 'test',
        ended_at: now,
        lease_until: null,
      })
      .execute()
    // A completed end of a contract with a client of B (return or destroy needs B's systems; the row is enough).
    await t.ctx.db
      .insertInto('processor_contract_ends')
      .values({
        organization_id: b.id,
        client_id: null,
        client_name: 'Client of B',
        choice: 'destroy',
        decided_on: '2026-01-01',
        reference: 'B',
        requested_by: 'test',
        status: 'completed',
      })
      .execute()
  }

  /** B's organisation row and its rows in every table that has an organization_id column (found, not listed). */
  async function snapshot(): Promise<string> {
    const { rows: tables } = await sql<{ table_name: string }>`
      select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'organization_id' order by table_name`.execute(
      t.ctx.db,
    )
    expect(tables.length).toBeGreaterThan(10)
    const parts = [
      JSON.stringify(await t.ctx.db.selectFrom('organizations').selectAll().where('id', '=', b.id).execute()),
    ]
    for (const { table_name } of tables) {
      const { rows } = await sql<{ rows: string | null }>`
        select string_agg(t::text, '|' order by t::text) as rows
        from ${sql.table(table_name)} t where organization_id = ${b.id}`.execute(t.ctx.db)
      parts.push(`${table_name}: ${rows[0]?.rows ?? ''}`)
    }
    return parts.join('\n')
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    a = await createOrg(t.ctx, 'A BV')
    b = await createOrg(t.ctx, 'B BV')
    const memberA = await createMember(t.ctx, a, 'owner')
    userOfA = memberA.userId
    const memberB = await createMember(t.ctx, b, 'owner')
    ownerA = await signIn(app, memberA.email, memberA.password)
    ownerB = await signIn(app, memberB.email, memberB.password)
    operations = await orgOperations(app)

    // B gets something behind every kind of id: register, notice, mail, token, a subject with its parts, a request.
    await importRegister(
      t.ctx,
      systemActor('test'),
      b,
      registerDocumentSchema.parse(sampleRegister('B BV')),
      {
        mode: 'merge',
        dryRun: false,
      },
    )
    const storedB = toOrganization(
      await t.ctx.db.selectFrom('organizations').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow(),
    )
    await publishNotice(t.ctx, systemActor('test'), storedB, { material: false })
    await createHeldMail(t.ctx, b.id)
    // The Chinook system and its dataset: B gets a dataset key, and an ad hoc search gives it a connector run.
    await importRegister(t.ctx, systemActor('test'), b, chinookRegister(), { mode: 'merge', dryRun: false })
    const dataset = await as(ownerB, {
      method: 'PUT',
      url: `/api/v1/orgs/${b.slug}/datasets/chinook-postgres`,
      payload: {
        source: readFileSync(
          resolve(__dirname, '../../examples/datasets/chinook-postgres.dataset.yaml'),
          'utf8',
        ),
      },
    })
    expect(dataset.statusCode, dataset.body).toBeLessThan(300)
    const inB = (method: InjectOptions['method'], path: string, payload?: object) =>
      as(ownerB, { method, url: `/api/v1/orgs/${b.slug}${path}`, ...(payload ? { payload } : {}) })
    await inB('POST', '/api-tokens', { name: 'b', scopes: ['organization:read'] })
    const subject = (
      await inB('POST', '/subjects', {
        name: 'Jan Peeters',
        identities: [{ kind: 'email', value: 'jan@b.example.be' }],
      })
    ).json()
    for (const op of operations.filter(
      (o) => o.method === 'POST' && /\/subjects\/\{id\}\/\w+$/.test(o.path),
    )) {
      const request = validRequest(op, b.slug, () => subject.id)
      const res = await as(ownerB, request)
      expect(res.statusCode, `${label(op)} in B: ${res.body}`).toBeLessThan(300)
    }
    const create = operations.find((o) => o.method === 'POST' && o.path === `${ORG_PREFIX}/requests`)
    if (create) {
      const res = await as(
        ownerB,
        validRequest(create, b.slug, () => ''),
      )
      expect(res.statusCode, res.body).toBe(201)
      // Started, the request gets its tasks; an ad hoc search gives B a connector run.
      const requestId = res.json().id
      requestOfB = requestId
      for (const path of [`${ORG_PREFIX}/requests/{id}/actions/start`, `${ORG_PREFIX}/runs`]) {
        const op = operations.find((o) => o.method === 'POST' && o.path === path)
        if (!op) continue
        const done = await as(
          ownerB,
          validRequest(op, b.slug, () => requestId),
        )
        expect(done.statusCode, `${label(op)} in B: ${done.body}`).toBeLessThan(300)
        // Runs have no list of their own: the one just started is B's run.
        if (path.endsWith('/runs')) idsOfB.set(`${path}/{runId}`, done.json().id)
      }
    }

    // Resources whose create operation is not a POST on their own path, or needs values valid in B.
    const idOf = async (path: string, res: LightMyRequestResponse | Promise<LightMyRequestResponse>) => {
      const done = await res
      expect(done.statusCode, `seeding ${path} in B: ${done.body}`).toBeLessThan(300)
      idsOfB.set(`${ORG_PREFIX}${path}`, done.json().id)
    }
    await idOf(
      '/retention/holds/{id}',
      inB('POST', '/retention/holds', { scope: 'subject', subjectId: subject.id, reason: 'Litigation' }),
    )
    await idOf(
      '/suppression/entries/{id}',
      inB('POST', '/suppression/entries', {
        kind: 'email',
        value: 'object@b.example.be',
        reason: 'objection',
      }),
    )
    await idOf(
      '/suppression/opt-ins/{id}',
      inB('POST', '/suppression/opt-ins', { phone: '+32470123456', givenOn: '2026-01-05' }),
    )
    idsOfB.set(`${ORG_PREFIX}/consent/subjects/{subjectId}`, subject.id)
    // A withdrawal's call to one of B's systems: made by the job queue, so seeded as the log stores it (a
    // withdrawal event of B and its failed call); the chain of B is not what this test checks.
    const eventId = randomUUID()
    await t.ctx.db
      .insertInto('consent_events')
      .values({
        id: eventId,
        organization_id: b.id,
        seq: 1_000_000,
        subject_key: 'tenant-sweep',
        identity_kind: 'email',
        identity_masked: 'j***@b.example.be',
        purpose: 'newsletter',
        state: 'withdrawn',
        text_hash: null,
        language: 'nl',
        channel: 'web_form',
        method: 'withdraw',
        occurred_at: new Date(),
        recorded_at: new Date(),
        expires_at: null,
        source: null,
        ip: null,
        user_agent: null,
        evidence: null,
        external_ref: null,
        actor_type: 'system',
        actor_id: null,
        actor_label: 'test',
        prev_hash: 'tenant-sweep',
        hash: `tenant-sweep-${eventId}`,
      })
      .execute()
    const propagationId = randomUUID()
    await t.ctx.db
      .insertInto('consent_propagations')
      .values({
        id: propagationId,
        organization_id: b.id,
        consent_event_id: eventId,
        dataset_id: null,
        dataset_key: 'mailing',
        dataset_name: 'Mailing tool',
        purpose: 'newsletter',
        identity_encrypted: null,
        status: 'failed',
        last_error: 'HTTP 500',
        finished_at: new Date(),
      })
      .execute()
    idsOfB.set(`${ORG_PREFIX}/consent/propagations/{id}`, propagationId)
    const vendorKey = (await inB('GET', '/processors/vendors')).json().items[0].key
    await idOf(
      '/processors/agreements/{id}',
      inB('POST', `/processors/vendors/${vendorKey}/agreements`, { title: 'Verwerkersovereenkomst' }),
    )
    await idOf(
      '/processors/transfers/{id}',
      inB('POST', `/processors/vendors/${vendorKey}/transfers`, {
        country: 'US',
        mechanism: 'scc',
        sccModule: 2,
      }),
    )
    // A visitor's banner choice: what the cookie consent proof of B is looked up by.
    const served = await app.inject({
      method: 'POST',
      url: `/c/${b.slug}/events`,
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ t: 'served', id: 'visitor-of-b-0001', v: 0 }),
    })
    expect(served.statusCode, served.body).toBe(204)
    idsOfB.set(`${ORG_PREFIX}/cookies/consents/{consentId}`, 'visitor-of-b-0001')
    // A scanner proposal of B (made when a scan completes; inserted as the row a completed scan leaves).
    const proposal = await t.ctx.db
      .insertInto('cookie_proposals')
      .values({
        organization_id: b.id,
        kind: 'cookie',
        subject: 'winkelmand',
        page: 'https://www.b.example/',
        suggestion: JSON.stringify({
          $v: 1,
          serviceId: 'own-site',
          serviceName: 'B',
          provider: 'B',
          category: 'necessary',
          servicePurpose: '',
          hosts: [],
          purpose: '',
          duration: '',
          thirdCountry: null,
          url: null,
          known: false,
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    idsOfB.set(`${ORG_PREFIX}/cookies/proposals/{id}`, proposal.id)
    // A service of B's cookie inventory (changed or removed by its id).
    const inventoryOfB = await inB('PUT', '/cookies/inventory', {
      services: [{ id: 'analytics-of-b', name: 'Analytics of B', category: 'analytics' }],
    })
    expect(inventoryOfB.statusCode, inventoryOfB.body).toBe(200)
    idsOfB.set(`${ORG_PREFIX}/cookies/services/{serviceId}`, 'analytics-of-b')

    // Every other resource named by an id in a path (breaches, retention holds, the action plan, suppression,
    // processors, consent, cookies, webhooks, ...) is created in B through its own create operation - the POST on
    // the collection - so that each such operation is tried across tenants with a real id of B.
    await seedWithoutGenericCreate()
    const notSeeded: string[] = []
    for (const op of operations) {
      for (const [i, p] of op.params.entries()) {
        if (await resolveInB(op, i)) continue
        const upTo = op.path.slice(0, op.path.indexOf(`{${p.name}}`) - 1)
        const create = operations.find((o) => o.method === 'POST' && o.path === upTo)
        if (!create || idsOfB.has(`${upTo}/{${p.name}}`)) continue
        const parents = new Map<string, string>()
        for (const [j, q] of create.params.entries()) parents.set(q.name, (await resolveInB(create, j)) ?? '')
        const res = await as(
          ownerB,
          validRequest(create, b.slug, (q) => parents.get(q.name) ?? ''),
        )
        const created = res.statusCode < 300 ? res.json() : undefined
        const id = created?.[p.name] ?? created?.id ?? created?.key
        if (id) idsOfB.set(`${upTo}/{${p.name}}`, String(id))
        else notSeeded.push(`${label(create)}: ${res.statusCode} ${res.body.slice(0, 200)}`)
      }
    }
    console.info(`tenant isolation: create operations that gave B no id: ${notSeeded.join('; ') || 'none'}`)

    const all = await as(ownerA, {
      method: 'POST',
      url: `/api/v1/orgs/${a.slug}/api-tokens`,
      payload: { name: 'all', scopes: [...new Set(ACTIONS.map((action) => action.scope))] },
    })
    tokenA = all.json().secret
    snapshotOfB = await snapshot()
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const sweep = async (call: (op: OrgOperation) => Promise<LightMyRequestResponse>, expectOrg: boolean) => {
    const wrong: string[] = []
    for (let i = 0; i < operations.length; i += 8) {
      await Promise.all(
        operations.slice(i, i + 8).map(async (op) => {
          const res = await call(op)
          const detail = res.statusCode === 404 ? res.json().detail : undefined
          const ok = res.statusCode === 404 && (!expectOrg || detail === ORG_NOT_FOUND)
          if (!ok) wrong.push(`${label(op)}: ${res.statusCode} ${res.body.slice(0, 160)}`)
        }),
      )
    }
    return wrong
  }

  it('the callers of A may do every named action in A, so that only the tenant can be what refuses them', () => {
    expect(ACTIONS.filter((action) => !roleMay('owner', action)).map((action) => action.name)).toEqual([])
    expect(tokenA).toMatch(/^cus_/)
  })

  it("answers 404 to A's owner on every operation of B, exactly as for a missing organisation", async () => {
    const started = performance.now()
    unresolved = []
    const wrong = await sweep(async (op) => as(ownerA, await requestInB(op, b.slug)), true)
    console.info(
      `tenant isolation: ${operations.length} operations in ${Math.round(performance.now() - started)} ms; ` +
        `path parameters without a real id of B: ${[...new Set(unresolved)].join(', ') || 'none'}`,
    )
    expect(wrong).toEqual([])
    // Every path parameter had a real value of B: a new route whose id B cannot get must be seeded above.
    expect([...new Set(unresolved)]).toEqual([])
    const missing = await as(ownerA, { method: 'GET', url: '/api/v1/orgs/does-not-exist' })
    expect(missing.json().detail).toBe(ORG_NOT_FOUND)
    expect(operations.length).toBeGreaterThan(130)
  })

  it('answers 404 to an API token of A holding the scope of every action, on every operation of B', async () => {
    const wrong = await sweep(async (op) => withToken(tokenA, await requestInB(op, b.slug)), true)
    expect(wrong).toEqual([])
  })

  it("answers 404 to A's owner naming B's resources by id under A's own slug", async () => {
    // Ids (uuids), not keys: a key is a name each organisation chooses; A may have its own "mfa" measure.
    const byId = operations.filter((op) => op.params.some((p) => p.schema.format === 'uuid'))
    // Body values that are valid in A, so that only the id of B can be what is refused.
    const validInA = { assigneeId: userOfA, activityKey: undefined, controller: { name: 'Controller BV' } }
    const wrong = await sweep(async (op) => {
      if (!byId.includes(op)) return { statusCode: 404, json: () => ({}), body: '' } as LightMyRequestResponse
      return as(ownerA, await requestInB(op, a.slug, validInA))
    }, false)
    expect(wrong).toEqual([])
    expect(byId.length).toBeGreaterThan(40)
  })

  it('leaves every row of B as it was', async () => {
    expect(await snapshot()).toBe(snapshotOfB)
  })
})
