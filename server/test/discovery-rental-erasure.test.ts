import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { datasetToYaml } from '../src/connectors/discovery/dataset-yaml'
import { discoverDataset } from '../src/connectors/discovery/discover'
import { executeRun } from '../src/connectors/engine/execute-run'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { RENTAL_TARGETS, type RentalDatabase, rowChecksums } from './support/rental'
import { rentalRegister } from './support/rental-register'

/**
 * The dataset discovery proposes for the rental shop, saved as proposed (no hand edits), is safe to run: erasing a
 * customer who shares an address, or a staff member who handled other customers' rentals, changes that person's
 * own row only - every other row of every table stays byte-identical. Runs once (db-pglite project).
 */
const once = process.env.CUSTOS_TEST_DATABASE === 'postgres'

describe.skipIf(once).each(RENTAL_TARGETS)(
  'the discovered rental dataset, run as proposed, in $name',
  (target) => {
    let t: TestContext
    let app: App
    let org: Organization
    let po: ReturnType<typeof asUser>
    let db: RentalDatabase

    const erase = async (email: string) => {
      const request = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
        channel: 'email',
        receivedAt: new Date().toISOString().slice(0, 10),
        subject: { name: 'Betrokkene', email },
        types: ['erasure'],
        language: 'nl',
      })
      expect(request.statusCode, request.body).toBe(201)
      const res = await po('POST', `/api/v1/orgs/${org.slug}/requests/${request.json().id}/runs`, {
        action: 'erasure',
      })
      expect(res.statusCode, res.body).toBe(202)
      await executeRun(t.ctx, res.json().id)
      const view = (await po('GET', `/api/v1/orgs/${org.slug}/runs/${res.json().id}`)).json()
      expect(view.status, view.error).toBe('completed')
      return view
    }
    const reached = (view: { steps: { result: { read: { collection: string; found: number }[] } }[] }) =>
      Object.fromEntries(
        (view.steps[0]?.result.read ?? []).filter((r) => r.found > 0).map((r) => [r.collection, r.found]),
      )
    const changed = (before: Map<string, string>, after: Map<string, string>) =>
      [...before].filter(([k, sum]) => after.get(k) !== sum).map(([k]) => k)

    beforeAll(async () => {
      t = await createTestContext()
      app = await buildApp(t.ctx, { serveWeb: false, logger: false })
      org = await createOrg(t.ctx, 'Videotheek Jansen BV')
      await importRegister(t.ctx, systemActor('test'), org, rentalRegister(), {
        mode: 'merge',
        dryRun: false,
      })
      const officer = await createMember(t.ctx, org, 'privacy_officer')
      po = asUser(app, await signIn(app, officer.email, officer.password))
      db = await target.load()
      const proposal = await discoverDataset(db.settings, { key: 'rental', system: 'rental_db' })
      const source = datasetToYaml(proposal.document, proposal.suggestions, proposal.references)
      const saved = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental`, { source })
      expect(saved.statusCode, saved.body).toBeLessThan(300)
      const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental/connection`, {
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

    it("erasing a customer who shares an address changes her own row only, never the household's address", async () => {
      const before = await rowChecksums(db)
      const view = await erase('anna.jansen@example.be')
      expect(view.summary).toMatchObject({ rowsShared: 1 })
      // Her rentals and her payments in every partition are found, with her address and its city and country.
      expect(reached(view)).toEqual({ customer: 1, address: 1, city: 1, country: 1, rental: 5, payment: 5 })
      expect(changed(before, await rowChecksums(db))).toEqual(['customer:1'])
      const [anna] = await db.query('select email, notes, address_id from customer where customer_id = 1')
      expect(anna).toMatchObject({ email: null, notes: null, address_id: 3 })
    })

    it('erasing a staff member does not reach the rentals and payments of the customers she served', async () => {
      const before = await rowChecksums(db)
      const view = await erase('sofie.jansen@rental.example')
      // The rentals and payments she handled belong to customers: the flagged references are not followed.
      expect(reached(view)).toEqual({ staff: 1, address: 1, city: 1, country: 1 })
      expect(changed(before, await rowChecksums(db))).toEqual(['staff:2'])
    })
  },
)
