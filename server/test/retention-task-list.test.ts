import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { cutoffDay } from '../src/domain/retention/period'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createApiToken } from '../src/modules/api-tokens'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRetention } from '../src/modules/retention'
import { settleTaskRuns } from '../src/modules/retention/manual-sweep'
import { todayOf } from '../src/modules/retention/sweep'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, signIn } from './support/http'
import { register } from './support/retention-http'

/**
 * Decision 0110: a manual system's sweep task lists what is due. "Client files: 3 years after the last contact" on a
 * paper archive: Anna's last contact was in 2015 (due), Bert's is today (not due), Carla's was in 2015 but a legal
 * hold keeps her. The task and the audit log give a count and never a name or an identity; the Retention page's list
 * (behind login) shows Anna masked; the CSV for the person who does the work has her in clear and is audited; a
 * read-only auditor may see the masked list but not download the CSV.
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
      fields: [
        { name: 'email', identity: 'email', category: 'identification' },
        { name: 'national_number', identity: 'national_number', category: 'national_number' },
      ],
    },
  ],
}

function registerWithClientFiles() {
  const base = register()
  return registerDocumentSchema.parse({
    ...base,
    retentionRules: [
      ...base.retentionRules,
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
let auditor: ReturnType<typeof asUser>
const today = todayOf()
const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`

beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  org = await createOrg(t.ctx, 'Dossiers Maes BV')
  await importRegister(t.ctx, systemActor('test'), org, registerWithClientFiles(), {
    mode: 'merge',
    dryRun: false,
  })
  const officer = await createMember(t.ctx, org, 'privacy_officer')
  po = asUser(app, await signIn(app, officer.email, officer.password))
  const reader = await createMember(t.ctx, org, 'auditor')
  auditor = asUser(app, await signIn(app, reader.email, reader.password))
  const saved = await po('PUT', api('/datasets/archive'), { source: stringify(archiveDataset) })
  expect(saved.statusCode, saved.body).toBeLessThan(300)
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.close()
})

async function person(name: string, identities: { kind: string; value: string }[], lastContact: string) {
  const created = await po('POST', api('/subjects'), {
    name,
    identities,
    events: [{ kind: 'last_contact', occurredOn: lastContact }],
  })
  expect(created.statusCode, created.body).toBe(201)
  return created.json().id as string
}

describe('the task of a manual system lists the people due', () => {
  let runId = ''
  let anna = ''
  it('stores them with the run, shows them masked and hands them out in clear only as an audited CSV', async () => {
    anna = await person(
      'Anna Peeters',
      [
        { kind: 'email', value: 'anna.peeters@example.be' },
        { kind: 'national_number', value: '85.07.30-033.28' },
      ],
      '2015-03-10',
    )
    await person('Bert Claes', [{ kind: 'email', value: 'bert.claes@example.be' }], today)
    const carla = await person('Carla Wouters', [{ kind: 'email', value: 'carla@example.be' }], '2015-03-10')
    const hold = await po('POST', api('/retention/holds'), {
      scope: 'subject',
      subjectId: carla,
      reason: 'Geschil 2026/21',
    })
    expect(hold.statusCode, hold.body).toBe(201)
    expect((await po('POST', api('/retention/rules/client-files/approval'), {})).statusCode).toBe(200)

    const outcomes = await runRetention(t.ctx, systemActor('retention sweeps'), org, { today })
    const item = outcomes.find((o) => o.dataset === 'archive')
    expect(item).toMatchObject({
      outcome: 'waiting',
      run: {
        via: 'task',
        reason: 'manual_system',
        cutoff: cutoffDay(today, { years: 3, months: 0, days: 0 }),
      },
    })
    runId = item?.run?.id as string

    // The action plan's task: how many people and where the list is - no name, no identity.
    const task = await po('GET', api(`/action-plan/${item?.run?.task_action_id}`))
    expect(task.statusCode, task.body).toBe(200)
    const description = task.json().description as string
    expect(description).toContain('kent 1 persoon van wie de termijn verstreken is')
    expect(description).toContain('pagina Bewaring')
    for (const secret of ['Anna', 'anna.peeters', '85.07.30', '850730', 'Carla', 'Bert'])
      expect(description).not.toContain(secret)
    const waiting = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'retention.run_waiting')
      .executeTakeFirstOrThrow()
    expect(waiting.summary).toMatchObject({ reason: 'manual_system', peopleDue: 1, keysToKeep: 0 })
    expect(JSON.stringify(waiting.summary)).not.toMatch(/anna|peeters|85\.07/i)

    // Stored encrypted with the run.
    const stored = await t.ctx.db
      .selectFrom('retention_run_items')
      .selectAll()
      .where('run_id', '=', runId)
      .execute()
    expect(stored).toHaveLength(1)
    expect(stored[0]?.item_encrypted).not.toMatch(/anna|peeters|85\.07|850730/i)
    // A person is stored only as the link to the index: nothing of them with the run (review W3).
    expect(stored[0]).toMatchObject({ kind: 'person', subject_id: anna, item_encrypted: '' })

    // The list behind login: the name, identities masked as elsewhere.
    for (const reader of [po, auditor]) {
      const list = await reader('GET', api(`/retention/runs/${runId}/items`))
      expect(list.statusCode, list.body).toBe(200)
      expect(list.json().items).toEqual([
        {
          seq: 1,
          kind: 'person',
          subjectId: expect.any(String),
          name: 'Anna Peeters',
          identities: [
            { kind: 'email', systemKey: '', masked: 'a•••@example.be' },
            { kind: 'national_number', systemKey: '', masked: '••.••.••-•••.28' },
          ],
          key: null,
          holdEnded: false,
        },
      ])
      expect(list.body).not.toMatch(/anna\.peeters@|85\.07\.30|850730/)
    }

    // The CSV in clear for the person who does the work, audited; a read-only auditor may not download it.
    expect((await auditor('GET', api(`/retention/runs/${runId}/items.csv`))).statusCode).toBe(403)
    const csv = await po('GET', api(`/retention/runs/${runId}/items.csv?lang=en`))
    expect(csv.statusCode, csv.body).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.body).toContain('Anna Peeters')
    expect(csv.body).toContain('email: anna.peeters@example.be')
    expect(csv.body).toContain('85073003328')
    expect(csv.body).not.toContain('Carla')
    expect(csv.body).not.toContain('Bert')
    const downloads = await t.ctx.db
      .selectFrom('audit_events')
      .select(['summary', 'actor_label'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'retention.run_list_downloaded')
      .execute()
    expect(downloads).toHaveLength(1)
    expect(downloads[0]?.summary).toMatchObject({
      rule: 'client-files',
      collection: 'client_files',
      items: 1,
    })
    expect(JSON.stringify(downloads[0]?.summary)).not.toMatch(/anna/i)
  })

  it('names only for a caller who may read the subject index (review W4)', async () => {
    const { secret } = await createApiToken(t.ctx, systemActor('test'), org, 'owner', {
      name: 'retention only',
      scopes: ['retention:read', 'retention:write'],
    })
    const token = asToken(app, secret)
    const list = await token('GET', api(`/retention/runs/${runId}/items`))
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json().items[0]).toMatchObject({ kind: 'person', subjectId: anna, name: null })
    expect(list.body).not.toContain('Anna')
    expect((await token('GET', api(`/retention/runs/${runId}/items.csv`))).statusCode).toBe(403)
  })

  it('forgets an erased person and deletes the list when the task is closed (review W3)', async () => {
    const erased = await po('DELETE', api(`/subjects/${anna}`))
    expect(erased.statusCode, erased.body).toBeLessThan(300)
    const list = await po('GET', api(`/retention/runs/${runId}/items`))
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json()).toEqual({
      deleted: false,
      purgedAt: null,
      items: [
        { seq: 1, kind: 'person', subjectId: null, name: null, identities: [], key: null, holdEnded: false },
      ],
    })
    const csv = await po('GET', api(`/retention/runs/${runId}/items.csv?lang=en`))
    expect(csv.statusCode, csv.body).toBe(200)
    expect(csv.body).toContain('erased from the subject index')
    for (const secret of ['Anna', 'Peeters', 'anna.peeters', '85073003328', '85.07.30'])
      expect(csv.body).not.toContain(secret)

    // Closing the task deletes its list: the run and its counts remain the proof.
    const run = await t.ctx.db
      .selectFrom('retention_runs')
      .select('task_action_id')
      .where('id', '=', runId)
      .executeTakeFirstOrThrow()
    const closed = await po('PATCH', api(`/action-plan/${run.task_action_id}`), { status: 'done' })
    expect(closed.statusCode, closed.body).toBe(200)
    const after = await po('GET', api(`/retention/runs/${runId}/items`))
    expect(after.json()).toEqual({ deleted: true, purgedAt: null, items: [] })
    const left = await t.ctx.db
      .selectFrom('retention_run_items')
      .select('seq')
      .where('run_id', '=', runId)
      .execute()
    expect(left).toEqual([])
    await settleTaskRuns(t.ctx, org)
    const settled = await t.ctx.db
      .selectFrom('retention_runs')
      .select('status')
      .where('id', '=', runId)
      .executeTakeFirstOrThrow()
    expect(settled.status).toBe('completed')
  })
})
