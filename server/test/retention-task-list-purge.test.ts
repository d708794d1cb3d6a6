import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { systemActor } from '../src/audit/actor'
import { RETENTION_PERIOD_BY_KEY, toRetentionRule } from '../src/domain/register/catalogue'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { daysAfter } from '../src/domain/retention/period'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { approvePlan, planRetention, runRetention } from '../src/modules/retention'
import { todayOf } from '../src/modules/retention/sweep'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { register } from './support/retention-http'

/**
 * Custos's own data (issue 16 item 4): a sweep task's list is deleted when its task is closed, but a task nobody
 * closes kept its list - the people due - for good. The catalogue's `retention_task_lists` (6 months after the task
 * was created) deletes such a list like any other own data: planned, approved, swept, proven; the run stays, and
 * the page says the list was deleted under that rule.
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
  const lists = RETENTION_PERIOD_BY_KEY.get('retention_task_lists')
  if (!lists) throw new Error('no catalogue entry retention_task_lists')
  return registerDocumentSchema.parse({
    ...base,
    retentionRules: [
      ...base.retentionRules,
      toRetentionRule(lists),
      {
        key: 'client-files',
        name: { nl: 'Klantendossiers', fr: 'Dossiers clients', en: 'Client files' },
        duration: { years: 3 },
        trigger: 'last_contact',
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

beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  org = await createOrg(t.ctx, 'Lijsten Peeters BV')
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

const listsItem = async (day: string) =>
  (await planRetention(t.ctx, org, { today: day, rule: 'retention_task_lists' })).find(
    (i) => i.dataset === 'custos' && i.collection === 'task_lists',
  )

describe('the list of a task nobody closes', () => {
  it('is deleted under the rule for task lists once its period has passed; the run stays', async () => {
    const created = await po('POST', api('/subjects'), {
      name: 'Anna Peeters',
      identities: [{ kind: 'email', value: 'anna.peeters@example.be' }],
      events: [{ kind: 'last_contact', occurredOn: '2015-03-10' }],
    })
    expect(created.statusCode, created.body).toBe(201)
    expect((await po('POST', api('/retention/rules/client-files/approval'), {})).statusCode).toBe(200)
    const [task] = await runRetention(t.ctx, actor, org, { today, rule: 'client-files' })
    expect(task).toMatchObject({ outcome: 'waiting' })
    const runId = task?.run?.id as string
    const items = () =>
      t.ctx.db.selectFrom('retention_run_items').select('seq').where('run_id', '=', runId).execute()
    expect(await items()).toHaveLength(1)

    // Within its 6 months the list stays; after them it is due.
    expect(await listsItem(today)).toMatchObject({
      rule: 'retention_task_lists',
      blocked: null,
      action: 'delete',
      due: 0,
    })
    const later = daysAfter(today, 200)
    expect(await listsItem(later)).toMatchObject({ due: 1, sampleKeys: [runId] })

    await approvePlan(t.ctx, systemActor('privacy officer'), org, 'retention_task_lists', { today: later })
    const [swept] = await runRetention(t.ctx, actor, org, { today: later, rule: 'retention_task_lists' })
    expect(swept?.outcome).toBe('completed')
    expect(Number(swept?.run?.rows_deleted)).toBe(1)
    expect(await items()).toEqual([])

    // The run and its task stay (the proof); the page says the list went under the rule.
    const run = await t.ctx.db
      .selectFrom('retention_runs')
      .select(['status', 'list_purged_at'])
      .where('id', '=', runId)
      .executeTakeFirstOrThrow()
    expect(run.status).toBe('waiting')
    expect(run.list_purged_at).not.toBeNull()
    const list = await po('GET', api(`/retention/runs/${runId}/items`))
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json()).toEqual({ deleted: true, purgedAt: expect.any(String), items: [] })
    expect(
      (await runRetention(t.ctx, actor, org, { today: later, rule: 'retention_task_lists' }))[0]?.outcome,
    ).toBe('nothing_due')
  })
})
