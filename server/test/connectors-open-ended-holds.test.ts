import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { listDueHolds } from '../src/connectors/engine/retention-holds'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { type ChinookDatabase, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

const EMAIL = 'daan_peeters@apple.be'
const FILE = 'examples/datasets/chinook-postgres.dataset.yaml'

/**
 * Issue 12: a retention rule "for the statutory period" has no number. The erasure engine keeps every row it
 * covers, records each in retention_holds with no end date (and why), shows the reason in the dry run, the run
 * result and the request's checklist - and the retention sweep never finds such a hold due.
 */
describe('erasure under a retention rule without duration (held, end unknown)', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let chinook: ChinookDatabase

  const run = async (requestId: string, body: Record<string, unknown>) => {
    const res = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`, body)
    expect(res.statusCode, res.body).toBe(202)
    const id = res.json().id as string
    await executeRun(t.ctx, id)
    const view = await po('GET', `/api/v1/orgs/${org.slug}/runs/${id}`)
    expect(view.statusCode).toBe(200)
    return view.json()
  }
  const invoicesOf = async (id: number) =>
    chinook.query('select * from invoice where customer_id = $1 order by invoice_id', [id])

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Chinook Muziek BV')
    const base = chinookRegister()
    const register = registerDocumentSchema.parse({
      ...base,
      retentionRules: base.retentionRules.map((r) =>
        r.key === 'accounting_records'
          ? {
              key: r.key,
              name: r.name,
              openEnd: 'statutory_period',
              trigger: 'invoice_date',
              statutoryReference: r.statutoryReference,
            }
          : r,
      ),
    })
    await importRegister(t.ctx, systemActor('test'), org, register, { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    chinook = await loadChinookPostgres()
    const source = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')
    const datasetKey = /^key: (\S+)/m.exec(source)?.[1] as string
    const saved = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/${datasetKey}`, { source })
    expect(saved.statusCode, saved.body).toBeLessThan(300)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/${datasetKey}/connection`, {
      options: chinook.settings.options,
      ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await chinook?.drop()
  })

  it('keeps the invoices, records them with no end date, says so in the dry run, run result and checklist, and never lists them as due', async () => {
    const [customer] = await chinook.query('select * from customer where email = $1', [EMAIL])
    const id = customer.customer_id as number
    const before = await invoicesOf(id)
    expect(before).toHaveLength(7)
    const created = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Daan Peeters', email: EMAIL },
      types: ['erasure'],
      language: 'nl',
    })
    expect(created.statusCode, created.body).toBe(201)
    const requestId = created.json().id as string
    // Started: the checklist has a task per system of the register.
    const started = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/actions/start`, {})
    expect(started.statusCode, started.body).toBe(200)
    const heldReason = {
      kind: 'retention',
      rule: 'accounting_records',
      until: null,
      openEnd: 'statutory_period',
      trigger: 'invoice_date',
    }

    const dry = await run(requestId, { action: 'erasure', dryRun: true })
    expect(dry.status).toBe('completed')
    const dryInvoice = (dry.steps[0].result.changes as { collection: string; withheld: unknown[] }[]).find(
      (c) => c.collection === 'invoice',
    )
    expect(dryInvoice?.withheld).toEqual([{ rows: 7, reason: heldReason }])
    expect(
      await t.ctx.db
        .selectFrom('retention_holds')
        .select('id')
        .where('organization_id', '=', org.id)
        .execute(),
    ).toEqual([])

    const done = await run(requestId, { action: 'erasure' })
    expect(done.status, done.error).toBe('completed')
    const invoice = (
      done.steps[0].result.changes as { collection: string; deleted: number; withheld: unknown[] }[]
    ).find((c) => c.collection === 'invoice')
    expect(invoice?.deleted).toBe(0)
    expect(invoice?.withheld).toEqual([{ rows: 7, reason: heldReason }])
    expect(done.summary.rowsHeldNoEnd).toBe(7)

    // Kept as they were.
    expect(await invoicesOf(id)).toEqual(before)
    // Recorded, one hold per row, with no end date and the reason.
    const holds = await t.ctx.db
      .selectFrom('retention_holds')
      .select(['rule', 'kept_until', 'open_end', 'collection'])
      .where('organization_id', '=', org.id)
      .execute()
    expect(holds).toHaveLength(7)
    expect(new Set(holds.map((h) => JSON.stringify(h)))).toEqual(
      new Set([
        JSON.stringify({
          rule: 'accounting_records',
          kept_until: null,
          open_end: 'statutory_period',
          collection: 'invoice',
        }),
      ]),
    )
    // The retention sweep never finds them due, not even in a century.
    expect(await listDueHolds(t.ctx.db, t.ctx.encryption, org.id, '2126-01-01')).toEqual([])
    // The request's checklist says so.
    const tasks = await t.ctx.db
      .selectFrom('request_tasks')
      .select('proof')
      .where('request_id', '=', requestId)
      .where('status', '=', 'done')
      .execute()
    expect(tasks.map((task) => task.proof).join('\n')).toContain(
      'waarvan 7 bewaard zonder einddatum (wettelijke termijn of tot een gebeurtenis; niet automatisch gewist)',
    )
    // A hold with no end date is refused by the table unless it says why.
    await expect(
      t.ctx.db
        .insertInto('retention_holds')
        .values({
          id: crypto.randomUUID(),
          organization_id: org.id,
          dataset_key: 'x',
          system_key: 'x',
          collection: 'x',
          rule: 'x',
          date_field: 'x',
          kept_until: null,
          key_encrypted: 'x',
        })
        .execute(),
    ).rejects.toThrow()
  })
})
