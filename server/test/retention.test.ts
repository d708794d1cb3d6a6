import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { recordHeldRows } from '../src/connectors/engine/retention-holds'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { retentionSweepNowJob, runRetention, sweepEndedHolds } from '../src/modules/retention'
import { createEndpoint } from '../src/modules/webhooks'
import { type ChinookDatabase, loadChinookMariadb, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Issue 16: the register's 7-year accounting rule enforced on the chinook invoices, on PostgreSQL and MariaDB.
 * As of 2029-06-30 invoices dated before 2022-06-30 are due: those still referred to by invoice lines are masked
 * (billing fields nulled), three extra invoices without lines are deleted; a customer under a legal hold and every
 * invoice within its period stay byte for byte; a ceiling pauses; a sweep killed after a batch was applied resumes
 * and finishes once.
 */
const TODAY = '2029-06-30'
const CUTOFF = '2022-06-30'
const TARGETS = [
  {
    name: 'PostgreSQL',
    load: loadChinookPostgres,
    file: 'examples/datasets/chinook-postgres.dataset.yaml',
    t: {
      invoice: 'invoice',
      id: 'invoice_id',
      customer: 'customer_id',
      date: 'invoice_date',
      address: 'billing_address',
      total: 'total',
      customers: 'customer',
      email: 'email',
    },
    checksum: (cols: string) => `md5(row(${cols})::text)`,
  },
  {
    name: 'MariaDB',
    load: loadChinookMariadb,
    file: 'examples/datasets/chinook-mysql.dataset.yaml',
    t: {
      invoice: 'Invoice',
      id: 'InvoiceId',
      customer: 'CustomerId',
      date: 'InvoiceDate',
      address: 'BillingAddress',
      total: 'Total',
      customers: 'Customer',
      email: 'Email',
    },
    checksum: (cols: string) => `md5(concat_ws('|', ${cols}))`,
  },
] as const

let t: TestContext
let app: App
beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.close()
})

