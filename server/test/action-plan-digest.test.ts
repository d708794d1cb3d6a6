import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sendOutboxMessage } from '../src/mail/smtp-sender'
import { changeAction, createAction, sendActionDigests } from '../src/modules/action-plan'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { receivedText, startTestSmtpServer, type TestSmtpServer } from './support/smtp'

/** Monday 7 December 2026, 07:00 in Brussels: the digest job's hour. */
const MONDAY = new Date('2026-12-07T06:00:00Z')
const days = (n: number) => new Date(MONDAY.getTime() + n * 86_400_000)
const ACTOR = systemActor('test')

describe('weekly digest of the action plan per person (issue 21 item 3)', () => {
  let smtp: TestSmtpServer
  let t: TestContext
  let app: App
  let bakery: Organization
  let boulangerie: Organization
  let consultant: { userId: string; email: string }
  let clerk: { userId: string; email: string }
  let optedOut: { userId: string; email: string; password: string }
  let idle: { userId: string; email: string }

  const deliverAll = async () => {
    const pending = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'pending')
      .execute()
    for (const { id } of pending) expect(await sendOutboxMessage(t.ctx, id)).toBe('sent')
  }
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email))
  const add = (org: Organization, title: string, ownerId: string | null, dueDate: string | null) =>
    createAction(t.ctx, ACTOR, org, { title, ownerId, dueDate })

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    t = await createTestContext({ smtpUrl: smtp.url })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    bakery = await createOrg(t.ctx, 'Bakkerij Peeters')
    boulangerie = await createOrg(t.ctx, 'Boulangerie Dubois')
    // A DPO consultant: privacy officer of both, reading French - answers for the actions nobody owns.
    consultant = await createMember(t.ctx, bakery, 'privacy_officer')
    await t.ctx.db
      .insertInto('memberships')
      .values({ user_id: consultant.userId, organization_id: boulangerie.id, role: 'privacy_officer' })
      .execute()
    await t.ctx.db
      .updateTable('users')
      .set({ preferred_language: 'fr', display_name: 'Camille Dubois' })
      .where('id', '=', consultant.userId)
      .execute()
    // An agent of the bakery reading English: only what they own (an agent may not change the plan).
    clerk = await createMember(t.ctx, bakery, 'agent')
    await t.ctx.db
      .updateTable('users')
      .set({ preferred_language: 'en', display_name: 'Jan Peeters' })
      .where('id', '=', clerk.userId)
      .execute()
    optedOut = await createMember(t.ctx, bakery, 'agent')
    idle = await createMember(t.ctx, bakery, 'auditor')

    await add(bakery, 'Sign the agreement with the payroll bureau', null, '2026-12-01')
    await add(bakery, 'Train the shop staff', null, '2026-12-10')
    await add(bakery, 'Review the camera notice', null, null)
    await add(bakery, 'Delete the old loyalty cards', clerk.userId, '2026-12-03')
    const started = await add(bakery, 'Map the cash register data', clerk.userId, '2027-01-31')
    await changeAction(t.ctx, ACTOR, bakery, started.id, { status: 'in_progress' })
    const done = await add(bakery, 'Already done by the clerk', clerk.userId, '2026-11-01')
    await changeAction(t.ctx, ACTOR, bakery, done.id, { status: 'done' })
    await add(bakery, 'Answer the opted-out question', optedOut.userId, '2026-11-30')
    // Eleven unowned actions at the boulangerie: ten are listed, the eleventh counted.
    for (let i = 1; i <= 11; i++)
      await add(
        boulangerie,
        `Contrôler la fiche ${String(i).padStart(2, '0')}`,
        null,
        `2027-02-${String(i).padStart(2, '0')}`,
      )
  })
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await smtp?.close()
  })

  it('is turned off by the person on their account (PATCH /api/v1/me actionDigest)', async () => {
    const me = asUser(app, await signIn(app, optedOut.email, optedOut.password))
    expect((await me('GET', '/api/v1/me')).json().user.actionDigest).toBe(true)
    const res = await me('PATCH', '/api/v1/me', { actionDigest: false })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().user.actionDigest).toBe(false)
    const bad = await me('PATCH', '/api/v1/me', { actionDigest: 'no' })
    expect(bad.statusCode).toBe(400)
    expect(JSON.stringify(bad.json())).toContain('body.actionDigest')
  })

  it('mails each person their pending actions, in their language, through the outbox and SMTP', async () => {
    expect(await sendActionDigests(t.ctx, MONDAY)).toEqual({ sent: 2, alreadySent: 0 })
    await deliverAll()
    expect(mailsTo(optedOut.email)).toHaveLength(0)
    expect(mailsTo(idle.email)).toHaveLength(0)

    // The consultant: both organisations in one mail, signed by Custos (no organisation's outbox holds the other's).
    const [toConsultant] = mailsTo(consultant.email)
    expect(mailsTo(consultant.email)).toHaveLength(1)
    expect(toConsultant?.subject).toBe('Vos actions du plan d’action : 14 ouvertes, 1 en retard')
    expect(toConsultant?.raw).toMatch(/^From: Custos <no-reply@custos\.test>/m)
    const fr = receivedText(toConsultant?.raw ?? '')
    expect(fr).toContain('Bonjour Camille Dubois,')
    expect(fr).toContain('Bakkerij Peeters : 3 actions ouvertes, dont 1 en retard et 1 dans les 7 jours')
    expect(fr).toContain('Boulangerie Dubois : 11 actions ouvertes, dont 0 en retard et 0 dans les 7 jours')
    // Overdue first, then due soon, then the rest; dates the Belgian way.
    const overdue = fr.indexOf(
      '- Sign the agreement with the payroll bureau - au plus tard le 01/12/2026 (en retard)',
    )
    const soon = fr.indexOf('- Train the shop staff - au plus tard le 10/12/2026 (bientôt)')
    const open = fr.indexOf('- Review the camera notice - sans échéance')
    expect(overdue).toBeGreaterThan(-1)
    expect(soon).toBeGreaterThan(overdue)
    expect(open).toBeGreaterThan(soon)
    expect(fr).toContain('- Contrôler la fiche 10 - au plus tard le 10/02/2027')
    expect(fr).not.toContain('Contrôler la fiche 11')
    expect(fr).toContain('- et 1 autre action')
    expect(fr).not.toContain('loyalty cards') // the clerk's own
    expect(fr).toContain(`http://custos.test/#/orgs/${boulangerie.slug}/action-plan`)
    expect(fr).toContain('http://custos.test/#/compliance')
    expect(fr).toContain('désactiver dans votre compte : http://custos.test/#/account')

    // The clerk: one organisation, sent as it; only what they own, still pending.
    const toClerk = mailsTo(clerk.email)
    expect(toClerk).toHaveLength(1)
    expect(toClerk[0]?.subject).toBe('Your actions in the action plan: 2 open, 1 overdue')
    expect(toClerk[0]?.raw).toMatch(/^From: Bakkerij Peeters <no-reply@custos\.test>/m)
    const en = receivedText(toClerk[0]?.raw ?? '')
    expect(en).toContain('Hello Jan Peeters,')
    expect(en).toContain('Bakkerij Peeters: 2 open actions, 1 overdue and 0 due within 7 days')
    expect(en).toContain('- Delete the old loyalty cards - due 03/12/2026 (overdue)')
    expect(en).toContain('- Map the cash register data - due 31/01/2027')
    expect(en).not.toContain('Already done')
    expect(en).not.toContain('payroll bureau')
    expect(en).toContain(`http://custos.test/#/orgs/${bakery.slug}/action-plan`)

    const digests = await t.ctx.db
      .selectFrom('action_digests')
      .select(['user_id', 'week', 'organizations', 'actions', 'outbox_id'])
      .orderBy('organizations')
      .execute()
    expect(digests).toEqual([
      expect.objectContaining({ user_id: clerk.userId, week: '2026-W50', organizations: 1, actions: 2 }),
      expect.objectContaining({
        user_id: consultant.userId,
        week: '2026-W50',
        organizations: 2,
        actions: 14,
      }),
    ])
    expect(digests.every((d) => d.outbox_id !== null)).toBe(true)
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select(['organization_id', 'target_id', 'summary'])
      .where('action', '=', 'action_plan.digest_sent')
      .orderBy('seq')
      .execute()
    expect(events).toHaveLength(3)
    expect(
      events
        .filter((e) => e.target_id === consultant.userId)
        .map((e) => e.organization_id)
        .sort(),
    ).toEqual([bakery.id, boulangerie.id].sort())
  })

  it('sends nothing more that week, and again the week after', async () => {
    const before = smtp.received.length
    expect(await sendActionDigests(t.ctx, days(2))).toEqual({ sent: 0, alreadySent: 2 })
    expect(await sendActionDigests(t.ctx, days(6.5))).toEqual({ sent: 0, alreadySent: 2 }) // Sunday evening
    await deliverAll()
    expect(smtp.received.length).toBe(before)

    expect(await sendActionDigests(t.ctx, days(7))).toEqual({ sent: 2, alreadySent: 0 })
    await deliverAll()
    expect(smtp.received.length).toBe(before + 2)
    const weeks = await t.ctx.db
      .selectFrom('action_digests')
      .select('week')
      .distinct()
      .orderBy('week')
      .execute()
    expect(weeks.map((w) => w.week)).toEqual(['2026-W50', '2026-W51'])
  })

  it('sends nothing to a person whose actions are all closed', async () => {
    const pending = await t.ctx.db
      .selectFrom('action_plan_actions')
      .select('id')
      .where('owner_id', '=', clerk.userId)
      .where('status', 'in', ['open', 'in_progress'])
      .execute()
    for (const { id } of pending) await changeAction(t.ctx, ACTOR, bakery, id, { status: 'done' })
    const before = mailsTo(clerk.email).length
    expect(await sendActionDigests(t.ctx, days(14))).toEqual({ sent: 1, alreadySent: 0 })
    await deliverAll()
    expect(mailsTo(clerk.email)).toHaveLength(before)
  })
})
