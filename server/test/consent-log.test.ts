import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import type { AppContext } from '../src/context'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { recordConsent, verifyConsentChain } from '../src/modules/consent'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createOrg } from './support/factories'
import { sampleRegister } from './support/register'

/** A second handle on the same database: its own consent log, as a second web process has (decision 0116). */
const passThrough: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => args.result,
}

describe('consent log: one statement per batch while nobody else moved the chain head', () => {
  let t: TestContext
  let org: Organization
  let other: AppContext

  beforeAll(async () => {
    t = await createTestContext()
    org = await createOrg(t.ctx, 'Consent Log BV')
    const register = sampleRegister()
    register.activities?.push({
      key: 'newsletter',
      name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
      purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
      subjectCategories: ['clients'],
      dataCategories: [{ category: 'identification', source: 'subject' }],
      systems: ['cloudbooks-app'],
      retention: [{ rule: 'accounting-7y' }],
      measures: ['mfa'],
      status: 'active',
    })
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(register), {
      mode: 'merge',
      dryRun: false,
    })
    other = { ...t.ctx, db: t.ctx.db.withPlugin(passThrough) }
  })
  afterAll(async () => {
    await t.close()
  })

  const record = (ctx: AppContext, email: string, state: 'given' | 'withdrawn' = 'given') =>
    recordConsent(ctx, {
      organizationId: org.id,
      person: { identity: { kind: 'email', value: email } },
      purpose: 'direct_marketing',
      state,
      text: 'Ja, stuur mij de nieuwsbrief.',
      language: 'nl',
      channel: 'web_form',
      method: state === 'given' ? 'accept' : 'reject',
      recordedBy: systemActor('test'),
    })

  const stored = async () =>
    (
      await t.ctx.db
        .selectFrom('consent_events')
        .select(['seq', 'hash', 'prev_hash'])
        .where('organization_id', '=', org.id)
        .orderBy('seq')
        .execute()
    ).map((r) => ({ seq: Number(r.seq), hash: r.hash, prevHash: r.prev_hash }))

  it('chains after a head another writer moved, and two writers at once leave one intact chain', async () => {
    const first = await record(t.ctx, 'a1@example.be')
    const second = await record(other, 'b1@example.be')
    // This log last left the head at `first`; the other log moved it: the next event follows `second`.
    const third = await record(t.ctx, 'a2@example.be')
    const fourth = await record(t.ctx, 'a3@example.be')
    expect([first.seq, second.seq, third.seq, fourth.seq]).toEqual([1, 2, 3, 4])
    expect(third.prevHash).toBe(second.hash)
    expect(fourth.prevHash).toBe(third.hash)
    // Every answer is a stored record, as it was answered.
    expect(await stored()).toEqual(
      [first, second, third, fourth].map((r) => ({ seq: r.seq, hash: r.hash, prevHash: r.prevHash })),
    )

    // Two logs writing batches at the same time, a withdrawal among them (its own transaction and audit event).
    const answers = await Promise.all([
      ...Array.from({ length: 60 }, (_, i) => record(t.ctx, `p${i}@example.be`)),
      ...Array.from({ length: 60 }, (_, i) => record(other, `q${i}@example.be`)),
      record(other, 'a1@example.be', 'withdrawn'),
    ])
    const rows = await stored()
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 125 }, (_, i) => i + 1))
    const bySeq = new Map(rows.map((r) => [r.seq, r]))
    for (const a of answers)
      expect(bySeq.get(a.seq)).toEqual({ seq: a.seq, hash: a.hash, prevHash: a.prevHash })
    const report = await verifyConsentChain(t.ctx.db, org.id)
    expect(report).toMatchObject({ ok: true, checked: 125 })
    const head = await t.ctx.db
      .selectFrom('consent_chain_heads')
      .select(['seq', 'hash'])
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow()
    expect({ seq: Number(head.seq), hash: head.hash }).toEqual({ seq: 125, hash: rows.at(-1)?.hash })
    const withdrawn = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'consent.withdrawn')
      .execute()
    expect(withdrawn).toHaveLength(1)
  })
})
