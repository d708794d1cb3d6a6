import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { listSteps, updateStep } from '../src/connectors/engine/run-repository'
import { parseDatasetText } from '../src/domain/datasets/parse'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { type ChinookDatabase, loadChinookMariadb, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { waitFor } from './support/wait'

type Call = ReturnType<typeof asUser>

const TARGETS = [
  {
    name: 'PostgreSQL',
    load: loadChinookPostgres,
    file: 'examples/datasets/chinook-postgres.dataset.yaml',
    customer: 'customer',
    col: (c: string) => c,
  },
  {
    name: 'MariaDB',
    load: loadChinookMariadb,
    file: 'examples/datasets/chinook-mysql.dataset.yaml',
    customer: 'Customer',
    col: (c: string) =>
      ({
        customer_id: 'CustomerId',
        email: 'Email',
        first_name: 'FirstName',
        city: 'City',
        phone: 'Phone',
        invoice: 'Invoice',
        invoice_id: 'InvoiceId',
        billing_address: 'BillingAddress',
      })[c] ?? c,
  },
] as const

const EMAIL = 'daan_peeters@apple.be'

describe.each(TARGETS)('connector engine on chinook in $name: access, rectification, erasure', (target) => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: Call
  let chinook: ChinookDatabase
  let datasetKey: string
  const q = (s: string) => (target.name === 'MariaDB' ? `\`${s}\`` : `"${s}"`)
  const customerRow = async (email: string) =>
    (
      await chinook.query(
        `select * from ${q(target.customer)} where ${q(target.col('email'))} = ${target.name === 'MariaDB' ? '?' : '$1'}`,
        [email],
      )
    )[0]
  const othersChecksum = async (id: number) =>
    JSON.stringify(
      await chinook.query(
        `select * from ${q(target.customer)} where ${q(target.col('customer_id'))} <> ${id} order by ${q(target.col('customer_id'))}`,
      ),
    )

  const newRequest = async (types: string[]) => {
    const res = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Daan Peeters', email: EMAIL },
      types,
      language: 'nl',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json().id as string
  }
  const run = async (requestId: string, body: Record<string, unknown>) => {
    const res = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`, body)
    expect(res.statusCode, res.body).toBe(202)
    const id = res.json().id as string
    await executeRun(t.ctx, id)
    const view = await po('GET', `/api/v1/orgs/${org.slug}/runs/${id}`)
    expect(view.statusCode).toBe(200)
    return view.json()
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Chinook Muziek BV')
    await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    chinook = await target.load()
    const source = readFileSync(new URL(`../../${target.file}`, import.meta.url), 'utf8')
    datasetKey = /^key: (\S+)/m.exec(source)?.[1] as string
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

  it('access: finds the customer by e-mail, then the invoices and lines with one query per collection, and packages them', async () => {
    const requestId = await newRequest(['access'])
    const view = await run(requestId, { action: 'access' })
    expect(view.status, view.error).toBe('completed')
    const read = view.steps[0].result.read as { collection: string; found: number; level: number }[]
    const found = Object.fromEntries(read.map((r) => [r.collection.toLowerCase(), r.found]))
    expect(found.customer).toBe(1)
    expect(found.invoice).toBe(7)
    expect(found.invoice_line ?? found.invoiceline).toBe(38)
    expect(view.steps[0].result.queries).toBe(read.length)
    expect(view.summary.packageId).toBeTruthy()
    const pkg = await t.ctx.db
      .selectFrom('answer_packages')
      .selectAll()
      .where('id', '=', view.summary.packageId)
      .executeTakeFirstOrThrow()
    expect(pkg.content_encrypted).not.toContain(EMAIL)
    const zip = Buffer.from(
      t.ctx.encryption.decrypt(pkg.content_encrypted as string, `package:${pkg.id}`),
      'base64',
    )
    const files = unzipSync(new Uint8Array(zip))
    const data = Buffer.from(files['data.json'] as Uint8Array).toString('utf8')
    expect(data).toContain(EMAIL)
    expect(data).not.toContain('luisg@embraer.com.br')
    expect(Object.keys(files).some((f) => f.startsWith('csv/'))).toBe(true)
    // The rows read are not kept once packaged.
    const steps = await listSteps(t.ctx.db, [view.id])
    expect(steps.every((s) => s.data_encrypted === null)).toBe(true)
  })

  it('refuses to send or change data while the identity is in doubt, but allows a dry run', async () => {
    const requestId = await newRequest(['erasure'])
    const ask = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/actions/request_identity`, {
      reason: 'Het adres komt niet overeen met ons klantenbestand.',
      needed: ['id_document_masked'],
    })
    expect(ask.statusCode, ask.body).toBe(200)
    const refused = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`, {
      action: 'erasure',
    })
    expect(refused.json().type).toBe('urn:custos:problem:run:identity_not_confirmed')
    expectProblem(refused, 409)
    const dry = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`, {
      action: 'erasure',
      dryRun: true,
    })
    expect(dry.statusCode).toBe(202)
  })

  it('rectification changes only the named field of that customer', async () => {
    const before = await othersChecksum((await customerRow(EMAIL))[target.col('customer_id')])
    const requestId = await newRequest(['rectification'])
    const view = await run(requestId, {
      action: 'rectification',
      changes: [{ collection: target.customer, field: target.col('city'), value: 'Gent' }],
    })
    expect(view.status, view.error).toBe('completed')
    const row = await customerRow(EMAIL)
    expect(row[target.col('city')]).toBe('Gent')
    expect(await othersChecksum(row[target.col('customer_id')])).toBe(before)
  })

  it('erasure: a dry run shows what would change and changes nothing; the run masks the customer, keeps the invoices under the accounting rule, and a rerun changes nothing', async () => {
    const original = await customerRow(EMAIL)
    const id = original[target.col('customer_id')] as number
    const others = await othersChecksum(id)
    const requestId = await newRequest(['erasure'])

    const dry = await run(requestId, { action: 'erasure', dryRun: true })
    expect(dry.status).toBe('completed')
    const dryChanges = dry.steps[0].result.changes as {
      collection: string
      toUpdate: number
      withheld: { rows: number; reason: { kind: string; rule?: string } }[]
    }[]
    const customerChange = dryChanges.find((c) => c.collection === target.customer)
    expect(customerChange?.toUpdate).toBe(1)
    const invoiceChange = dryChanges.find((c) => c.collection.toLowerCase() === 'invoice')
    expect(invoiceChange?.withheld).toEqual([
      { rows: 7, reason: expect.objectContaining({ kind: 'retention', rule: 'accounting_records' }) },
    ])
    expect(await customerRow(EMAIL)).toEqual(original)

    let crashed = false
    const runRes = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`, {
      action: 'erasure',
    })
    const runId = runRes.json().id as string
    // The worker dies after the plan is stored, before anything is written: the run fails and is retried.
    await expect(
      executeRun(t.ctx, runId, {
        beforeWrite: async () => {
          crashed = true
          throw new Error('simulated crash')
        },
      }),
    ).rejects.toThrow()
    expect(crashed).toBe(true)
    expect(await customerRow(EMAIL)).toEqual(original)
    await executeRun(t.ctx, runId)
    const view = (await po('GET', `/api/v1/orgs/${org.slug}/runs/${runId}`)).json()
    expect(view.status, view.error).toBe('completed')
    const change = (view.steps[0].result.changes as { collection: string; updated: number }[]).find(
      (c) => c.collection === target.customer,
    )
    expect(change?.updated).toBe(1)

    expect(await customerRow(EMAIL)).toBeUndefined()
    const masked = (
      await chinook.query(`select * from ${q(target.customer)} where ${q(target.col('customer_id'))} = ${id}`)
    )[0]
    expect(masked[target.col('first_name')]).toBe('erased')
    expect(masked[target.col('phone')]).toBeNull()
    expect(masked[target.col('city')]).toBeNull()
    expect(String(masked[target.col('email')])).toMatch(/^[0-9a-f]{32}$/)
    // No personal field of the customer keeps its value, except the key the kept invoices still refer to.
    const doc = parseDatasetText(readFileSync(new URL(`../../${target.file}`, import.meta.url), 'utf8'))
    if (!doc.ok) throw new Error('example dataset invalid')
    const customerFields = doc.document.collections.find((c) => c.name === target.customer)?.fields ?? []
    const personal = customerFields.filter(
      (f) => f.category !== undefined && f.name !== target.col('customer_id'),
    )
    expect(personal.length).toBeGreaterThan(8)
    for (const field of personal) {
      if (original[field.name] !== null)
        expect(masked[field.name], field.name).not.toEqual(original[field.name])
    }
    const invoices = await chinook.query(
      `select * from ${q(target.col('invoice'))} where ${q(target.col('customer_id'))} = ${id}`,
    )
    expect(invoices).toHaveLength(7)
    expect(invoices.every((i) => i[target.col('billing_address')] !== null)).toBe(true)
    expect(await othersChecksum(id)).toBe(others)

    // A crash between the commit and its record: the stored plan is applied again and changes nothing.
    const [step] = await listSteps(t.ctx.db, [runId])
    await updateStep(t.ctx.db, step?.id as string, { status: 'planned' })
    await t.ctx.db.updateTable('connector_runs').set({ status: 'running' }).where('id', '=', runId).execute()
    const snapshot = await chinook.query(`select * from ${q(target.customer)} order by 1`)
    await executeRun(t.ctx, runId)
    const again = (await po('GET', `/api/v1/orgs/${org.slug}/runs/${runId}`)).json()
    const second = again.steps[0].result.changes as { collection: string; updated: number; deleted: number }[]
    expect(second.every((c) => c.updated === 0 && c.deleted === 0)).toBe(true)
    expect(await chinook.query(`select * from ${q(target.customer)} order by 1`)).toEqual(snapshot)

    const history = await po('GET', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`)
    expect(history.json().items.map((r: { dryRun: boolean }) => r.dryRun)).toEqual([false, true])
  })

  it('keeps its lease while it works (renewed during a long step) and lets it go at the end', async () => {
    const requestId = await newRequest(['erasure'])
    const res = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`, { action: 'erasure' })
    const runId = res.json().id as string
    const leaseOf = async () =>
      (
        await t.ctx.db
          .selectFrom('connector_runs')
          .select('lease_until')
          .where('id', '=', runId)
          .executeTakeFirstOrThrow()
      ).lease_until
    let renewed = false
    await executeRun(t.ctx, runId, {
      leaseRenewalMs: 20,
      beforeWrite: async () => {
        const first = (await leaseOf())?.getTime() ?? 0
        await waitFor(async () => ((await leaseOf())?.getTime() ?? 0) > first)
        renewed = true
      },
    })
    expect(renewed).toBe(true)
    expect(await leaseOf()).toBeNull()
  })
})
