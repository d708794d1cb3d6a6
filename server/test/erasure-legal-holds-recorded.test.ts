import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { startRun } from '../src/modules/connector-runs'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { sweepEndedHolds } from '../src/modules/retention'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { RENTAL_TARGETS, type RentalDatabase, rowChecksums } from './support/rental'
import { rentalRegister } from './support/rental-register'

/**
 * Issue 16 (decision 0090, building on issue 10 item 5): rows an erasure without a request (a client's contract end,
 * ad hoc) keeps under a legal hold are recorded by key, with the hold, and erased once the hold is lifted - even
 * after the identity that found them was masked. Lotte (customer 3) and Anna (customer 1) are erased while Anna is
 * under a subject hold and the rentals collection under a collection hold:
 * - recorded: Anna's customer row (to be erased once her hold ends), her payments (kept on by the 7-year accounting
 *   rule after the hold), every rental of both; not recorded: Anna's address, shared with her household, her staff
 *   sister and a store - it stays whatever becomes of the hold (issue 10 item 1);
 * - lifting Anna's hold while a second hold on her is in force changes nothing; lifting that one too erases exactly
 *   her customer row; her payments wait for their retention end;
 * - once the rentals' hold is lifted and the retention end of the payments has passed, the ended-holds sweep deletes
 *   exactly the recorded rentals and payments of the two (Lotte's found by her e-mail, masked since), nothing else.
 */
