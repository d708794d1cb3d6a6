import { type Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as oneUniqueIndex from '../src/db/migrations/0080-subject-identities-one-unique-index'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

/**
 * Migration 0080 (decision 0097) writes each identity into one B-tree fewer: the unique constraint holds the blind
 * index second and serves every lookup, the separate lookup index is gone, and the walk over customer-number
 * systems reads a partial index. Identities stored before it stay found by every search and stay unique.
 */
describe('migration 0080: one unique index for the identities of the subject index', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let po: ReturnType<typeof asUser>
  let poOther: ReturnType<typeof asUser>
  const base = (o: Organization) => `/api/v1/orgs/${o.slug}/subjects`
  const found = async (q: string) => {
    const res = await po('GET', `${base(org)}?q=${encodeURIComponent(q)}`)
    expect(res.statusCode, res.body).toBe(200)
    return (res.json() as { items: { name: string }[] }).items.map((s) => s.name)
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Oud BV')
    other = await createOrg(t.ctx, 'Ander BV')
    po = asUser(app, await signIn(app, ...credentials(await createMember(t.ctx, org, 'privacy_officer'))))
    poOther = asUser(
      app,
      await signIn(app, ...credentials(await createMember(t.ctx, other, 'privacy_officer'))),
    )
    const db = t.ctx.db as unknown as Kysely<unknown>
    // A database as it was before 0080, holding a subject stored then.
    await oneUniqueIndex.down(db)
    const res = await po('POST', base(org), {
      name: 'Jan Peeters',
      identities: [
        { kind: 'email', value: 'jan.peeters@example.be' },
        { kind: 'customer_number', value: 'C-1001', systemKey: 'teamleader' },
        { kind: 'file_number', value: 'D-77', systemKey: 'dossiers' },
      ],
    })
    expect(res.statusCode, res.body).toBe(201)
    await oneUniqueIndex.up(db)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('leaves four indexes on an identity: id, unique (organisation, blind index, kind, system), subject, systems', async () => {
    const { rows } = await sql<{ indexname: string; indexdef: string }>`
      select indexname, indexdef from pg_indexes where tablename = 'subject_identities' order by indexname`.execute(
      t.ctx.db,
    )
    expect(rows.map((r) => r.indexname)).toEqual([
      'subject_identities_pkey',
      'subject_identities_subject',
      'subject_identities_systems',
      'subject_identities_unique_key',
    ])
    expect(rows.find((r) => r.indexname === 'subject_identities_unique_key')?.indexdef).toContain(
      '(organization_id, lookup_key, kind, system_key)',
    )
    expect(rows.find((r) => r.indexname === 'subject_identities_systems')?.indexdef).toContain('WHERE')
  })

  it('finds the subject stored before by its e-mail, its customer number and its file number', async () => {
    for (const q of ['Jan.Peeters@example.be', 'C-1001', 'D-77'])
      expect(await found(q), q).toEqual(['Jan Peeters'])
    expect(await found('C-1002')).toEqual([])
  })

  it('still refuses an identity another subject of the organisation has, and allows it in another organisation', async () => {
    const twice = await po('POST', base(org), {
      name: 'Jan Peeters bis',
      identities: [{ kind: 'customer_number', value: 'C-1001', systemKey: 'teamleader' }],
    })
    expect(expectProblem(twice, 409).errors).toEqual([
      expect.objectContaining({ path: 'body.identities.0.value', code: 'already_taken' }),
    ])
    const elsewhere = await poOther('POST', base(other), {
      name: 'Jan Peeters',
      identities: [{ kind: 'customer_number', value: 'C-1001', systemKey: 'teamleader' }],
    })
    expect(elsewhere.statusCode, elsewhere.body).toBe(201)
    // The same number in another system of the organisation is another identity.
    const otherSystem = await po('POST', base(org), {
      name: 'Marie Maes',
      identities: [{ kind: 'customer_number', value: 'C-1001', systemKey: 'odoo' }],
    })
    expect(otherSystem.statusCode, otherSystem.body).toBe(201)
    expect(await found('C-1001')).toEqual(['Marie Maes', 'Jan Peeters'])
  })
})

function credentials(member: { email: string; password: string }): [string, string] {
  return [member.email, member.password]
}
