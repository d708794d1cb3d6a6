import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { systemActor } from '../src/audit/actor'
import { RETENTION_PERIOD_BY_KEY, toRetentionRule } from '../src/domain/register/catalogue'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { cutoffDay } from '../src/domain/retention/period'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { planRetention, runRetention } from '../src/modules/retention'
import { settleTaskRuns } from '../src/modules/retention/manual-sweep'
import { todayOf } from '../src/modules/retention/sweep'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { register } from './support/retention-http'

/**
 * Review m2: the subject index's own rule (10 years after the end of the relationship) must not erase a person a
 * longer rule counted from the same event still needs - "client files: 15 years after the end of the relationship"
 * on a paper archive finds the person's files through the index. Ann's relationship ended 16 years ago (due under
 * both), Bert's 12 years ago (due in the index only: kept), Carl's 5 years ago (due nowhere). While nobody has
 * approved the archive's rule, and while its sweep waits for its task, Ann stays too; once the task is done, the
 * index lets her go.
 */
const archiveDataset = {
  key: 'archive',
  system: 'paper-files',
  name: 'Klantendossiers',
  connector: 'manual',
  collections: [
    {
      name: 'client_files',
      hold: { rule: 'client-files' },
      fields: [{ name: 'email', identity: 'email', category: 'identification' }],
    },
  ],
}

function registerWithRules() {
  const base = register()
  const index = RETENTION_PERIOD_BY_KEY.get('subject_index')
  if (!index) throw new Error('no catalogue entry subject_index')
  return registerDocumentSchema.parse({
    ...base,
    retentionRules: [
      ...base.retentionRules,
      toRetentionRule(index),
      {
        key: 'client-files',
        name: { nl: 'Klantendossiers', fr: 'Dossiers clients', en: 'Client files' },
        duration: { years: 15 },
        trigger: 'end_of_relationship',
        action: 'delete',
      },
    ],
  })
}

let t: TestContext
let app: App
let org: Organization
let po: ReturnType<typeof asUser>
const today = todayOf()
const actor = systemActor('retention sweeps')
const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`
const yearsAgo = (years: number) => cutoffDay(today, { years, months: 0, days: 0 })

beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  org = await createOrg(t.ctx, 'Dossiers Index BV')
  await importRegister(t.ctx, systemActor('test'), org, registerWithRules(), { mode: 'merge', dryRun: false })
  const officer = await createMember(t.ctx, org, 'privacy_officer')
  po = asUser(app, await signIn(app, officer.email, officer.password))
  const saved = await po('PUT', api('/datasets/archive'), { source: stringify(archiveDataset) })
  expect(saved.statusCode, saved.body).toBeLessThan(300)
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.close()
})

async function person(name: string, endedOn: string) {
  const created = await po('POST', api('/subjects'), {
    name,
    identities: [{ kind: 'email', value: `${name.split(' ')[0]?.toLowerCase()}@example.be` }],
    events: [{ kind: 'relationship_end', occurredOn: endedOn }],
  })
  expect(created.statusCode, created.body).toBe(201)
  return created.json().id as string
}

const indexItem = async () =>
  (await planRetention(t.ctx, org, { today, rule: 'subject_index' })).find(
    (i) => i.dataset === 'custos' && i.collection === 'subjects',
  )

const inIndex = async () =>
  new Set(
    (await t.ctx.db.selectFrom('subjects').select('id').where('organization_id', '=', org.id).execute()).map(
      (r) => r.id,
    ),
  )

describe('the subject index keeps the people a longer rule still needs (review m2)', () => {
  it('leaves them out of its sweep, says so in the plan, and lets them go once that rule has swept', async () => {
    const ann = await person('Ann Claes', yearsAgo(16))
    const bert = await person('Bert Peeters', yearsAgo(12))
    const carl = await person('Carl Maes', yearsAgo(5))

    // Nobody approved the client files' plan yet, so that rule never ran: Ann's files are still in the archive and
    // she stays in the index with Bert (review W8) - and the plan says why.
    expect(await indexItem()).toMatchObject({
      subjectEvent: 'relationship_end',
      blocked: null,
      due: 0,
      keptInIndex: [{ rule: 'client-files', people: 2 }],
    })
    const page = await po('GET', api('/retention/plan'))
    expect(page.statusCode, page.body).toBe(200)
    expect(
      page.json().items.find((i: { collection: string }) => i.collection === 'subjects').keptInIndex,
    ).toEqual([{ rule: 'client-files', people: 2 }])
    expect((await po('POST', api('/retention/rules/subject_index/approval'), {})).statusCode).toBe(200)
    const [unapproved] = await runRetention(t.ctx, actor, org, { today, rule: 'subject_index' })
    expect(unapproved?.outcome).toBe('nothing_due')

    // The archive's sweep is a task for a person: while it waits, Ann's files may still be there - she stays too.
    expect((await po('POST', api('/retention/rules/client-files/approval'), {})).statusCode).toBe(200)
    const [files] = await runRetention(t.ctx, actor, org, { today, rule: 'client-files' })
    expect(files).toMatchObject({ dataset: 'archive', outcome: 'waiting' })
    expect(await indexItem()).toMatchObject({ due: 0, keptInIndex: [{ rule: 'client-files', people: 2 }] })
    const [waiting] = await runRetention(t.ctx, actor, org, { today, rule: 'subject_index' })
    expect(waiting?.outcome).toBe('nothing_due')
    let left = await inIndex()
    for (const id of [ann, bert, carl]) expect(left.has(id)).toBe(true)
    // The task's list still names her: she was not erased from under it.
    const list = await po('GET', api(`/retention/runs/${files?.run?.id}/items`))
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json().items).toMatchObject([{ kind: 'person', subjectId: ann, name: 'Ann Claes' }])

    // The task done, the client files are swept for Ann: the index lets her go, Bert stays within the 15 years.
    const closed = await po('PATCH', api(`/action-plan/${files?.run?.task_action_id}`), { status: 'done' })
    expect(closed.statusCode, closed.body).toBe(200)
    await settleTaskRuns(t.ctx, org)
    expect(await indexItem()).toMatchObject({ due: 1, keptInIndex: [{ rule: 'client-files', people: 1 }] })
    const [swept] = await runRetention(t.ctx, actor, org, { today, rule: 'subject_index' })
    expect(swept?.outcome).toBe('completed')
    expect(Number(swept?.run?.rows_deleted)).toBe(1)
    left = await inIndex()
    expect(left.has(ann)).toBe(false)
    expect(left.has(bert)).toBe(true)
    expect(left.has(carl)).toBe(true)
  })
})
