import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PolicyAction, roleMay } from '../src/auth/policy'
import { ROLES } from '../src/auth/roles'
import type { Role } from '../src/db/schema'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { ACTIONS, actionNamed } from '../src/modules/policies'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { type Session, signIn } from './support/http'
import {
  label,
  ORG_PREFIX,
  type OrgOperation,
  orgOperations,
  unknownValue,
  validRequest,
} from './support/org-operations'
import { buildAppWithRoutes, type RouteInfo } from './support/routes'

/**
 * The role matrix, generated: every organisation-scoped operation of the OpenAPI document, every role. The
 * named action an operation performs is read from the gate itself (an API token lacking its scope is told the
 * scope and the action); which roles may do it comes from the features' policy declarations
 * (modules/<feature>/policy.ts, aggregated in modules/policies.ts). A role that may not gets exactly 403 naming
 * the action; a role that may gets past the gate. Requests are valid (built from the schemas) so that they reach
 * the gate, and name resources that do not exist, so that allowed calls change nothing.
 */

/**
 * Operations that change nothing although they are not GET: they may need only a read scope. Reading a person's
 * consent, or the unsubscribe link of one, is a POST so that the identity stays out of URLs and logs; so are the
 * marketing checks (identifiers, or a campaign file).
 */
const READS_BY_POST = new Set<string>([
  'POST /consent/status',
  'POST /consent/proof',
  'POST /consent/unsubscribe-links',
  'POST /suppression/check',
  'POST /suppression/check-file',
])
/**
 * Reads that need a write scope, on purpose. Polling a discovery is the second half of starting one
 * (`dataset:discover`, scope `connectors:write`), and its proposal is exactly what the synchronous POST /datasets/discover answers only to
 * `connectors:write`; a read gate here would hand agents and auditors what that route refuses them. The proposal is
 * a draft of the connected schema - its tables and columns, also those the organisation will not describe, with
 * categories and identity kinds guessed from sampled values - encrypted at rest and deleted once a day old (when the
 * organisation starts the next discovery), and its
 * id is only given to whoever started it (there is no list). What `connectors:read` shows is the reviewed, saved
 * dataset (GET /datasets/{key}). The test below holds the exception to exactly the action of starting one.
 *
 * Downloading a breach's evidence file (`breach:evidence`, scope `breaches:write`): evidence may hold the very data
 * that leaked (a copy of the stolen file, a screenshot of it), so only those who handle the breach open it; whoever
 * reads breaches sees the list of files, not their content.
 */
const READS_NEEDING_WRITE = new Map<string, string>([
  ['GET /datasets/discoveries/{id}', 'dataset:discover'],
  ['GET /breaches/{id}/evidence/{evidenceId}', 'breach:evidence'],
  // The task list in clear is for the person who does the sweep's work, not for an auditor (decision 0110).
  ['GET /retention/runs/{id}/items.csv', 'retention:write'],
])
const STARTS_A_DISCOVERY = 'POST /datasets/discoveries'

/** Operations whose action depends on the body: each variant is a case of its own in the matrix. */
const BODY_VARIANTS: Record<string, Record<string, unknown>[]> = {
  'POST /requests/{id}/runs': [
    { action: 'erasure' },
    { action: 'rectification' },
    { action: 'erasure', dryRun: true },
  ],
}

/** Two tokens with one scope each: no action rests on both, so one of them is refused and told the action. */
const PROBE_SCOPES = ['api_tokens:read', 'organization:read']

interface Case {
  label: string
  op: OrgOperation
  overrides: Record<string, unknown>
}

