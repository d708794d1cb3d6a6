import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { verifyAuditChain } from '../src/audit/verify'
import { RETENTION_PERIOD_BY_KEY, toRetentionRule } from '../src/domain/register/catalogue'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { recordConsent } from '../src/modules/consent'
import { importRegister } from '../src/modules/register/import'
import { deleteClosedRequests } from '../src/modules/requests/closed-requests'
import { approvePlan, planRetention, runRetention, updatePolicy } from '../src/modules/retention'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Issue 16 item 4, decision 0085: Custos's own mail outbox and subject index follow the register's rules
 * `mail_records` (the Belgian catalogue: 1 year after the mail was written) and `subject_index` (10 years after the
 * end of the relationship), through the same plan, approval, run and proof as every rule.
 */
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

const actor = systemActor('retention sweeps')

/** The chinook register with the catalogue's entry for `key` (optionally edited) and the newsletter's consent. */
function registerWith(key: string, edit: Record<string, unknown> = {}) {
  const base = chinookRegister()
  const entry = RETENTION_PERIOD_BY_KEY.get(key)
  if (!entry) throw new Error(`no catalogue entry ${key}`)
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
        retention: [{ rule: key }],
        measures: ['mfa'],
        status: 'active',
      },
    ],
    retentionRules: [...(base.retentionRules ?? []), { ...toRetentionRule(entry), ...edit }],
  })
}

async function setUp(name: string, rule: string, edit: Record<string, unknown> = {}) {
  const org = await createOrg(t.ctx, name)
  await importRegister(t.ctx, systemActor('test'), org, registerWith(rule, edit), {
    mode: 'merge',
    dryRun: false,
  })
  const officer = await createMember(t.ctx, org, 'privacy_officer')
  const po = asUser(app, await signIn(app, officer.email, officer.password))
  return { org, po, api: (path: string) => `/api/v1/orgs/${org.slug}${path}` }
}

const ownItem = <T extends { dataset: string; collection: string }>(items: T[], collection: string) =>
  items.find((i) => i.dataset === 'custos' && i.collection === collection)

