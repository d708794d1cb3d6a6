import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Ability, isAbility, roleCan } from '../src/auth/policy'
import { ROLES } from '../src/auth/roles'
import type { OrganizationRow, Role } from '../src/db/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { type Session, signIn } from './support/http'
import { label, type OrgOperation, orgOperations, unknownValue, validRequest } from './support/org-operations'

/**
 * The role matrix, generated: every organisation-scoped operation of the OpenAPI document, every role. The
 * ability an operation requires is read from the gate itself (an API token lacking it is told which scope is
 * missing); whether a role holds it comes from the policy declarations (auth/policy.ts). A role without it gets
 * exactly 403; a role with it gets past the gate. Requests are valid (built from the schemas) so that they reach
 * the gate, and name resources that do not exist, so that allowed calls change nothing.
 */

/** Operations that change nothing although they are not GET: they may need only a read ability. None today. */
const READS_BY_POST = new Set<string>([])
/**
 * Reads that need a write ability, on purpose. Polling a discovery is the second half of starting one
 * (`connectors:write`), and its proposal is exactly what the synchronous POST /datasets/discover answers only to
 * `connectors:write`; a read gate here would hand agents and auditors what that route refuses them. The proposal is
 * a draft of the connected schema - its tables and columns, also those the organisation will not describe, with
 * categories and identity kinds guessed from sampled values - encrypted at rest and deleted once a day old (when the
 * organisation starts the next discovery), and its
 * id is only given to whoever started it (there is no list). What `connectors:read` shows is the reviewed, saved
 * dataset (GET /datasets/{key}). The test below holds the exception to exactly the ability of starting one.
 */
const READS_NEEDING_WRITE = new Set<string>(['GET /datasets/discoveries/{id}'])
const STARTS_A_DISCOVERY = 'POST /datasets/discoveries'

describe('role matrix, generated from the OpenAPI document and the policy', () => {
  let t: TestContext
  let app: App
  let org: OrganizationRow
  let operations: OrgOperation[]
  const sessions = {} as Record<Role, Session>
  const probes: string[] = []
  /** Operations run a few at a time: they name resources that do not exist, so they do not interfere. */
  const inBatches = async <T>(items: T[], run: (item: T) => Promise<void>, size = 8) => {
    for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run))
  }
  const ability = new Map<string, Ability>()

  const as = (session: Session, request: InjectOptions) =>
    app.inject({
      ...request,
      headers: { ...request.headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    })
  const withToken = (token: string, request: InjectOptions) =>
    app.inject({ ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } })
  const requestFor = (op: OrgOperation) => validRequest(op, org.slug, (p) => unknownValue(p.schema))

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    for (const role of ROLES) {
      const m = await createMember(t.ctx, org, role)
      sessions[role] = await signIn(app, m.email, m.password)
    }
    operations = await orgOperations(app)
    // Two tokens with one scope each: for every operation, at least one of them is refused and told the scope.
    for (const scope of ['api_tokens:read', 'organization:read']) {
      const res = await as(sessions.owner, {
        method: 'POST',
        url: `/api/v1/orgs/${org.slug}/api-tokens`,
        payload: { name: scope, scopes: [scope] },
      })
      probes.push(res.json().secret)
    }
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('every operation names the ability it requires, and writes require a write ability', async () => {
    const unknown: string[] = []
    await inBatches(operations, async (op) => {
      const found = new Set<string>()
      const answers = await Promise.all(probes.map((token) => withToken(token, requestFor(op))))
      for (const [i, res] of answers.entries()) {
        const missing = /lacks the scope (\S+)\.$/.exec(res.json().detail ?? '')?.[1]
        if (res.statusCode === 403 && missing) found.add(missing)
        else if (res.statusCode !== 400) found.add(i === 0 ? 'api_tokens:read' : 'organization:read')
        else
          unknown.push(
            `${label(op)}: the request built from the schemas is refused: ${JSON.stringify(res.json().errors)}`,
          )
      }
      const [only, ...more] = [...found]
      if (!only || more.length || !isAbility(only)) unknown.push(`${label(op)}: ${[...found].join(', ')}`)
      else ability.set(label(op), only)
    })
    expect(unknown).toEqual([])
    const writesOnRead = operations
      .filter((op) => op.method !== 'GET' && !READS_BY_POST.has(label(op)))
      .filter((op) => ability.get(label(op))?.endsWith(':read'))
      .map(label)
    expect(writesOnRead).toEqual([])
    const readsNeedingWrite = operations
      .filter((op) => op.method === 'GET' && !READS_NEEDING_WRITE.has(label(op)))
      .filter((op) => ability.get(label(op))?.endsWith(':write'))
      .map((op) => `${label(op)} ${ability.get(label(op))}`)
    expect(readsNeedingWrite).toEqual([])
    expect(ability.get(STARTS_A_DISCOVERY)).toBe('connectors:write')
    for (const read of READS_NEEDING_WRITE)
      expect(ability.get(read), read).toBe(ability.get(STARTS_A_DISCOVERY))
  })

  it('a role without the ability gets exactly 403, a role with it gets past the gate', async () => {
    expect(ability.size).toBe(operations.length)
    const wrong: string[] = []
    const started = performance.now()
    await inBatches(operations, async (op) => {
      const needed = ability.get(label(op)) as Ability
      const answers = await Promise.all(
        ROLES.map(
          async (role): Promise<[Role, LightMyRequestResponse]> => [
            role,
            await as(sessions[role], requestFor(op)),
          ],
        ),
      )
      for (const [role, res] of answers) {
        const allowed = roleCan(role, needed)
        const refused =
          res.statusCode === 403 && res.json().detail === 'Your role does not allow this action.'
        const ok = allowed ? res.statusCode !== 403 && res.statusCode < 500 : refused
        if (!ok)
          wrong.push(`${label(op)} as ${role} (${needed}): ${res.statusCode} ${res.body.slice(0, 160)}`)
      }
    })
    console.info(
      `role matrix: ${operations.length} operations x ${ROLES.length} roles in ${Math.round(performance.now() - started)} ms`,
    )
    expect(wrong).toEqual([])
  })
})
