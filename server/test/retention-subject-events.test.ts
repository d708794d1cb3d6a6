import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { recordConsent } from '../src/modules/consent'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRetention } from '../src/modules/retention'
import { type ChinookDatabase, loadChinookMariadb, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Issue 16 item 1, decision 0047: "3 years after the last contact" enforced on the chinook customers, counted from
 * each person's events in the subject index. As of 2029-06-30 the period ended for people whose last recorded
 * contact is before 2026-06-30: customer 3 (last contact 2025-01-10) is due; customer 4 had a contact in 2025 but a
 * new contract in 2027 (later), customer 5 falls due in September (calendar), customer 6 only has a contract end (no
 * last contact recorded), customer 7 is under a legal hold. Every other customer row stays byte for byte.
 * Renewal by consent (decision 0062): customers 8-11 had their last contact in 2025; only customer 8's consent to
 * the newsletter, given on 2026-11-01 and still valid, renews the period (until 2029-11-01). Customer 9 withdrew
 * theirs, customer 10's expired in 2028, customer 11's was given on 2026-01-01 (its three years ended in January).
 */
const TODAY = '2029-06-30'
const TARGETS = [
  {
    name: 'PostgreSQL',
    load: loadChinookPostgres,
    file: 'examples/datasets/chinook-postgres.dataset.yaml',
    pk: 'primaryKey: [customer_id]',
    n: { table: 'customer', id: 'customer_id', first: 'first_name', email: 'email', address: 'address' },
    checksum: (cols: string) => `md5(row(${cols})::text)`,
  },
  {
    name: 'MariaDB',
    load: loadChinookMariadb,
    file: 'examples/datasets/chinook-mysql.dataset.yaml',
    pk: 'primaryKey: [CustomerId]',
    n: { table: 'Customer', id: 'CustomerId', first: 'FirstName', email: 'Email', address: 'Address' },
    checksum: (cols: string) => `md5(concat_ws('|', ${cols}))`,
  },
] as const

/** The chinook register plus "customer relationship: 3 years after the last contact". */
function register() {
  const base = chinookRegister()
  return registerDocumentSchema.parse({
    ...base,
    activities: [
      ...base.activities,
      {
        key: 'newsletter',
        name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
        purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
        subjectCategories: ['clients'],
        dataCategories: [{ category: 'identification', source: 'subject' }],
        systems: ['chinook_db'],
        retention: [{ rule: 'customer_relationship' }],
        measures: ['mfa'],
        status: 'active',
      },
    ],
    retentionRules: [
      ...base.retentionRules,
      {
        key: 'customer_relationship',
        name: { nl: 'Klantrelatie', fr: 'Relation client', en: 'Customer relationship' },
        duration: { years: 3 },
        trigger: 'last_contact',
        action: 'delete',
        consentRenewable: true,
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

describe.each(TARGETS)(
  'retention counted from subject events on $name',
  ({ load, file, pk, n, checksum }) => {
    let org: Organization
    let po: ReturnType<typeof asUser>
    let db: ChinookDatabase
    const api = (path: string) => `/api/v1/orgs/${org.slug}/retention${path}`
    const sums = async () => {
      const rows = await db.query(
        `select ${n.id} as id, ${checksum(`${n.id}, ${n.first}, ${n.email}, ${n.address}`)} as sum from ${n.table} order by ${n.id}`,
      )
      return new Map(rows.map((r: { id: number; sum: string }) => [Number(r.id), r.sum]))
    }
    const person = async (id: number, events: { kind: string; occurredOn: string }[]) => {
      const [row] = await db.query(`select ${n.email} as email from ${n.table} where ${n.id} = ${id}`)
      const created = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
        name: `Customer ${id}`,
        identities: [{ kind: 'email', value: row.email }],
        events,
      })
      expect(created.statusCode, created.body).toBe(201)
      return created.json().id as string
    }

    beforeAll(async () => {
      org = await createOrg(t.ctx, `Chinook events ${file.includes('mysql') ? 'MariaDB' : 'PostgreSQL'} BV`)
      await importRegister(t.ctx, systemActor('test'), org, register(), { mode: 'merge', dryRun: false })
      const officer = await createMember(t.ctx, org, 'privacy_officer')
      po = asUser(app, await signIn(app, officer.email, officer.password))
      db = await load()
      // The customers link to the rule without a date of their own: the period counts from the person's events.
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').replace(
        pk,
        `${pk}\n    hold:\n      rule: customer_relationship`,
      )
      const key = /^key: (\S+)/m.exec(source)?.[1] as string
      const put = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/${key}`, { source })
      expect(put.statusCode, put.body).toBeLessThan(300)
      const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/${key}/connection`, {
        options: db.settings.options,
        ...(db.settings.secret ? { secret: db.settings.secret } : {}),
      })
      expect(connection.statusCode, connection.body).toBeLessThan(300)
      await person(3, [{ kind: 'last_contact', occurredOn: '2025-01-10' }])
      await person(4, [
        { kind: 'last_contact', occurredOn: '2025-03-01' },
        { kind: 'contract_start', occurredOn: '2027-01-01' },
      ])
      await person(5, [{ kind: 'last_contact', occurredOn: '2026-09-15' }])
      await person(6, [{ kind: 'contract_end', occurredOn: '2020-01-31' }])
      const held = await person(7, [{ kind: 'last_contact', occurredOn: '2024-01-01' }])
      const hold = await po('POST', api('/holds'), {
        scope: 'subject',
        subjectId: held,
        reason: 'Dispute 2029/9',
      })
      expect(hold.statusCode, hold.body).toBe(201)
    }, 120_000)
    afterAll(async () => {
      await db?.drop()
    })
    /** The run's destruction certificate as text (pdftotext), white space collapsed. */
    const certificateText = async (runId: string, lang: 'nl' | 'fr' | 'en') => {
      const pdf = await po('GET', api(`/runs/${runId}/certificate?lang=${lang}`))
      expect(pdf.statusCode, pdf.body).toBe(200)
      const dir = mkdtempSync(join(tmpdir(), 'custos-certificate-'))
      try {
        const path = join(dir, `${lang}.pdf`)
        writeFileSync(path, pdf.rawPayload)
        return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }

    it('plans, forecasts and sweeps the rows of the people whose period ended, and only theirs', async () => {
      const planned = await po('GET', api(`/plan?today=${TODAY}`))
      expect(planned.statusCode, planned.body).toBe(200)
      const items = planned.json().items.filter((i: { rule: string }) => i.rule === 'customer_relationship')
      expect(items).toHaveLength(1)
      expect(items[0]).toMatchObject({
        collection: n.table,
        dateField: null,
        subjectEvent: 'last_contact',
        cutoff: '2026-06-30',
        blocked: null,
        subjects: 1,
        due: 1,
        sampleKeys: ['3'],
      })

      const calendar = await po('GET', api(`/calendar?today=${TODAY}`))
      expect(calendar.statusCode, calendar.body).toBe(200)
      const entry = calendar.json().items.find((e: { rule: string }) => e.rule === 'customer_relationship')
      // Customer 5 falls due on 2029-09-16 (within 90 days), customer 4 on 2030-01-02 (their new contract of 2027).
      expect(entry.within.map((w: { rows: number }) => w.rows)).toEqual([0, 1, 2])

      const before = await sums()
      const actor = systemActor('retention sweeps')
      expect((await po('POST', api('/rules/customer_relationship/approval'), {})).statusCode).toBe(200)
      const [outcome] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'customer_relationship' })
      expect(outcome?.outcome).toBe('completed')
      // Invoices still refer to the customer: masked instead of deleted (the erasure engine's rule).
      expect(Number(outcome?.run?.rows_deleted)).toBe(0)
      expect(Number(outcome?.run?.rows_masked)).toBe(1)
      expect(Number(outcome?.run?.rows_shared)).toBe(1)
      const after = await sums()
      expect(after.get(3)).not.toBe(before.get(3))
      const [masked] = await db.query(
        `select ${n.first} as first, ${n.address} as address from ${n.table} where ${n.id} = 3`,
      )
      expect(masked).toMatchObject({ first: 'erased', address: null })
      before.delete(3)
      after.delete(3)
      expect(after).toEqual(before)

      // Nothing twice: the masked row is no longer due.
      const [again] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'customer_relationship' })
      expect(again?.outcome).toBe('nothing_due')

      const run = (await po('GET', api('/runs'))).json().items[0]
      expect(run).toMatchObject({
        rule: 'customer_relationship',
        subjectEvent: 'last_contact',
        cutoff: '2026-06-30',
      })
      for (const [lang, words] of [
        [
          'nl',
          [
            'Records van personen bij wie het laatste contact',
            'vóór 30/06/2026',
            'Custos, dagelijkse opruiming',
          ],
        ],
        [
          'fr',
          ['l’index des personnes situe le dernier contact avant le 30/06/2026', 'Custos, purge quotidienne'],
        ],
        [
          'en',
          ['Records of people whose last contact in the subject index was before', 'Custos, daily sweep'],
        ],
      ] as const) {
        const text = await certificateText(run.id, lang)
        for (const word of words) expect(text).toContain(word)
        // Not renewed by consent: the certificate says nothing of it.
        expect(text).not.toMatch(
          /Verlenging met toestemming|Prolongation par consentement|Renewal by consent/,
        )
      }
    })
    it('a valid consent renews the period of its person; withdrawn, expired or old consent does not', async () => {
      const consent = async (
        id: number,
        given: string,
        extra: { expiresAt?: Date; withdrawn?: string } = {},
      ) => {
        const [row] = await db.query(`select ${n.email} as email from ${n.table} where ${n.id} = ${id}`)
        const base = {
          organizationId: org.id,
          person: { identity: { kind: 'email', value: row.email } },
          purpose: 'direct_marketing',
          text: 'Ja, stuur mij de nieuwsbrief.',
          language: 'nl',
          channel: 'web_form',
          method: 'accept',
          recordedBy: systemActor('test'),
        } as const
        await recordConsent(t.ctx, {
          ...base,
          state: 'given',
          occurredAt: new Date(`${given}T10:00:00Z`),
          expiresAt: extra.expiresAt ?? null,
        })
        if (extra.withdrawn)
          await recordConsent(t.ctx, {
            ...base,
            state: 'withdrawn',
            occurredAt: new Date(`${extra.withdrawn}T10:00:00Z`),
          })
      }
      for (const id of [8, 9, 10, 11]) await person(id, [{ kind: 'last_contact', occurredOn: '2025-02-01' }])
      // A person of the index with no row in the customers: their consent renews their period, but the sweep would
      // not have reached them - they are not counted as left out of it (review m4).
      const outsider = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
        name: 'Not A Customer',
        identities: [{ kind: 'email', value: 'not.a.customer@example.org' }],
        events: [{ kind: 'last_contact', occurredOn: '2025-02-01' }],
      })
      expect(outsider.statusCode, outsider.body).toBe(201)
      await recordConsent(t.ctx, {
        organizationId: org.id,
        person: { identity: { kind: 'email', value: 'not.a.customer@example.org' } },
        purpose: 'direct_marketing',
        text: 'Ja, stuur mij de nieuwsbrief.',
        language: 'nl',
        channel: 'web_form',
        method: 'accept',
        recordedBy: systemActor('test'),
        state: 'given',
        occurredAt: new Date('2026-11-15T10:00:00Z'),
        expiresAt: null,
      })
      await consent(8, '2026-11-01')
      await consent(9, '2026-10-01', { withdrawn: '2026-11-01' })
      await consent(10, '2026-10-01', { expiresAt: new Date('2028-01-01T00:00:00Z') })
      await consent(11, '2026-01-01')

      const rule = api('/rules/customer_relationship')
      // Renewal by consent needs a period counted from the person's event, and a consent purpose of the register.
      const fromDate = await po('PUT', rule, { consentPurpose: 'direct_marketing' })
      expect(fromDate.statusCode, fromDate.body).toBe(422)
      expect(fromDate.json().errors[0]).toMatchObject({ path: 'body.consentPurpose' })
      const unknown = await po('PUT', rule, {
        startKind: 'subject_event',
        subjectEvent: 'last_contact',
        consentPurpose: 'no_such_purpose',
      })
      expect(unknown.statusCode, unknown.body).toBe(422)
      expect(unknown.json().errors[0]).toMatchObject({ path: 'body.consentPurpose' })
      const set = await po('PUT', rule, {
        startKind: 'subject_event',
        subjectEvent: 'last_contact',
        consentPurpose: 'direct_marketing',
      })
      expect(set.statusCode, set.body).toBe(200)
      expect(set.json()).toMatchObject({ consentPurpose: 'direct_marketing', approvedAt: null })

      // The manual "renewed until" still keeps the whole rule.
      expect((await po('PUT', rule, { renewedUntil: '2029-12-31' })).statusCode).toBe(200)
      const renewed = (await po('GET', api(`/plan?today=${TODAY}`))).json().items
      expect(renewed.find((i: { rule: string }) => i.rule === 'customer_relationship').blocked).toBe(
        'renewed',
      )
      expect((await po('PUT', rule, { renewedUntil: null })).statusCode).toBe(200)

      const planned = (await po('GET', api(`/plan?today=${TODAY}`))).json().items
      const item = planned.find((i: { rule: string }) => i.rule === 'customer_relationship')
      // People due: 3 (already masked), 9, 10 and 11; customer 8 renewed by consent until 2029-11-01.
      expect(item).toMatchObject({
        blocked: null,
        subjects: 4,
        due: 3,
        renewedByConsent: { people: 1, firstUntil: '2029-11-01', lastUntil: '2029-11-01' },
      })
      // The calendar: customer 8, due by their event, falls due on 2029-11-02, the day after their consent's renewal
      // ends - within 365 days of today; on 2 October it is 31 days away, on 3 October 30 (customer 5 is already due
      // then, customer 4 falls due on 2030-01-02).
      const calendar = async (today: string) => {
        const response = await po('GET', api(`/calendar?today=${today}`))
        expect(response.statusCode, response.body).toBe(200)
        const entry = response.json().items.find((e: { rule: string }) => e.rule === 'customer_relationship')
        return entry.within.map((w: { rows: number }) => w.rows)
      }
      expect(await calendar(TODAY)).toEqual([0, 1, 3])
      expect(await calendar('2029-10-02')).toEqual([0, 1, 2])
      expect(await calendar('2029-10-03')).toEqual([1, 1, 2])

      const before = await sums()
      const approval = await po('POST', api('/rules/customer_relationship/approval'), {})
      expect(approval.statusCode, approval.body).toBe(200)
      const [outcome] = await runRetention(t.ctx, systemActor('retention sweeps'), org, {
        today: TODAY,
        rule: 'customer_relationship',
      })
      expect(outcome).toMatchObject({ outcome: 'completed', renewedByConsent: { people: 1 } })
      expect(Number(outcome?.run?.rows_masked)).toBe(3)
      // The run keeps who was left out by consent - how many and until when, never who - and its certificate says so.
      const run = (await po('GET', api('/runs'))).json().items[0]
      expect(run).toMatchObject({
        id: outcome?.run?.id,
        renewedByConsent: {
          purpose: 'direct_marketing',
          people: 1,
          firstUntil: '2029-11-01',
          lastUntil: '2029-11-01',
        },
      })
      const audit = await t.ctx.db
        .selectFrom('audit_events')
        .select('summary')
        .where('organization_id', '=', org.id)
        .where('action', '=', 'retention.run_completed')
        .where('target_id', '=', run.id)
        .executeTakeFirstOrThrow()
      expect(audit.summary).toMatchObject({ renewedByConsent: { people: 1, lastUntil: '2029-11-01' } })
      for (const [lang, words] of [
        [
          'nl',
          [
            'Verlenging met toestemming',
            '1 persoon werd niet in deze opruiming opgenomen',
            'verlengde de bewaartermijn tot 01/11/2029',
            'dit attest heeft er geen betrekking op',
          ],
        ],
        [
          'fr',
          [
            'Prolongation par consentement',
            '1 personne n’a pas été incluse dans la présente purge',
            'a prolongé la durée de conservation jusqu’au 01/11/2029',
            'la présente attestation ne les couvre pas',
          ],
        ],
        [
          'en',
          [
            'Renewal by consent',
            '1 person was left out of this sweep',
            'renewed their retention period until 01/11/2029',
            'this certificate does not cover them',
          ],
        ],
      ] as const) {
        const text = await certificateText(run.id, lang)
        for (const word of words) expect(text).toContain(word)
      }
      const after = await sums()
      for (const id of [9, 10, 11]) {
        expect(after.get(id)).not.toBe(before.get(id))
        before.delete(id)
        after.delete(id)
      }
      expect(after).toEqual(before)
      // After the renewal ends, customer 8 falls due like anyone else (with customer 5, due since September).
      const later = (await po('GET', api('/plan?today=2029-11-02'))).json().items
      expect(later.find((i: { rule: string }) => i.rule === 'customer_relationship')).toMatchObject({
        due: 2,
        renewedByConsent: { people: 0 },
      })
    })
  },
)
