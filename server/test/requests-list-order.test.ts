import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { requestTimeline, type TimelineState } from '../src/domain/requests'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { deadlineOptions, toOrganization } from '../src/modules/organizations'
import { buildReport, reportEntries } from '../src/modules/requests/report'
import { reviveRequest } from '../src/modules/requests/state'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

const STATE_ORDER: Record<TimelineState, number> = {
  overdue: 0,
  at_risk: 1,
  on_time: 2,
  not_started: 3,
  closed_late: 4,
  closed_on_time: 4,
}

const daysAgo = (days: number) => addDays(toBrusselsDate(new Date()), -days)

/**
 * The worklist filters, sorts and pages in SQL from the stored deadlines (issue 14). It must show what it showed
 * when it computed every timeline in JavaScript: this test computes that list the old way and compares.
 */
describe('requests list: the same page as computing every timeline', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}/requests`

  /** The list as it was computed before: every request of the organisation timed, filtered and sorted. */
  async function expected(query: { open?: boolean; state?: TimelineState; type?: string }) {
    const current = toOrganization(
      await t.ctx.db
        .selectFrom('organizations')
        .selectAll()
        .where('id', '=', org.id)
        .executeTakeFirstOrThrow(),
    )
    const rows = await t.ctx.db
      .selectFrom('requests')
      .select(['id', 'state'])
      .where('organization_id', '=', org.id)
      .execute()
    const now = new Date()
    return rows
      .map((row) => {
        const request = reviveRequest(row.state, {})
        return { id: row.id, request, timeline: requestTimeline(request, now, deadlineOptions(current)) }
      })
      .filter((r) => query.state === undefined || r.timeline.state === query.state)
      .filter((r) => query.type === undefined || r.request.types.includes(query.type as never))
      .filter(
        (r) =>
          query.open === undefined ||
          query.open === ['received', 'in_progress', 'extended'].includes(r.request.status),
      )
      .sort(
        (a, b) =>
          STATE_ORDER[a.timeline.state] - STATE_ORDER[b.timeline.state] ||
          (a.timeline.currentDueDate ?? '9999').localeCompare(b.timeline.currentDueDate ?? '9999') ||
          a.request.receivedAt.getTime() - b.request.receivedAt.getTime() ||
          a.request.reference.localeCompare(b.request.reference),
      )
      .map((r) => ({ id: r.id, state: r.timeline.state, currentDueDate: r.timeline.currentDueDate }))
  }

  async function listed(query: string) {
    const res = await po('GET', `${api()}?${query}`)
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json() as {
      total: number
      items: { id: string; state: string; currentDueDate: string | null }[]
    }
    return {
      total: body.total,
      items: body.items.map((i) => ({ id: i.id, state: i.state, currentDueDate: i.currentDueDate })),
    }
  }

  async function expectSameLists() {
    const cases: [string, Parameters<typeof expected>[0]][] = [
      ['', {}],
      ['open=true', { open: true }],
      ['open=false', { open: false }],
      ['type=erasure', { type: 'erasure' }],
      ...(['overdue', 'at_risk', 'on_time', 'not_started', 'closed_on_time', 'closed_late'] as const).map(
        (state): [string, Parameters<typeof expected>[0]] => [`state=${state}`, { state }],
      ),
    ]
    for (const [query, filter] of cases) {
      const all = await expected(filter)
      for (const offset of [0, 4, 9]) {
        const page = await listed(`${query}&limit=4&offset=${offset}`)
        expect(page, `${query} offset ${offset}`).toEqual({
          total: all.length,
          items: all.slice(offset, offset + 4),
        })
      }
    }
  }

  /** The report's figures as they were computed before: from every request's timeline. */
  async function expectSameReport(from: string, to: string) {
    const current = toOrganization(
      await t.ctx.db
        .selectFrom('organizations')
        .selectAll()
        .where('id', '=', org.id)
        .executeTakeFirstOrThrow(),
    )
    const res = await po('GET', `${api()}/report?from=${from}&to=${to}`)
    expect(res.statusCode, res.body).toBe(200)
    const now = new Date()
    const before = buildReport(await reportEntries(t.ctx, current, from, to, now), from, to, now)
    const { generatedAt: _a, ...got } = res.json()
    const { generatedAt: _b, ...want } = before
    expect(got).toEqual(want)
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Lijst BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    // Receipts spread over three months, same-day pairs, and some answered, refused or extended.
    const ages = [0, 0, 1, 3, 5, 8, 12, 20, 24, 26, 27, 28, 29, 30, 31, 33, 40, 45, 60, 75, 90, 90]
    for (const [i, age] of ages.entries()) {
      const res = await po('POST', api(), {
        channel: 'email',
        receivedAt: daysAgo(age),
        subject: { name: `Persoon ${i}`, email: `p${i}@example.be` },
        types: i % 3 === 0 ? ['access', 'erasure'] : ['access'],
        language: 'nl',
      })
      expect(res.statusCode, res.body).toBe(201)
      const id = res.json().id as string
      if (i % 5 === 1) {
        const refused = await po('POST', `${api()}/${id}/actions/refuse`, {
          ground: 'excessive',
          reasons: ['Repeated request.'],
        })
        expect(refused.statusCode, refused.body).toBe(200)
      } else if (i % 5 === 2 && age < 28) {
        const extended = await po('POST', `${api()}/${id}/actions/extend`, { reasons: ['Complex.'] })
        expect(extended.statusCode, extended.body).toBe(200)
      }
    }
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('gives every filter and page exactly as before', async () => {
    await expectSameLists()
  })

  it('counts the report as before, for several periods', async () => {
    await expectSameReport(daysAgo(365), daysAgo(0))
    await expectSameReport(daysAgo(40), daysAgo(10))
    await expectSameReport(daysAgo(29), daysAgo(29))
    await expectSameReport(daysAgo(800), daysAgo(700))
  })

  it('computes the stored deadlines again for rows of before the migration and after a settings change', async () => {
    await t.ctx.db.updateTable('requests').set({ deadline_basis: null, at_risk_from: null }).execute()
    await expectSameLists()
    await t.ctx.db
      .updateTable('organizations')
      .set({ request_at_risk_days: 15 })
      .where('id', '=', org.id)
      .execute()
    await expectSameLists()
    await expectSameReport(daysAgo(365), daysAgo(0))
  })
})
