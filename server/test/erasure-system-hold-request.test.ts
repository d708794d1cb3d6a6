import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { sweepEndedHolds } from '../src/modules/retention'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { storedMail } from './support/outbox'
import { RENTAL_TARGETS, type RentalDatabase, rowChecksums } from './support/rental'
import { rentalRegister } from './support/rental-register'

/**
 * Decision 0115: a person's erasure request reaching a system under a legal hold on the whole system is no longer
 * refused whole. Daan (customer 4) asks to be erased while an inspection holds the rental database: the rest is
 * erased (here: the CloudBooks desk, a manual system, gets its checklist task), every row of the rental database
 * stays byte-identical, Daan's rows there are recorded by key with the hold, the run says "kept: legal hold", the
 * answer letter names the database and why it is kept, and once the hold is lifted the ended-holds sweep erases
 * exactly Daan's row.
 */
const deskDataset = {
  key: 'desk',
  system: 'cloudbooks-app',
  name: 'CloudBooks desk',
  connector: 'manual',
  collections: [
    { name: 'clients', fields: [{ name: 'email', identity: 'email', category: 'identification' }] },
  ],
}

describe.each(RENTAL_TARGETS)('an erasure request under a whole-system legal hold on $name', (target) => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let db: RentalDatabase
  const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`
  const changedBy = (a: Map<string, string>, b: Map<string, string>) =>
    [...a]
      .filter(([k, sum]) => b.get(k) !== sum)
      .map(([k]) => k)
      .sort()

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, `Videotheek inspectie ${target.name} BV`)
    await importRegister(t.ctx, systemActor('test'), org, rentalRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    db = await target.load()
    const source = readFileSync(new URL('./fixtures/rental/rental.dataset.yaml', import.meta.url), 'utf8')
    const saved = await po('PUT', api('/datasets/rental'), {
      source: source.replace('connector: postgres', `connector: ${db.dialect}`),
    })
    expect(saved.statusCode, saved.body).toBeLessThan(300)
    const connection = await po('PUT', api('/datasets/rental/connection'), {
      options: db.settings.options,
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    const desk = await po('PUT', api('/datasets/desk'), { source: stringify(deskDataset) })
    expect(desk.statusCode, desk.body).toBeLessThan(300)
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await db?.drop()
  })

  it('erases the rest, keeps and records the held system, and says so in the run and the letter', async () => {
    const placed = await po('POST', api('/retention/holds'), {
      scope: 'system',
      systemKey: 'rental_db',
      reason: 'Inspectie FOD Economie 2026/7',
    })
    expect(placed.statusCode, placed.body).toBe(201)
    const holdId = placed.json().id as string
    const created = await po('POST', api('/requests'), {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Daan de Vries', email: 'daan.devries@example.nl' },
      types: ['erasure'],
      language: 'nl',
    })
    expect(created.statusCode, created.body).toBe(201)
    const requestId = created.json().id as string
    expect((await po('POST', api(`/requests/${requestId}/actions/start`), {})).statusCode).toBe(200)

    const before = await rowChecksums(db)
    const started = await po('POST', api(`/requests/${requestId}/runs`), { action: 'erasure', dryRun: false })
    expect(started.statusCode, started.body).toBe(202)
    await executeRun(t.ctx, started.json().id)
    const view = (await po('GET', api(`/runs/${started.json().id}`))).json()
    expect(view.status, view.error).toBe('completed')
    // The rental database untouched, Daan's rows there kept under the hold; the desk is a task for a person.
    expect(changedBy(before, await rowChecksums(db))).toEqual([])
    expect(view.summary.rowsLegalHold).toBeGreaterThan(0)
    const rental = view.steps.find((s: { dataset: string }) => s.dataset === 'rental')
    const customer = rental.result.changes.find((c: { collection: string }) => c.collection === 'customer')
    expect(customer.withheld).toEqual([
      {
        rows: 1,
        reason: {
          kind: 'legal_hold',
          hold: holdId,
          scope: 'system',
          reason: 'Inspectie FOD Economie 2026/7',
        },
      },
    ])
    expect(view.steps.find((s: { dataset: string }) => s.dataset === 'desk')?.status).toBe('manual')
    const recorded = await t.ctx.db
      .selectFrom('retention_holds')
      .select(['collection', 'legal_hold_id', 'released_at'])
      .where('organization_id', '=', org.id)
      .where('request_id', '=', requestId)
      .execute()
    expect(recorded.filter((r) => r.collection === 'customer')).toEqual([
      { collection: 'customer', legal_hold_id: holdId, released_at: null },
    ])

    // The answer: the letter names the held database and why its data stays, never the hold's internal reason.
    const done = await po('POST', api(`/requests/${requestId}/actions/complete`), {
      details: { erasure: { erased: ['identification'], kept: [], keptUnderLegalHold: ['made_up'] } },
    })
    expect(done.statusCode, done.body).toBe(200)
    const answer = done.json().letters.find((l: { kind: string }) => l.kind === 'completed')
    const mail = await storedMail(t.ctx, answer.outboxId)
    expect(mail.text_body).toContain(
      'De gegevens in Rental shop database vallen onder een juridische blokkering',
    )
    expect(mail.text_body).not.toContain('made_up')
    expect(mail.text_body).not.toContain('FOD Economie')

    // The hold lifted: the ended-holds sweep erases Daan's own row (masked: his rentals and payments refer to it).
    expect((await po('POST', api(`/retention/holds/${holdId}/lift`), {})).statusCode).toBe(200)
    const runs = await sweepEndedHolds(t.ctx, systemActor('retention sweeps'), org)
    // (His rentals, recorded with the hold too, are kept on by the accounting rule: nothing of them changes yet.)
    expect(
      runs.map((r) => [r.collection, r.status, Number(r.rows_masked), Number(r.rows_deleted)]),
    ).toContainEqual(['customer', 'completed', 1, 0])
    expect(changedBy(before, await rowChecksums(db))).toEqual(['customer:4'])
    const [daan] = await db.query('select first_name from customer where customer_id = 4')
    expect(daan).toMatchObject({ first_name: 'erased' })
  })
})
