import { readFileSync } from 'node:fs'
import fc from 'fast-check'
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

/** The hand-made fixture in the CNIL PIA software's export format (not a file from the CNIL's software). */
const fixtureText = readFileSync(new URL('./fixtures/cnil-pia-export.json', import.meta.url), 'utf8')
const fixture = () => JSON.parse(fixtureText) as Record<string, unknown>

describe('DPIA: import of the CNIL PIA software’s JSON (hand-made fixture in the CNIL format)', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let auditor: ReturnType<typeof asUser>
  let stranger: ReturnType<typeof asUser>
  const base = () => `/api/v1/orgs/${org.slug}/dpia/assessments/bookkeeping`
  const cnil = (query = '') => `${base()}/import/cnil-pia${query}`

  /** What an import must leave unchanged when it is refused or only previewed. */
  const state = async () => {
    const versions = await t.ctx.db
      .selectFrom('dpia_assessments')
      .select(['version', 'status', 'content'])
      .where('organization_id', '=', org.id)
      .orderBy('version')
      .execute()
    const actions = await t.ctx.db
      .selectFrom('action_plan_actions')
      .select(['source_key', 'status'])
      .where('organization_id', '=', org.id)
      .orderBy('source_key')
      .execute()
    const saved = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'dpia.assessment_saved')
      .execute()
    return JSON.stringify({ versions, actions, saved: saved.length })
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Belcall BV')
    owner = asUser(
      app,
      await (async () => {
        const m = await createMember(t.ctx, org, 'owner')
        return signIn(app, m.email, m.password)
      })(),
    )
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    const other = await createOrg(t.ctx, 'Ander BV')
    const s = await createMember(t.ctx, other, 'owner')
    stranger = asUser(app, await signIn(app, s.email, s.password))
    await importRegister(
      t.ctx,
      systemActor('test'),
      org,
      registerDocumentSchema.parse(sampleRegister('Belcall BV')),
      {
        mode: 'merge',
        dryRun: false,
      },
    )
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('previews what becomes the draft and what does not, storing nothing', async () => {
    const before = await state()
    const res = await owner('POST', cnil('?lang=en&dryRun=true'), fixture())
    expect(res.statusCode, res.body).toBe(200)
    const preview = res.json()
    expect(preview).toMatchObject({
      dryRun: true,
      format: 'cnil-pia',
      version: 1,
      previous: null,
      fileStatus: 'validated_signed',
      fileStatusLabel: 'validated with signature',
      decisionInFile: true,
      piaName: "Centre d'appels - rappel des affiliés",
    })
    expect(preview.content.risks.illegitimate_access.initial).toEqual({ severity: 3, likelihood: 3 })
    expect(preview.notImported).toContainEqual({
      path: 'pia.status',
      label: 'Status of the PIA in the file',
      reason: 'decision',
      reasonLabel: 'A decision is not taken over: the DPIA is validated or refused in Custos by a person.',
      excerpt: 'validated with signature',
    })
    expect(await state()).toBe(before)
    expect((await owner('GET', base())).json().version).toBeNull()
  })

  it('imports it as a new draft version: the fields, the planned measures as actions, an audited save', async () => {
    const res = await owner('POST', cnil('?lang=en'), fixture())
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ dryRun: false, version: 1, previous: null })
    const a = (await owner('GET', `${base()}?lang=en`)).json()
    expect(a).toMatchObject({ version: 1, status: 'draft', decidedBy: null })
    expect(a.content.principles.restriction_objection.evaluation).toBe('to_correct')
    expect(a.content.existingMeasuresText).toContain('- Sauvegardes (addresses: Disappearance of data)')
    expect(a.content.dpoOpinion).toContain('Els Peeters')
    expect(a.riskMap.map((p: { risk: string }) => p.risk)).toEqual([
      'illegitimate_access',
      'unwanted_modification',
    ])
    // The file's validation is not a Custos decision: the draft is blocked until every risk is estimated.
    expect(a.validationRefusal).toBe('risks_incomplete')
    const actions = await t.ctx.db
      .selectFrom('action_plan_actions')
      .select(['source_key', 'status', 'priority', 'due_date'])
      .where('organization_id', '=', org.id)
      .where('source', '=', 'dpia.measure')
      .orderBy('source_key')
      .execute()
    expect(actions.map((x) => [x.source_key, x.status, x.priority])).toEqual([
      ['bookkeeping/m1', 'open', 'medium'],
      ['bookkeeping/m2', 'open', 'high'],
      ['bookkeeping/m3', 'open', 'medium'],
      ['bookkeeping/m4', 'open', 'medium'],
    ])
    const event = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('action', '=', 'dpia.assessment_saved')
      .executeTakeFirstOrThrow()
    expect(event.summary).toMatchObject({ activity: 'bookkeeping', version: 1, imported: 'cnil-pia' })
    expect((event.summary as { notImportedPaths: string[] }).notImportedPaths).toContain('pia.status')
  })

  it('never overwrites a draft: a second import is version 2, version 1 stays as it was', async () => {
    const edited = await owner('PUT', base(), {
      ...(await owner('GET', base())).json().content,
      peopleViews: 'Edited in Custos after the import.',
    })
    expect(edited.statusCode, edited.body).toBe(200)
    expect(edited.json().version).toBe(1)
    const preview = (await owner('POST', cnil('?lang=fr&dryRun=true'), fixture())).json()
    expect(preview).toMatchObject({
      version: 2,
      previous: { version: 1, status: 'draft', statusLabel: 'Brouillon', plannedMeasures: 4 },
    })
    const res = await owner('POST', cnil('?lang=fr'), fixture())
    expect(res.statusCode, res.body).toBe(200)
    const a = (await owner('GET', base())).json()
    expect(a.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'draft'],
    ])
    expect(a.content.peopleViews).toContain('Panel de 12 affiliés')
    expect((await owner('GET', `${base()}?version=1`)).json().content.peopleViews).toBe(
      'Edited in Custos after the import.',
    )
    const byKey = await t.ctx.db
      .selectFrom('action_plan_actions')
      .select(['source_key', 'status'])
      .where('organization_id', '=', org.id)
      .where('source', '=', 'dpia.measure')
      .orderBy('source_key')
      .execute()
    // Version 2's measures are new actions; version 1's are closed (the assessment is now version 2).
    expect(byKey.filter((x) => x.status === 'open').map((x) => x.source_key)).toEqual([
      'bookkeeping/m5',
      'bookkeeping/m6',
      'bookkeeping/m7',
      'bookkeeping/m8',
    ])
  })

  it('refuses a bad file with problem+json naming the field, and changes nothing', async () => {
    const before = await state()
    const wrong = fixture()
    ;((wrong.answers as unknown[])[22] as { data: { gauge: unknown } }).data.gauge = 'high'
    const typed = expectProblem(await owner('POST', cnil(), wrong), 422)
    expect(typed.code).toBe('cnil_pia_file_invalid')
    expect(typed.errors?.map((e) => e.path)).toEqual(['body.answers.22.data.gauge'])

    const custos = expectProblem(await owner('POST', cnil(), { format: 'custos.dpia/v1', content: {} }), 422)
    expect(custos.code).toBe('cnil_pia_file_invalid')
    expect(custos.errors?.[0]?.path).toBe('body.pia')

    const truncated = expectProblem(
      await owner('POST', cnil(), fixtureText.slice(0, 5000), { 'content-type': 'application/json' }),
      400,
    )
    expect(truncated.code).toBe('invalid_json')
    expect(truncated.errors?.[0]?.path).toBe('body')
    expect(
      expectProblem(await owner('POST', cnil(), [1, 2], { 'content-type': 'application/json' }), 400).code,
    ).toBe('schema_mismatch')
    expect(await state()).toBe(before)
  })

  it('fuzzed files (truncated, fields of the wrong type): never a 500, nothing stored when refused', async () => {
    const paths: (string | number)[][] = []
    const walk = (v: unknown, path: (string | number)[]) => {
      if (path.length) paths.push(path)
      if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i])
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
    }
    walk(fixture(), [])
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 0, max: fixtureText.length - 1 }).map((end) => fixtureText.slice(0, end)),
          fc.tuple(fc.constantFrom(...paths), fc.jsonValue()).map(([path, value]) => {
            const file = fixture()
            let at: Record<string | number, unknown> = file
            for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
            at[path.at(-1) as string | number] = value
            return JSON.stringify(file)
          }),
        ),
        async (body) => {
          const before = await state()
          const res = await owner('POST', cnil('?dryRun=true'), body, { 'content-type': 'application/json' })
          expect([200, 400, 422], res.body).toContain(res.statusCode)
          // An empty file is refused by the JSON parser before the route: 400 invalid_json naming `body`.
          if (body === '') {
            expect(res.statusCode).toBe(400)
            expect(res.json().errors?.[0]?.path).toBe('body')
          } else if (res.statusCode !== 200)
            expect(res.json().code).toMatch(
              /^(invalid_json|schema_mismatch|cnil_pia_file_invalid|unstorable_text)$/,
            )
          expect(await state()).toBe(before)
        },
      ),
      { numRuns: 30 },
    )
  })

  it('is scoped to the organisation and needs dpia:write; an unknown activity is 404', async () => {
    const before = await state()
    expectProblem(await auditor('POST', cnil(), fixture()), 403)
    const foreign = await stranger('POST', cnil(), fixture())
    expect([403, 404], foreign.body).toContain(foreign.statusCode)
    expectProblem(
      await owner('POST', `/api/v1/orgs/${org.slug}/dpia/assessments/nope/import/cnil-pia`, fixture()),
      404,
    )
    expect(await state()).toBe(before)
  })
})
