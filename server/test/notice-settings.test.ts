import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'

/**
 * Issue 12: the notice settings (the register's notice section) are stored with the organisation, edited through
 * the API, read by the notice, kept by a register import and export, and refused field by field when invalid.
 */
describe('notice settings: read, replace, validate, import and export', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let agent: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}/notice/settings`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Installateur Claes BV')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const helper = await createMember(t.ctx, org, 'agent')
    agent = asUser(app, await signIn(app, helper.email, helper.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('starts from the defaults, and the notice then claims nothing about selling or sharing', async () => {
    const res = await po('GET', api())
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      settings: { requestPostalAddress: true, portal: true },
      can: { edit: true },
      findings: [],
    })
    const preview = (await po('GET', `/api/v1/orgs/${org.slug}/notice/preview?lang=en`)).json()
    expect(preview.html).not.toContain('We do not sell your data')
  })

  it('stores the settings, which the notice then states, and records who changed what', async () => {
    const settings = {
      sellsData: false,
      requestPostalAddress: true,
      portal: true,
      requestChannels: [
        {
          channel: 'phone',
          contact: '+32 2 123 45 67',
          details: { nl: 'werkdagen 9-17 uur', en: 'weekdays 9-5' },
        },
      ],
      breachCommunication: { withinHours: 48 },
      sharesOnlyWithPermission: true,
      thirdPartyLinks: true,
    }
    const saved = await po('PUT', api(), settings)
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json().settings).toEqual(settings)
    expect((await po('GET', api())).json().settings).toEqual(settings)
    const preview = (await po('GET', `/api/v1/orgs/${org.slug}/notice/preview?lang=en`)).json()
    expect(preview.html).toContain('We do not sell your data')
    expect(preview.html).toContain('+32 2 123 45 67')
    expect(preview.html).toContain('48 hours')
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'notice.settings_updated')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.summary).toMatchObject({
      changed: expect.arrayContaining(['sellsData', 'requestChannels', 'breachCommunication']),
    })
  })

  it('reports, with the settings, what the register check finds about them, in the language asked', async () => {
    // The sample register has no website, so links to other websites contradict it.
    const saved = (await po('GET', `${api()}?lang=fr`)).json()
    expect(saved.findings).toEqual([
      expect.objectContaining({
        rule: 'notice.third-party-links-without-website',
        severity: 'warning',
        path: 'notice.thirdPartyLinks',
        message: expect.stringContaining('mais le registre n’indique aucun site web'),
      }),
    ])
    const cleared = await po('PUT', `${api()}?lang=en`, {
      ...saved.settings,
      thirdPartyLinks: undefined,
      portal: false,
      requestPostalAddress: false,
    })
    expect(cleared.statusCode, cleared.body).toBe(200)
    // Still reachable by e-mail (the organisation's address), so no finding about request channels either.
    expect(cleared.json().findings).toEqual([])
    const restored = await po('PUT', api(), saved.settings)
    expect(restored.json().findings.map((f: { rule: string }) => f.rule)).toEqual([
      'notice.third-party-links-without-website',
    ])
    // Only notice rules: the linter's other findings belong to the register pages.
    expect(restored.json().findings.every((f: { path: string }) => f.path.startsWith('notice.'))).toBe(true)
  })

  it('keeps the settings through a register export and import', async () => {
    const file = await po('GET', `/api/v1/orgs/${org.slug}/register/file?format=json`)
    expect(file.statusCode).toBe(200)
    const exported = JSON.parse(file.body)
    expect(exported.notice).toMatchObject({ sellsData: false, thirdPartyLinks: true })
    exported.notice.thirdPartyLinks = false
    const imported = await po('POST', `/api/v1/orgs/${org.slug}/register/import`, exported)
    expect(imported.statusCode, imported.body).toBe(200)
    expect(imported.json().organizationChanged).toContain('notice')
    expect((await po('GET', api())).json().settings).toMatchObject({
      sellsData: false,
      thirdPartyLinks: false,
    })
  })

  it('refuses invalid fields as problem+json naming each field with its code, and changes nothing', async () => {
    const before = (await po('GET', api())).json().settings
    const res = await po('PUT', api(), {
      requestEmail: 'not an address',
      requestChannels: [{ channel: 'phone' }],
      breachCommunication: { withinHours: 0 },
      unknownField: true,
    })
    const problem = expectProblem(res, 400)
    const paths = (problem.errors ?? []).map((e: { path: string }) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.requestEmail',
        'body.requestChannels.0.contact',
        'body.breachCommunication.withinHours',
      ]),
    )
    for (const error of problem.errors ?? []) expect((error as { code?: string }).code).toBeTruthy()
    expect((await po('GET', api())).json().settings).toEqual(before)
  })

  it('lets an agent read but not change them', async () => {
    const read = await agent('GET', api())
    expect(read.statusCode).toBe(200)
    expect(read.json().can).toEqual({ edit: false })
    expectProblem(await agent('PUT', api(), { sellsData: false }), 403)
  })
})