describe.each(TARGETS)('retention sweep on $name', ({ load, file, t: n, checksum }) => {
  let org: Organization
  let po: ReturnType<typeof asUser>
  let db: ChinookDatabase
  let heldCustomer: number
  const api = (path: string) => `/api/v1/orgs/${org.slug}/retention${path}`
  const p = (i: number) => (db.dialect === 'postgres' ? `$${i}` : '?')
  /** id -> checksum of every invoice that must not change: within the period, or of the held customer. */
  const untouched = async () => {
    const rows = await db.query(
      `select ${n.id} as id, ${checksum(`${n.id}, ${n.customer}, ${n.date}, ${n.address}, ${n.total}`)} as sum from ${n.invoice}
       where ${n.date} >= ${p(1)} or ${n.customer} = ${p(2)} order by ${n.id}`,
      [CUTOFF, heldCustomer],
    )
    return new Map(rows.map((r: { id: number; sum: string }) => [Number(r.id), r.sum]))
  }
  const count = async (where: string, params: unknown[] = []) =>
    Number((await db.query(`select count(*) as n from ${n.invoice} where ${where}`, params))[0].n)

  beforeAll(async () => {
    org = await createOrg(t.ctx, `Chinook ${file.includes('mysql') ? 'MariaDB' : 'PostgreSQL'} BV`)
    await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    db = await load()
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    const key = /^key: (\S+)/m.exec(source)?.[1] as string
    expect((await po('PUT', `/api/v1/orgs/${org.slug}/datasets/${key}`, { source })).statusCode).toBeLessThan(
      300,
    )
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/${key}/connection`, {
      options: db.settings.options,
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    // Three old invoices no line refers to: deleted, not masked.
    for (const id of [90001, 90002, 90003])
      await db.query(
        `insert into ${n.invoice} (${n.id}, ${n.customer}, ${n.date}, ${n.address}, ${n.total}) values (${p(1)}, 1, '2021-03-01', 'Old street 1', 1)`,
        [id],
      )
    // A customer in a dispute: a legal hold on the subject keeps their invoices.
    const [customer] = await db.query(
      `select ${n.customer} as id, ${n.email} as email from ${n.customers} where ${n.customer} = 2`,
    )
    heldCustomer = Number(customer.id)
    const subject = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
      name: 'Leonie Köhler',
      identities: [{ kind: 'email', value: customer.email }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    const hold = await po('POST', api('/holds'), {
      scope: 'subject',
      subjectId: subject.json().id,
      reason: 'Dispute 2029/7',
    })
    expect(hold.statusCode, hold.body).toBe(201)
  }, 120_000)
  afterAll(async () => {
    await db?.drop()
  })

  it('plans, pauses at the ceiling, resumes after a crash mid-run and removes or masks only what is due', async () => {
    const due = await count(`${n.date} < ${p(1)}`, [CUTOFF])
    const heldDue = await count(`${n.date} < ${p(1)} and ${n.customer} = ${p(2)}`, [CUTOFF, heldCustomer])
    expect(heldDue).toBeGreaterThan(0)

    const rules = await po('GET', api('/rules'))
    expect(rules.statusCode, rules.body).toBe(200)
    const accounting = rules.json().items.find((r: { key: string }) => r.key === 'accounting_records')
    expect(accounting).toMatchObject({ action: 'delete', start: { kind: 'date_field' }, approvedAt: null })
    expect(accounting.collections).toHaveLength(1)

    const plan = await po('GET', api(`/plan?today=${TODAY}`))
    expect(plan.statusCode, plan.body).toBe(200)
    const [item] = plan.json().items
    expect(item).toMatchObject({
      rule: 'accounting_records',
      cutoff: CUTOFF,
      due,
      blocked: null,
      approved: null,
    })
    expect(item.sampleKeys).toHaveLength(5)
    expect(item.holds.map((h: { scope: string }) => h.scope)).toEqual(['subject'])

    const before = await untouched()
    const actor = systemActor('retention sweeps')
    // An integrator subscribed to the sweeps' webhook events.
    await createEndpoint(t.ctx, systemActor('test'), org, {
      url: 'http://127.0.0.1:9/hooks',
      eventTypes: ['retention.sweep_completed', 'retention.sweep_paused'],
    })
    // Not approved: planned only.
    expect((await runRetention(t.ctx, actor, org, { today: TODAY }))[0]?.outcome).toBe('not_approved')
    expect((await po('POST', api('/rules/accounting_records/approval'), {})).statusCode).toBe(200)
    // A ceiling below what is due pauses the run before anything changes.
    expect((await po('PUT', api('/rules/accounting_records'), { runCeiling: 10 })).statusCode).toBe(200)
    const [paused] = await runRetention(t.ctx, actor, org, { today: TODAY })
    expect(paused?.outcome).toBe('paused')
    expect(await count(`${n.address} is null`)).toBe(0)
    expect((await po('PUT', api('/rules/accounting_records'), { runCeiling: null })).statusCode).toBe(200)

    // Killed after the second batch was applied, before it was recorded as done.
    await expect(
      runRetention(t.ctx, actor, org, {
        today: TODAY,
        batchSize: 40,
        afterApply: (_run, seq) => {
          if (seq === 2) throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    // The overview can tell a stopped sweep from one in progress.
    const stopped = (await po('GET', api('/runs'))).json().items[0]
    expect(stopped).toMatchObject({ status: 'running', reason: 'stopped_by_error', proof: null })
    const [resumed] = await runRetention(t.ctx, actor, org, { today: TODAY, batchSize: 40 })
    expect(resumed?.outcome).toBe('completed')
    const run = resumed?.run
    expect(Number(run?.rows_deleted)).toBe(3)
    expect(Number(run?.rows_masked)).toBe(due - 3 - heldDue)
    expect(Number(run?.rows_shared)).toBe(due - 3 - heldDue)
    const batches = await t.ctx.db
      .selectFrom('retention_run_batches')
      .select(['seq', 'status'])
      .where('run_id', '=', run?.id as string)
      .orderBy('seq')
      .execute()
    expect(batches.map((b) => b.seq)).toEqual(batches.map((_, i) => i + 1))
    expect(batches.every((b) => b.status === 'done')).toBe(true)

    // Past their period: the lineless invoices are gone, the others masked; the rest byte for byte as before.
    expect(await count(`${n.id} >= 90001`)).toBe(0)
    expect(await count(`${n.date} < ${p(1)} and ${n.address} is not null`, [CUTOFF])).toBe(heldDue)
    expect(await untouched()).toEqual(before)

    // Proof in the audit log.
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('organization_id', '=', org.id)
      .where('action', 'like', 'retention.%')
      .orderBy('seq')
      .execute()
    expect(events.map((e) => e.action)).toEqual([
      'retention.plan_approved',
      'retention.policy_updated',
      'retention.run_paused',
      'retention.policy_updated',
      'retention.run_completed',
    ])
    const summary = events.at(-1)?.summary as Record<string, unknown>
    expect(summary).toMatchObject({ rule: 'accounting_records', deleted: 3, keys: due - heldDue })
    expect((summary.keyHashes as string[]).length).toBe(due - heldDue)
    // The run history carries the audit record's proof: the same count and digest, and its place in the chain.
    const listed = (await po('GET', api('/runs'))).json().items[0]
    expect(listed).toMatchObject({
      id: run?.id,
      status: 'completed',
      reason: null,
      proof: { keys: due - heldDue, keyHashesDigest: summary.keyHashesDigest },
    })
    expect(listed.proof.auditSeq).toBeGreaterThan(0)
    // The same as webhook events: counts and names, never the keys or their hashes.
    const sent = await t.ctx.db
      .selectFrom('webhook_events')
      .select(['type', 'data'])
      .where('organization_id', '=', org.id)
      .orderBy('occurred_at')
      .execute()
    expect(sent.map((e) => e.type)).toEqual(['retention.sweep_paused', 'retention.sweep_completed'])
    const data = sent[1]?.data as Record<string, unknown>
    expect(data).toMatchObject({ object: 'retention_run', rule: 'accounting_records', deleted: 3 })
    expect(Object.keys(data).filter((k) => k.startsWith('keyHash'))).toEqual([])

    // The destruction certificate, read back from the PDF in Dutch and French.
    const controller = await t.ctx.db
      .selectFrom('organizations')
      .select(['name', 'legal_name'])
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow()
    const dir = mkdtempSync(join(tmpdir(), 'custos-certificate-'))
    try {
      for (const [lang, words] of [
        [
          'nl',
          [
            'Attest van vernietiging van persoonsgegevens',
            'Boekhouding (accounting_records)',
            '7 jaar na de factuurdatum',
            'Gewiste records 3',
            'opslagbeperking (art. 5.1.e AVG)',
            `Records gedateerd vóór 30/06/2022`,
          ],
        ],
        [
          'fr',
          [
            'Attestation de destruction de données à caractère personnel',
            'Comptabilité (accounting_records)',
            '7 ans après la date de la facture',
            'Enregistrements supprimés 3',
            'WER/CDE art. III.86',
            'ne les couvre pas',
          ],
        ],
      ] as const) {
        const pdf = await po('GET', api(`/runs/${run?.id}/certificate?lang=${lang}`))
        expect(pdf.statusCode, pdf.body).toBe(200)
        expect(pdf.headers['content-type']).toBe('application/pdf')
        const file = join(dir, `${lang}.pdf`)
        writeFileSync(file, pdf.rawPayload)
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
          /\s+/g,
          ' ',
        )
        for (const word of words) expect(text).toContain(word)
        expect(text).toContain(controller.legal_name || controller.name)
        expect(text).toContain(summary.keyHashesDigest as string)
        expect(text).toContain(`#${listed.proof.auditSeq}`)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    // The register export (XLSX) shows how the rule is enforced, in the export's language.
    for (const [lang, header, words] of [
      ['nl', 'Toegepast in de systemen', 'wissen, vanaf'],
      ['fr', 'Appliquée dans les systèmes', 'supprimer, à partir de'],
    ] as const) {
      const xlsx = await po('GET', `/api/v1/orgs/${org.slug}/register/export?format=xlsx&lang=${lang}`)
      expect(xlsx.statusCode).toBe(200)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
      const cells = book.worksheets.flatMap((sheet) => {
        const values: string[] = []
        sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))))
        return values
      })
      expect(cells).toContain(header)
      const enforced = cells.find((c) => c.includes(words))
      expect(enforced?.toLowerCase()).toContain('chinook_db · invoice')
      expect(enforced).toMatch(
        lang === 'nl' ? /Plan goedgekeurd door .+ op \d{2}\/\d{2}\/\d{4}/ : /Plan approuvé par .+ le /,
      )
    }
    // A paused sweep has no certificate.
    const pausedCertificate = await po('GET', api(`/runs/${paused?.run?.id}/certificate`))
    expect(pausedCertificate.statusCode).toBe(409)

    // The hold wins over an erasure request of the held customer too.
    const [customer] = await db.query(
      `select ${n.email} as email from ${n.customers} where ${n.customer} = 2`,
    )
    const request = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
      channel: 'email',
      receivedAt: '2026-12-01',
      subject: { name: 'Leonie Köhler', email: customer.email },
      types: ['erasure'],
      language: 'nl',
    })
    expect(request.statusCode, request.body).toBe(201)
    const erasure = await po('POST', `/api/v1/orgs/${org.slug}/requests/${request.json().id}/runs`, {
      action: 'erasure',
      dryRun: false,
    })
    expect(erasure.statusCode, erasure.body).toBe(409)
    expect(erasure.json().code).toBe('legal_hold_active')

    // A second sweep finds nothing left to change.
    const [again] = await runRetention(t.ctx, actor, org, { today: TODAY })
    expect(Number(again?.run?.rows_deleted ?? 0) + Number(again?.run?.rows_masked ?? 0)).toBe(0)
    expect(await untouched()).toEqual(before)

    // A row an erasure kept under the rule until 2029-01-01 (recorded by key) is erased once that day has passed.
    await recordHeldRows(
      t.ctx.db,
      t.ctx.encryption,
      { id: null as unknown as string, organization_id: org.id, request_id: null },
      {
        dataset_key: file.includes('mysql') ? 'chinook-mysql' : 'chinook-postgres',
        system_key: 'chinook_db',
      },
      {
        collections: [
          {
            collection: n.invoice,
            found: 1,
            updates: [],
            deletes: [],
            withheld: [],
            fields: [],
            held: [{ key: [400], rule: 'accounting_records', dateField: n.date, until: '2029-01-01' }],
          },
        ],
      },
    )
    expect(await count(`${n.id} = 400 and ${n.address} is not null`)).toBe(1)
    const [ended] = await sweepEndedHolds(t.ctx, actor, org, { today: TODAY })
    expect(Number(ended?.rows_masked)).toBe(1)
    expect(await count(`${n.id} = 400 and ${n.address} is not null`)).toBe(0)
    expect(await sweepEndedHolds(t.ctx, actor, org, { today: TODAY })).toEqual([])
  })

  it('the calendar leaves out what a legal hold keeps and shows it as held; the holds list names the person and request', async () => {
    // Two invoices falling due within the year: one of the held customer, one of another.
    for (const [id, customer] of [
      [90010, heldCustomer],
      [90011, 1],
    ])
      await db.query(
        `insert into ${n.invoice} (${n.id}, ${n.customer}, ${n.date}, ${n.address}, ${n.total}) values (${p(1)}, ${p(2)}, '2022-08-01', 'New street 1', 1)`,
        [id, customer],
      )
    // Within 365 days of 2029-06-30: invoices dated from 2022-06-30 to 2023-06-29.
    const inYear = `${n.date} >= '2022-06-30' and ${n.date} < '2023-06-30'`
    const held = await count(`${inYear} and ${n.customer} = ${p(1)}`, [heldCustomer])
    const free = await count(`${inYear} and ${n.customer} <> ${p(1)}`, [heldCustomer])
    expect(held).toBeGreaterThan(0)
    const year = async () => {
      const calendar = await po('GET', api(`/calendar?today=${TODAY}`))
      expect(calendar.statusCode, calendar.body).toBe(200)
      return calendar.json().items[0].within[2]
    }
    expect(await year()).toEqual({ days: 365, rows: free, held })

    // A hold on the whole collection keeps every row: nothing falls due, all of it is held.
    const dataset = file.includes('mysql') ? 'chinook-mysql' : 'chinook-postgres'
    const collectionHold = await po('POST', api('/holds'), {
      scope: 'collection',
      datasetKey: dataset,
      collection: n.invoice,
      reason: 'Tax inspection 2029',
    })
    expect(collectionHold.statusCode, collectionHold.body).toBe(201)
    expect(await year()).toEqual({ days: 365, rows: 0, held: free + held })
    expect((await po('POST', api(`/holds/${collectionHold.json().id}/lift`), {})).statusCode).toBe(200)

    // The holds list names what is held: the person, the request's reference, the collection.
    const request = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
      channel: 'email',
      receivedAt: '2026-12-02',
      subject: { name: 'Astrid Gruber', email: 'astrid.gruber@example.org' },
      types: ['access'],
      language: 'nl',
    })
    expect(request.statusCode, request.body).toBe(201)
    const requestHold = await po('POST', api('/holds'), {
      scope: 'request',
      requestId: request.json().id,
      reason: 'Complaint 2029/3',
    })
    expect(requestHold.statusCode, requestHold.body).toBe(201)
    expect(requestHold.json()).toMatchObject({ requestReference: request.json().reference })
    const list = (await po('GET', api('/holds'))).json().items
    const byReason = (reason: string) => list.find((h: { reason: string }) => h.reason === reason)
    expect(byReason('Dispute 2029/7')).toMatchObject({ scope: 'subject', subjectName: 'Leonie Köhler' })
    expect(byReason('Complaint 2029/3')).toMatchObject({
      scope: 'request',
      requestReference: request.json().reference,
    })
    expect(byReason('Tax inspection 2029')).toMatchObject({ datasetKey: dataset, collection: n.invoice })
    expect((await po('POST', api(`/holds/${requestHold.json().id}/lift`), {})).statusCode).toBe(200)
  })

  it('runs the sweeps now through the API, as the daily job does: a dry run counts, a run sweeps', async () => {
    // Today (no "today" here): an invoice of 2018 is past its seven years.
    await db.query(
      `insert into ${n.invoice} (${n.id}, ${n.customer}, ${n.date}, ${n.address}, ${n.total}) values (90020, 1, '2018-05-01', 'Old street 2', 1)`,
    )
    const invoiceItem = (body: { items: { collection: string; rule: string }[] }) =>
      body.items.find((i) => i.rule === 'accounting_records' && i.collection === n.invoice)
    // Queued (202), then run by the worker's job (decision 0101); the request answers what each rule came to.
    const runNow = async (body: object) => {
      const queued = await po('POST', api('/runs'), body)
      expect(queued.statusCode, queued.body).toBe(202)
      await retentionSweepNowJob.run({ sweepId: queued.json().id }, t.ctx)
      const done = await po('GET', api(`/sweeps/${queued.json().id}`))
      expect(done.json()).toMatchObject({ status: 'done' })
      return done.json()
    }
    expect(invoiceItem(await runNow({ dryRun: true }))).toMatchObject({
      outcome: 'dry_run',
      due: 1,
      run: null,
    })
    expect(await count(`${n.id} = 90020`)).toBe(1)

    const item = invoiceItem(await runNow({})) as unknown as { outcome: string; run: Record<string, unknown> }
    expect(item).toMatchObject({ outcome: 'completed', due: 1, run: { status: 'completed', deleted: 1 } })
    expect(item.run.proof).toMatchObject({ keys: 1 })
    expect(await count(`${n.id} = 90020`)).toBe(0)
    // Its certificate is there at once.
    const pdf = await po('GET', api(`/runs/${item.run.id}/certificate?lang=en`))
    expect(pdf.statusCode).toBe(200)
    // The run is recorded as started by the person who pressed the button.
    expect(item.run.startedBy).not.toBe('retention sweeps')
  })
})
