import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { startRun } from '../src/modules/connector-runs'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { RENTAL_TARGETS, type RentalDatabase, rowChecksums } from './support/rental'
import { rentalRegister } from './support/rental-register'

/**
 * Issue 16 item 2, decision 0053: a legal hold keeps the rows it holds, not the whole erasure. An erasure without a
 * request (as a client's contract end runs) for Lotte (customer 3) and Anna (customer 1), while Anna is under a
 * subject hold and the rentals collection under a collection hold: Anna's rows (found with her identities) and every
 * rental stay byte-identical and are reported as kept under the hold; Lotte's own customer row and her address are
 * erased. A hold on a person Custos cannot search for (no identity, or only a phone number where the dataset is
 * searched by e-mail) still refuses the erasure, saying why. A request's erasure under a collection hold is refused
 * whole (what it kept could not be found again once the person's record is erased); its dry run shows what the hold
 * keeps, and once the hold is lifted the erasure runs.
 * (An erasure request of the held person herself is refused as a whole, as before: retention.test.ts.)
 */
describe.each(RENTAL_TARGETS)('legal holds inside an erasure on $name', (target) => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let db: RentalDatabase
  const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`
  const subject = async (name: string, emails: string[], phones: string[] = []) => {
    const created = await po('POST', api('/subjects'), {
      name,
      identities: [
        ...emails.map((value) => ({ kind: 'email', value })),
        ...phones.map((value) => ({ kind: 'phone', value })),
      ],
    })
    expect(created.statusCode, created.body).toBe(201)
    return created.json().id as string
  }
  const hold = async (body: Record<string, unknown>) => {
    const res = await po('POST', api('/retention/holds'), body)
    expect(res.statusCode, res.body).toBe(201)
    return res.json().id as string
  }
  const erase = (dryRun: boolean) =>
    startRun(t.ctx, systemActor('contract end'), org, {
      action: 'erasure',
      dryRun,
      identities: [
        { kind: 'email', value: 'lotte.lemaire@example.be' },
        { kind: 'email', value: 'anna.jansen@example.be' },
      ],
      queue: false,
    })

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, `Videotheek blokkering ${target.name} BV`)
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
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await db?.drop()
  })

  it('keeps the held rows, erases the rest, and refuses when it cannot tell whose rows are held', async () => {
    const anna = await subject('Anna Jansen', ['anna.jansen@example.be'])
    const annaHold = await hold({ scope: 'subject', subjectId: anna, reason: 'Geschil 2026/14' })
    const rentalHold = await hold({
      scope: 'collection',
      datasetKey: 'rental',
      collection: 'rental',
      reason: 'Inspectie',
    })

    // A person under a hold whom Custos cannot search for: refused, nothing started.
    const unknown = await subject('Onbekende eiser', [])
    const unknownHold = await hold({ scope: 'subject', subjectId: unknown, reason: 'Procedure X' })
    await expect(erase(false)).rejects.toMatchObject({ code: 'legal_hold_active' })
    await expect(erase(false)).rejects.toThrow(/cannot tell which rows are theirs/)
    expect((await po('POST', api(`/retention/holds/${unknownHold}/lift`), {})).statusCode).toBe(200)
    // Nor a person known only by a phone number, which this dataset is not searched by: nothing would be found
    // with it, so nothing would be held - refused the same way, never erased.
    const phoneOnly = await subject('Telefonische eiser', [], ['+32 470 12 34 56'])
    const phoneHold = await hold({ scope: 'subject', subjectId: phoneOnly, reason: 'Procedure Y' })
    await expect(erase(false)).rejects.toThrow(/cannot tell which rows are theirs/)
    expect((await po('POST', api(`/retention/holds/${phoneHold}/lift`), {})).statusCode).toBe(200)

    // The dry run already shows what the holds keep.
    const dry = await erase(true)
    await executeRun(t.ctx, dry)
    const dryView = (await po('GET', api(`/runs/${dry}`))).json()
    const keptBy = (view: typeof dryView) =>
      Object.fromEntries(
        view.steps[0].result.changes.flatMap(
          (c: {
            collection: string
            withheld: { rows: number; reason: { kind: string; scope?: string } }[]
          }) =>
            c.withheld
              .filter((w) => w.reason.kind === 'legal_hold')
              .map((w) => [`${c.collection}:${w.reason.scope}`, w.rows]),
        ),
      )
    // Anna's customer row, address and payments (held as hers); every rental of both (the collection is held).
    expect(keptBy(dryView)).toEqual({
      'customer:subject': 1,
      'address:subject': 1,
      'payment:subject': 5,
      'rental:collection': 5 + 3,
    })

    const before = await rowChecksums(db)
    const id = await erase(false)
    await executeRun(t.ctx, id)
    const view = (await po('GET', api(`/runs/${id}`))).json()
    expect(view.status, view.error).toBe('completed')
    expect(keptBy(view)).toEqual(keptBy(dryView))
    const after = await rowChecksums(db)
    const changed = [...before].filter(([k, sum]) => after.get(k) !== sum).map(([k]) => k)
    expect(changed.sort()).toEqual(['address:4', 'customer:3'])
    for (const id of [annaHold, rentalHold])
      expect((await po('POST', api(`/retention/holds/${id}/lift`), {})).statusCode).toBe(200)
  })

  it("a request's erasure waits for a collection hold, its dry run shows what the hold keeps, and it runs once the hold is lifted", async () => {
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
    const run = async (dryRun: boolean) => {
      const res = await po('POST', api(`/requests/${requestId}/runs`), { action: 'erasure', dryRun })
      expect(res.statusCode, res.body).toBe(202)
      await executeRun(t.ctx, res.json().id)
      const view = (await po('GET', api(`/runs/${res.json().id}`))).json()
      expect(view.status, view.error).toBe('completed')
      return view
    }
    // Daan's customer row is the one row a plain erasure of his would change (his address is shared with Eva, his
    // rentals and payments are kept for the accounting rule).
    const customerHold = await hold({
      scope: 'collection',
      datasetKey: 'rental',
      collection: 'customer',
      reason: 'Inspectie klantenbestand',
    })
    const before = await rowChecksums(db)
    const changedBy = (a: Map<string, string>, b: Map<string, string>) =>
      [...a].filter(([k, sum]) => b.get(k) !== sum).map(([k]) => k)
    // Refused whole: keeping the held customer row while erasing the rest would leave it unreachable afterwards.
    const refused = await po('POST', api(`/requests/${requestId}/runs`), { action: 'erasure' })
    expect(refused.statusCode, refused.body).toBe(409)
    expect(refused.json()).toMatchObject({ code: 'legal_hold_active', params: { holds: [customerHold] } })
    // The dry run shows what the hold keeps, and changes nothing.
    const preview = await run(true)
    expect(preview.summary.rowsLegalHold).toBe(1)
    expect(changedBy(before, await rowChecksums(db))).toEqual([])

    // Lifted: the erasure runs and changes Daan's row, nothing else.
    expect((await po('POST', api(`/retention/holds/${customerHold}/lift`), {})).statusCode).toBe(200)
    const erased = await run(false)
    expect(erased.steps[0].result.alreadyErased).toBeUndefined()
    expect(erased.summary.rowsLegalHold).toBe(0)
    expect(changedBy(before, await rowChecksums(db))).toEqual(['customer:4'])
    const [daan] = await db.query('select * from customer where customer_id = 4')
    expect(daan).toMatchObject({ first_name: 'erased' })
  })
})