describe("Custos's own mail outbox", () => {
  const TODAY = '2028-06-30'
  it('removes finished mails written before the period, keeps the letters of requests still in Custos', async () => {
    const { org, po, api } = await setUp('Eigen Post BV', 'mail_records')
    const other = await createOrg(t.ctx, 'Andere Post BV')
    const mail = async (orgId: string, status: string, createdAt?: string) => {
      const row = await t.ctx.db
        .insertInto('outbox_messages')
        .values({
          organization_id: orgId,
          language: 'nl',
          template: 'test',
          envelope_encrypted: null,
          body_encrypted: null,
          status: status as 'sent',
          ...(createdAt ? { created_at: new Date(createdAt) } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    }
    const oldSent = await mail(org.id, 'sent', '2026-03-01T10:00:00Z')
    const oldFailed = await mail(org.id, 'failed', '2026-03-01T10:00:00Z')
    const oldUnconfirmed = await mail(org.id, 'unconfirmed', '2026-03-01T10:00:00Z')
    const oldPending = await mail(org.id, 'pending', '2026-03-01T10:00:00Z')
    const recent = await mail(org.id, 'sent', '2027-08-01T10:00:00Z')
    const otherOrg = await mail(other.id, 'sent', '2026-03-01T10:00:00Z')
    // A processor's notice of a breach to its controller (Art. 33(2)): the breach file keeps it, as it keeps its letters.
    const controllerNotice = await mail(org.id, 'sent', '2026-03-01T10:00:00Z')
    const breachReminder = await mail(org.id, 'sent', '2026-03-01T10:00:00Z')
    await t.ctx.db
      .updateTable('outbox_messages')
      .set({ template: 'breach-letter' })
      .where('id', '=', controllerNotice)
      .execute()
    await t.ctx.db
      .updateTable('outbox_messages')
      .set({ template: 'breach-reminder' })
      .where('id', '=', breachReminder)
      .execute()
    // A letter of a request still in Custos: it stays with the request (its delivery is on the request's page).
    const letter = await mail(org.id, 'sent', '2026-03-01T10:00:00Z')
    const created = await po('POST', api('/requests'), {
      channel: 'email',
      receivedAt: '2026-11-20',
      subject: { name: 'Ann Claes', email: 'ann.claes@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(created.statusCode, created.body).toBe(201)
    await t.ctx.db
      .insertInto('request_events')
      .values({
        organization_id: org.id,
        request_id: created.json().id,
        at: new Date('2026-03-01T10:00:00Z'),
        kind: 'request.letter_queued',
        actor_label: 'test',
        data: JSON.stringify({ kind: 'acknowledgement', outboxId: letter }),
      })
      .execute()
    const mine = async () =>
      new Set(
        (
          await t.ctx.db
            .selectFrom('outbox_messages')
            .select('id')
            .where('organization_id', '=', org.id)
            .execute()
        ).map((r) => r.id),
      )
    // Whatever the set-up itself queued (the request's own mails are its letters) is counted as it is.
    const due = [oldSent, oldFailed, oldUnconfirmed]

    const plan = await planRetention(t.ctx, org, { today: TODAY, rule: 'mail_records' })
    const item = ownItem(plan, 'outbox')
    expect(item).toMatchObject({ rule: 'mail_records', cutoff: '2027-06-30', blocked: null, due: 3 })
    expect(new Set(item?.sampleKeys)).toEqual(new Set(due))

    await approvePlan(t.ctx, systemActor('privacy officer'), org, 'mail_records', { today: TODAY })
    const [done] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'mail_records' })
    expect(done?.outcome).toBe('completed')
    expect(Number(done?.run?.rows_deleted)).toBe(3)
    const left = await mine()
    for (const id of due) expect(left.has(id)).toBe(false)
    for (const id of [oldPending, recent, letter, controllerNotice, breachReminder])
      expect(left.has(id)).toBe(true)
    const others = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('id', '=', otherOrg)
      .executeTakeFirst()
    expect(others?.id).toBe(otherOrg)

    const proof = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'retention.run_completed')
      .executeTakeFirstOrThrow()
    expect(proof.summary).toMatchObject({
      rule: 'mail_records',
      dataset: 'custos',
      collection: 'outbox',
      deleted: 3,
    })
    const [again] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'mail_records' })
    expect(again?.outcome).toBe('nothing_due')
    const certificate = await po('GET', api(`/retention/runs/${done?.run?.id}/certificate?lang=fr`))
    expect(certificate.statusCode).toBe(200)
  })
})

describe("Custos's own subject index", () => {
  const TODAY = '2030-06-30'
  it('erases people whose relationship ended before the period, unless reopened, held, still asking or renewed by consent', async () => {
    const { org, po, api } = await setUp('Eigen Index BV', 'subject_index', { consentRenewable: true })
    const person = async (name: string, events: { kind: string; occurredOn: string }[]) => {
      const email = `${name.toLowerCase().replace(/\W/g, '.')}@example.be`
      const created = await po('POST', api('/subjects'), {
        name,
        identities: [{ kind: 'email', value: email }],
        events,
      })
      expect(created.statusCode, created.body).toBe(201)
      return { id: created.json().id as string, email }
    }
    const ended = [{ kind: 'relationship_end', occurredOn: '2019-01-01' }]
    const gone = await person('Ann Claes', ended)
    const reopened = await person('Bart Peeters', [
      ...ended,
      { kind: 'contract_start', occurredOn: '2021-01-01' },
    ])
    const held = await person('Chantal Dubois', ended)
    const asking = await person('Dirk Maes', ended)
    const recent = await person('Els Wouters', [{ kind: 'relationship_end', occurredOn: '2021-01-01' }])
    const noEnd = await person('Filip Janssens', [{ kind: 'contract_start', occurredOn: '2015-01-01' }])
    const consenting = await person('Greet Smets', ended)
    // Still an employee since 2020 although an earlier relationship ended: the entry is in use.
    const current = await person('Hilde Vos', ended)
    const relationship = await po('POST', api(`/subjects/${current.id}/relationships`), {
      relationship: 'employees',
      startedOn: '2020-01-01',
    })
    expect(relationship.statusCode, relationship.body).toBe(201)
    // A dispute opened and a contact after the end: the relationship was not over.
    const disputing = await person('Ivo Leclercq', [
      ...ended,
      { kind: 'dispute_opened', occurredOn: '2029-01-01' },
      { kind: 'last_contact', occurredOn: '2030-01-01' },
    ])

    const hold = await po('POST', api('/retention/holds'), {
      scope: 'subject',
      subjectId: held.id,
      reason: 'Klacht bij de GBA',
    })
    expect(hold.statusCode, hold.body).toBe(201)
    // An open request of the person: their index entry is in use.
    const request = await po('POST', api('/requests'), {
      channel: 'email',
      receivedAt: '2026-11-20',
      subject: { name: 'Dirk Maes', email: asking.email },
      types: ['access'],
      language: 'nl',
    })
    expect(request.statusCode, request.body).toBe(201)
    const linked = await t.ctx.db
      .selectFrom('requests')
      .select('subject_id')
      .where('id', '=', request.json().id)
      .executeTakeFirstOrThrow()
    expect(linked.subject_id).toBe(asking.id)

    await recordConsent(t.ctx, {
      organizationId: org.id,
      person: { identity: { kind: 'email', value: consenting.email } },
      purpose: 'direct_marketing',
      text: 'Ja, stuur mij de nieuwsbrief.',
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      recordedBy: systemActor('test'),
      state: 'given',
      occurredAt: new Date('2026-11-01T10:00:00Z'),
      expiresAt: null,
    })

    // Counted from the end of the relationship (the catalogue's trigger).
    let plan = await planRetention(t.ctx, org, { today: TODAY, rule: 'subject_index' })
    expect(ownItem(plan, 'subjects')).toMatchObject({
      rule: 'subject_index',
      subjectEvent: 'relationship_end',
      cutoff: '2020-06-30',
      blocked: null,
      due: 2,
      subjects: 2,
      renewedByConsent: null,
      holds: [{ scope: 'subject', reason: 'Klacht bij de GBA' }],
    })
    expect(new Set(ownItem(plan, 'subjects')?.sampleKeys)).toEqual(new Set([gone.id, consenting.id]))

    // Renewed by consent where the rule says so: the newsletter's consent keeps its person until 2036-11-01.
    await updatePolicy(t.ctx, systemActor('privacy officer'), org, 'subject_index', {
      startKind: 'subject_event',
      subjectEvent: 'relationship_end',
      consentPurpose: 'direct_marketing',
    })
    plan = await planRetention(t.ctx, org, { today: TODAY, rule: 'subject_index' })
    expect(ownItem(plan, 'subjects')).toMatchObject({
      due: 1,
      sampleKeys: [gone.id],
      renewedByConsent: { people: 1, firstUntil: '2036-11-01', lastUntil: '2036-11-01' },
    })

    await approvePlan(t.ctx, systemActor('privacy officer'), org, 'subject_index', { today: TODAY })
    const [done] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'subject_index' })
    expect(done?.outcome).toBe('completed')
    expect(Number(done?.run?.rows_deleted)).toBe(1)
    expect(done?.run).toMatchObject({ subject_event: 'relationship_end', renewed_people: 1 })

    const left = new Set(
      (
        await t.ctx.db.selectFrom('subjects').select('id').where('organization_id', '=', org.id).execute()
      ).map((r) => r.id),
    )
    expect(left.has(gone.id)).toBe(false)
    for (const kept of [reopened, held, asking, recent, noEnd, consenting, current, disputing])
      expect(left.has(kept.id)).toBe(true)
    const identities = await t.ctx.db
      .selectFrom('subject_identities')
      .select('id')
      .where('subject_id', '=', gone.id)
      .execute()
    expect(identities).toHaveLength(0)
    // Erased as the subjects module erases a person: its own audit event, by the sweep.
    const erased = await t.ctx.db
      .selectFrom('audit_events')
      .select(['actor_label', 'summary'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'subject.erased')
      .where('target_id', '=', gone.id)
      .executeTakeFirstOrThrow()
    expect(erased.actor_label).toBe('retention sweeps')
    expect(erased.summary).toMatchObject({ events: 1 })

    const [again] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'subject_index' })
    expect(again?.outcome).toBe('nothing_due')
    const certificate = await po('GET', api(`/retention/runs/${done?.run?.id}/certificate?lang=en`))
    expect(certificate.statusCode).toBe(200)
  })
})

