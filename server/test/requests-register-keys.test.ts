import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { type RegisterInput, registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'

type Call = ReturnType<typeof asUser>
const daysAgo = (days: number) => addDays(toBrusselsDate(new Date()), -days)

/** The sample register plus a marketing activity on legitimate interests and a newsletter on consent. */
function register(): RegisterInput {
  const base = sampleRegister()
  return {
    ...base,
    activities: [
      ...(base.activities ?? []),
      {
        key: 'newsletter',
        name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
        purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
        subjectCategories: ['clients'],
        dataCategories: [{ category: 'contact_details' }],
      },
      {
        key: 'credit-check',
        name: { nl: 'Kredietcontrole', fr: 'Contrôle de crédit', en: 'Credit check' },
        purposes: [
          {
            purpose: 'invoicing_accounting',
            legalBasis: 'legitimate_interests',
            legitimateInterest: { interest: { nl: 'Wanbetaling vermijden', en: 'Avoiding bad debts' } },
          },
        ],
        subjectCategories: ['clients'],
        dataCategories: [{ category: 'invoices_payments' }],
      },
    ],
  }
}

describe('request list filters, register keys in answers and problem codes', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: Call
  let auditorId: string
  const api = () => `/api/v1/orgs/${org.slug}/requests`

  const create = async (types: string[], email?: string) => {
    const res = await po('POST', api(), {
      channel: 'email',
      receivedAt: daysAgo(1),
      subject: { name: 'Filter Test', ...(email ? { email } : {}) },
      types,
      language: 'nl',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { id: string; subjectId: string | null }
  }
  const ids = async (query: string) => {
    const res = await po('GET', `${api()}?${query}`)
    expect(res.statusCode, res.body).toBe(200)
    return (res.json().items as { id: string }[]).map((i) => i.id)
  }
  const started = async (types: string[]) => {
    const created = await create(types)
    const res = await po('POST', `${api()}/${created.id}/actions/start`, {})
    expect(res.statusCode, res.body).toBe(200)
    return created.id
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Sleutels BV')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(register()), {
      mode: 'merge',
      dryRun: false,
    })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    auditorId = (await createMember(t.ctx, org, 'auditor')).userId
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('filters the worklist by right: a request combining several rights is found under each', async () => {
    const access = await create(['access'])
    const both = await create(['access', 'erasure'])
    const objection = await create(['objection_direct_marketing'])
    const erasure = await ids('type=erasure')
    expect(erasure).toContain(both.id)
    expect(erasure).not.toContain(access.id)
    expect(erasure).not.toContain(objection.id)
    const accessIds = await ids('type=access&open=true')
    expect(accessIds).toEqual(expect.arrayContaining([access.id, both.id]))
    expect(accessIds).not.toContain(objection.id)
    expect(await ids('type=objection_direct_marketing')).toEqual([objection.id])
    const bad = expectProblem(await po('GET', `${api()}?type=everything`), 400)
    expect(bad.errors?.[0]?.path).toBe('querystring.type')
  })

  it('lists the requests of one person of the subject index', async () => {
    const subject = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
      name: 'An Janssens',
      identities: [{ kind: 'email', value: 'an.janssens@example.be' }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    const subjectId = subject.json().id
    const first = await create(['access'], 'An.Janssens@example.be')
    const second = await create(['erasure'], 'an.janssens@example.be')
    const stranger = await create(['access'], 'someone.else@example.be')
    expect(first.subjectId).toBe(subjectId)
    const found = await ids(`subjectId=${subjectId}`)
    expect(found.sort()).toEqual([first.id, second.id].sort())
    expect(found).not.toContain(stranger.id)
    expect(await ids(`subjectId=${subjectId}&type=erasure`)).toEqual([second.id])
    expectProblem(await po('GET', `${api()}?subjectId=not-a-uuid`), 400)
  })

  it('offers the register’s categories, retention rules, activities and purposes, labelled in three languages', async () => {
    const res = await po('GET', `${api()}/register-choices`)
    expect(res.statusCode, res.body).toBe(200)
    const choices = res.json()
    expect(choices.dataCategories.map((c: { key: string }) => c.key)).toEqual([
      'identification',
      'contact_details',
      'invoices_payments',
    ])
    const identification = choices.dataCategories[0].label
    expect(new Set([identification.nl, identification.fr, identification.en]).size).toBe(3)
    expect(choices.retentionRules.map((r: { key: string }) => r.key)).toContain('accounting-7y')
    expect(choices.activities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: 'credit-check',
          label: { nl: 'Kredietcontrole', fr: 'Contrôle de crédit', en: 'Credit check' },
          legitimateInterest: true,
          role: 'controller',
        }),
        expect.objectContaining({ key: 'newsletter', legitimateInterest: false }),
      ]),
    )
    expect(choices.purposes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'direct_marketing', consent: true }),
        expect.objectContaining({ key: 'invoicing_accounting', consent: false }),
      ]),
    )
    expectProblem(await app.inject({ method: 'GET', url: `${api()}/register-choices` }), 401)
  })

  it('refuses an answer naming keys the register does not have, each with its path, code and value', async () => {
    const id = await started(['access', 'erasure', 'objection_legitimate_interest', 'withdraw_consent'])
    const res = await po('POST', `${api()}/${id}/actions/complete`, {
      details: {
        access: { delivery: 'enclosed', activityKeys: ['bookkeeping', 'ghost-activity'] },
        erasure: {
          erased: ['contact_details', 'health_data'],
          kept: [
            { dataCategories: ['invoices_payments'], ground: 'legal_obligation', retentionRule: 'forever' },
          ],
        },
        objectionLegitimateInterest: { stopped: ['credit-check', 'Kredietcontrole'] },
        withdrawConsent: { purposes: ['newsletter'] },
      },
    })
    const problem = expectProblem(res, 422) as ReturnType<typeof expectProblem> & { type: string }
    expect(problem.type).toBe('urn:custos:problem:request:unknown_register_keys')
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: 'body.details.access.activityKeys.1',
        code: 'unknown_activity',
        value: 'ghost-activity',
      }),
      expect.objectContaining({
        path: 'body.details.erasure.erased.1',
        code: 'unknown_data_category',
        value: 'health_data',
      }),
      expect.objectContaining({
        path: 'body.details.erasure.kept.0.retentionRule',
        code: 'unknown_retention_rule',
        value: 'forever',
      }),
      expect.objectContaining({
        path: 'body.details.objectionLegitimateInterest.stopped.1',
        code: 'unknown_activity',
        value: 'Kredietcontrole',
      }),
      expect.objectContaining({
        path: 'body.details.withdrawConsent.purposes.0',
        code: 'unknown_purpose',
        value: 'newsletter',
      }),
    ])
    expect((await po('GET', `${api()}/${id}`)).json().status).toBe('in_progress')
  })

  it('accepts register keys and names them by their labels in the letter', async () => {
    const id = await started(['erasure', 'objection_legitimate_interest', 'withdraw_consent'])
    const res = await po('POST', `${api()}/${id}/actions/complete`, {
      details: {
        erasure: {
          erased: ['contact_details'],
          kept: [
            {
              dataCategories: ['invoices_payments'],
              ground: 'legal_obligation',
              retentionRule: 'accounting-7y',
            },
          ],
        },
        objectionLegitimateInterest: { stopped: ['credit-check'] },
        withdrawConsent: { purposes: ['direct_marketing'] },
      },
    })
    expect(res.statusCode, res.body).toBe(200)
    const letter = res.json().letters.find((l: { kind: string }) => l.kind === 'completed')
    const preview = (await po('GET', `${api()}/${id}/letters/${letter.id}`)).json()
    expect(preview.text).toContain('Kredietcontrole')
    expect(preview.text).not.toContain('credit-check')
    expect(preview.text).not.toContain('invoices_payments')
  })

  it('gives the service’s refusals a stable code for the client', async () => {
    const future = expectProblem(
      await po('POST', api(), {
        channel: 'phone',
        receivedAt: addDays(toBrusselsDate(new Date()), 2),
        subject: { name: 'X' },
        types: ['access'],
        language: 'en',
      }),
      422,
    ) as ReturnType<typeof expectProblem> & { type: string }
    expect(future.type).toBe('urn:custos:problem:request:received_in_future')
    expect(future.errors).toEqual([
      expect.objectContaining({ path: 'body.receivedAt', code: 'received_in_future' }),
    ])

    const created = await create(['access'])
    const assign = expectProblem(
      await po('PUT', `${api()}/${created.id}/assignee`, { assigneeId: auditorId }),
      422,
    ) as ReturnType<typeof expectProblem> & { type: string }
    expect(assign.type).toBe('urn:custos:problem:request:assignee_not_handler')
    expect(assign.errors?.[0]).toMatchObject({ path: 'body.assigneeId', code: 'assignee_not_handler' })
  })
})
