import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { type RegisterInput, registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { findOrganizationById, type Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { sampleRegister } from './support/register'

/**
 * The sample register plus HR files about employees and a website log that names no subject category: a client's
 * request lists the client systems and the website, not the HR files (issue 15, item 6).
 */
function registerWithHr(): RegisterInput {
  const base = sampleRegister()
  const bookkeeping = base.activities?.[0]
  if (!bookkeeping) throw new Error('the sample register has an activity')
  return {
    ...base,
    activities: [
      bookkeeping,
      {
        ...bookkeeping,
        key: 'payroll',
        name: { nl: 'Personeelsadministratie', fr: 'Administration du personnel', en: 'Personnel files' },
        subjectCategories: ['employees', 'former_employees'],
        systems: ['hr-files'],
      },
      {
        ...bookkeeping,
        key: 'website-log',
        name: { en: 'Website log' },
        subjectCategories: [],
        systems: ['web-log'],
      },
    ],
    systems: [
      ...(base.systems ?? []),
      { key: 'hr-files', name: 'HR files', type: 'paper', hostingCountry: 'BE' },
      { key: 'web-log', name: 'Web server log', type: 'on_premise', hostingCountry: 'BE' },
    ],
  }
}

type Call = ReturnType<typeof asUser>

describe('the checklist of a request lists the systems of the activities about the requester', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let agent: Call
  const api = () => `/api/v1/orgs/${org.slug}`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Bakkerij Janssens')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(registerWithHr()), {
      mode: 'merge',
      dryRun: false,
    })
    org = (await findOrganizationById(t.ctx.db, org.id)) ?? org
    const a = await createMember(t.ctx, org, 'agent')
    agent = asUser(app, await signIn(app, a.email, a.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const person = async (email: string, relationships: string[]) => {
    const res = await agent('POST', `${api()}/subjects`, {
      name: email,
      language: 'nl',
      identities: [{ kind: 'email', value: email }],
      relationships: relationships.map((relationship) => ({ relationship })),
    })
    expect(res.statusCode, res.body).toBe(201)
  }

  /** A request from `email`, started: the checklist is made then. */
  const startedRequest = async (email: string) => {
    const created = await agent('POST', `${api()}/requests`, {
      channel: 'email',
      receivedAt: toBrusselsDate(new Date()),
      subject: { name: 'Requester', email },
      types: ['access'],
      language: 'nl',
    })
    expect(created.statusCode, created.body).toBe(201)
    const started = await agent('POST', `${api()}/requests/${created.json().id}/actions/start`, {})
    expect(started.statusCode, started.body).toBe(200)
    const detail = started.json()
    return {
      systems: (detail.tasks as { systemKey: string | null }[])
        .map((task) => task.systemKey)
        .filter((key) => key !== null)
        .sort(),
      /** The last task names the systems left out, to be searched if the requester is also someone else. */
      leftOut: (detail.tasks as { systemKey: string | null; title: string }[]).filter(
        (t) => t.systemKey === null,
      ),
      scope: detail.checklistScope,
    }
  }

  it("a client's request does not list the HR files; the website that names no category stays", async () => {
    await person('klant@example.be', ['client'])
    const { systems, scope, leftOut } = await startedRequest('klant@example.be')
    expect(systems).toEqual(['cloudbooks-app', 'web-log'])
    // Not dropped in silence: one task names the HR files, should the client also be a (former) employee.
    expect(leftOut).toHaveLength(1)
    expect(leftOut[0]?.title).toContain('personenindex')
    expect(leftOut[0]?.title).toContain('HR files')
    expect(leftOut[0]?.title).not.toContain('Web server log')
    expect(scope).toEqual({ reason: 'relationship', relationships: ['client'], categories: ['clients'] })
  })

  it("a former employee's request lists the HR files and not the client bookkeeping", async () => {
    await person('ex@example.be', ['former_employees'])
    const { systems, scope, leftOut } = await startedRequest('ex@example.be')
    expect(systems).toEqual(['hr-files', 'web-log'])
    expect(leftOut.map((t) => t.title.includes('HR files'))).toEqual([false])
    expect(scope.reason).toBe('relationship')
  })

  it('keeps every system, and says why, when the relationship is unknown', async () => {
    const all = ['cloudbooks-app', 'hr-files', 'web-log']
    expect(await startedRequest('stranger@example.be')).toEqual({
      systems: all,
      leftOut: [],
      scope: { reason: 'no_subject', relationships: [], categories: [] },
    })
    await person('nobody@example.be', [])
    expect((await startedRequest('nobody@example.be')).scope.reason).toBe('no_relationship')
    // One relationship the register does not know could concern any system.
    await person('both@example.be', ['clients', 'volunteer'])
    expect(await startedRequest('both@example.be')).toEqual({
      systems: all,
      leftOut: [],
      scope: { reason: 'not_in_register', relationships: ['volunteer'], categories: [] },
    })
  })
})