describe('role matrix, generated from the OpenAPI document and the policy', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let operations: OrgOperation[]
  let routes: RouteInfo[]
  let cases: Case[]
  const sessions = {} as Record<Role, Session>
  const probes: string[] = []
  /** Operations run a few at a time: they name resources that do not exist, so they do not interfere. */
  const inBatches = async <T>(items: T[], run: (item: T) => Promise<void>, size = 8) => {
    for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run))
  }
  /** The action each case performs, as the gate named it. */
  const actionOf = new Map<string, PolicyAction>()

  const as = (session: Session, request: InjectOptions) =>
    app.inject({
      ...request,
      headers: { ...request.headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    })
  const withToken = (token: string, request: InjectOptions) =>
    app.inject({ ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } })
  // Changing the slug is the one allowed call that would change the organisation itself: it is sent its own slug.
  const requestFor = (c: Case) =>
    validRequest(
      c.op,
      org.slug,
      (p) => unknownValue(p.schema),
      label(c.op) === 'PUT /slug' ? { ...c.overrides, slug: org.slug } : c.overrides,
    )

  beforeAll(async () => {
    t = await createTestContext()
    ;({ app, routes } = await buildAppWithRoutes(t.ctx))
    org = await createOrg(t.ctx)
    for (const role of ROLES) {
      const m = await createMember(t.ctx, org, role)
      sessions[role] = await signIn(app, m.email, m.password)
    }
    operations = await orgOperations(app)
    cases = operations.flatMap((op) => [
      { label: label(op), op, overrides: {} },
      ...(BODY_VARIANTS[label(op)] ?? []).map((overrides) => ({
        label: `${label(op)} ${JSON.stringify(overrides)}`,
        op,
        overrides,
      })),
    ])
    for (const scope of PROBE_SCOPES) {
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

  it('every organisation route the application registers is in the matrix (none left out of the document)', () => {
    const inMatrix = new Set(operations.map((op) => `${op.method} ${op.path}`))
    const orgRoutes = routes.filter((r) => r.path === ORG_PREFIX || r.path.startsWith(`${ORG_PREFIX}/`))
    expect(orgRoutes.length).toBeGreaterThan(50)
    expect(orgRoutes.map((r) => `${r.method} ${r.path}`).filter((route) => !inMatrix.has(route))).toEqual([])
  })

  it('every operation names the action it performs, and writes are actions on a write scope', async () => {
    const unknown: string[] = []
    await inBatches(cases, async (c) => {
      const found = new Set<string>()
      const passedWith = new Set<string>()
      const answers = await Promise.all(probes.map((token) => withToken(token, requestFor(c))))
      for (const [i, res] of answers.entries()) {
        // The refusal names the action and the scope in its params (code token_scope_missing), not only in words.
        const problem = res.json()
        const { action: name, scope } =
          problem.code === 'token_scope_missing' ? (problem.params ?? {}) : ({} as Record<string, string>)
        if (res.statusCode === 403 && name) {
          const action = actionNamed(name)
          if (action?.scope === scope) found.add(name)
          else unknown.push(`${c.label}: the gate names ${name} on ${scope}, the policy ${action?.scope}`)
        } else if (res.statusCode !== 400) passedWith.add(PROBE_SCOPES[i] as string)
        else
          unknown.push(
            `${c.label}: the request built from the schemas is refused: ${JSON.stringify(res.json().errors)}`,
          )
      }
      const [only, ...more] = [...found]
      const action = only ? actionNamed(only) : undefined
      if (!action || more.length || [...passedWith].some((scope) => scope !== action.scope))
        unknown.push(`${c.label}: ${[...found].join(', ')}; passed with ${[...passedWith].join(', ')}`)
      else actionOf.set(c.label, action)
    })
    expect(unknown).toEqual([])
    const writesOnRead = cases
      .filter((c) => c.op.method !== 'GET' && !READS_BY_POST.has(c.label))
      .filter((c) => actionOf.get(c.label)?.scope.endsWith(':read'))
      .map((c) => c.label)
    expect(writesOnRead).toEqual([])
    const readsNeedingWrite = cases
      .filter((c) => c.op.method === 'GET' && !READS_NEEDING_WRITE.has(c.label))
      .filter((c) => actionOf.get(c.label)?.scope.endsWith(':write'))
      .map((c) => `${c.label} ${actionOf.get(c.label)?.name}`)
    expect(readsNeedingWrite).toEqual([])
    expect(actionOf.get(STARTS_A_DISCOVERY)?.name).toBe('dataset:discover')
    for (const [read, action] of READS_NEEDING_WRITE) expect(actionOf.get(read)?.name, read).toBe(action)
    // Every declared action is performed by some operation: no name stands for nothing.
    const performed = new Set([...actionOf.values()].map((a) => a.name))
    expect(ACTIONS.map((a) => a.name).filter((name) => !performed.has(name))).toEqual([])
    expect(actionOf.get('POST /requests/{id}/runs {"action":"erasure"}')?.name).toBe('request:erase')
    expect(actionOf.get('POST /requests/{id}/runs {"action":"erasure","dryRun":true}')?.name).toBe(
      'request:run',
    )
  })

  it('a role the action is not for gets exactly 403 naming it, a role it is for gets past the gate', async () => {
    expect(actionOf.size).toBe(cases.length)
    const wrong: string[] = []
    const started = performance.now()
    await inBatches(cases, async (c) => {
      const needed = actionOf.get(c.label) as PolicyAction
      const answers = await Promise.all(
        ROLES.map(
          async (role): Promise<[Role, LightMyRequestResponse]> => [
            role,
            await as(sessions[role], requestFor(c)),
          ],
        ),
      )
      for (const [role, res] of answers) {
        const allowed = roleMay(role, needed)
        const refused =
          res.statusCode === 403 &&
          res.json().code === 'forbidden' &&
          res.json().params?.action === needed.name
        const ok = allowed ? res.statusCode !== 403 && res.statusCode < 500 : refused
        if (!ok)
          wrong.push(`${c.label} as ${role} (${needed.name}): ${res.statusCode} ${res.body.slice(0, 160)}`)
      }
    })
    console.info(
      `role matrix: ${cases.length} cases of ${operations.length} operations x ${ROLES.length} roles in ${Math.round(performance.now() - started)} ms`,
    )
    expect(wrong).toEqual([])
  })
})
