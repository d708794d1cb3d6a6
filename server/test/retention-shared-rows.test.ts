import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRetention } from '../src/modules/retention'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { RENTAL_TARGETS, type RentalDatabase, rowChecksums } from './support/rental'
import { rentalRegister } from './support/rental-register'

/**
 * Issue 16 with issue 10's principle: a sweep counted from the people's last contact never erases another person's
 * data. The rental shop's addresses are linked to "3 years after the last contact" (mask). As of 2029-06-30:
 * - Lotte (customer 3) is due and lives alone at address 4: that address is masked;
 * - Daan (customer 4) is due, Eva (customer 5, same address 5) had a contact in 2029: address 5 is withheld;
 * - Anna and Bram (customers 1 and 2, address 3) are both due, but staff member Sofie and store 2 use address 3
 *   too: withheld, although both customers of the household are due.
 * Every other row of every table stays byte-identical (database checksums).
 */
const TODAY = '2029-06-30'

function register() {
  const base = rentalRegister()
  return registerDocumentSchema.parse({
    ...base,
    retentionRules: [
      ...base.retentionRules,
      {
        key: 'customer_relationship',
        name: { nl: 'Klantrelatie', fr: 'Relation client', en: 'Customer relationship' },
        duration: { years: 3 },
        trigger: 'last_contact',
        action: 'anonymise_or_delete',
      },
    ],
  })
}

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

describe.each(RENTAL_TARGETS)('a subject-event sweep over shared addresses in $name', (target) => {
  let org: Organization
  let po: ReturnType<typeof asUser>
  let db: RentalDatabase
  const api = (path: string) => `/api/v1/orgs/${org.slug}/retention${path}`
  const person = async (email: string, lastContact: string) => {
    const created = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
      name: email,
      identities: [{ kind: 'email', value: email }],
      events: [{ kind: 'last_contact', occurredOn: lastContact }],
    })
    expect(created.statusCode, created.body).toBe(201)
  }

  beforeAll(async () => {
    org = await createOrg(t.ctx, `Videotheek gedeeld ${target.name} BV`)
    await importRegister(t.ctx, systemActor('test'), org, register(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    db = await target.load()
    const source = readFileSync(new URL('./fixtures/rental/rental.dataset.yaml', import.meta.url), 'utf8')
      .replace('connector: postgres', `connector: ${db.dialect}`)
      .replace(
        '  - name: address\n    primaryKey: [address_id]\n',
        '  - name: address\n    primaryKey: [address_id]\n    hold:\n      rule: customer_relationship\n',
      )
    expect(source).toContain('rule: customer_relationship')
    const saved = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental`, { source })
    expect(saved.statusCode, saved.body).toBeLessThan(300)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental/connection`, {
      options: db.settings.options,
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    await person('lotte.lemaire@example.be', '2025-01-10')
    await person('daan.devries@example.nl', '2025-01-10')
    await person('eva.devries@example.nl', '2029-01-01')
    await person('anna.jansen@example.be', '2025-02-01')
    await person('bram.jansen@example.be', '2025-02-01')
  }, 120_000)
  afterAll(async () => {
    await db?.drop()
  })

  it('masks the address of the due person alone and withholds the addresses others share, with the count', async () => {
    const planned = await po('GET', api(`/plan?today=${TODAY}`))
    expect(planned.statusCode, planned.body).toBe(200)
    const item = planned.json().items.find((i: { rule: string }) => i.rule === 'customer_relationship')
    expect(item).toMatchObject({
      collection: 'address',
      subjectEvent: 'last_contact',
      blocked: null,
      subjects: 4,
      due: 1,
      withheld: 2,
      sampleKeys: ['4'],
    })

    const before = await rowChecksums(db)
    expect((await po('POST', api('/rules/customer_relationship/approval'), {})).statusCode).toBe(200)
    const actor = systemActor('retention sweeps')
    const [outcome] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'customer_relationship' })
    expect(outcome?.outcome).toBe('completed')
    expect(outcome?.withheld).toBe(2)
    expect(Number(outcome?.run?.rows_masked)).toBe(1)
    expect(Number(outcome?.run?.rows_withheld)).toBe(2)

    const after = await rowChecksums(db)
    const changed = [...before].filter(([k, sum]) => after.get(k) !== sum).map(([k]) => k)
    expect(changed).toEqual(['address:4'])
    const [masked] = await db.query('select address, district from address where address_id = 4')
    expect(masked).toMatchObject({ address: 'erased', district: 'erased' })

    const run = (await po('GET', api('/runs'))).json().items[0]
    expect(run).toMatchObject({ rule: 'customer_relationship', masked: 1, withheldShared: 2 })
    const dir = mkdtempSync(join(tmpdir(), 'custos-certificate-'))
    try {
      for (const [lang, words] of [
        ['nl', ['Niet gewist: gedeeld met andere records', 'een adres van een gezin']],
        ['fr', ['Non effacés : partagés avec d’autres enregistrements']],
        ['en', ['Not erased: shared with other records', 'left untouched']],
      ] as const) {
        const pdf = await po('GET', api(`/runs/${run.id}/certificate?lang=${lang}`))
        expect(pdf.statusCode, pdf.body).toBe(200)
        const path = join(dir, `${lang}.pdf`)
        writeFileSync(path, pdf.rawPayload)
        const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(
          /\s+/g,
          ' ',
        )
        for (const word of words) expect(text).toContain(word)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }

    // Nothing twice: the masked address is no longer due; the shared ones are still withheld, never changed.
    const [again] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'customer_relationship' })
    expect(again?.outcome).toBe('nothing_due')
    expect(await rowChecksums(db)).toEqual(after)
  })
})