describe("Custos's own audit log", () => {
  const TODAY = '2032-06-30'
  it('empties the events before the period in place: the chain still verifies, an edited event does not pass as emptied', async () => {
    const { org, po, api } = await setUp('Eigen Audit BV', 'audit_log')
    const subject = async (name: string) => {
      const created = await po('POST', api('/subjects'), {
        name,
        identities: [{ kind: 'email', value: `${name.toLowerCase().replace(/\W/g, '.')}@example.be` }],
      })
      expect(created.statusCode, created.body).toBe(201)
      return created.json().id as string
    }
    const free = await subject('Ann Claes')
    const held = await subject('Bart Peeters')
    const hold = await po('POST', api('/retention/holds'), {
      scope: 'subject',
      subjectId: held,
      reason: 'Geschil',
    })
    expect(hold.statusCode, hold.body).toBe(201)
    const request = await po('POST', api('/requests'), {
      channel: 'email',
      receivedAt: '2026-11-20',
      subject: { name: 'Chantal Dubois', email: 'chantal.dubois@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(request.statusCode, request.body).toBe(201)
    const heldRequest = request.json().id as string
    const requestHold = await po('POST', api('/retention/holds'), {
      scope: 'request',
      requestId: heldRequest,
      reason: 'Klacht',
    })
    expect(requestHold.statusCode, requestHold.body).toBe(201)
    const events = () =>
      t.ctx.db
        .selectFrom('audit_events')
        .select([
          'seq',
          'action',
          'target_id',
          'request_id',
          'actor_label',
          'summary',
          'emptied_at',
          'emptied_seal',
        ])
        .where('organization_id', '=', org.id)
        .orderBy('seq')
        .execute()
    const before = await events()

    const plan = await planRetention(t.ctx, org, { today: TODAY, rule: 'audit_log' })
    const item = ownItem(plan, 'audit')
    // Every event of the organisation so far is older than 2027-06-30 on 2032-06-30, but the held person's and request's.
    const keptFor = (e: { target_id: string | null; request_id: string | null }) =>
      e.target_id === held || e.target_id === heldRequest || e.request_id === heldRequest
    const heldEvents = before.filter(keptFor).length
    expect(before.some((e) => e.target_id === heldRequest)).toBe(true)
    expect(heldEvents).toBeGreaterThan(0)
    expect(item).toMatchObject({
      rule: 'audit_log',
      action: 'anonymise',
      cutoff: '2027-06-30',
      blocked: null,
    })
    expect(item?.due).toBe(before.length - heldEvents)

    await approvePlan(t.ctx, systemActor('privacy officer'), org, 'audit_log', { today: TODAY })
    const [done] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'audit_log', batchSize: 7 })
    expect(done?.outcome).toBe('completed')
    // The approval's own event came after the plan: one more.
    expect(Number(done?.run?.rows_masked)).toBe(before.length - heldEvents + 1)
    expect(Number(done?.run?.rows_deleted)).toBe(0)

    const after = await events()
    const emptied = after.filter((e) => e.emptied_at !== null)
    expect(emptied.length).toBe(before.length - heldEvents + 1)
    for (const e of emptied) {
      expect(e).toMatchObject({ target_id: null, actor_label: '', summary: {} })
      expect(e.action).not.toBe('retention.run_completed')
    }
    expect(emptied.some((e) => e.action === 'subject.created')).toBe(true)
    // The held person's events and the run's proof keep their content.
    for (const e of after.filter(keptFor)) expect(e.emptied_at).toBeNull()
    expect(after.filter(keptFor).length).toBe(heldEvents)
    expect(after.find((e) => e.action === 'retention.run_completed')?.emptied_at).toBeNull()
    expect(after.find((e) => e.target_id === free)).toBeUndefined()

    // The chain of the whole installation still verifies: links, sequence and head are as they were.
    const report = await verifyAuditChain(t.ctx.db)
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)

    // An event edited and marked emptied without the key's seal is reported as altered.
    const victim = emptied[0] as (typeof emptied)[number]
    await t.ctx.db
      .updateTable('audit_events')
      .set({ emptied_seal: 'f'.repeat(64) })
      .where('seq', '=', victim.seq)
      .execute()
    const forged = await verifyAuditChain(t.ctx.db)
    expect(forged.problems).toContainEqual({ kind: 'altered', seq: victim.seq })
    await t.ctx.db
      .updateTable('audit_events')
      .set({ emptied_seal: victim.emptied_seal })
      .where('seq', '=', victim.seq)
      .execute()
    // What an emptied event keeps is sealed too (review X3): its action, time and organisation cannot be changed.
    const other = await createOrg(t.ctx, 'Andere Audit BV')
    for (const edit of [
      { action: 'request.closed' },
      { occurred_at: new Date('2019-02-01T10:00:00Z') },
      { organization_id: other.id },
    ] as const) {
      const kept = await t.ctx.db
        .selectFrom('audit_events')
        .select(['action', 'occurred_at', 'organization_id'])
        .where('seq', '=', victim.seq)
        .executeTakeFirstOrThrow()
      await t.ctx.db.updateTable('audit_events').set(edit).where('seq', '=', victim.seq).execute()
      expect((await verifyAuditChain(t.ctx.db)).problems).toContainEqual({ kind: 'altered', seq: victim.seq })
      await t.ctx.db.updateTable('audit_events').set(kept).where('seq', '=', victim.seq).execute()
    }
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true)

    const [again] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'audit_log' })
    expect(again?.outcome).toBe('nothing_due')
    const certificate = await po('GET', api(`/retention/runs/${done?.run?.id}/certificate?lang=nl`))
    expect(certificate.statusCode).toBe(200)
  })
  it('keeps the events of a request as long as the request is in Custos (the catalogue text), then empties them', async () => {
    const { org, po, api } = await setUp('Eigen Dossier BV', 'audit_log')
    const created = await po('POST', api('/requests'), {
      channel: 'email',
      receivedAt: '2026-11-20',
      subject: { name: 'Dirk Janssens', email: 'dirk.janssens@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(created.statusCode, created.body).toBe(201)
    const requestId = created.json().id as string
    const events = () =>
      t.ctx.db
        .selectFrom('audit_events')
        .select(['seq', 'target_type', 'target_id', 'request_id', 'emptied_at'])
        .where('organization_id', '=', org.id)
        .orderBy('seq')
        .execute()
    const about = (e: { target_id: string | null; request_id: string | null }) =>
      e.target_id === requestId || e.request_id === requestId
    const before = await events()
    const aboutRequest = before.filter(about)
    expect(aboutRequest.some((e) => e.target_type === 'data_subject_request')).toBe(true)

    // The request is still in Custos (open): its trail is not due, five years on or not.
    const open = ownItem(await planRetention(t.ctx, org, { today: TODAY, rule: 'audit_log' }), 'audit')
    expect(open?.due).toBe(before.length - aboutRequest.length)

    // Its own rule (request_records) removed it: now its events are due like the others.
    await t.ctx.db
      .updateTable('requests')
      .set({ closed_at: new Date('2026-12-01T10:00:00Z') })
      .where('id', '=', requestId)
      .execute()
    expect(await deleteClosedRequests(t.ctx.db, org.id, [requestId])).toBe(1)
    const gone = ownItem(await planRetention(t.ctx, org, { today: TODAY, rule: 'audit_log' }), 'audit')
    expect(gone?.due).toBe(before.length)

    await approvePlan(t.ctx, systemActor('privacy officer'), org, 'audit_log', { today: TODAY })
    const [done] = await runRetention(t.ctx, actor, org, { today: TODAY, rule: 'audit_log' })
    expect(done?.outcome).toBe('completed')
    const after = await events()
    for (const e of after.filter((e) => aboutRequest.some((a) => a.seq === e.seq)))
      expect(e.emptied_at).not.toBeNull()
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true)
  })
})
