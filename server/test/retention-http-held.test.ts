import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { systemActor } from '../src/audit/actor'
import { cutoffDay } from '../src/domain/retention/period'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRetention } from '../src/modules/retention'
import { todayOf } from '../src/modules/retention/sweep'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { invoicesDataset, register, startReceiver } from './support/retention-http'

/**
 * Decision 0094: a call by date cannot leave out the records of a person under a legal hold. When such a person has
 * records in an HTTP collection swept by its date-filtered endpoint, the sweep does not call the endpoint: it reads
 * the held person's records through the dataset's read endpoint and gives the sweep to a person as a task that lists
 * the keys to keep (a real HTTP receiver answers the read and records every call).
 */
let t: TestContext
let app: App
let org: Organization
let po: ReturnType<typeof asUser>
let receiver: Awaited<ReturnType<typeof startReceiver>>
const today = todayOf()
const cutoff = cutoffDay(today, { years: 7, months: 0, days: 0 })
const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`

beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  receiver = await startReceiver()
  org = await createOrg(t.ctx, 'Archief Peeters BV')
  await importRegister(t.ctx, systemActor('test'), org, register(), { mode: 'merge', dryRun: false })
  const officer = await createMember(t.ctx, org, 'privacy_officer')
  po = asUser(app, await signIn(app, officer.email, officer.password))
  const saved = await po('PUT', api('/datasets/cloudbooks'), {
    source: stringify(invoicesDataset(receiver.url)),
  })
  expect(saved.statusCode, saved.body).toBeLessThan(300)
  const connection = await po('PUT', api('/datasets/cloudbooks/connection'), {
    options: {},
    secret: 'cloudbooks-token-1',
  })
  expect(connection.statusCode, connection.body).toBe(200)
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.close()
  await receiver?.close()
})

describe('an HTTP sweep with a held person in the collection', () => {
  it('makes no call by date and gives a task listing the keys to keep', async () => {
    const created = await po('POST', api('/subjects'), {
      name: 'Anna Jansen',
      identities: [{ kind: 'email', value: 'anna.jansen@example.be' }],
    })
    expect(created.statusCode, created.body).toBe(201)
    const hold = await po('POST', api('/retention/holds'), {
      scope: 'subject',
      subjectId: created.json().id,
      reason: 'Geschil 2026/14',
    })
    expect(hold.statusCode, hold.body).toBe(201)
    expect((await po('POST', api('/retention/rules/accounting-7y/approval'), {})).statusCode).toBe(200)

    // The read of Anna's invoices answers two of them.
    receiver.answers.push([
      { id: 'INV-2019-0007', email: 'anna.jansen@example.be', issued_on: '2019-01-10' },
      { id: 'INV-2024-0312', email: 'anna.jansen@example.be', issued_on: '2024-03-02' },
    ])
    const outcomes = await runRetention(t.ctx, systemActor('retention sweeps'), org, { today })
    const item = outcomes.find((o) => o.dataset === 'cloudbooks')
    expect(item).toMatchObject({ outcome: 'waiting', run: { via: 'task', reason: 'held_rows', cutoff } })
    // Only the read of the held person's records; never the sweep endpoint.
    expect(receiver.calls.map((c) => c.method)).toEqual(['GET'])
    expect(receiver.calls[0]?.url).toBe('/api/invoices?email=anna.jansen%40example.be')

    const task = await po('GET', api(`/action-plan/${item?.run?.task_action_id}`))
    expect(task.statusCode, task.body).toBe(200)
    const description = task.json().description as string
    // Masked in the action plan (a collection keyed by e-mail would show the address): the keys are behind login.
    expect(description).toContain('Bewaar 2 records met')
    expect(description).toContain('hier gemaskeerd: •••007, •••312')
    expect(description).not.toContain('INV-2019')
    expect(description).toContain('een oproep op datum kan ze niet uitsluiten')
    const list = await po('GET', api(`/retention/runs/${item?.run?.id}/items`))
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json().items.map((i: { kind: string; key: string }) => [i.kind, i.key])).toEqual([
      ['keep', '•••007'],
      ['keep', '•••312'],
    ])
    const csv = await po('GET', api(`/retention/runs/${item?.run?.id}/items.csv`))
    expect(csv.statusCode, csv.body).toBe(200)
    expect(csv.body).toContain('INV-2019-0007')
    expect(csv.body).toContain('INV-2024-0312')
    expect(csv.body).not.toContain('anna')
    // The keys, not the person: no name or address in the task.
    expect(description).not.toContain('anna.jansen')
    expect(description).not.toContain('Anna')
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'retention.run_waiting')
      .executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ reason: 'held_rows', keysToKeep: 2 })

    // The next sweep while the task is open: still no call.
    const again = await runRetention(t.ctx, systemActor('retention sweeps'), org, { today })
    expect(again.find((o) => o.dataset === 'cloudbooks')).toMatchObject({ outcome: 'waiting' })
    expect(receiver.calls).toHaveLength(1)

    // Anna's hold lifted while the task is open: her records are no longer to be kept - the list says so.
    expect(list.json().items.map((i: { holdEnded: boolean }) => i.holdEnded)).toEqual([false, false])
    const lifted = await po('POST', api(`/retention/holds/${hold.json().id}/lift`), {})
    expect(lifted.statusCode, lifted.body).toBe(200)
    const after = await po('GET', api(`/retention/runs/${item?.run?.id}/items`))
    expect(after.json().items.map((i: { key: string; holdEnded: boolean }) => [i.key, i.holdEnded])).toEqual([
      ['•••007', true],
      ['•••312', true],
    ])
    const csvAfter = await po('GET', api(`/retention/runs/${item?.run?.id}/items.csv?lang=en`))
    expect(csvAfter.body).toContain('no longer to be kept: the legal hold has ended')
    expect(csvAfter.body).not.toContain('record to keep (legal hold)')
  })
})