describe.each(RENTAL_TARGETS)(
  'rows kept under a legal hold are recorded and erased when it ends, on $name',
  (target) => {
    let t: TestContext
    let app: App
    let org: Organization
    let po: ReturnType<typeof asUser>
    let db: RentalDatabase
    const actor = systemActor('retention sweeps')
    const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`
    const hold = async (body: Record<string, unknown>) => {
      const res = await po('POST', api('/retention/holds'), body)
      expect(res.statusCode, res.body).toBe(201)
      return res.json().id as string
    }
    const lift = async (id: string) =>
      expect((await po('POST', api(`/retention/holds/${id}/lift`), {})).statusCode).toBe(200)
    const changedBy = (a: Map<string, string>, b: Map<string, string>) =>
      [...a]
        .filter(([k, sum]) => b.get(k) !== sum)
        .map(([k]) => k)
        .sort()
    const recorded = async () =>
      (
        await t.ctx.db
          .selectFrom('retention_holds')
          .select(['collection', 'rule', 'legal_hold_id', 'released_at'])
          .where('organization_id', '=', org.id)
          .execute()
      ).reduce<Record<string, number>>((counts, r) => {
        const key = `${r.collection}:${r.rule ?? '-'}:${r.legal_hold_id ? legalName.get(r.legal_hold_id) : '-'}:${r.released_at ? 'released' : 'waiting'}`
        counts[key] = (counts[key] ?? 0) + 1
        return counts
      }, {})
    const legalName = new Map<string, string>()

    beforeAll(async () => {
      t = await createTestContext()
      app = await buildApp(t.ctx, { serveWeb: false, logger: false })
      org = await createOrg(t.ctx, `Videotheek bewaard ${target.name} BV`)
      await importRegister(t.ctx, systemActor('test'), org, rentalRegister(), {
        mode: 'merge',
        dryRun: false,
      })
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

    it('records the held rows by key and erases exactly them once the hold ends', async () => {
      const created = await po('POST', api('/subjects'), {
        name: 'Anna Jansen',
        identities: [{ kind: 'email', value: 'anna.jansen@example.be' }],
      })
      expect(created.statusCode, created.body).toBe(201)
      const anna = created.json().id as string
      const annaHold = await hold({ scope: 'subject', subjectId: anna, reason: 'Geschil 2026/14' })
      const rentalHold = await hold({
        scope: 'collection',
        datasetKey: 'rental',
        collection: 'rental',
        reason: 'Inspectie',
      })
      legalName.set(annaHold, 'anna').set(rentalHold, 'rentals')

      const id = await startRun(t.ctx, systemActor('contract end'), org, {
        action: 'erasure',
        dryRun: false,
        identities: [
          { kind: 'email', value: 'lotte.lemaire@example.be' },
          { kind: 'email', value: 'anna.jansen@example.be' },
        ],
        queue: false,
      })
      const beforeErasure = await rowChecksums(db)
      await executeRun(t.ctx, id)
      const view = (await po('GET', api(`/runs/${id}`))).json()
      expect(view.status, view.error).toBe('completed')
      const erased = await rowChecksums(db)
      expect(changedBy(beforeErasure, erased)).toEqual(['address:4', 'customer:3'])
      expect(await recorded()).toEqual({
        // Anna's own row: erased once her hold ends.
        'customer:-:anna:waiting': 1,
        // Anna's payments: kept on by the accounting rule once her hold ends.
        'payment:accounting_records:anna:waiting': 5,
        // Lotte's payments: kept by the accounting rule alone (as before).
        'payment:accounting_records:-:waiting': 3,
        // Every rental of both: the collection is held.
        'rental:-:rentals:waiting': 8,
      })

      // Nothing is due while the holds are in force.
      expect(await sweepEndedHolds(t.ctx, actor, org)).toEqual([])
      // Anna's hold lifted while another hold on her is in force: her rows still wait.
      const second = await hold({ scope: 'subject', subjectId: anna, reason: 'Tweede geschil' })
      await lift(annaHold)
      expect(await sweepEndedHolds(t.ctx, actor, org)).toEqual([])
      expect(changedBy(erased, await rowChecksums(db))).toEqual([])
      // Both lifted: exactly her customer row is erased (masked: her rentals and payments still refer to it).
      await lift(second)
      const runs = await sweepEndedHolds(t.ctx, actor, org)
      expect(
        runs.map((r) => [r.collection, r.status, Number(r.rows_masked), Number(r.rows_deleted)]),
      ).toEqual([['customer', 'completed', 1, 0]])
      const afterAnna = await rowChecksums(db)
      expect(changedBy(erased, afterAnna)).toEqual(['customer:1'])
      const [annaRow] = await db.query('select first_name from customer where customer_id = 1')
      expect(annaRow).toMatchObject({ first_name: 'erased' })
      expect(await sweepEndedHolds(t.ctx, actor, org)).toEqual([])

      // The rentals' hold lifted, and (years later) the payments' retention ended: the recorded rentals and payments
      // of both are deleted - Lotte's found by the e-mail address her erasure masked - and nothing else changes.
      await lift(rentalHold)
      const later = '2034-01-01'
      const ids = async (table: string) =>
        (await db.query(`select ${table}_id as id from ${table} where customer_id in (1, 3)`)).map((r) =>
          String(r.id),
        )
      const payments = await ids('payment')
      const rentals = await ids('rental')
      expect(rentals).toHaveLength(8)
      await sweepEndedHolds(t.ctx, actor, org, { today: later })
      const end = await rowChecksums(db)
      const changed = changedBy(afterAnna, end)
      expect(changed.every((k) => !end.has(k))).toBe(true)
      expect(changed.filter((k) => k.startsWith('rental:')).sort()).toEqual(
        rentals.map((r) => `rental:${r}`).sort(),
      )
      expect(
        changed
          .filter((k) => k.startsWith('payment:'))
          .map((k) => k.slice(8).split('|')[0])
          .sort(),
      ).toEqual(payments.sort())
      expect(changed).toHaveLength(rentals.length + payments.length)
      expect(await recorded()).toEqual({
        'customer:-:anna:released': 1,
        'payment:accounting_records:anna:released': 5,
        'payment:accounting_records:-:released': 3,
        'rental:-:rentals:released': 8,
      })
      expect(await sweepEndedHolds(t.ctx, actor, org, { today: later })).toEqual([])
    })
  },
)
