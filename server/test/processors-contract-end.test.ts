import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { completeContractEnd } from '../src/modules/processors'
import { importRegister } from '../src/modules/register/import'
import type { ChinookDatabase } from './support/chinook'
import { chinookClientDataset, countRows, loadMultiClientChinook } from './support/chinook-clients'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

/**
 * End of a processing contract (issue 20 item 4): a multi-client chinook - every customer belongs to one of three
 * clients through customer.client_code - where one client's data is returned and another's destroyed through the
 * connector engine; the other clients' rows stay byte-identical and the certificate's counts are the database's.
 */

describe('end of a contract with a client: return and destroy through the connectors', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let agent: ReturnType<typeof asUser>
  let chinook: ChinookDatabase
  const clients: Record<string, string> = {}
  const api = () => `/api/v1/orgs/${org.slug}/processors`

  /** Every row of the clients not named, with their invoices and lines, as text: "byte-identical" is this. */
  const rowsOutside = async (...codes: string[]) =>
    JSON.stringify([
      await chinook.query(
        `select * from customer where client_code <> all($1::text[]) order by customer_id`,
        [codes],
      ),
      await chinook.query(
        `select i.* from invoice i join customer c using (customer_id)
          where c.client_code <> all($1::text[]) order by invoice_id`,
        [codes],
      ),
      await chinook.query(
        `select l.* from invoice_line l join invoice i using (invoice_id) join customer c using (customer_id)
          where c.client_code <> all($1::text[]) order by invoice_line_id`,
        [codes],
      ),
    ])
  const count = (sql: string, params: unknown[] = []) => countRows(chinook, sql, params)

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Callcenter Brugge BV')
    await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const member = await createMember(t.ctx, org, 'agent')
    agent = asUser(app, await signIn(app, member.email, member.password))
    // Three clients share the database; of ACME's invoices only a few (three customers') are within the 7-year
    // accounting period, the others are older.
    chinook = await loadMultiClientChinook([
      { code: 'ACME', through: 20 },
      { code: 'BETA', through: 40 },
      { code: 'GAMMA' },
    ])
    const saved = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/chinook-clients`, {
      source: chinookClientDataset(),
    })
    expect(saved.statusCode, saved.body).toBeLessThan(300)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/chinook-clients/connection`, {
      options: chinook.settings.options,
      ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    for (const [name, language, reference] of [
      ['Acme Verzekeringen NV', 'nl', 'ACME'],
      ['Beta Énergie SA', 'fr', 'BETA'],
      ['Gamma Telecom BV', 'nl', null],
    ] as const) {
      const res = await po('POST', `${api()}/clients`, {
        name,
        language,
        contacts: { email: `privacy@${reference ?? 'gamma'}.example`.toLowerCase() },
        ...(reference ? { systemReference: reference } : {}),
      })
      expect(res.statusCode, res.body).toBe(201)
      expect(res.json().systemReference).toBe(reference)
      clients[reference ?? 'GAMMA'] = res.json().id
    }
  }, 120_000)

  afterAll(async () => {
    await app?.close()
    await t?.close()
    await chinook?.drop()
  })

  it('refuses without a client reference, and to an agent', async () => {
    const none = await po('POST', `${api()}/clients/${clients.GAMMA}/contract-end`, {
      choice: 'destroy',
      decidedOn: '2026-12-01',
    })
    expect(expectProblem(none, 409).code).toBe('client_reference_missing')
    const denied = await agent('POST', `${api()}/clients/${clients.ACME}/contract-end`, {
      choice: 'destroy',
      decidedOn: '2026-12-01',
    })
    expect(denied.statusCode).toBe(403)
    const bad = await po('POST', `${api()}/clients/${clients.ACME}/contract-end`, { choice: 'burn' })
    expect(bad.statusCode).toBe(400)
    expect(JSON.stringify(bad.json().errors)).toContain('choice')
    // Two clients never share a reference: ending one contract would reach the other's rows.
    const twin = await po('POST', `${api()}/clients`, {
      name: 'Acme Retail BV',
      language: 'nl',
      contacts: { email: 'privacy@acme-retail.example' },
      systemReference: 'ACME',
    })
    expect(expectProblem(twin, 409).code).toBe('client_reference_taken')
    const renamed = await po('PATCH', `${api()}/clients/${clients.GAMMA}`, { systemReference: 'BETA' })
    expect(expectProblem(renamed, 409).code).toBe('client_reference_taken')
  })

  it("return: the client's rows in an encrypted package behind a one-time link, nothing changed", async () => {
    const before = await rowsOutside()
    const res = await po('POST', `${api()}/clients/${clients.BETA}/contract-end`, {
      choice: 'return',
      decidedOn: '2026-12-02',
      note: 'Courrier du 2 décembre',
    })
    expect(res.statusCode, res.body).toBe(202)
    expect(res.json()).toMatchObject({ status: 'running', choice: 'return', reference: 'BETA' })
    await completeContractEnd(t.ctx, res.json().id)
    const list = (await po('GET', `${api()}/contract-ends?clientId=${clients.BETA}`)).json().items
    expect(list).toHaveLength(1)
    const end = list[0]
    expect(end.status, end.error).toBe('completed')
    expect(end.packageAvailable).toBe(true)
    const customers = await count(`select count(*) n from customer where client_code = 'BETA'`)
    const invoices = await count(
      `select count(*) n from invoice join customer using (customer_id) where client_code = 'BETA'`,
    )
    const found = Object.fromEntries(
      end.systems[0].collections.map((c: { collection: string; found: number }) => [c.collection, c.found]),
    )
    expect(found.customer).toBe(customers)
    expect(found.invoice).toBe(invoices)
    expect(await rowsOutside()).toBe(before)
    // The client is ended: no more sub-processor notices.
    expect((await po('GET', `${api()}/clients/${clients.BETA}`)).json().status).toBe('ended')

    expect(expectProblem(await po('GET', `${api()}/contract-ends/${end.id}/certificate`), 409).code).toBe(
      'contract_end_not_done',
    )
    const link = await po('POST', `${api()}/contract-ends/${end.id}/package-link`)
    expect(link.statusCode, link.body).toBe(200)
    const path = new URL(link.json().url).pathname
    const download = await app.inject({
      method: 'POST',
      url: path,
      payload: 'lang=fr',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(download.statusCode).toBe(200)
    const files = unzipSync(new Uint8Array(download.rawPayload))
    expect(Object.keys(files)).toContain('csv/chinook_db/customer.csv')
    const readme = Buffer.from(files['README.txt'] as Uint8Array).toString('utf8')
    expect(readme).toContain('Restitution des données - Beta Énergie SA')
    expect(readme).toContain('article 28, paragraphe 3, point g)')
    const data = JSON.parse(Buffer.from(files['data.json'] as Uint8Array).toString('utf8'))
    const rows = data.systems[0].collections.find((c: { name: string }) => c.name === 'customer').rows
    expect(rows).toHaveLength(customers)
    expect(rows.every((r: { client_code: string }) => r.client_code === 'BETA')).toBe(true)
    // Used once: the link is dead afterwards.
    const again = await app.inject({ method: 'GET', url: path })
    expect(again.statusCode).not.toBe(200)
  }, 60_000)

  it('destroy: set-based erasure of one client, kept invoices listed with their rule, certificate = database', async () => {
    const before = await rowsOutside('ACME')
    const acme = {
      customers: await count(`select count(*) n from customer where client_code = 'ACME'`),
      invoices: await count(
        `select count(*) n from invoice join customer using (customer_id) where client_code = 'ACME'`,
      ),
      lines: await count(
        `select count(*) n from invoice_line join invoice using (invoice_id) join customer using (customer_id)
          where client_code = 'ACME'`,
      ),
      held: await count(
        `select count(*) n from invoice where customer_id in (3, 7, 11) and invoice_date >= now() - interval '7 years'`,
      ),
    }
    expect(acme.held).toBeGreaterThan(0)
    // A legal hold on a person with no identity to search by: a client's destroy cannot tell whether that person's
    // rows are among the client's, so it waits until the hold is lifted (nothing started, nothing changed). A held
    // person Custos can search for only keeps their own rows (erasure-legal-holds.test.ts).
    const person = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
      name: 'Jan Procedure',
      identities: [],
    })
    expect(person.statusCode, person.body).toBe(201)
    const hold = await po('POST', `/api/v1/orgs/${org.slug}/retention/holds`, {
      scope: 'subject',
      subjectId: person.json().id,
      reason: 'Pending lawsuit',
    })
    expect(hold.statusCode, hold.body).toBe(201)
    const refused = await po('POST', `${api()}/clients/${clients.ACME}/contract-end`, {
      choice: 'destroy',
      decidedOn: '2026-12-03',
    })
    expect(expectProblem(refused, 409).code).toBe('legal_hold_active')
    expect(expectProblem(refused, 409).detail).toContain('cannot tell which rows are theirs')
    expect(await count(`select count(*) n from customer where client_code = 'ACME'`)).toBe(acme.customers)
    expect(
      (await po('POST', `/api/v1/orgs/${org.slug}/retention/holds/${hold.json().id}/lift`, {})).statusCode,
    ).toBe(200)
    const res = await po('POST', `${api()}/clients/${clients.ACME}/contract-end`, {
      choice: 'destroy',
      decidedOn: '2026-12-03',
    })
    expect(res.statusCode, res.body).toBe(202)
    const id = res.json().id as string
    await completeContractEnd(t.ctx, id)
    await completeContractEnd(t.ctx, id) // a second call (a retried job) changes nothing
    const end = (await po('GET', `${api()}/contract-ends?clientId=${clients.ACME}`)).json().items[0]
    expect(end.status, end.error).toBe('completed')

    // The other clients' rows are untouched, to the byte.
    expect(await rowsOutside('ACME')).toBe(before)
    // What is left of ACME: the customers whose invoices the accounting rule keeps (masked), those invoices and lines.
    const left = {
      customers: await count(`select count(*) n from customer where customer_id <= 20`),
      invoices: await count(`select count(*) n from invoice where customer_id <= 20`),
      lines: await count(
        `select count(*) n from invoice_line join invoice using (invoice_id) where customer_id <= 20`,
      ),
    }
    expect(left.invoices).toBe(acme.held)
    expect(left.customers).toBe(3)
    expect(
      await count(`select count(*) n from customer where customer_id <= 20 and first_name <> 'erased'`),
    ).toBe(0)
    const by = Object.fromEntries(
      end.systems[0].collections.map((c: { collection: string }) => [c.collection, c]),
    )
    expect(by.customer).toMatchObject({ found: acme.customers, deleted: acme.customers - 3, masked: 3 })
    expect(by.invoice).toMatchObject({ found: acme.invoices, deleted: acme.invoices - acme.held })
    expect(by.invoice.kept).toEqual([
      expect.objectContaining({ rows: acme.held, reason: 'retention', rule: 'accounting_records' }),
    ])
    expect(by.invoice_line.deleted).toBe(acme.lines - left.lines)
    expect(end.totals.deleted).toBe(
      acme.customers - left.customers + (acme.invoices - left.invoices) + (acme.lines - left.lines),
    )

    // The certificate, read back from the PDF in each language.
    const dir = mkdtempSync(join(tmpdir(), 'custos-cert-'))
    try {
      for (const [lang, title, kept] of [
        [
          'nl',
          'Attest van vernietiging bij het einde van de verwerkersovereenkomst',
          'bewaarregel Boekhouding',
        ],
        [
          'fr',
          'Attestation de destruction au terme du contrat de sous-traitance',
          'Comptabilité (accounting_records)',
        ],
        [
          'en',
          'Certificate of destruction at the end of the processing agreement',
          'retention rule Accounting',
        ],
      ] as const) {
        const pdf = await po('GET', `${api()}/contract-ends/${id}/certificate?lang=${lang}`)
        expect(pdf.statusCode).toBe(200)
        expect(pdf.headers['content-type']).toBe('application/pdf')
        const file = join(dir, `${lang}.pdf`)
        writeFileSync(file, pdf.rawPayload)
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
        // pdftotext joins a title wrapped at a hyphen ("sous-/traitance") without it.
        expect(text.replaceAll('-', '')).toContain(title.replaceAll('-', ''))
        expect(text).toContain('Acme Verzekeringen NV')
        expect(text).toContain(kept)
        expect(text).toContain('03/12/2026')
        const found = { nl: 'gevonden', fr: 'trouvés', en: 'found' }[lang]
        const colon = lang === 'fr' ? ' :' : ':'
        expect(text).toContain(`customer${colon} ${acme.customers} ${found}`)
        expect(text).toContain(`invoice${colon} ${acme.invoices} ${found}`)
        expect(text).toContain(`invoice_line${colon} ${acme.lines} ${found}`)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('target_id', '=', id)
      .execute()
    expect(audit.map((a) => a.action).sort()).toEqual([
      'processor.contract_end_completed',
      'processor.contract_end_started',
    ])
  }, 60_000)

  it('one end at a time; a failed end shows its error and resumes its run when retried', async () => {
    // The database keeps references unique itself, whatever path writes them (migration 0043).
    await expect(
      t.ctx.db
        .insertInto('processor_clients')
        .values({
          organization_id: org.id,
          name: 'Twin of Beta',
          language: 'nl',
          activity_keys: '[]',
          contacts_encrypted: 'x',
          system_reference: 'BETA',
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' })
    // Two saves at the same moment with one new reference: one wins, the other is told why.
    const saves = await Promise.all(
      [clients.GAMMA, clients.ACME].map((id) =>
        po('PATCH', `${api()}/clients/${id}`, { systemReference: 'GAMMA' }),
      ),
    )
    expect(saves.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const lost = saves.find((r) => r.statusCode === 409)
    expect(lost && expectProblem(lost, 409).code).toBe('client_reference_taken')
    if (saves[0]?.statusCode !== 200) {
      expect(
        (await po('PATCH', `${api()}/clients/${clients.ACME}`, { systemReference: 'ACME' })).statusCode,
      ).toBe(200)
      expect(
        (await po('PATCH', `${api()}/clients/${clients.GAMMA}`, { systemReference: 'GAMMA' })).statusCode,
      ).toBe(200)
    }

    // The client's rows cannot be read: the run fails.
    await chinook.query('alter table customer rename column client_code to client_code_moved')
    const body = { choice: 'return', decidedOn: '2026-12-04' }
    const starts = await Promise.all([
      po('POST', `${api()}/clients/${clients.GAMMA}/contract-end`, body),
      po('POST', `${api()}/clients/${clients.GAMMA}/contract-end`, body),
    ])
    expect(starts.map((r) => r.statusCode).sort()).toEqual([202, 409])
    const second = starts.find((r) => r.statusCode === 409)
    expect(second && expectProblem(second, 409).code).toBe('contract_end_running')
    const id = starts.find((r) => r.statusCode === 202)?.json().id as string
    await completeContractEnd(t.ctx, id)
    const ends = async () =>
      (await po('GET', `${api()}/contract-ends?clientId=${clients.GAMMA}`)).json().items
    const failed = await ends()
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ id, status: 'failed', completedAt: null })
    expect(failed[0].error).toContain('client_code')
    // Only a failed end is retried; the client's rows are back, the retry resumes the same run.
    await chinook.query('alter table customer rename column client_code_moved to client_code')
    const retried = await po('POST', `${api()}/contract-ends/${id}/retry`)
    expect(retried.statusCode, retried.body).toBe(202)
    expect(retried.json()).toMatchObject({ status: 'running', error: null, runId: failed[0].runId })
    expect(expectProblem(await po('POST', `${api()}/contract-ends/${id}/retry`), 409).code).toBe('not_failed')
    expect(
      expectProblem(await po('POST', `${api()}/clients/${clients.GAMMA}/contract-end`, body), 409).code,
    ).toBe('contract_end_running')
    await completeContractEnd(t.ctx, id)
    const [done] = await ends()
    expect(done).toMatchObject({ id, status: 'completed', error: null, packageAvailable: true })
    const gamma = await count(`select count(*) n from customer where client_code = 'GAMMA'`)
    expect(done.totals.found).toBeGreaterThanOrEqual(gamma)
    expect(gamma).toBeGreaterThan(0)
  }, 60_000)
})
