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

/** Custos's own DPIA file (decision 0099): export, preview, import as a new draft version - never over one. */
describe('DPIA: import of a Custos DPIA file (custos.dpia/v1)', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let auditor: ReturnType<typeof asUser>
  let stranger: ReturnType<typeof asUser>
  const base = () => `/api/v1/orgs/${org.slug}/dpia/assessments/bookkeeping`
  const draft = {
    context: { overview: 'Bookkeeping of the firm.', lifecycle: '' },
    plannedMeasures: [{ title: 'Lock the ledger after closing', priority: 'high' }],
    dpoOpinion: 'Draft opinion written in Custos.',
  }

  /** What a preview or a refused import must leave unchanged. */
  const state = async () => {
    const versions = await t.ctx.db
      .selectFrom('dpia_assessments')
      .select(['version', 'status', 'content', 'updated_at'])
      .where('organization_id', '=', org.id)
      .orderBy('version')
      .execute()
    const actions = await t.ctx.db
      .selectFrom('action_plan_actions')
      .select(['source_key', 'status'])
      .where('organization_id', '=', org.id)
      .orderBy('source_key')
      .execute()
    return JSON.stringify({ versions, actions })
  }
  const openMeasures = async () =>
    (
      await t.ctx.db
        .selectFrom('action_plan_actions')
        .select(['source_key', 'status'])
        .where('organization_id', '=', org.id)
        .where('source', '=', 'dpia.measure')
        .where('status', '=', 'open')
        .orderBy('source_key')
        .execute()
    ).map((a) => a.source_key)

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Janssens BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    const other = await createOrg(t.ctx, 'Ander BV')
    const s = await createMember(t.ctx, other, 'owner')
    stranger = asUser(app, await signIn(app, s.email, s.password))
    const register = registerDocumentSchema.parse(sampleRegister('Boekhouding Janssens BV'))
    await importRegister(t.ctx, systemActor('test'), org, register, { mode: 'merge', dryRun: false })
    const saved = await owner('PUT', base(), draft)
    expect(saved.statusCode, saved.body).toBe(200)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const exported = async () => {
    const res = await owner('GET', `${base()}/export`)
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as { content: Record<string, unknown> } & Record<string, unknown>
  }
  const edited = async () => {
    const file = await exported()
    return {
      ...file,
      content: {
        ...file.content,
        dpoOpinion: 'Opinion from the file.',
        plannedMeasures: [
          { key: 'm1', title: 'Encrypt the backups', priority: 'medium', risks: [], due: null },
        ],
      },
    }
  }

  it('previews the import as a new version, storing nothing', async () => {
    const before = await state()
    const file = await edited()
    const res = await owner('POST', `${base()}/import?lang=nl&dryRun=true`, file)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      dryRun: true,
      format: 'custos.dpia/v1',
      activityKey: 'bookkeeping',
      version: 2,
      previous: { version: 1, status: 'draft', statusLabel: 'Ontwerp', plannedMeasures: 1 },
      fromActivityKey: 'bookkeeping',
      fromVersion: 1,
      fromStatus: 'draft',
      decisionInFile: false,
    })
    expect(res.json().content.dpoOpinion).toBe('Opinion from the file.')
    // The file's measure keys are not kept: its measures become new actions of the plan.
    expect(res.json().content.plannedMeasures[0].key).toBeUndefined()
    expect(await state()).toBe(before)
  })

  it('imports it as a new draft version: the draft before it stays as it was, its actions closed', async () => {
    expect(await openMeasures()).toEqual(['bookkeeping/m1'])
    const res = await owner('POST', `${base()}/import?lang=en`, await edited())
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ dryRun: false, version: 2, previous: { version: 1 } })
    const a = (await owner('GET', base())).json()
    expect(a.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'draft'],
    ])
    expect(a.content.dpoOpinion).toBe('Opinion from the file.')
    const v1 = (await owner('GET', `${base()}?version=1`)).json()
    expect(v1.content.dpoOpinion).toBe(draft.dpoOpinion)
    expect(v1.content.plannedMeasures.map((m: { title: string }) => m.title)).toEqual([
      'Lock the ledger after closing',
    ])
    expect(await openMeasures()).toEqual(['bookkeeping/m2'])
    const event = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'dpia.assessment_saved')
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow()
    expect(event.summary).toMatchObject({
      version: 2,
      imported: 'custos.dpia/v1',
      fromActivity: 'bookkeeping',
      fromVersion: 1,
      fromStatus: 'draft',
    })
  })

  it('refuses a file that is not one with 422 naming the field, and changes nothing', async () => {
    const before = await state()
    const other = expectProblem(await owner('POST', `${base()}/import`, { pia: { name: 'x' } }), 422)
    expect(other.code).toBe('dpia_import_invalid')
    expect(other.errors?.map((e) => e.path)).toEqual(['body.format'])
    const file = await exported()
    const wrong = expectProblem(
      await owner('POST', `${base()}/import?dryRun=true`, {
        ...file,
        content: { ...file.content, plannedMeasures: [{ title: 'x' }] },
      }),
      422,
    )
    expect(wrong.code).toBe('dpia_import_invalid')
    expect(wrong.errors?.map((e) => e.path)).toEqual(['body.content.plannedMeasures.0.title'])
    const truncated = expectProblem(
      await owner('POST', `${base()}/import`, JSON.stringify(file).slice(0, 60), {
        'content-type': 'application/json',
      }),
      400,
    )
    expect(truncated.code).toBe('invalid_json')
    expect(await state()).toBe(before)
  })

  it('is scoped to the organisation and needs dpia:write; an unknown activity is 404', async () => {
    const before = await state()
    const file = await exported()
    expectProblem(await auditor('POST', `${base()}/import`, file), 403)
    expect((await auditor('GET', `${base()}/export`)).statusCode).toBe(200)
    const foreign = await stranger('POST', `${base()}/import`, file)
    expect([403, 404], foreign.body).toContain(foreign.statusCode)
    expectProblem(await owner('POST', `/api/v1/orgs/${org.slug}/dpia/assessments/nope/import`, file), 404)
    expectProblem(await owner('GET', `${base()}/export?version=9`), 404)
    expect(await state()).toBe(before)
  })
})
