import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { dsrDeadline } from '../src/domain/gdpr-periods'
import { workingDaysBetween } from '../src/domain/working-days'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { runRequestReminders } from '../src/modules/requests'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

type Call = ReturnType<typeof asUser>
const today = () => toBrusselsDate(new Date())
const daysAgo = (days: number) => addDays(today(), -days)

describe('per-organisation request settings: API, audit, due dates and reminders', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: Call
  let agent: Call
  const settingsUrl = () => `/api/v1/orgs/${org.slug}/settings/requests`
  const requestsUrl = () => `/api/v1/orgs/${org.slug}/requests`

  const create = async (receivedAt: string, name: string) => {
    const res = await po('POST', requestsUrl(), {
      channel: 'email',
      receivedAt,
      subject: { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.be` },
      types: ['access'],
      language: 'nl',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { id: string; reference: string; dueDate: string | null }
  }
  const detail = async (id: string) => (await po('GET', `${requestsUrl()}/${id}`)).json()
  const patch = async (body: Record<string, unknown>) => {
    const res = await po('PATCH', settingsUrl(), body)
    expect(res.statusCode, res.body).toBe(200)
    return res.json()
  }
  const remindersOf = (id: string) =>
    t.ctx.db
      .selectFrom('request_events')
      .select('data')
      .where('request_id', '=', id)
      .where('kind', '=', 'request.reminder_sent')
      .execute()

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Instellingen BV')
    await t.ctx.db
      .updateTable('organizations')
      .set({ privacy_contact_email: 'privacy@instellingen.be' })
      .where('id', '=', org.id)
      .execute()
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const a = await createMember(t.ctx, org, 'agent')
    agent = asUser(app, await signIn(app, a.email, a.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('reads the defaults of migration 0005, agents read but do not change them', async () => {
    const res = await agent('GET', settingsUrl())
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      clockStart: 'receipt',
      atRiskDays: 5,
      reminderDays: [10, 3],
      packageLinkDays: 14,
      can: { update: false },
    })
    expectProblem(await agent('PATCH', settingsUrl(), { atRiskDays: 3 }), 403)
  })

  it('refuses values out of range with a problem naming the field, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ atRiskDays: 0 }, 'body.atRiskDays'],
      [{ atRiskDays: 21 }, 'body.atRiskDays'],
      [{ atRiskDays: 2.5 }, 'body.atRiskDays'],
      [{ reminderDays: [10, 25] }, 'body.reminderDays.1'],
      [{ reminderDays: [1, 2, 3, 4, 5, 6] }, 'body.reminderDays'],
      [{ packageLinkDays: 91 }, 'body.packageLinkDays'],
      [{ packageLinkDays: '14' }, 'body.packageLinkDays'],
      [{ clockStart: 'whenever' }, 'body.clockStart'],
      [{ surprise: true }, 'body.surprise'],
    ]
    for (const [body, path] of cases) {
      const problem = expectProblem(await po('PATCH', settingsUrl(), body), 400)
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path)
    }
    expect((await po('GET', settingsUrl())).json().atRiskDays).toBe(5)
  })

  it('stores a change, sorts the reminder days and audits old and new values', async () => {
    const saved = await patch({ reminderDays: [3, 12, 3], packageLinkDays: 30 })
    expect(saved).toEqual({
      clockStart: 'receipt',
      atRiskDays: 5,
      reminderDays: [12, 3],
      packageLinkDays: 30,
      can: { update: true },
    })
    expect((await agent('GET', settingsUrl())).json()).toEqual({ ...saved, can: { update: false } })
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'organization.request_settings_updated')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.summary).toEqual({
      changes: {
        reminderDays: { from: [10, 3], to: [12, 3] },
        packageLinkDays: { from: 14, to: 30 },
      },
    })
    await patch({ reminderDays: [10, 3], packageLinkDays: 14 })
  })

  it('the clock setting decides the due date of a request whose identity had to be confirmed', async () => {
    await patch({ clockStart: 'identity_confirmed' })
    const receivedOn = daysAgo(10)
    const created = await create(receivedOn, 'Klok Test')
    expect(created.dueDate).toBe(dsrDeadline(receivedOn).dueDate)
    const asked = await po('POST', `${requestsUrl()}/${created.id}/actions/request_identity`, {
      needed: ['customer_number'],
      reason: 'Two clients share this name.',
    })
    expect(asked.statusCode, asked.body).toBe(200)
    // Waiting for the subject: under this clock the month has not started.
    expect(asked.json().timeline).toMatchObject({
      clockBasis: 'identity_confirmed',
      state: 'not_started',
      dueDate: null,
    })
    const confirmed = await po('POST', `${requestsUrl()}/${created.id}/actions/confirm_identity`, {
      method: 'customer number given by phone',
    })
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    expect(confirmed.json().dueDate).toBe(dsrDeadline(today()).dueDate)
    expect(confirmed.json().dueDate).not.toBe(dsrDeadline(receivedOn).dueDate)

    // The same request under the receipt clock: the month runs from receipt.
    await patch({ clockStart: 'receipt' })
    const again = await detail(created.id)
    expect(again.timeline.clockBasis).toBe('receipt')
    expect(again.dueDate).toBe(dsrDeadline(receivedOn).dueDate)
  })

  it('the at-risk setting decides when an open request is at risk', async () => {
    const receivedOn = daysAgo(8)
    const left = workingDaysBetween(today(), dsrDeadline(receivedOn).dueDate)
    expect(left).toBeGreaterThan(5)
    expect(left).toBeLessThanOrEqual(20)
    const created = await create(receivedOn, 'Risico Test')
    expect((await detail(created.id)).state).toBe('on_time')
    await patch({ atRiskDays: 20 })
    expect((await detail(created.id)).state).toBe('at_risk')
    const list = (await po('GET', `${requestsUrl()}?state=at_risk`)).json()
    expect(list.items.map((i: { id: string }) => i.id)).toContain(created.id)
    await patch({ atRiskDays: 5 })
  })

  it('the reminders job honours the reminder days of the organisation', async () => {
    const receivedOn = daysAgo(5)
    const created = await create(receivedOn, 'Herinnering Instelling')
    const dueDate = dsrDeadline(receivedOn).dueDate
    const left = workingDaysBetween(today(), dueDate)
    expect(left).toBeGreaterThan(10)

    // Default days (10 and 3): nothing is due yet.
    await runRequestReminders(t.ctx)
    expect(await remindersOf(created.id)).toEqual([])

    // A reminder `left` working days before the due date falls today (or on the last working day).
    await patch({ reminderDays: [left, 3] })
    expect((await detail(created.id)).timeline.reminders[0]).toMatchObject({
      kind: 'before_due',
      workingDaysBefore: left,
    })
    await runRequestReminders(t.ctx)
    await runRequestReminders(t.ctx)
    const sent = await remindersOf(created.id)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.data).toMatchObject({ kind: 'before_due', workingDaysBefore: left, dueDate })
    await patch({ reminderDays: [10, 3] })
  })
})
