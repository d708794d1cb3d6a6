import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { RETENTION_PERIOD_BY_KEY, toRetentionRule } from '../src/domain/register/catalogue'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRetention } from '../src/modules/retention'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Issue 16 item 4, decision 0047: Custos's own request records follow the register's rule "request records" (the
 * Belgian catalogue's entry: 5 years after the closing, delete). Until the register has the rule, the plan says so
 * and nothing goes; with it, closed requests past the period are deleted with everything that hangs off them, an
 * open request, a request under a legal hold and one closed within the period stay, and the proof is in the audit log.
 */
const TODAY = '2032-06-30'

let t: TestContext
let app: App
let org: Organization
let po: ReturnType<typeof asUser>
beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  org = await createOrg(t.ctx, 'Eigen Gegevens BV')
  await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), {
    mode: 'merge',
    dryRun: false,
  })
  const officer = await createMember(t.ctx, org, 'privacy_officer')
  po = asUser(app, await signIn(app, officer.email, officer.password))
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.close()
})

const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`

async function request(name: string, close: boolean): Promise<{ id: string; reference: string }> {
  const created = await po('POST', api('/requests'), {
    channel: 'email',
    receivedAt: '2026-11-20',
    subject: { name, email: `${name.toLowerCase().replace(/\W/g, '.')}@example.be` },
    types: ['access'],
    language: 'nl',
  })
  expect(created.statusCode, created.body).toBe(201)
  const { id, reference } = created.json()
  const note = await po('POST', api(`/requests/${id}/notes`), { body: `Note on ${name}` })
  expect(note.statusCode, note.body).toBeLessThan(300)
  if (close) {
    const withdrawn = await po('POST', api(`/requests/${id}/actions/withdraw`), {})
    expect(withdrawn.statusCode, withdrawn.body).toBe(200)
  }
  return { id, reference }
}

describe("Custos's own request records", () => {
  it('are deleted once the register rule for request records says their period ended, and only those', async () => {
    const old = await request('Ann Claes', true)
    const open = await request('Bart Peeters', false)
    const held = await request('Chantal Dubois', true)
    const hold = await po('POST', api('/retention/holds'), {
      scope: 'request',
      requestId: held.id,
      reason: 'Complaint at the GBA',
    })
    expect(hold.statusCode, hold.body).toBe(201)

    // Without the rule in the register: shown, not swept.
    const before = (await po('GET', api(`/retention/plan?today=${TODAY}`))).json().items
    expect(before.find((i: { dataset: string }) => i.dataset === 'custos')).toMatchObject({
      rule: 'request_records',
      collection: 'requests',
      blocked: 'not_in_register',
      due: null,
    })

    // The catalogue entry, added to the register (so the notice shows it).
    const entry = RETENTION_PERIOD_BY_KEY.get('request_records')
    expect(entry?.duration).toEqual({ years: 5, months: 0, days: 0 })
    const register = chinookRegister()
    await importRegister(
      t.ctx,
      systemActor('test'),
      org,
      registerDocumentSchema.parse({
        ...register,
        retentionRules: [
          ...(register.retentionRules ?? []),
          toRetentionRule(entry as NonNullable<typeof entry>),
        ],
      }),
      { mode: 'merge', dryRun: false },
    )

    const plan = (await po('GET', api(`/retention/plan?today=${TODAY}`))).json().items
    expect(plan.find((i: { dataset: string }) => i.dataset === 'custos')).toMatchObject({
      rule: 'request_records',
      cutoff: '2027-06-30',
      blocked: null,
      due: 1,
      sampleKeys: [old.reference],
      holds: [{ scope: 'request', reason: 'Complaint at the GBA' }],
    })
    // Within the period on the real today: nothing due.
    const now = (await po('GET', api('/retention/plan'))).json().items
    expect(now.find((i: { dataset: string }) => i.dataset === 'custos')?.due).toBe(0)

    const actor = systemActor('retention sweeps')
    const [notApproved] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'request_records' })
    expect(notApproved?.outcome).toBe('not_approved')
    expect((await po('POST', api('/retention/rules/request_records/approval'), {})).statusCode).toBe(200)
    // A crash inside the batch's transaction: nothing deleted, nothing counted; the next sweep does it once.
    await expect(
      runRetention(t.ctx, actor, org, {
        today: TODAY,
        rule: 'request_records',
        afterApply: () => {
          throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    expect((await po('GET', api(`/requests/${old.id}`))).statusCode).toBe(200)
    // A dry run over the unfinished sweep changes nothing: it refuses instead of resuming the deletion.
    await expect(
      runRetention(t.ctx, actor, org, { today: TODAY, rule: 'request_records', dryRun: true }),
    ).rejects.toThrow('unfinished')
    expect((await po('GET', api(`/requests/${old.id}`))).statusCode).toBe(200)
    const [done] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'request_records' })
    expect(done?.outcome).toBe('completed')
    expect(Number(done?.run?.rows_deleted)).toBe(1)

    expect((await po('GET', api(`/requests/${old.id}`))).statusCode).toBe(404)
    for (const kept of [open, held])
      expect((await po('GET', api(`/requests/${kept.id}`))).statusCode).toBe(200)
    const leftovers = await t.ctx.db
      .selectFrom('request_notes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('request_id', '=', old.id)
      .executeTakeFirstOrThrow()
    expect(Number(leftovers.n)).toBe(0)

    const proof = await t.ctx.db
      .selectFrom('audit_events')
      .select(['summary'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'retention.run_completed')
      .executeTakeFirstOrThrow()
    expect(proof.summary).toMatchObject({
      rule: 'request_records',
      dataset: 'custos',
      collection: 'requests',
      deleted: 1,
      keys: 1,
    })
    const [again] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'request_records' })
    expect(again?.outcome).toBe('nothing_due')
    const certificate = await po('GET', api(`/retention/runs/${done?.run?.id}/certificate?lang=nl`))
    expect(certificate.statusCode).toBe(200)
  })

  it("a sweep resumed on a later day goes on with its own cutoff, not the later day's", async () => {
    const actor = systemActor('retention sweeps')
    const due = await request('Dirk Maes', true)
    // Closed in 2028: after the cutoff of a run started on 2032-06-30 (2027-06-30), before that of 2034-06-30.
    const later = await request('Els Wouters', true)
    await t.ctx.db
      .updateTable('requests')
      .set({ closed_at: new Date('2028-03-01T10:00:00Z') })
      .where('id', '=', later.id)
      .execute()
    await expect(
      runRetention(t.ctx, actor, org, {
        today: TODAY,
        rule: 'request_records',
        afterApply: () => {
          throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    const [resumed] = await runRetention(t.ctx, actor, org, { today: '2034-06-30', rule: 'request_records' })
    expect(resumed?.outcome).toBe('completed')
    expect(resumed?.run).toMatchObject({ cutoff: '2027-06-30', today: TODAY })
    expect(Number(resumed?.run?.rows_deleted)).toBe(1)
    expect((await po('GET', api(`/requests/${due.id}`))).statusCode).toBe(404)
    expect((await po('GET', api(`/requests/${later.id}`))).statusCode).toBe(200)
    // The next sweep of that later day takes it, with that day's cutoff.
    const [next] = await runRetention(t.ctx, actor, org, { today: '2034-06-30', rule: 'request_records' })
    expect(next?.run).toMatchObject({ cutoff: '2029-06-30' })
    expect((await po('GET', api(`/requests/${later.id}`))).statusCode).toBe(404)
  })
})
