import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { readCsvText } from '../src/lib/csv'
import { sweepOverdueRequests } from '../src/modules/action-plan'
import { sweepDpiaActions } from '../src/modules/dpia'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()

/** The sample register with a call centre that profiles minors on their national number. */
function callCentreRegister(name: string) {
  const base = sampleRegister(name)
  const bookkeeping = base.activities?.[0]
  if (!bookkeeping) throw new Error('sample register without activity')
  return registerDocumentSchema.parse({
    ...base,
    activities: [
      bookkeeping,
      {
        ...bookkeeping,
        key: 'callcenter',
        name: { nl: 'Callcenter', fr: 'Centre d’appels', en: 'Call centre' },
        subjectCategories: ['clients', 'minors'],
        dataCategories: [
          { category: 'identification', source: 'subject' },
          { category: 'national_register_number', source: 'subject' },
        ],
        nationalNumberAuthorisation: 'KB 2020',
        automatedDecisions: { used: false, profiling: true },
      },
    ],
  })
}

describe('DPIA screening and the action plan', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}`
  const plan = async (status = 'pending') => {
    const res = await owner('GET', `${api()}/action-plan?status=${status}`)
    expect(res.statusCode, res.body).toBe(200)
    return res.json().items as {
      source: string
      sourceKey: string
      status: string
      closedReason: string | null
    }[]
  }
  const sources = async () => (await plan()).map((a) => `${a.source}:${a.sourceKey}`).sort()

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Callcenter BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    await importRegister(t.ctx, systemActor('test'), org, callCentreRegister('Callcenter BV'), {
      mode: 'merge',
      dryRun: false,
    })
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('suggests from the register, a person confirms with a reason, a change makes it stale; the plan follows', async () => {
    const list = await owner('GET', `${api()}/dpia/screenings?lang=en`)
    expect(list.statusCode, list.body).toBe(200)
    const byKey = Object.fromEntries(
      (list.json().items as { activityKey: string; suggestion: unknown; screening: unknown }[]).map((i) => [
        i.activityKey,
        i,
      ]),
    ) as Record<
      string,
      { suggestion: { criteria: { criterion: string }[]; result: string }; screening: unknown }
    >
    expect(byKey.bookkeeping?.suggestion.result).toBe('not_required')
    expect(byKey.callcenter?.suggestion.criteria.map((c) => c.criterion)).toEqual([
      'evaluation_scoring',
      'sensitive_data',
      'vulnerable_subjects',
    ])
    expect(byKey.callcenter?.suggestion.result).toBe('required')
    expect(byKey.callcenter?.screening).toBeNull()

    await sweepDpiaActions(t.ctx, org)
    expect(await sources()).toEqual(['dpia.screening_missing:callcenter'])

    const confirm = () =>
      owner('PUT', `${api()}/dpia/screenings/callcenter`, {
        criteria: ['sensitive_data', 'vulnerable_subjects', 'evaluation_scoring'],
        reason: 'National numbers of minors, scored for call priority.',
      })
    const confirmed = await confirm()
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    expect(confirmed.json().screening).toMatchObject({ result: 'required', activityVersion: 1 })
    expect(confirmed.json().stale).toBe(false)
    expect(await sources()).toEqual([])
    expect((await plan('closed'))[0]).toMatchObject({ status: 'done', closedReason: 'cause_gone' })

    await sweepDpiaActions(t.ctx, org)
    expect(await sources()).toEqual(['dpia.assessment_due:callcenter'])

    // The activity changes: the screening is stale, a finding and an action.
    const activity = (await owner('GET', `${api()}/register/activities/callcenter`)).json().data
    const changed = await owner('PUT', `${api()}/register/activities/callcenter`, {
      ...activity,
      portability: true,
    })
    expect(changed.statusCode, changed.body).toBe(200)
    const stale = await owner('GET', `${api()}/dpia/screenings/callcenter`)
    expect(stale.json()).toMatchObject({ stale: true, activityVersion: 2 })
    await sweepDpiaActions(t.ctx, org)
    await sweepDpiaActions(t.ctx, org)
    expect(await sources()).toEqual(['dpia.assessment_due:callcenter', 'dpia.screening_stale:callcenter'])

    expect((await confirm()).json()).toMatchObject({ stale: false, screening: { activityVersion: 2 } })
    expect(await sources()).toEqual(['dpia.assessment_due:callcenter'])

    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', 'like', 'dpia.%')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['dpia.screening_confirmed', 'dpia.screening_confirmed'])
  })

  it('opens an action for an overdue request, once, and closes it when the request is settled', async () => {
    const received = await owner('POST', `${api()}/requests`, {
      channel: 'email',
      receivedAt: daysAgo(60),
      subject: { name: 'Jan Peeters', email: 'jan@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(received.statusCode, received.body).toBe(201)
    const id = received.json().id as string
    expect(await sweepOverdueRequests(t.ctx, org.id, org.slug)).toEqual({ opened: 1, closed: 0 })
    expect(await sweepOverdueRequests(t.ctx, org.id, org.slug)).toEqual({ opened: 0, closed: 0 })
    expect(await sources()).toContain(`requests.overdue:${id}`)

    const refused = await owner('POST', `${api()}/requests/${id}/actions/refuse`, {
      ground: 'excessive',
      reasons: ['Repeated request.'],
    })
    expect(refused.statusCode, refused.body).toBe(200)
    expect(await sweepOverdueRequests(t.ctx, org.id, org.slug)).toEqual({ opened: 0, closed: 1 })
    expect(await sources()).not.toContain(`requests.overdue:${id}`)
  })

  it('manual actions: owner must be a member; done closes them', async () => {
    const stranger = await createMember(t.ctx, await createOrg(t.ctx, 'Ander BV'), 'owner')
    expectProblem(
      await owner('POST', `${api()}/action-plan`, { title: 'Sign the DPA', ownerId: stranger.userId }),
      422,
    )
    const created = await owner('POST', `${api()}/action-plan`, {
      title: 'Sign the DPA with the payroll bureau',
      priority: 'high',
      effortDays: 1,
      dueDate: '2027-01-31',
    })
    expect(created.statusCode, created.body).toBe(201)
    const done = await owner('PATCH', `${api()}/action-plan/${created.json().id}`, { status: 'done' })
    expect(done.json()).toMatchObject({ status: 'done', automatic: false, priority: 'high' })
    expect(done.json().closedAt).not.toBeNull()
    // The title is stored JSON with its version (decision 0025) and read back without it.
    expect(done.json().title).toEqual({
      nl: 'Sign the DPA with the payroll bureau',
      fr: 'Sign the DPA with the payroll bureau',
      en: 'Sign the DPA with the payroll bureau',
    })
    const stored = await t.ctx.db
      .selectFrom('action_plan_actions')
      .select('title')
      .where('id', '=', created.json().id)
      .executeTakeFirstOrThrow()
    expect(stored.title).toMatchObject({ $v: 1 })
  })
  it('exports the action plan as CSV in the asked language, owner by name, formulas neutralised', async () => {
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    const created = await owner('POST', `${api()}/action-plan`, {
      title: '=HYPERLINK("x") check the cameras',
      ownerId: officer.userId,
      priority: 'critical',
      effortDays: 2,
      dueDate: '2027-02-15',
    })
    expect(created.statusCode, created.body).toBe(201)
    const res = await owner('GET', `${api()}/action-plan/export?status=all&lang=fr`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="custos-action-plan-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect(res.body.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = (await readCsvText(res.body)).map((r) => r.fields)
    expect(header).toEqual([
      'Action',
      'Cause',
      'Responsable',
      'Priorité',
      'Effort (jours)',
      'Au plus tard',
      'Statut',
      'Clôturée le',
      'Motif de clôture',
      'Lien',
      'Créée le',
      'Description',
    ])
    const row = rows.find((r) => r[0]?.includes('check the cameras'))
    expect(row?.slice(0, 9)).toEqual([
      `'=HYPERLINK("x") check the cameras`,
      'manuelle',
      expect.stringContaining(officer.email),
      'critique',
      '2',
      '2027-02-15',
      'ouverte',
      '',
      '',
    ])
    // Every action of the plan, automatic ones in French with their cause and link.
    const all = (await plan('all')).length
    expect(rows).toHaveLength(all)
    const automatic = rows.find((r) => r[1] === 'dpia.screening_stale' || r[1] === 'dpia.screening_missing')
    expect(automatic?.[9]).toMatch(/^http.*#\/orgs\//)
    expect(
      expectProblem(await owner('GET', `${api()}/action-plan/export?lang=de`), 400).errors?.[0]?.path,
    ).toBe('querystring.lang')
    const stranger = await createOrg(t.ctx, 'Niet Van Mij')
    expect((await owner('GET', `/api/v1/orgs/${stranger.slug}/action-plan/export`)).statusCode).toBe(404)
  })
})
